import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { Finding } from '../../src/policy/finding.js';
import { readPlanFile } from '../../src/policy/plan-file.js';
import type { ChangeKind } from '../../src/policy/plan-model.js';
import { loadPolicy, parsePolicy } from '../../src/policy/policy-file.js';
import type { PolicyReportJson } from '../../src/policy/policy-report.js';
import { countChanges, decideVerdict, reportJson } from '../../src/policy/verdict.js';
import type { FailOn } from '../../src/policy/verdict.js';
import { change, plan } from './plan-builder.js';

const now = new Date('2026-06-01T12:00:00Z');

function finding(severity: Finding['severity'], blocksAutoApprove: boolean, excepted = false): Finding {
  return {
    rule: 'r',
    severity,
    blocksAutoApprove,
    plan: 'p',
    address: 'a.b',
    message: 'm',
    ...(excepted ? { exception: { reason: 'x', expires: '2027-01-01' } } : {}),
  };
}

describe('decideVerdict', () => {
  const changed = [plan([change('a_b.c', { kind: 'update' })])];
  it.each<[string, Finding[], FailOn, 'pass' | 'fail', boolean, string]>([
    ['nothing found', [], 'deny', 'pass', true, 'no blocking findings in 1 change'],
    ['a blocking deny', [finding('deny', true)], 'deny', 'fail', false, '1 blocking finding (r)'],
    [
      'a blocking deny, fail-on never',
      [finding('deny', true)],
      'never',
      'pass',
      false,
      '1 blocking finding (r)',
    ],
    [
      'a deny that does not block',
      [finding('deny', false)],
      'deny',
      'fail',
      true,
      'no blocking findings in 1 change',
    ],
    [
      'a warning, fail-on deny',
      [finding('warn', false)],
      'deny',
      'pass',
      true,
      'no blocking findings in 1 change',
    ],
    [
      'a warning, fail-on warn',
      [finding('warn', false)],
      'warn',
      'fail',
      true,
      'no blocking findings in 1 change',
    ],
    [
      'info, fail-on warn',
      [finding('info', false)],
      'warn',
      'pass',
      true,
      'no blocking findings in 1 change',
    ],
    ['a blocking warning', [finding('warn', true)], 'deny', 'pass', false, '1 blocking finding (r)'],
    [
      'an excepted deny',
      [finding('deny', true, true)],
      'deny',
      'pass',
      true,
      'no blocking findings in 1 change',
    ],
    [
      'two blocking',
      [finding('deny', true), finding('warn', true)],
      'warn',
      'fail',
      false,
      '2 blocking findings (r)',
    ],
  ])('%s', (_name, findings, failOn, verdict, autoApprove, reason) => {
    expect(decideVerdict(changed, findings, failOn)).toEqual({
      verdict,
      autoApprove,
      autoApproveReason: reason,
    });
  });

  it.each<[ChangeKind[], boolean, string]>([
    [[], false, 'the plans change nothing'],
    [['no-op', 'read'], false, 'the plans change nothing'],
    [['forget'], true, 'no blocking findings in 1 change'],
    [['create', 'replace-forget', 'no-op'], true, 'no blocking findings in 2 changes'],
    [['create', 'unknown'], false, '1 change with an action list this tool does not know'],
  ])('changes %j: auto-approve %s', (kinds, autoApprove, reason) => {
    const plans = [plan(kinds.map((kind, i) => change(`a_b.c${i}`, { kind })))];
    expect(decideVerdict(plans, [], 'deny')).toMatchObject({
      verdict: 'pass',
      autoApprove,
      autoApproveReason: reason,
    });
  });
});

describe('evaluatePolicy', () => {
  it('runs the default policy over every plan and excepts findings of the policy file', async () => {
    const plans = [
      plan([change('aws_instance.legacy', { kind: 'replace' })], { label: 'stacks/legacy/plan.json' }),
      plan([change('aws_s3_bucket.a', { kind: 'delete' }), change('aws_iam_role.ci')], {
        label: 'stacks/web/plan.json',
      }),
    ];
    const policy = parsePolicy(
      [
        'version: 1',
        'exceptions:',
        '  - { rule: no-replace, address: aws_instance.legacy, plan: stacks/legacy/*, reason: INFRA-123, expires: 2027-01-31 }',
        '  - { rule: no-destroy, address: "*", plan: stacks/web/*, reason: old, expires: 2026-01-01 }',
        '  - { rule: rego:terraform, address: "*", reason: known, expires: 2027-01-01 }',
      ].join('\n'),
      'policy.yml',
    );
    const rego: Finding = { ...finding('warn', false), rule: 'rego:terraform', plan: 'stacks/web/plan.json' };
    const outcome = evaluatePolicy(plans, policy, { now, failOn: 'deny', extraFindings: [rego] });
    expect(outcome.findings.map((f) => [f.rule, f.plan, f.address, f.exception?.reason])).toEqual([
      ['no-replace', 'stacks/legacy/plan.json', 'aws_instance.legacy', 'INFRA-123'],
      ['no-destroy', 'stacks/web/plan.json', 'aws_s3_bucket.a', undefined],
      ['no-direct-iam', 'stacks/web/plan.json', 'aws_iam_role.ci', undefined],
      ['rego:terraform', 'stacks/web/plan.json', 'a.b', 'known'],
      ['exception-expired', 'policy.yml', '*', undefined],
    ]);
    expect(outcome.rules.map((r) => r.id)).toEqual([
      'no-destroy',
      'no-replace',
      'no-direct-iam',
      'plan-complete',
      'exception-expired',
    ]);
    expect(outcome).toMatchObject({ verdict: 'fail', autoApprove: false });
    expect(outcome.autoApproveReason).toBe(
      '3 blocking findings (no-destroy, no-direct-iam, exception-expired)',
    );
  });

  it('auto-approves a safe plan under the default policy', async () => {
    const outcome = evaluatePolicy(
      [plan([change('aws_s3_bucket.a'), change('aws_s3_bucket.b', { kind: 'update' })])],
      await loadPolicy(undefined),
      {
        now,
        failOn: 'deny',
      },
    );
    expect(outcome).toMatchObject({ verdict: 'pass', autoApprove: true, findings: [] });
  });

  it('checks 88,000 changes without a finding per change it does not report', async () => {
    const policy = await loadPolicy(new URL('../fixtures/policies/full.yml', import.meta.url).pathname);
    const changes = Array.from({ length: 88_000 }, (_, i) =>
      change(`module.m${i % 50}["k"].aws_s3_bucket.b${i}`, {
        kind: i % 2 ? 'update' : 'no-op',
        after: { tags: { owner: 'o', 'cost-center': 'c' } },
      }),
    );
    const outcome = evaluatePolicy([plan(changes)], policy, { now, failOn: 'deny' });
    // Only max-changes fires (44,000 updates against a limit of 100); the timing is the bench's job.
    expect(outcome.findings.map((f) => f.rule)).toEqual(['max-changes', 'max-changes']);
  });
});

describe('countChanges and reportJson', () => {
  it('counts every kind, zeros included, and keeps the documented shape', () => {
    const plans = [
      plan([change('a_b.c'), change('a_b.d', { kind: 'replace-forget' })], { label: 'one.json' }),
      plan([change('a_b.e', { kind: 'no-op' })], { label: 'two.json', tool: 'opentofu' }),
    ];
    expect(countChanges(plans[0]!)).toEqual({
      create: 1,
      update: 0,
      delete: 0,
      replace: 0,
      forget: 0,
      'replace-forget': 1,
      read: 0,
      'no-op': 0,
      unknown: 0,
    });
    const outcome = evaluatePolicy(plans, parsePolicy('version: 1\n', 'p.yml'), { now, failOn: 'deny' });
    const report = JSON.parse(reportJson(outcome)) as PolicyReportJson;
    expect(report).toMatchObject({
      findingsOmitted: 0,
      version: 1,
      verdict: 'fail',
      autoApprove: false,
      counts: { create: 1, 'replace-forget': 1, 'no-op': 1, delete: 0 },
      plans: [
        { plan: 'one.json', tool: 'terraform', formatVersion: '1.2', counts: { create: 1 } },
        { plan: 'two.json', tool: 'opentofu', counts: { 'no-op': 1 } },
      ],
    });
    expect(report.findings).toEqual([
      {
        rule: 'no-replace',
        severity: 'deny',
        plan: 'one.json',
        address: 'a_b.d',
        message: expect.stringContaining('a_b.d will be replaced'),
        blocksAutoApprove: true,
        exception: null,
      },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

const synthetic = new URL('../fixtures/plans/synthetic/', import.meta.url).pathname;

describe.runIf(existsSync(synthetic))('the default policy over the synthetic plans (plan-file.ts)', () => {
  it.each<[string, string[], boolean]>([
    ['forget.json', ['no-destroy'], false],
    ['replace-forget-terraform.json', ['no-replace'], false],
    ['replace-forget-opentofu.json', ['no-replace'], false],
    ['replace-create-before-destroy.json', ['no-replace'], false],
    ['replace-delete-before-create.json', ['no-replace', 'no-replace'], false],
    ['deferred.json', ['plan-complete', 'plan-complete'], false],
    ['errored.json', ['plan-complete', 'plan-complete'], false],
    [
      'iam.json',
      [
        'no-direct-iam',
        'no-direct-iam',
        'no-direct-iam',
        'no-direct-iam',
        'no-direct-iam',
        'no-direct-iam',
        'no-destroy',
      ],
      false,
    ],
    ['unknown-action.json', ['plan-complete'], false],
    ['deposed.json', ['no-destroy'], false],
    ['no-op.json', [], false],
    ['moved.json', [], true],
  ])('%s: %j, auto-approve %s', async (file, rules, autoApprove) => {
    const parsed = await readPlanFile(`${synthetic}${file}`, file);
    const outcome = evaluatePolicy([parsed], await loadPolicy(undefined), { now, failOn: 'deny' });
    expect(outcome.findings.map((f) => f.rule).sort()).toEqual([...rules].sort());
    expect(outcome.autoApprove).toBe(autoApprove);
  });

  it('names the deposed object in the report of deposed.json', async () => {
    const parsed = await readPlanFile(`${synthetic}deposed.json`, 'deposed.json');
    const outcome = evaluatePolicy([parsed], await loadPolicy(undefined), { now, failOn: 'deny' });
    const report = JSON.parse(reportJson(outcome)) as PolicyReportJson;
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'no-destroy', address: 'aws_instance.web', deposed: '6f2a9c1e' }),
    ]);
  });

  it('module-sources over module-pins.json', async () => {
    const parsed = await readPlanFile(`${synthetic}module-pins.json`, 'module-pins.json');
    const policy = parsePolicy(
      "version: 1\nrules:\n  module-sources: { allowed: ['registry.example.com/acme/*', 'git::https://git.example.com/acme/*'] }\n",
      'p.yml',
    );
    const outcome = evaluatePolicy([parsed], policy, { now, failOn: 'deny' });
    expect(outcome.findings.filter((f) => f.rule === 'module-sources').map((f) => f.address)).toEqual([
      'module.eks',
      'module.legacy',
      'module.app',
      'module.app.module.queue',
    ]);
  });
});

describe('the report output', () => {
  it('keeps the most severe open findings within the size limit and counts the rest', () => {
    const changes = Array.from({ length: 60 }, (_, i) => change(`aws_s3_bucket.b${i}`, { kind: 'delete' }));
    const policy = parsePolicy(
      [
        'version: 1',
        'rules:',
        '  no-destroy: { severity: warn }',
        '  protected-addresses: { addresses: ["aws_s3_bucket.b5*"] }',
        'exceptions:',
        '  - { rule: no-destroy, address: "aws_s3_bucket.b1*", reason: INFRA-1, expires: 2099-01-01 }',
      ].join('\n'),
      'p.yml',
    );
    const outcome = evaluatePolicy([plan(changes)], policy, { now, failOn: 'deny' });
    const whole = JSON.parse(reportJson(outcome)) as PolicyReportJson;
    expect(whole.findings).toHaveLength(71);
    expect(whole.findingsOmitted).toBe(0);

    const text = reportJson(outcome, 4000);
    expect(text.length).toBeLessThanOrEqual(4000);
    const bounded = JSON.parse(text) as PolicyReportJson;
    expect(bounded.findings.length).toBeGreaterThan(5);
    expect(bounded.findings.length + bounded.findingsOmitted).toBe(71);
    // The 11 protected-address denies (b5, b50-b59) come first, then open warnings; excepted last.
    expect(bounded.findings.slice(0, 11).every((f) => f.rule === 'protected-addresses')).toBe(true);
    expect(bounded.findings.slice(11).every((f) => f.severity === 'warn' && f.exception === null)).toBe(true);
    expect(bounded).toMatchObject({ verdict: whole.verdict, counts: whole.counts, plans: whole.plans });
  });
});
