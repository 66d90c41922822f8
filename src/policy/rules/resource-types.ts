import { compileGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { changeFinding, objectName } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface ResourceTypesConfig {
  /** Type globs that may be used; every type when absent. */
  allow?: string[];
  /** Type globs that may not be used, even when `allow` matches. */
  deny?: string[];
  /** Which resource modes are checked; managed resources only by default. */
  modes?: ('managed' | 'data')[];
}

interface ResourceTypesOptions {
  allow: GlobMatcher | undefined;
  deny: GlobMatcher;
  managed: boolean;
  data: boolean;
}

const ID = 'resource-types';

/** Changes that bring an object of the type into being or alter it; removing one is never refused here. */
const CHECKED_KINDS = new Set(['create', 'update', 'replace', 'replace-forget', 'read']);

export const resourceTypes: BuiltInRule<ResourceTypesConfig, ResourceTypesOptions> = {
  description: {
    id: ID,
    title: 'Only allowed resource types',
    help:
      'Resources created, updated, replaced or read must have a type matched by `allow` (when set) and not ' +
      'by `deny`. Deletes and forgets are never refused by this rule. Managed resources only, unless `modes` ' +
      'includes `data`.',
  },
  prepare: (config) => {
    const modes = config.modes ?? ['managed'];
    return {
      allow: config.allow ? compileGlobs(config.allow) : undefined,
      deny: compileGlobs(config.deny),
      managed: modes.includes('managed'),
      data: modes.includes('data'),
    };
  },
  check(plan: ParsedPlan, options: ResourceTypesOptions, settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    for (const change of plan.changes) {
      if (!(change.mode === 'managed' ? options.managed : options.data) || !CHECKED_KINDS.has(change.kind))
        continue;
      const denied = options.deny(change.type);
      if (!denied && (options.allow === undefined || options.allow(change.type))) continue;
      const why = denied ? 'is denied by the policy' : 'is not in the allowed list';
      findings.push(
        changeFinding(ID, settings, change, `${objectName(change)}: resource type ${change.type} ${why}`),
      );
    }
    return findings;
  },
};
