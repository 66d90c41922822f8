import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunnerOptions {
  workspace: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** The webhook payload written to GITHUB_EVENT_PATH; a push to main by default. */
  event?: object;
  eventName?: string;
}

/**
 * Runs `dist/<name>/index.js` the way the GitHub runner does: inputs as INPUT_* variables,
 * outputs and summary through the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export async function runBundle(name: string, options: RunnerOptions): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'runner-files-'));
  try {
    const outputPath = join(files, 'output');
    const summaryPath = join(files, 'summary');
    const eventPath = join(files, 'event.json');
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    writeFileSync(eventPath, JSON.stringify(options.event ?? pushEvent()));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? files,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_REPOSITORY: 'acme/gitops',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_ACTOR: 'octocat',
      GITHUB_RUN_ID: '1658821493',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_TEMP: files,
      ...options.env,
    };
    for (const [input, value] of Object.entries(options.inputs)) {
      env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const { exitCode, stdout, stderr } = await spawnNode([join(root, 'dist', name, 'index.js')], {
      cwd: options.workspace,
      env,
    });
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

/** Runs the bundled CLI, `dist/cli/index.js`, with arguments and no runner variables. */
export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return spawnNode([join(root, 'dist', 'cli', 'index.js'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? options.cwd, ...options.env },
  });
}

function spawnNode(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks (as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (match) {
      const [, name, delimiter] = match as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const line = lines[i] as string;
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function pushEvent(): object {
  return {
    ref: 'refs/heads/main',
    before: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
    after: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
    repository: {
      id: 1296269,
      name: 'gitops',
      full_name: 'acme/gitops',
      private: true,
      owner: { login: 'acme', id: 1, type: 'Organization' },
      default_branch: 'main',
      html_url: 'https://github.com/acme/gitops',
    },
    pusher: { name: 'octocat', email: 'octocat@github.com' },
    sender: { login: 'octocat', id: 583231, type: 'User' },
    head_commit: {
      id: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      message: 'Update staging',
      timestamp: '2026-11-23T12:00:00Z',
      author: { name: 'Mona', email: 'mona@example.com' },
    },
  };
}
