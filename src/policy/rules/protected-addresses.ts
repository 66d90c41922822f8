import { compileAddressGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ChangeKind, ParsedPlan } from '../plan-model.js';
import { changeFinding, objectName, reasonSuffix } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface ProtectedAddressesConfig {
  /** Address globs that must never be deleted, replaced or forgotten (`aws_db_instance.main`, `module.data.*`). */
  addresses: string[];
}

const ID = 'protected-addresses';

const LOSSES: Partial<Record<ChangeKind, string>> = {
  delete: 'deleted',
  replace: 'replaced',
  forget: 'removed from the state',
  'replace-forget': 'replaced (the old object removed from the state)',
};

export const protectedAddresses: BuiltInRule<ProtectedAddressesConfig, GlobMatcher> = {
  description: {
    id: ID,
    title: 'Protected resources stay',
    help:
      'Resources listed under `addresses` (globs) hold data or identity that cannot be rebuilt: they must never ' +
      'be deleted, replaced or forgotten. A `moved` block keeps a renamed resource; anything else needs a dated ' +
      'exception.',
  },
  prepare: (config) => compileAddressGlobs(config.addresses),
  check(plan: ParsedPlan, isProtected: GlobMatcher, settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    for (const change of plan.changes) {
      const loss = LOSSES[change.kind];
      if (loss === undefined || !isProtected(change.address)) continue;
      const message = `protected resource ${objectName(change)} would be ${loss}${reasonSuffix(change)}`;
      findings.push(changeFinding(ID, settings, change, message));
    }
    return findings;
  },
};
