import type { Finding } from './finding.js';
import { CHANGE_KINDS, EFFECTIVE_KINDS } from './plan-model.js';
import type { ParsedPlan } from './plan-model.js';
import type { ChangeCounts, PolicyOutcome, PolicyReportJson } from './policy-report.js';

export type FailOn = 'deny' | 'warn' | 'never';

export function countChanges(plan: ParsedPlan): ChangeCounts {
  const counts = noChanges();
  for (const kind of CHANGE_KINDS) counts[kind] = plan.changesByKind[kind].length;
  return counts;
}

export function noChanges(): ChangeCounts {
  return Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as ChangeCounts;
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
  const counts = plans.map(countChanges).reduce(addCounts, noChanges());
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

/**
 * GitHub keeps at most 1 MB of outputs per job (counted as UTF-16), and a reusable workflow passes
 * `report` on as a job output: half of that leaves room for the other outputs and the caller's.
 */
export const REPORT_OUTPUT_LIMIT = 512 * 1024;

const SEVERITY_RANK = { deny: 0, warn: 1, info: 2 } as const;

/**
 * The `report` output (shape documented in policy-report.ts and the README), as JSON text within
 * `maxLength` characters: when every finding does not fit, the most severe open ones are kept and
 * the rest are counted in `findingsOmitted`.
 */
export function reportJson(outcome: PolicyOutcome, maxLength = REPORT_OUTPUT_LIMIT): string {
  const plans = outcome.plans.map((plan) => ({
    plan: plan.label,
    tool: plan.tool,
    formatVersion: plan.formatVersion,
    counts: countChanges(plan),
  }));
  const report: PolicyReportJson = {
    version: 1,
    verdict: outcome.verdict,
    autoApprove: outcome.autoApprove,
    counts: plans.map((plan) => plan.counts).reduce(addCounts, noChanges()),
    plans,
    findings: outcome.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      plan: finding.plan,
      address: finding.address ?? null,
      ...(finding.deposed === undefined ? {} : { deposed: finding.deposed }),
      message: finding.message,
      blocksAutoApprove: finding.blocksAutoApprove,
      exception: finding.exception ?? null,
    })),
    findingsOmitted: 0,
  };
  const whole = JSON.stringify(report);
  if (whole.length <= maxLength) return whole;
  const ranked = [...report.findings].sort(
    (a, b) =>
      Number(a.exception !== null) - Number(b.exception !== null) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  // Each finding costs its own JSON and a comma; keep adding while the total stays within bounds.
  let budget = maxLength - JSON.stringify({ ...report, findings: [], findingsOmitted: ranked.length }).length;
  const kept: PolicyReportJson['findings'] = [];
  for (const finding of ranked) {
    budget -= JSON.stringify(finding).length + 1;
    if (budget < 0) break;
    kept.push(finding);
  }
  return JSON.stringify({ ...report, findings: kept, findingsOmitted: ranked.length - kept.length });
}
