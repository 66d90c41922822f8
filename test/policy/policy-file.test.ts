import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPolicy, parsePolicy } from '../../src/policy/policy-file.js';
import { DEFAULT_RULE_IDS } from '../../src/policy/policy.js';
import { UserError } from '../../src/runtime/user-error.js';

const fixture = new URL('../fixtures/policies/full.yml', import.meta.url).pathname;

function summary(text: string) {
  return parsePolicy(text, 'policy.yml').rules.map((r) => [r.id, r.severity, r.blocksAutoApprove]);
}

function parseError(text: string): UserError {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('loadPolicy', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the default policy without a file: four blocking deny rules', async () => {
    const policy = await loadPolicy(undefined);
    expect(policy.file).toBeUndefined();
    expect(policy.rules.map((r) => [r.id, r.severity, r.blocksAutoApprove])).toEqual(
      DEFAULT_RULE_IDS.map((id) => [id, 'deny', true]),
    );
    expect(policy.exceptions).toEqual([]);
  });

  it('reads every rule and the exceptions of a full policy', async () => {
    const policy = await loadPolicy(fixture);
    expect(policy.rules.map((r) => r.id)).toEqual([
      'no-destroy',
      'no-replace',
      'no-direct-iam',
      'module-sources',
      'allowed-providers',
      'resource-types',
      'max-changes',
      'required-tags',
      'protected-addresses',
      'plan-complete',
    ]);
    expect(policy.rules.find((r) => r.id === 'required-tags')).toMatchObject({
      severity: 'warn',
      blocksAutoApprove: false,
    });
    expect(policy.exceptions).toMatchObject([
      {
        rule: 'no-replace',
        address: 'aws_instance.legacy',
        expires: '2027-01-31',
        location: `${fixture}:21:5`,
      },
    ]);
  });

  it('names a missing file', async () => {
    const path = join(dir, 'nope.yml');
    await expect(loadPolicy(path)).rejects.toThrow(`policy file ${path} does not exist`);
  });

  it('reads a real file', async () => {
    const path = join(dir, 'policy.yml');
    writeFileSync(path, 'version: 1\nrules:\n  no-replace: { severity: off }\n');
    expect((await loadPolicy(path)).rules.map((r) => r.id)).toEqual([
      'no-destroy',
      'no-direct-iam',
      'plan-complete',
    ]);
  });
});

describe('parsePolicy merges rules over the defaults', () => {
  it.each<[string, string, (string | boolean)[][]]>([
    [
      'a default rule turned off, another made a warning',
      'version: 1\nrules:\n  no-replace: { severity: off }\n  no-destroy: { severity: warn }\n',
      [
        ['no-destroy', 'warn', false],
        ['no-direct-iam', 'deny', true],
        ['plan-complete', 'deny', true],
      ],
    ],
    [
      'a configured rule added, a warning that blocks',
      'version: 1\nrules:\n  max-changes: { total: 5, severity: info, blocks-auto-approve: true }\n',
      [
        ['no-destroy', 'deny', true],
        ['no-replace', 'deny', true],
        ['no-direct-iam', 'deny', true],
        ['max-changes', 'info', true],
        ['plan-complete', 'deny', true],
      ],
    ],
    [
      'a deny that does not block',
      'version: 1\nrules:\n  plan-complete: { blocks-auto-approve: false }\n',
      [
        ['no-destroy', 'deny', true],
        ['no-replace', 'deny', true],
        ['no-direct-iam', 'deny', true],
        ['plan-complete', 'deny', false],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('parsePolicy errors', () => {
  it.each<[string, string, string, number, string | undefined]>([
    [
      'unknown rule',
      'version: 1\nrules:\n  no-destory: {}\n',
      "rules: unknown rule 'no-destory'",
      3,
      "did you mean 'no-destroy'?",
    ],
    [
      'unknown key',
      'version: 1\nrules:\n  no-replace:\n    allow-type: [aws_instance]\n',
      "rules.no-replace: unknown key 'allow-type'",
      4,
      "did you mean 'allow-types'?",
    ],
    [
      'unknown top-level key',
      'version: 1\nrule: {}\n',
      "the policy: unknown key 'rule'",
      2,
      "did you mean 'rules'?",
    ],
    [
      'bad severity',
      'version: 1\nrules:\n  no-destroy:\n    severity: block\n',
      'rules.no-destroy.severity: must be one of deny, warn, info, off (got "block")',
      4,
      undefined,
    ],
    ['missing version', 'rules: {}\n', "the policy: 'version' is required", 1, undefined],
    ['wrong version', 'version: 2\n', 'version: must be 1 (got 2)', 1, undefined],
    [
      'missing required option',
      'version: 1\nrules:\n  required-tags: {}\n',
      "rules.required-tags: 'tags' is required",
      3,
      undefined,
    ],
    [
      'wrong type',
      'version: 1\nrules:\n  no-destroy:\n    allow: aws_s3_object.*\n',
      'rules.no-destroy.allow: must be array (got "aws_s3_object.*")',
      4,
      undefined,
    ],
    [
      'exception without reason',
      'version: 1\nexceptions:\n  - rule: no-replace\n    address: a.b\n    expires: 2027-01-31\n',
      "exceptions[0]: 'reason' is required",
      3,
      undefined,
    ],
    [
      'exception date shape',
      'version: 1\nexceptions:\n  - { rule: no-replace, address: a.b, reason: r, expires: 31/01/2027 }\n',
      'exceptions[0].expires: must be a date YYYY-MM-DD (got "31/01/2027")',
      3,
      undefined,
    ],
    [
      'exception date that does not exist',
      'version: 1\nexceptions:\n  - { rule: no-replace, address: a.b, reason: r, expires: 2027-02-30 }\n',
      "exception expires on '2027-02-30', which is not a date",
      3,
      'YYYY-MM-DD',
    ],
    [
      'exception for an unknown rule',
      'version: 1\nexceptions:\n  - { rule: no-replac, address: a.b, reason: r, expires: 2027-01-31 }\n',
      "exception for unknown rule 'no-replac'",
      3,
      "did you mean 'no-replace'?",
    ],
    ['invalid YAML', 'version: 1\nrules: [\n', 'invalid YAML', 3, undefined],
    ['empty file', '# nothing\n', 'the policy file is empty', 0, 'version: 1'],
  ])('%s', (_name, text, message, line, hint) => {
    const error = parseError(text);
    expect(error.message).toContain(message);
    if (line > 0) {
      expect(error.location?.line).toBe(line);
      expect(error.message).toContain(`policy.yml:${line}:`);
    }
    if (hint) expect(error.hint).toContain(hint);
  });

  it('lists every problem at once', () => {
    const error = parseError('version: 1\nrules:\n  no-destory: {}\n  no-replace: { severity: nope }\n');
    expect(error.message).toContain('policy.yml:3:3: rules: unknown rule');
    expect(error.message).toContain('policy.yml:4:27: rules.no-replace.severity');
  });
});
