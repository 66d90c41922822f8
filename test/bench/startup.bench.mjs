// Benchmark: each action bundle's time from process start until it exits on missing inputs,
// which every workflow step pays. Baseline, bundled in the same run with the same ncc and node:
// an entry with create-pull-request's eager top-level imports (@actions/core, @actions/exec,
// @actions/github with Octokit and the retry/throttling plugins) that fails on a missing input,
// as published JavaScript actions are typically built. Target (issue 2): at most 0.6x of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'test/bench/.out');
const RUNS = 21;

function buildBaseline() {
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'toolkit-eager-entry.mjs');
  writeFileSync(
    entry,
    [
      "import * as core from '@actions/core';",
      "import * as exec from '@actions/exec';",
      "import * as github from '@actions/github';",
      "import { retry } from '@octokit/plugin-retry';",
      "import { throttling } from '@octokit/plugin-throttling';",
      'try {',
      "  const token = core.getInput('token', { required: true });",
      '  github.getOctokit(token, {}, retry, throttling);',
      "  await exec.exec('git', ['--version']);",
      '} catch (error) {',
      '  core.setFailed(error.message);',
      '}',
      '',
    ].join('\n'),
  );
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      join(out, 'toolkit-eager'),
      '--quiet',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`baseline build failed: ${result.stderr}`);
  return join(
    out,
    'toolkit-eager',
    existsSync(join(out, 'toolkit-eager/index.mjs')) ? 'index.mjs' : 'index.js',
  );
}

function timeRun(bundle) {
  const env = { PATH: process.env.PATH, GITHUB_OUTPUT: '', RUNNER_TEMP: out };
  const start = performance.now();
  const result = spawnSync(process.execPath, [bundle], { env, cwd: out, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (!/::error::/.test(result.stdout))
    throw new Error(`${bundle} did not fail on missing inputs: ${result.stdout}${result.stderr}`);
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function run() {
  const baseline = buildBaseline();
  const bundles = readdirSync(join(root, 'dist'))
    .filter((name) => name !== 'cli' && existsSync(join(root, 'dist', name, 'index.js')))
    .map((name) => ({ name: `dist/${name}/index.js`, path: join(root, 'dist', name, 'index.js') }));
  const all = [{ name: 'baseline: toolkit-eager bundle', path: baseline }, ...bundles];
  const times = new Map(all.map(({ name }) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const { name, path } of all) times.get(name).push(timeRun(path));
  }
  const base = median(times.get(all[0].name));
  const rows = all.map(({ name }) => {
    const ms = median(times.get(name));
    return [name, `${ms.toFixed(0)} ms`, `${(ms / base).toFixed(2)}x`];
  });
  const worst = Math.max(...bundles.map(({ name }) => median(times.get(name)) / base));
  return {
    name: 'start-up: bundle run until it fails on missing inputs',
    header: ['bundle', 'median wall', 'vs baseline'],
    rows,
    summary: `median of ${RUNS} interleaved runs, ${process.version}. The baseline stands in for peter-evans/create-pull-request's published bundle (about 145 ms on this machine's kind, not installable offline): an ncc bundle with the same eager toolkit imports, built in this run, so it is the stricter of the two; worst action ratio ${worst.toFixed(2)}x (target <= 0.6x: ${worst <= 0.6 ? 'met' : 'MISSED'})`,
  };
}
