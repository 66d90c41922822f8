import { compileAddressGlobs, compileGlob } from './address-glob.js';
import type { GlobMatcher } from './address-glob.js';
import type { Finding } from './finding.js';
import { EXCEPTION_EXPIRED } from './rules/index.js';

/** An exception as the policy file writes it (already schema-checked). */
export interface ExceptionEntry {
  rule: string;
  /** Address glob; plan-wide findings (no address) are matched as the empty string, so by `*`. */
  address: string;
  /** Plan label glob (`stacks/legacy/*`); every plan when absent. */
  plan?: string;
  reason: string;
  /** `YYYY-MM-DD`: the last day the exception applies. */
  expires: string;
}

export interface PolicyException extends ExceptionEntry {
  /** Where the exception is written, for the finding when it expires. */
  location: string;
  matchesAddress: GlobMatcher;
  matchesPlan: GlobMatcher | undefined;
  /** The instant it stops applying: the day after `expires`, 00:00 UTC. */
  endsAt: number;
}

const DAY_MS = 86_400_000;

export function prepareException(entry: ExceptionEntry, location: string): PolicyException {
  return {
    ...entry,
    location,
    matchesAddress: compileAddressGlobs([entry.address]),
    matchesPlan: entry.plan === undefined ? undefined : compileGlob(entry.plan),
    endsAt: Date.parse(`${entry.expires}T00:00:00Z`) + DAY_MS,
  };
}

/** Whether a `YYYY-MM-DD` string names a real day (the schema checks only the shape). */
export function isCalendarDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/**
 * Marks the findings an exception in force covers (they stay reported, but never count) and adds
 * one `exception-expired` finding, deny and blocking, for each expired exception that concerns a
 * plan of this run: an expired exception covers nothing, and says so where it is written.
 */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: readonly PolicyException[],
  context: { plans: readonly string[]; now: Date; policyFile: string },
): Finding[] {
  const now = context.now.getTime();
  const active = exceptions.filter((exception) => now < exception.endsAt);
  const covered = findings.map((finding) => {
    const exception = active.find((candidate) => covers(candidate, finding));
    return exception
      ? { ...finding, exception: { reason: exception.reason, expires: exception.expires } }
      : finding;
  });
  const expired = exceptions
    .filter((exception) => now >= exception.endsAt)
    .filter((exception) => exception.matchesPlan === undefined || context.plans.some(exception.matchesPlan))
    .map((exception): Finding => ({
      rule: EXCEPTION_EXPIRED.id,
      severity: 'deny',
      blocksAutoApprove: true,
      plan: context.policyFile,
      address: exception.address,
      message:
        `${exception.location}: the exception for ${exception.rule} on ${exception.address} ` +
        `('${exception.reason}') expired on ${exception.expires}; remove it or renew it`,
    }));
  return [...covered, ...expired];
}

function covers(exception: PolicyException, finding: Finding): boolean {
  return (
    exception.rule === finding.rule &&
    exception.matchesAddress(finding.address ?? '') &&
    (exception.matchesPlan === undefined || exception.matchesPlan(finding.plan))
  );
}
