/**
 * The change model every rule and report works on: each `resource_changes[]` entry of a
 * Terraform/OpenTofu plan JSON, normalised once (see plan-normalise.ts). Field meanings follow
 * the JSON output format documented at developer.hashicorp.com/terraform/internals/json-format.
 */

/**
 * What a change does, from its `change.actions` list:
 * `["create"]` create, `["update"]` update, `["delete"]` delete, `["delete","create"]` and
 * `["create","delete"]` replace, `["forget"]` forget (removed from state, not destroyed),
 * `["create","forget"]` (Terraform) and `["forget","create"]` (OpenTofu) replace-forget,
 * `["read"]` read, `["no-op"]` no-op; any other list is `unknown`, which is never auto-approvable.
 */
export type ChangeKind =
  'create' | 'update' | 'delete' | 'replace' | 'forget' | 'replace-forget' | 'read' | 'no-op' | 'unknown';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'create',
  'update',
  'delete',
  'replace',
  'forget',
  'replace-forget',
  'read',
  'no-op',
  'unknown',
];

/** Kinds that change something in the infrastructure or the state: what auto-approve looks at. */
export const EFFECTIVE_KINDS: ReadonlySet<ChangeKind> = new Set(
  CHANGE_KINDS.filter((kind) => kind !== 'read' && kind !== 'no-op' && kind !== 'unknown'),
);

/** The order of a replace's two halves, which decides whether there is downtime. */
export type ReplaceOrder = 'delete-before-create' | 'create-before-destroy';

/** A module call from `configuration`, root calls and nested ones alike. */
export interface ModuleCall {
  /** `module.network` or `module.network.module.subnets`: the call path without instance keys. */
  path: string;
  /** The call's own name (`subnets`). */
  name: string;
  /** `source` as written (registry address, git URL, local path); undefined when the plan lacks it. */
  source: string | undefined;
  /** `version_constraint` as written; undefined when the call has none. */
  versionConstraint: string | undefined;
}

export interface PlanChange {
  /** The plan this change comes from (its label, see ParsedPlan.label). */
  plan: string;
  address: string;
  /** Set when the resource moved (a `moved` block or a refactor). */
  previousAddress: string | undefined;
  /**
   * Set when the change is to a deposed object of the instance, not its current one: the old
   * object of a create-before-destroy replacement whose destroy has not happened yet. The key is
   * opaque; `address` and `deposed` together name the object.
   */
  deposed: string | undefined;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** `provider_name`, for example `registry.terraform.io/hashicorp/aws`. */
  provider: string;
  /** `module_address` as in the plan (`module.a["x"].module.b`); undefined in the root module. */
  moduleAddress: string | undefined;
  /** The top-level module call the resource sits under, instance keys stripped; undefined in root. */
  moduleCall: ModuleCall | undefined;
  /** The full chain of calls (root first) the resource sits under, instance keys stripped. */
  moduleCalls: ModuleCall[];
  kind: ChangeKind;
  /** `change.actions` exactly as the plan has it. */
  actions: string[];
  /** Set for `replace` and `replace-forget`. */
  replaceOrder: ReplaceOrder | undefined;
  actionReason: string | undefined;
  /** Attribute paths that force the replacement, as the plan lists them. */
  replacePaths: (string | number)[][];
  /** True when the change imports an existing object (`change.importing`). */
  importing: boolean;
  before: unknown;
  after: unknown;
  /** Mirror of `after` with `true` where the value is known only after apply. */
  afterUnknown: unknown;
  /** Mirrors of `before`/`after` with `true` where the value is sensitive (or `true` for all). */
  beforeSensitive: unknown;
  afterSensitive: unknown;
}

/** The tool that wrote the plan, when the file tells (never used to gate parsing). */
export type PlanTool = 'terraform' | 'opentofu' | 'unknown';

export interface ParsedPlan {
  /** How findings and reports name this plan: its path relative to the workspace. */
  label: string;
  /** Absolute path of the file read. */
  path: string;
  formatVersion: string;
  /** `terraform_version` as written, for reports only. */
  toolVersion: string | undefined;
  tool: PlanTool;
  changes: PlanChange[];
  /**
   * The same changes by kind, each list in plan order: a rule about deletes or replaces reads a
   * few entries instead of every change, and counts are list lengths (see groupByKind).
   */
  changesByKind: Readonly<Record<ChangeKind, readonly PlanChange[]>>;
  /** Every module call in `configuration`, nested ones included. */
  moduleCalls: ModuleCall[];
  /** `complete` as written; false when the plan is partial (targeted or deferred work). */
  complete: boolean | undefined;
  /** `errored` as written: the plan run failed part way. */
  errored: boolean | undefined;
  /** Number of `deferred_changes` entries. */
  deferredChanges: number;
  /** Number of `resource_drift` entries (reported, never a finding by themselves). */
  resourceDrift: number;
}

/** `changes` as ParsedPlan.changesByKind holds them. */
export function groupByKind(changes: readonly PlanChange[]): Record<ChangeKind, PlanChange[]> {
  const byKind = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, []])) as unknown as Record<
    ChangeKind,
    PlanChange[]
  >;
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    byKind[change.kind].push(change);
  }
  return byKind;
}
