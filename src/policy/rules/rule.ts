import type { Finding, RuleDescription, Severity } from '../finding.js';
import type { ParsedPlan, PlanChange } from '../plan-model.js';

/** How a policy runs a rule: its severity and whether its findings stop auto-approve. */
export interface RuleSettings {
  severity: Severity;
  blocksAutoApprove: boolean;
}

/**
 * A built-in rule. `prepare` turns the policy file's options (kebab-case, already checked
 * against action-schemas/policy.schema.json) into what `check` needs, compiling globs once per
 * run so that `check` allocates nothing per change beyond its findings.
 */
export interface BuiltInRule<Config = Record<string, unknown>, Options = unknown> {
  description: RuleDescription;
  prepare(config: Config): Options;
  check(plan: ParsedPlan, options: Options, settings: RuleSettings): Finding[];
}

export function changeFinding(
  rule: string,
  settings: RuleSettings,
  change: PlanChange,
  message: string,
): Finding {
  return {
    ...planFinding(rule, settings, change.plan, change.address, message),
    kind: change.kind,
    ...(change.deposed === undefined ? {} : { deposed: change.deposed }),
  };
}

/**
 * How messages name the object a change is to: its address, and for a deposed object its key too,
 * since the same address then also names the current object (often in the same plan).
 */
export function objectName(change: PlanChange): string {
  return change.deposed === undefined
    ? change.address
    : `${change.address} (deposed object ${change.deposed})`;
}

/** A finding about a plan, or about one address in it; `plan` is the plan or its label. */
export function planFinding(
  rule: string,
  settings: RuleSettings,
  plan: ParsedPlan | string,
  address: string | undefined,
  message: string,
): Finding {
  return {
    rule,
    severity: settings.severity,
    blocksAutoApprove: settings.blocksAutoApprove,
    plan: typeof plan === 'string' ? plan : plan.label,
    address,
    message,
  };
}

// Terraform's `action_reason` values (internal/plans/resourceinstancechangeactionreason.go),
// in words a reviewer understands without the JSON format at hand.
const ACTION_REASONS: Record<string, string> = {
  replace_because_tainted: 'the object is tainted',
  replace_because_cannot_update: 'a changed attribute cannot be updated in place',
  replace_by_request: 'replacement was requested (-replace)',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'its resource block was removed from the configuration',
  delete_because_wrong_repetition: 'count or for_each was added or removed',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is no longer in the map or set',
  delete_because_no_module: 'its module call was removed',
  delete_because_no_move_target: 'the target of its moved block no longer exists',
};

/** `" (reason: …)"` for a message, or nothing when the plan gives no reason. */
export function reasonSuffix(change: PlanChange): string {
  if (change.actionReason === undefined) return '';
  const words = ACTION_REASONS[change.actionReason];
  return words ? ` (${words}: ${change.actionReason})` : ` (${change.actionReason})`;
}

/** `ami`, `root_block_device[0].volume_size`: replace_paths as a reviewer reads them. */
export function formatAttributePath(path: readonly (string | number)[]): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(step)) text += text === '' ? step : `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text;
}
