import { describe, expect, it } from 'vitest';
import { applyExceptions, isCalendarDate, prepareException } from '../../src/policy/exceptions.js';
import type { ExceptionEntry } from '../../src/policy/exceptions.js';
import type { Finding } from '../../src/policy/finding.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'no-replace',
    severity: 'deny',
    blocksAutoApprove: true,
    plan: 'stacks/legacy/plan.json',
    address: 'aws_instance.legacy',
    message: 'aws_instance.legacy will be replaced',
    ...overrides,
  };
}

const entry: ExceptionEntry = {
  rule: 'no-replace',
  address: 'aws_instance.legacy',
  plan: 'stacks/legacy/*',
  reason: 'INFRA-123 migration',
  expires: '2027-01-31',
};

function apply(
  findings: Finding[],
  entries: ExceptionEntry[],
  now: string,
  plans = ['stacks/legacy/plan.json'],
) {
  const exceptions = entries.map((e, i) => prepareException(e, `policy.yml:${i + 4}:5`));
  return applyExceptions(findings, exceptions, { plans, now: new Date(now), policyFile: 'policy.yml' });
}

describe('applyExceptions', () => {
  it.each<[string, Partial<Finding>, Partial<ExceptionEntry>, boolean]>([
    ['matching rule, address and plan', {}, {}, true],
    ['another rule', { rule: 'no-destroy' }, {}, false],
    ['another address', { address: 'aws_instance.new' }, {}, false],
    ['another plan', { plan: 'stacks/web/plan.json' }, {}, false],
    ['no plan glob: every plan', { plan: 'stacks/web/plan.json' }, { plan: undefined }, true],
    [
      'address glob with instance keys',
      { address: 'module.old["a"].aws_instance.x' },
      { address: 'module.old.*' },
      true,
    ],
    ['plan-wide finding by *', { address: undefined }, { address: '*' }, true],
    ['plan-wide finding by a specific address', { address: undefined }, {}, false],
    ['rego finding', { rule: 'rego:terraform.deny' }, { rule: 'rego:terraform.deny' }, true],
  ])('%s: covered %s', (_name, findingOverrides, entryOverrides, covered) => {
    const [result] = apply(
      [finding(findingOverrides)],
      [{ ...entry, ...entryOverrides }],
      '2026-06-01T00:00:00Z',
    );
    expect(result?.exception).toEqual(
      covered ? { reason: 'INFRA-123 migration', expires: '2027-01-31' } : undefined,
    );
  });

  it.each<[string, boolean]>([
    ['2027-01-31T23:59:59Z', true],
    ['2027-02-01T00:00:00Z', false],
  ])('at %s the exception still covers: %s', (now, covers) => {
    const results = apply([finding()], [entry], now);
    expect(results[0]?.exception !== undefined).toBe(covers);
    expect(results.some((f) => f.rule === 'exception-expired')).toBe(!covers);
  });

  it('turns an expired exception into a deny, blocking finding that says where it is written', () => {
    const results = apply([finding()], [entry], '2027-03-01T00:00:00Z');
    expect(results).toEqual([
      finding(),
      {
        rule: 'exception-expired',
        severity: 'deny',
        blocksAutoApprove: true,
        plan: 'policy.yml',
        address: 'aws_instance.legacy',
        message:
          "policy.yml:4:5: the exception for no-replace on aws_instance.legacy ('INFRA-123 migration') expired on 2027-01-31; remove it or renew it",
      },
    ]);
  });

  it('reports an expired exception only when its plan glob concerns a plan of the run', () => {
    expect(apply([], [entry], '2027-03-01T00:00:00Z', ['stacks/web/plan.json'])).toEqual([]);
    expect(
      apply([], [{ ...entry, plan: undefined }], '2027-03-01T00:00:00Z', ['stacks/web/plan.json']),
    ).toHaveLength(1);
  });

  it('does not change the findings it is given', () => {
    const given = finding();
    apply([given], [entry], '2026-01-01T00:00:00Z');
    expect(given.exception).toBeUndefined();
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2027-01-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
  ])('%s: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
