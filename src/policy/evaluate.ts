import { applyExceptions } from './exceptions.js';
import type { Finding, RuleDescription } from './finding.js';
import type { ParsedPlan } from './plan-model.js';
import type { Policy } from './policy.js';
import type { PolicyOutcome } from './policy-report.js';
import { EXCEPTION_EXPIRED } from './rules/index.js';
import { decideVerdict } from './verdict.js';
import type { FailOn } from './verdict.js';

export interface EvaluateOptions {
  /** The moment exceptions are judged against; injected so that the outcome is reproducible. */
  now: Date;
  /** Findings from elsewhere (Rego policies); exceptions apply to them as to built-in ones. */
  extraFindings?: Finding[];
  /** Descriptions of the rules behind `extraFindings`, for SARIF and the summary. */
  extraRules?: RuleDescription[];
  failOn: FailOn;
}

/** Runs every rule of the policy over every plan, applies the exceptions and decides the verdict. */
export function evaluatePolicy(plans: ParsedPlan[], policy: Policy, options: EvaluateOptions): PolicyOutcome {
  const raw: Finding[] = [];
  for (const plan of plans) {
    // A loop, not push(...): a plan can yield more findings than a call takes arguments.
    for (const rule of policy.rules) for (const finding of rule.check(plan)) raw.push(finding);
  }
  for (const finding of options.extraFindings ?? []) raw.push(finding);
  const findings = applyExceptions(raw, policy.exceptions, {
    plans: plans.map((plan) => plan.label),
    now: options.now,
    policyFile: policy.file ?? 'default policy',
  });
  const rules = [...policy.rules.map((rule) => rule.description), ...(options.extraRules ?? [])];
  if (findings.some((finding) => finding.rule === EXCEPTION_EXPIRED.id)) rules.push(EXCEPTION_EXPIRED);
  return { plans, findings, rules, ...decideVerdict(plans, findings, options.failOn) };
}
