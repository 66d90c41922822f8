import type { Finding, RuleDescription, Severity } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { allowedProviders } from './allowed-providers.js';
import { maxChanges } from './max-changes.js';
import { moduleSources } from './module-sources.js';
import { noDestroy } from './no-destroy.js';
import { noDirectIam } from './no-direct-iam.js';
import { noReplace } from './no-replace.js';
import { planComplete } from './plan-complete.js';
import { protectedAddresses } from './protected-addresses.js';
import { requiredTags } from './required-tags.js';
import { resourceTypes } from './resource-types.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export type RuleId =
  | 'no-destroy'
  | 'no-replace'
  | 'no-direct-iam'
  | 'module-sources'
  | 'allowed-providers'
  | 'resource-types'
  | 'max-changes'
  | 'required-tags'
  | 'protected-addresses'
  | 'plan-complete';

/** Every built-in rule, in the order they run and are reported. */
export const BUILT_IN_RULES: Record<RuleId, BuiltInRule<never, unknown>> = {
  'no-destroy': noDestroy,
  'no-replace': noReplace,
  'no-direct-iam': noDirectIam,
  'module-sources': moduleSources,
  'allowed-providers': allowedProviders,
  'resource-types': resourceTypes,
  'max-changes': maxChanges,
  'required-tags': requiredTags,
  'protected-addresses': protectedAddresses,
  'plan-complete': planComplete,
};

export const RULE_IDS = Object.keys(BUILT_IN_RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(BUILT_IN_RULES, id);
}

/** The finding of an exception that has expired (exceptions.ts). */
export const EXCEPTION_EXPIRED: RuleDescription = {
  id: 'exception-expired',
  title: 'Policy exceptions are renewed or removed when they expire',
  help:
    'An exception in the policy file is past its `expires` date, so it no longer covers any finding. Fix what it ' +
    'excused and remove it, or renew it with a new date and reason.',
};

/** A rule as a policy runs it: settings fixed, options prepared once. */
export interface ActiveRule {
  id: RuleId;
  description: RuleDescription;
  severity: Severity;
  blocksAutoApprove: boolean;
  check(plan: ParsedPlan): Finding[];
}

export function activateRule(
  id: RuleId,
  settings: RuleSettings,
  config: Record<string, unknown>,
): ActiveRule {
  const rule = BUILT_IN_RULES[id] as BuiltInRule<Record<string, unknown>, unknown>;
  const options = rule.prepare(config);
  return {
    id,
    description: rule.description,
    ...settings,
    check: (plan) => rule.check(plan, options, settings),
  };
}
