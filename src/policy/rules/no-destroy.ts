import { compileAddressGlobs, compileGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { changeFinding, objectName, reasonSuffix } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface NoDestroyConfig {
  /** Address globs whose deletion is expected (`aws_s3_object.*`). */
  allow?: string[];
  /** Resource type globs whose deletion is expected. */
  'allow-types'?: string[];
}

interface NoDestroyOptions {
  allowAddress: GlobMatcher;
  allowType: GlobMatcher;
}

const ID = 'no-destroy';

/**
 * Deletes and forgets. A forget destroys nothing, but the object leaves Terraform's management
 * and keeps running (and costing) unseen, which a reviewer must know as much as a delete.
 * Replaces, `replace-forget` included, are no-replace's: one change, one rule.
 */
export const noDestroy: BuiltInRule<NoDestroyConfig, NoDestroyOptions> = {
  description: {
    id: ID,
    title: 'Resources must not be destroyed or forgotten',
    help:
      'A plan that deletes a managed object (`delete`) or removes it from state without destroying it ' +
      '(`forget`, from a `removed` block with `destroy = false`) needs a person to look at it. Keep the resource, ' +
      'list expected deletions under `allow` (address globs) or `allow-types`, or add a dated exception.',
  },
  prepare: (config) => ({
    allowAddress: compileAddressGlobs(config.allow),
    allowType: compileGlobs(config['allow-types']),
  }),
  check(plan: ParsedPlan, options: NoDestroyOptions, settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    for (const change of [...plan.changesByKind.delete, ...plan.changesByKind.forget]) {
      if (options.allowAddress(change.address) || options.allowType(change.type)) continue;
      const what =
        change.kind !== 'delete'
          ? 'will be removed from the state without being destroyed: the object stays and is no longer managed'
          : change.deposed === undefined
            ? 'will be destroyed'
            : 'will be destroyed: the old object of a create-before-destroy replacement whose destroy did not finish';
      findings.push(
        changeFinding(ID, settings, change, `${objectName(change)} ${what}${reasonSuffix(change)}`),
      );
    }
    return findings;
  },
};
