import { compileGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ChangeKind, ParsedPlan, PlanChange } from '../plan-model.js';
import { EFFECTIVE_KINDS } from '../plan-model.js';
import { changeFinding, objectName } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface NoDirectIamConfig {
  /** Module source globs whose resources may manage IAM (`registry.example.com/acme/iam-*`). */
  'approved-modules'?: string[];
  /** Module call path globs whose resources may manage IAM (`module.iam`, `module.platform.module.iam`). */
  'approved-module-paths'?: string[];
  /** Replaces the default IAM type globs. */
  types?: string[];
  /** Adds to the IAM type globs (default or `types`). */
  'extra-types'?: string[];
}

/**
 * Managed types that grant access. `aws_iam_policy_document` matches the AWS glob but is only a
 * data source, and data sources never count. Kubernetes RBAC comes in plain and `_v1` names.
 */
export const DEFAULT_IAM_TYPES: readonly string[] = [
  'aws_iam_*',
  'google_*_iam_*',
  'azurerm_role_assignment',
  'azurerm_role_definition',
  'kubernetes_role',
  'kubernetes_role_v1',
  'kubernetes_role_binding',
  'kubernetes_role_binding_v1',
  'kubernetes_cluster_role',
  'kubernetes_cluster_role_v1',
  'kubernetes_cluster_role_binding',
  'kubernetes_cluster_role_binding_v1',
];

interface NoDirectIamOptions {
  isIam: GlobMatcher;
  approvedSource: GlobMatcher;
  approvedPath: GlobMatcher;
}

const ID = 'no-direct-iam';

export const noDirectIam: BuiltInRule<NoDirectIamConfig, NoDirectIamOptions> = {
  description: {
    id: ID,
    title: 'IAM resources only through approved modules',
    help:
      'Access grants (AWS IAM, Google `*_iam_*`, Azure role assignments and definitions, Kubernetes RBAC) ' +
      'must be managed by the modules the platform team reviews. Move the resource into an approved module, ' +
      'approve the module by source (`approved-modules`) or call path (`approved-module-paths`), or add a ' +
      'dated exception.',
  },
  prepare: (config) => ({
    isIam: compileGlobs([...(config.types ?? DEFAULT_IAM_TYPES), ...(config['extra-types'] ?? [])]),
    approvedSource: compileGlobs(config['approved-modules']),
    approvedPath: compileGlobs(config['approved-module-paths']),
  }),
  check(plan: ParsedPlan, options: NoDirectIamOptions, settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    // A plan has few types and many changes: each type is matched against the globs once.
    const iamByType = new Map<string, boolean>();
    for (const change of plan.changes) {
      if (change.mode !== 'managed' || !EFFECTIVE_KINDS.has(change.kind)) continue;
      let isIam = iamByType.get(change.type);
      if (isIam === undefined) {
        isIam = options.isIam(change.type);
        iamByType.set(change.type, isIam);
      }
      if (!isIam || isApproved(change, options)) continue;
      findings.push(changeFinding(ID, settings, change, message(change)));
    }
    return findings;
  },
};

/**
 * A resource is inside an approved module when any call of its chain is approved: the code that
 * declares it then belongs to that module (a local `./modules/role` call inside an approved
 * registry module is part of the module's package). A local wrapper around an approved module
 * does not approve resources the wrapper declares itself: those have no approved call above them.
 */
function isApproved(change: PlanChange, options: NoDirectIamOptions): boolean {
  for (const call of change.moduleCalls) {
    if (options.approvedPath(call.path)) return true;
    if (call.source !== undefined && options.approvedSource(call.source)) return true;
  }
  return false;
}

const VERBS: Partial<Record<ChangeKind, string>> = {
  create: 'creates',
  update: 'updates',
  delete: 'deletes',
  replace: 'replaces',
  forget: 'forgets',
  'replace-forget': 'replaces',
};

function message(change: PlanChange): string {
  const verb = VERBS[change.kind];
  const call = change.moduleCall;
  const where =
    call === undefined
      ? 'in the root module'
      : `in ${call.path} (source ${call.source === undefined ? 'unknown' : `'${call.source}'`}), which is not an approved module`;
  return `${objectName(change)} ${verb ?? 'changes'} an IAM resource (${change.type}) ${where}`;
}
