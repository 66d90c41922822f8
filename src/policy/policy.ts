import type { PolicyException } from './exceptions.js';
import type { Severity } from './finding.js';
import { RULE_IDS, activateRule } from './rules/index.js';
import type { ActiveRule, RuleId } from './rules/index.js';

/** The policy a run checks plans against: rules ready to run and exceptions compiled. */
export interface Policy {
  /** The policy file as reports name it (relative to the workspace); undefined for the default policy. */
  file: string | undefined;
  rules: ActiveRule[];
  exceptions: PolicyException[];
}

/** What applies without a policy file, and what a file's `rules` merge over (issue 5). */
export const DEFAULT_RULE_IDS: readonly RuleId[] = [
  'no-destroy',
  'no-replace',
  'no-direct-iam',
  'plan-complete',
];

export type RuleConfig = { severity?: Severity | 'off'; 'blocks-auto-approve'?: boolean } & Record<
  string,
  unknown
>;

/** The default policy: what applies without a policy file. */
export function defaultPolicy(): Policy {
  return buildPolicy(undefined, {}, []);
}

/** The rules a policy turns on: the defaults, with the file's settings merged over them. */
export function buildPolicy(
  file: string | undefined,
  configured: Partial<Record<RuleId, RuleConfig>>,
  exceptions: PolicyException[],
): Policy {
  const rules: ActiveRule[] = [];
  for (const id of RULE_IDS) {
    const config = configured[id] ?? (DEFAULT_RULE_IDS.includes(id) ? {} : undefined);
    if (config === undefined) continue;
    const { severity = 'deny', 'blocks-auto-approve': blocks, ...options } = config;
    if (severity === 'off') continue;
    rules.push(activateRule(id, { severity, blocksAutoApprove: blocks ?? severity === 'deny' }, options));
  }
  return { file, rules, exceptions };
}
