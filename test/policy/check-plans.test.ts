/**
 * checkPlans end to end in process: real plan files in a temporary workspace, real policy files,
 * and for Rego a fake `opa` (test/fixtures/rego/bin/opa) run through the real NodeCommandRunner.
 * No real OPA binary can be installed on these machines; the fake prints OPA's documented
 * `opa eval --format json` output.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandOptions, CommandResult, CommandRunner } from '../../src/exec/command.js';
import { NodeCommandRunner } from '../../src/exec/node-command-runner.js';
import { checkPlans, type PlanCheckRequest } from '../../src/policy/check-plans.js';
import type { ToolInstaller } from '../../src/policy/rego/opa-binary.js';
import type { FailOn } from '../../src/policy/verdict.js';
import { silentLog, type Log } from '../../src/runtime/log.js';
import { UserError } from '../../src/runtime/user-error.js';
import { rejectionOf } from '../github/github-test-client.js';

const SYNTHETIC = resolve(import.meta.dirname, '../fixtures/plans/synthetic');
const REGO = resolve(import.meta.dirname, '../fixtures/rego');
const NOW = new Date('2026-06-30T12:00:00Z');

let workspace: string;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'check-plans-'));
  mkdirSync(join(workspace, 'plans'));
});

afterEach(() => rmSync(workspace, { recursive: true, force: true }));

function copyPlans(...names: string[]): void {
  for (const name of names) copyFileSync(join(SYNTHETIC, name), join(workspace, 'plans', name));
}

function writePolicy(yaml: string): string {
  const path = join(workspace, '.github/plan-policy.yml');
  mkdirSync(join(workspace, '.github'), { recursive: true });
  writeFileSync(path, yaml);
  return path;
}

/** A log that keeps what it was told, phase by phase. */
function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    ...silentLog,
    lines,
    info: (message) => void lines.push(message),
    group: async (name, fn) => {
      lines.push(`[${name}]`);
      return fn();
    },
  };
}

/** Runs programs with the fake opa's directory first on PATH, and counts the calls. */
class FakeOpaRunner implements CommandRunner {
  readonly commands: string[] = [];
  private readonly inner = new NodeCommandRunner();
  constructor(private readonly argvLog: string) {}
  run(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    this.commands.push(command);
    const env = {
      ...options.env,
      PATH: `${join(REGO, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
      FAKE_OPA_ARGV_LOG: this.argvLog,
    };
    return this.inner.run(command, args, { ...options, env });
  }
}

/** The opa on PATH suits any version request left empty: nothing may be downloaded. */
const noDownloads: ToolInstaller = {
  find: () => undefined,
  download: (url) => Promise.reject(new Error(`unexpected download of ${url}`)),
  cacheFile: () => Promise.reject(new Error('unexpected cacheFile')),
};

function request(overrides: Partial<PlanCheckRequest> = {}): PlanCheckRequest {
  return {
    workspace,
    plans: ['plans/*.json'],
    policy: undefined,
    failOn: 'deny',
    now: NOW,
    runner: new NodeCommandRunner(),
    log: silentLog,
    ...overrides,
  };
}

describe('checkPlans', () => {
  it('reads every plan the globs match, in order, and checks them against the default policy', async () => {
    copyPlans('replace-delete-before-create.json', 'forget.json', 'no-op.json');
    const log = recordingLog();
    const outcome = await checkPlans(request({ log }));

    expect(outcome.plans.map((plan) => [plan.label, plan.path])).toEqual([
      ['plans/forget.json', join(workspace, 'plans/forget.json')],
      ['plans/no-op.json', join(workspace, 'plans/no-op.json')],
      ['plans/replace-delete-before-create.json', join(workspace, 'plans/replace-delete-before-create.json')],
    ]);
    expect(outcome.findings.map((finding) => [finding.rule, finding.plan, finding.address])).toEqual([
      ['no-destroy', 'plans/forget.json', 'aws_s3_bucket.logs'],
      ['no-replace', 'plans/replace-delete-before-create.json', 'aws_db_instance.orders'],
      ['no-replace', 'plans/replace-delete-before-create.json', 'aws_instance.worker[0]'],
    ]);
    expect(outcome.rules.map((rule) => rule.id)).toEqual([
      'no-destroy',
      'no-replace',
      'no-direct-iam',
      'plan-complete',
    ]);
    expect(outcome).toMatchObject({
      verdict: 'fail',
      autoApprove: false,
      autoApproveReason: '3 blocking findings (no-destroy, no-replace)',
    });
    expect(log.lines).toEqual([
      '[Load policy]',
      'Default policy: no-destroy, no-replace, no-direct-iam, plan-complete',
      '[Read plans]',
      'plans/forget.json: 2 resource change(s), format 1.2.',
      'plans/no-op.json: 2 resource change(s), format 1.2.',
      'plans/replace-delete-before-create.json: 2 resource change(s), format 1.2.',
      '[Evaluate policy]',
    ]);
  });

  it.each<{ failOn: FailOn; severity: string; verdict: 'pass' | 'fail' }>([
    { failOn: 'deny', severity: 'deny', verdict: 'fail' },
    { failOn: 'warn', severity: 'deny', verdict: 'fail' },
    { failOn: 'never', severity: 'deny', verdict: 'pass' },
    { failOn: 'deny', severity: 'warn', verdict: 'pass' },
    { failOn: 'warn', severity: 'warn', verdict: 'fail' },
    { failOn: 'deny', severity: 'info', verdict: 'pass' },
    { failOn: 'warn', severity: 'info', verdict: 'pass' },
  ])('fail-on $failOn with no-destroy at $severity: $verdict', async ({ failOn, severity, verdict }) => {
    copyPlans('forget.json');
    const policy = writePolicy(`version: 1\nrules:\n  no-destroy: { severity: ${severity} }\n`);
    const outcome = await checkPlans(request({ policy, failOn }));

    expect(outcome.verdict).toBe(verdict);
    expect(outcome.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['no-destroy', severity],
    ]);
  });

  it('names the policy file relative to the workspace, as plans are, in the log and in findings', async () => {
    copyPlans('forget.json');
    const policy = writePolicy(
      [
        'version: 1',
        'exceptions:',
        '  - rule: no-destroy',
        '    address: aws_s3_bucket.logs',
        '    reason: CHG-42',
        '    expires: 2026-06-29',
        '',
      ].join('\n'),
    );
    const log = recordingLog();
    const outcome = await checkPlans(request({ policy, log }));

    expect(log.lines[1]).toBe(
      '.github/plan-policy.yml: no-destroy, no-replace, no-direct-iam, plan-complete; 1 exception(s)',
    );
    expect(outcome.findings.at(-1)).toMatchObject({
      rule: 'exception-expired',
      plan: '.github/plan-policy.yml',
      message: expect.stringMatching(/^\.github\/plan-policy\.yml:3:5: the exception for no-destroy/),
    });
  });

  it('locates policy errors by the workspace path, so the annotation lands on the file', async () => {
    copyPlans('forget.json');
    const policy = writePolicy('version: 1\nrules:\n  no-destroy: { severity: sometimes }\n');
    const error = await rejectionOf(checkPlans(request({ policy })));

    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location).toEqual({ file: '.github/plan-policy.yml', line: 3, column: 27 });
    expect(error.message).toContain('.github/plan-policy.yml:3:27: rules.no-destroy.severity');
  });

  it('says which policy file is missing', async () => {
    copyPlans('forget.json');
    const error = await rejectionOf(checkPlans(request({ policy: join(workspace, 'policy.yml') })));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message.split('\n')[0]).toBe('policy file policy.yml does not exist');
  });

  it.each([
    { date: '2026-06-30', now: '2026-06-30T23:59:59Z', verdict: 'pass', rules: ['no-destroy'] },
    {
      date: '2026-06-30',
      now: '2026-07-01T00:00:00Z',
      verdict: 'fail',
      rules: ['no-destroy', 'exception-expired'],
    },
  ])('judges an exception expiring $date at $now: $verdict', async ({ date, now, verdict, rules }) => {
    copyPlans('forget.json');
    const policy = writePolicy(
      `version: 1\nexceptions:\n  - { rule: no-destroy, address: 'aws_s3_bucket.*', reason: CHG-42, expires: ${date} }\n`,
    );
    const outcome = await checkPlans(request({ policy, now: new Date(now) }));

    expect(outcome.verdict).toBe(verdict);
    expect(outcome.findings.map((finding) => finding.rule)).toEqual(rules);
  });

  it('stops at the first file that is not a plan, naming it', async () => {
    copyPlans('forget.json');
    writeFileSync(
      join(workspace, 'plans/state.json'),
      JSON.stringify({ format_version: '1.0', terraform_version: '1.9.5', values: { root_module: {} } }),
    );
    const error = await rejectionOf(checkPlans(request()));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^plans\/state\.json is a state JSON/);
  });

  it('runs no OPA when no Rego policy is given', async () => {
    copyPlans('forget.json');
    const runner = new FakeOpaRunner(join(workspace, 'argv.log'));
    const log = recordingLog();
    await checkPlans(request({ runner, log }));

    expect(runner.commands).toEqual([]);
    expect(log.lines.filter((line) => line.startsWith('['))).toEqual([
      '[Load policy]',
      '[Read plans]',
      '[Evaluate policy]',
    ]);
  });

  it('evaluates Rego policies once per plan and merges their findings, to which exceptions apply', async () => {
    copyPlans('forget.json', 'no-op.json');
    const argvLog = join(workspace, 'argv.log');
    const runner = new FakeOpaRunner(argvLog);
    const log = recordingLog();
    const policyDir = join(REGO, 'policy');
    const policy = writePolicy(
      [
        'version: 1',
        'exceptions:',
        '  - { rule: no-destroy, address: aws_s3_bucket.logs, reason: CHG-42, expires: 2026-12-31 }',
        "  - { rule: 'rego:main', address: '*', plan: plans/no-op.json, reason: CHG-43, expires: 2026-12-31 }",
        '',
      ].join('\n'),
    );
    const outcome = await checkPlans(
      request({
        policy,
        runner,
        log,
        rego: {
          policyPaths: [policyDir],
          regoV0: false,
          opa: { version: undefined, platform: 'linux', arch: 'x64', installer: noDownloads },
        },
      }),
    );

    expect(readFileSync(argvLog, 'utf8').split('\n')).toEqual([
      'version',
      `eval --format json --data ${policyDir} --input ${join(workspace, 'plans/forget.json')} data`,
      `eval --format json --data ${policyDir} --input ${join(workspace, 'plans/no-op.json')} data`,
      '',
    ]);
    const message = 'aws_s3_bucket.assets: buckets must carry a lifecycle rule';
    expect(outcome.findings).toEqual([
      expect.objectContaining({ rule: 'no-destroy', exception: { reason: 'CHG-42', expires: '2026-12-31' } }),
      {
        rule: 'rego:main',
        severity: 'deny',
        blocksAutoApprove: true,
        plan: 'plans/forget.json',
        address: undefined,
        message,
      },
      {
        rule: 'rego:main',
        severity: 'deny',
        blocksAutoApprove: true,
        plan: 'plans/no-op.json',
        address: undefined,
        message,
        exception: { reason: 'CHG-43', expires: '2026-12-31' },
      },
    ]);
    expect(outcome.verdict).toBe('fail');
    expect(outcome.rules.at(-1)).toEqual({
      id: 'rego:main',
      title: 'Rego policy main',
      help: 'A deny, violation or warn rule of package `main` in rego-policies, evaluated with OPA over the plan JSON.',
    });
    expect(log.lines).toContain('OPA 1.21.1 from path: opa');
    expect(log.lines).toContain('plans/forget.json: 1 Rego finding(s).');
    expect(log.lines.filter((line) => line.startsWith('['))).toEqual([
      '[Load policy]',
      '[Read plans]',
      '[Evaluate Rego policies]',
      '[Evaluate policy]',
    ]);
  });

  it('asks OPA for Rego v0 when told to', async () => {
    copyPlans('forget.json');
    const argvLog = join(workspace, 'argv.log');
    const runner = new FakeOpaRunner(argvLog);
    await checkPlans(
      request({
        runner,
        rego: {
          policyPaths: [join(REGO, 'policy/buckets.rego')],
          regoV0: true,
          opa: { version: undefined, platform: 'linux', arch: 'x64', installer: noDownloads },
        },
      }),
    );

    expect(readFileSync(argvLog, 'utf8').split('\n')[1]).toBe(
      `eval --format json --v0-compatible --data ${join(REGO, 'policy/buckets.rego')} ` +
        `--input ${join(workspace, 'plans/forget.json')} data`,
    );
  });
});
