/**
 * The evaluation path of the optional OPA engine. No real OPA can be installed on these machines,
 * so the tests read the output shapes OPA documents for `opa eval --format json`
 * (`{"result":[{"expressions":[{"value":…,"text":…,"location":…}]}]}`, `{}` when undefined, and
 * `{"errors":[{"message","code","location":{"file","row","col"}}]}`), and run evaluateRego against a
 * fake `opa` script that checks its argv, through the real NodeCommandRunner.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeCommandRunner } from '../../../src/exec/node-command-runner.js';
import type { Finding } from '../../../src/policy/finding.js';
import { evaluateRego, findingsFromOpaOutput } from '../../../src/policy/rego/opa-eval.js';
import { UserError } from '../../../src/runtime/user-error.js';

const LABEL = 'stacks/network';

/** `opa eval --format json data` output for a given data document. */
function evalOutput(data: unknown) {
  return { result: [{ expressions: [{ value: data, text: 'data', location: { row: 1, col: 1 } }] }] };
}

function finding(rule: string, severity: 'deny' | 'warn', message: string, address?: string): Finding {
  return { rule, severity, blocksAutoApprove: severity === 'deny', plan: LABEL, address, message };
}

describe('findingsFromOpaOutput', () => {
  it.each([
    {
      case: 'sets of strings in package main',
      output: evalOutput({ main: { deny: ['no public buckets'], warn: ['tags missing', 'old provider'] } }),
      expected: [
        finding('rego:main', 'deny', 'no public buckets'),
        finding('rego:main', 'warn', 'tags missing'),
        finding('rego:main', 'warn', 'old provider'),
      ],
    },
    {
      case: 'objects with msg, address and resource',
      output: evalOutput({
        main: {
          violation: [
            { msg: 'IAM outside a module', address: 'aws_iam_role.ci', details: { x: 1 } },
            { msg: 'public ACL', resource: 'aws_s3_bucket.logs' },
            { msg: 'no address here' },
          ],
        },
      }),
      expected: [
        finding('rego:main', 'deny', 'IAM outside a module', 'aws_iam_role.ci'),
        finding('rego:main', 'deny', 'public ACL', 'aws_s3_bucket.logs'),
        finding('rego:main', 'deny', 'no address here'),
      ],
    },
    {
      case: 'several packages, nested ones and suffixed rule names',
      output: evalOutput({
        main: { deny_public_bucket: ['bucket is public'] },
        terraform: {
          warn: ['plan is large'],
          iam: { deny: [{ msg: 'wildcard action', address: 'aws_iam_policy.all' }], allowed_roles: ['ci'] },
        },
      }),
      expected: [
        finding('rego:main', 'deny', 'bucket is public'),
        finding('rego:terraform', 'warn', 'plan is large'),
        finding('rego:terraform.iam', 'deny', 'wildcard action', 'aws_iam_policy.all'),
      ],
    },
    {
      case: 'boolean rules: true names the rule, false is nothing',
      output: evalOutput({ main: { deny: true, warn: false } }),
      expected: [finding('rego:main', 'deny', 'main.deny is true')],
    },
    {
      case: 'results without msg are shown as JSON',
      output: evalOutput({ main: { warn: [{ code: 7 }, 42] } }),
      expected: [
        finding('rego:main', 'warn', 'main.warn: {"code":7}'),
        finding('rego:main', 'warn', 'main.warn: 42'),
      ],
    },
    {
      case: 'empty sets and helper rules only',
      output: evalOutput({ main: { deny: [], warn: [], denied_types: ['aws_iam_user'], threshold: 3 } }),
      expected: [],
    },
    { case: 'an undefined result', output: {}, expected: [] },
    { case: 'an empty data document', output: evalOutput({}), expected: [] },
  ])('$case', ({ output, expected }) => {
    expect(findingsFromOpaOutput(output, LABEL)).toEqual(expected);
  });

  it.each([
    {
      case: 'a parse error',
      errors: [
        {
          message: 'unexpected identifier token: expected \\n or ; or }',
          code: 'rego_parse_error',
          location: { file: 'policy/main.rego', row: 34, col: 8 },
          details: { line: '    no device_mounted(input.target)', idx: 7 },
        },
      ],
      message: 'policy/main.rego:34:8: rego_parse_error: unexpected identifier token',
      location: { file: 'policy/main.rego', line: 34, column: 8 },
      hint: 'opa check',
    },
    {
      case: 'type errors in two files',
      errors: [
        {
          message: 'undefined function foo',
          code: 'rego_type_error',
          location: { file: 'policy/a.rego', row: 5, col: 3 },
        },
        {
          message: 'undefined ref: input.x',
          code: 'rego_type_error',
          location: { file: 'policy/b.rego', row: 9, col: 1 },
        },
      ],
      message:
        'OPA reported 2 errors in the Rego policies:\npolicy/a.rego:5:3: rego_type_error: undefined function foo\npolicy/b.rego:9:1',
      location: { file: 'policy/a.rego', line: 5, column: 3 },
      hint: 'opa check',
    },
    {
      case: 'pre-1.0 syntax',
      errors: [
        {
          message: '`contains` keyword is required for partial set rules',
          code: 'rego_parse_error',
          location: { file: 'policy/legacy.rego', row: 3, col: 1 },
        },
      ],
      message: 'policy/legacy.rego:3:1: rego_parse_error: `contains` keyword',
      location: { file: 'policy/legacy.rego', line: 3, column: 1 },
      hint: 'opa fmt --write --v0-v1',
    },
    {
      case: 'an error without a location',
      errors: [{ message: 'stat policy/missing: no such file or directory', code: '' }],
      message: 'no such file or directory',
      location: undefined,
      hint: 'opa check',
    },
  ])('turns $case into a UserError', ({ errors, message, location, hint }) => {
    let thrown: unknown;
    try {
      findingsFromOpaOutput({ errors }, LABEL);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    const userError = thrown as UserError;
    expect(userError.message).toContain(message);
    expect(userError.location).toEqual(location);
    expect(userError.hint).toContain(hint);
  });
});

describe('evaluateRego with a fake opa on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'opa-eval-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A script standing in for opa: exits 3 unless its argv is exactly `expectedArgs`. */
  async function fakeOpa(expectedArgs: readonly string[], stdout: string, exitCode = 0): Promise<string> {
    const checks = expectedArgs.map((arg, i) => `[ "\${${i + 1}}" = '${arg}' ] || fail`);
    const script = [
      '#!/bin/sh',
      'argv="$*"',
      'fail() { echo "fake opa: unexpected argv: $argv" >&2; exit 3; }',
      `[ "$#" -eq ${expectedArgs.length} ] || fail`,
      ...checks,
      `printf '%s\\n' '${stdout}'`,
      `exit ${exitCode}`,
      '',
    ].join('\n');
    const opaPath = path.join(dir, 'opa');
    await writeFile(opaPath, script);
    await chmod(opaPath, 0o755);
    return opaPath;
  }

  function evaluation(opaPath: string, extra: { regoV0?: boolean } = {}) {
    return {
      opaPath,
      policyPaths: [path.join(dir, 'policy'), path.join(dir, 'extra.rego')],
      planPath: path.join(dir, 'plan.json'),
      runner: new NodeCommandRunner(),
      label: LABEL,
      ...extra,
    };
  }

  const argv = (...flags: string[]) => [
    'eval',
    '--format',
    'json',
    ...flags,
    '--data',
    path.join(dir, 'policy'),
    '--data',
    path.join(dir, 'extra.rego'),
    '--input',
    path.join(dir, 'plan.json'),
    'data',
  ];

  it('passes every policy path and the plan to one opa eval of data, and reads its findings', async () => {
    const output = evalOutput({
      main: { deny: ['no destroy of the VPC'] },
      terraform: { iam: { warn: [{ msg: 'role without boundary', address: 'aws_iam_role.app' }] } },
    });
    const opaPath = await fakeOpa(argv(), JSON.stringify(output));
    expect(await evaluateRego(evaluation(opaPath))).toEqual([
      finding('rego:main', 'deny', 'no destroy of the VPC'),
      finding('rego:terraform.iam', 'warn', 'role without boundary', 'aws_iam_role.app'),
    ]);
  });

  it('adds --v0-compatible for pre-1.0 policies', async () => {
    const opaPath = await fakeOpa(
      argv('--v0-compatible'),
      JSON.stringify(evalOutput({ main: { deny: [] } })),
    );
    expect(await evaluateRego(evaluation(opaPath, { regoV0: true }))).toEqual([]);
  });

  it('reads the errors OPA prints when it exits non-zero', async () => {
    const errors = {
      errors: [
        {
          message: 'unexpected eof token',
          code: 'rego_parse_error',
          location: { file: 'policy/main.rego', row: 7, col: 1 },
        },
      ],
    };
    const opaPath = await fakeOpa(argv(), JSON.stringify(errors), 1);
    const failure = evaluateRego(evaluation(opaPath));
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow('policy/main.rego:7:1: rego_parse_error: unexpected eof token');
  });

  it('reports what opa said when its output is not JSON', async () => {
    const opaPath = await fakeOpa(['something', 'else'], '');
    const failure = evaluateRego(evaluation(opaPath));
    await expect(failure).rejects.toThrow('opa eval failed (exit 3)');
    await expect(failure).rejects.toThrow('fake opa: unexpected argv');
  });
});
