import { compileAddressGlobs, compileGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ParsedPlan, PlanChange } from '../plan-model.js';
import { changeFinding, formatAttributePath, objectName, reasonSuffix } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface NoReplaceConfig {
  /** Resource type globs that may be replaced (`aws_launch_template`). */
  'allow-types'?: string[];
  /** Address globs that may be replaced (`module.asg.*`). */
  'allow-addresses'?: string[];
}

interface NoReplaceOptions {
  allowType: GlobMatcher;
  allowAddress: GlobMatcher;
}

const ID = 'no-replace';

export const noReplace: BuiltInRule<NoReplaceConfig, NoReplaceOptions> = {
  description: {
    id: ID,
    title: 'Resources must not be replaced',
    help:
      'A replace destroys an object and creates a new one (or, for `replace-forget`, leaves the old one ' +
      'unmanaged), which loses data and identity and may cause downtime when the delete comes first. ' +
      'Change the configuration so the update happens in place, use `create_before_destroy`, list expected ' +
      'replacements under `allow-types` or `allow-addresses`, or add a dated exception.',
  },
  prepare: (config) => ({
    allowType: compileGlobs(config['allow-types']),
    allowAddress: compileAddressGlobs(config['allow-addresses']),
  }),
  check(plan: ParsedPlan, options: NoReplaceOptions, settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    for (const change of [...plan.changesByKind.replace, ...plan.changesByKind['replace-forget']]) {
      if (options.allowType(change.type) || options.allowAddress(change.address)) continue;
      findings.push(changeFinding(ID, settings, change, replaceMessage(change)));
    }
    return findings;
  },
};

function replaceMessage(change: PlanChange): string {
  const how =
    change.kind === 'replace-forget'
      ? 'will be replaced: a new object is created and the old one is removed from the state without being destroyed'
      : change.replaceOrder === 'create-before-destroy'
        ? 'will be replaced (create before destroy)'
        : change.replaceOrder === 'delete-before-create'
          ? 'will be replaced (destroyed before it is created again: expect downtime)'
          : 'will be replaced';
  const paths = change.replacePaths.map(formatAttributePath).filter((path) => path !== '');
  const forcedBy = paths.length > 0 ? `; forced by ${paths.join(', ')}` : '';
  return `${objectName(change)} ${how}${forcedBy}${reasonSuffix(change)}`;
}
