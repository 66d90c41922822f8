import { compileGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { planFinding } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface AllowedProvidersConfig {
  /** Provider address globs (`registry.terraform.io/hashicorp/*`). */
  allowed: string[];
}

const ID = 'allowed-providers';

/**
 * One finding per provider and plan, not per resource: a plan of 10,000 resources of one
 * unapproved provider is one problem. Its address is the provider's address, so exceptions
 * name providers (`address: registry.terraform.io/acme/*`).
 */
export const allowedProviders: BuiltInRule<AllowedProvidersConfig, GlobMatcher> = {
  description: {
    id: ID,
    title: 'Only allowed providers',
    help:
      'Every resource and data source in the plan must use a provider whose address matches `allowed` ' +
      '(for example `registry.terraform.io/hashicorp/*`). Use an allowed provider, extend the list, or add ' +
      'a dated exception whose address is the provider address.',
  },
  prepare: (config) => compileGlobs(config.allowed),
  check(plan: ParsedPlan, allowed: GlobMatcher, settings: RuleSettings): Finding[] {
    const refused = new Map<string, { first: string; count: number }>();
    for (const change of plan.changes) {
      const seen = refused.get(change.provider);
      if (seen) seen.count++;
      else if (!allowed(change.provider)) refused.set(change.provider, { first: change.address, count: 1 });
    }
    return [...refused].map(([provider, { first, count }]) =>
      planFinding(
        ID,
        settings,
        plan,
        provider,
        `provider ${provider} is not allowed (used by ${count === 1 ? first : `${count} resources, first ${first}`})`,
      ),
    );
  },
};
