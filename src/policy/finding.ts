import type { ChangeKind } from './plan-model.js';

/** `deny` fails the check by default (`fail-on: deny`); `warn` and `info` only report. */
export type Severity = 'deny' | 'warn' | 'info';

export const SEVERITIES: readonly Severity[] = ['deny', 'warn', 'info'];

/** One thing a rule (built-in, Rego, or the exception check itself) found in one plan. */
export interface Finding {
  /** Rule id: a built-in id (`no-destroy`), `rego:<package>` for OPA results, `exception-expired`. */
  rule: string;
  severity: Severity;
  /** Whether this finding, unless excepted, stops the auto-approve verdict. */
  blocksAutoApprove: boolean;
  /** Label of the plan it was found in (ParsedPlan.label). */
  plan: string;
  /** Resource address or module call path; undefined for plan-wide findings. */
  address: string | undefined;
  /** The change kind of the resource, where the finding is about one change. */
  kind?: ChangeKind;
  /** The deposed object the finding is about (PlanChange.deposed), when it is not the current one. */
  deposed?: string;
  message: string;
  /** Set when a policy exception covers the finding: it is still reported, but never counts. */
  exception?: { reason: string; expires: string };
}

/** What reports (SARIF rules, the summary's legend) say about a rule. */
export interface RuleDescription {
  id: string;
  /** One line: "Resources must not be destroyed". */
  title: string;
  /** Why the rule exists and how to satisfy it or add an exception (markdown allowed). */
  help: string;
}
