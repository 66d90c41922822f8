import type { Finding } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { countChanges } from '../verdict.js';
import { EFFECTIVE_KINDS } from '../plan-model.js';
import { planFinding } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface MaxChangesConfig {
  create?: number;
  update?: number;
  delete?: number;
  /** Replaces, `replace-forget` included. */
  replace?: number;
  forget?: number;
  /** Every change that does something: reads and no-ops do not count. */
  total?: number;
}

const ID = 'max-changes';

export const maxChanges: BuiltInRule<MaxChangesConfig, MaxChangesConfig> = {
  description: {
    id: ID,
    title: 'Plans stay below a size',
    help:
      'Large plans are hard to review and often come from a mistake (a renamed module, a changed `for_each` ' +
      'key). Each plan must stay within the limits per kind and in total; split the change or raise the limit.',
  },
  prepare: (config) => config,
  check(plan: ParsedPlan, limits: MaxChangesConfig, settings: RuleSettings): Finding[] {
    const counts = countChanges(plan);
    const actual: Record<keyof MaxChangesConfig, number> = {
      create: counts.create,
      update: counts.update,
      delete: counts.delete,
      replace: counts.replace + counts['replace-forget'],
      forget: counts.forget,
      total: [...EFFECTIVE_KINDS].reduce((sum, kind) => sum + counts[kind], 0),
    };
    const findings: Finding[] = [];
    for (const key of Object.keys(actual) as (keyof MaxChangesConfig)[]) {
      const limit = limits[key];
      if (limit === undefined || actual[key] <= limit) continue;
      const what = key === 'total' ? 'changes in total' : `${key} changes`;
      findings.push(
        planFinding(ID, settings, plan, undefined, `${actual[key]} ${what}, more than the limit of ${limit}`),
      );
    }
    return findings;
  },
};
