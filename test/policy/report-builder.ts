import type { Finding, RuleDescription } from '../../src/policy/finding.js';
import type { ParsedPlan, PlanChange } from '../../src/policy/plan-model.js';
import type { PolicyOutcome } from '../../src/policy/policy-report.js';
import { plan } from './plan-builder.js';

/** Builds the shared report types for report tests, without the plan reader or the rules. */
export function planChange(overrides: Partial<PlanChange> = {}): PlanChange {
  const address = overrides.address ?? 'aws_s3_bucket.logs';
  const [type = 'aws_s3_bucket', name = 'logs'] = address.split('.').slice(-2);
  return {
    plan: 'stacks/app/plan.json',
    address,
    previousAddress: undefined,
    deposed: undefined,
    mode: 'managed',
    type,
    name,
    provider: 'registry.terraform.io/hashicorp/aws',
    moduleAddress: undefined,
    moduleCall: undefined,
    moduleCalls: [],
    kind: 'update',
    actions: ['update'],
    replaceOrder: undefined,
    actionReason: undefined,
    replacePaths: [],
    importing: false,
    before: {},
    after: {},
    afterUnknown: {},
    beforeSensitive: {},
    afterSensitive: {},
    ...overrides,
  };
}

export function parsedPlan(label: string, changes: PlanChange[] = []): ParsedPlan {
  return plan(changes, { label, path: `/workspace/${label}` });
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'no-destroy',
    severity: 'deny',
    blocksAutoApprove: true,
    plan: 'stacks/app/plan.json',
    address: 'aws_s3_bucket.logs',
    message: 'aws_s3_bucket.logs would be destroyed',
    ...overrides,
  };
}

export const RULES: RuleDescription[] = [
  {
    id: 'no-destroy',
    title: 'Resources must not be destroyed',
    help: 'Deletes need a person.\n\nAdd an exception.',
  },
  { id: 'no-replace', title: 'Resources must not be replaced', help: 'Replacements cause downtime.' },
  { id: 'required-tags', title: 'Created resources carry the required tags', help: 'Tag `owner`.' },
];

export function outcome(overrides: Partial<PolicyOutcome> = {}): PolicyOutcome {
  const findings = overrides.findings ?? [];
  const blocking = findings.filter((item) => item.blocksAutoApprove && !item.exception).length;
  return {
    plans: [parsedPlan('stacks/app/plan.json')],
    findings,
    rules: RULES,
    verdict: findings.some((item) => item.severity === 'deny' && !item.exception) ? 'fail' : 'pass',
    autoApprove: blocking === 0,
    autoApproveReason: blocking === 0 ? '' : `${blocking} blocking finding(s)`,
    ...overrides,
  };
}
