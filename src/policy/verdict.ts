import type { Finding } from './finding.js';
import { CHANGE_KINDS, EFFECTIVE_KINDS } from './plan-model.js';
import type { ParsedPlan, PlanChange } from './plan-model.js';
import type { ChangeCounts, PolicyOutcome, PolicyReportJson } from './policy-report.js';

export type FailOn = 'deny' | 'warn' | 'never';

export function countChanges(changes: readonly PlanChange[]): ChangeCounts {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as ChangeCounts;
  for (const change of changes) counts[change.kind]++;
  return counts;
}

function addCounts(total: ChangeCounts, counts: ChangeCounts): ChangeCounts {
  for (const kind of CHANGE_KINDS) total[kind] += counts[kind];
  return total;
}

/** Whether a finding fails the verdict: not excepted, and severe enough for `failOn`. */
export function failsVerdict(finding: Finding, failOn: FailOn): boolean {
  if (finding.exception !== undefined || failOn === 'never') return false;
  return finding.severity === 'deny' || (failOn === 'warn' && finding.severity === 'warn');
}

export type Verdict = Pick<PolicyOutcome, 'verdict' | 'autoApprove' | 'autoApproveReason'>;

/**
 * The verdict fails when a finding no exception covers reaches `failOn`. Auto-approve needs no
 * uncovered blocking finding, at least one change that does something, and no change with an
 * action list this tool does not know, whatever rules the policy turned off.
 */
export function decideVerdict(
  plans: readonly ParsedPlan[],
  findings: readonly Finding[],
  failOn: FailOn,
): Verdict {
  const open = findings.filter((finding) => finding.exception === undefined);
  const failing = open.filter((finding) => failsVerdict(finding, failOn));
  const blocking = open.filter((finding) => finding.blocksAutoApprove);
  const counts = plans.map((plan) => countChanges(plan.changes)).reduce(addCounts, countChanges([]));
  const changes = [...EFFECTIVE_KINDS].reduce((sum, kind) => sum + counts[kind], 0);
  const verdict = failing.length > 0 ? 'fail' : 'pass';
  if (blocking.length > 0) {
    const rules = [...new Set(blocking.map((finding) => finding.rule))].join(', ');
    return {
      verdict,
      autoApprove: false,
      autoApproveReason: `${plural(blocking.length, 'blocking finding')} (${rules})`,
    };
  }
  if (counts.unknown > 0) {
    const reason = `${plural(counts.unknown, 'change')} with an action list this tool does not know`;
    return { verdict, autoApprove: false, autoApproveReason: reason };
  }
  if (changes === 0) return { verdict, autoApprove: false, autoApproveReason: 'the plans change nothing' };
  return {
    verdict,
    autoApprove: true,
    autoApproveReason: `no blocking findings in ${plural(changes, 'change')}`,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The `report` output (shape documented in policy-report.ts and the README). */
export function reportJson(outcome: PolicyOutcome): PolicyReportJson {
  const plans = outcome.plans.map((plan) => ({
    plan: plan.label,
    tool: plan.tool,
    formatVersion: plan.formatVersion,
    counts: countChanges(plan.changes),
  }));
  return {
    version: 1,
    verdict: outcome.verdict,
    autoApprove: outcome.autoApprove,
    counts: plans.map((plan) => plan.counts).reduce(addCounts, countChanges([])),
    plans,
    findings: outcome.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      plan: finding.plan,
      address: finding.address ?? null,
      message: finding.message,
      blocksAutoApprove: finding.blocksAutoApprove,
      exception: finding.exception ?? null,
    })),
  };
}
