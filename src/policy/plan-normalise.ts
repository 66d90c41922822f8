import { groupByKind } from './plan-model.js';
import type { ChangeKind, ModuleCall, ParsedPlan, PlanChange, PlanTool, ReplaceOrder } from './plan-model.js';

type JsonObject = Record<string, unknown>;

/**
 * The change model of a plan JSON that checkPlanDocument (plan-file.ts) accepted. Odd fields never
 * throw: a missing or malformed `change` gives an `unknown` change, a missing `configuration` gives
 * module calls without a source. Values (`before`, `after`, masks) are kept by reference, never
 * copied, so a 60 MB plan costs little more than its `JSON.parse`.
 */
export function normalisePlan(json: unknown, label: string, path: string): ParsedPlan {
  const plan = asObject(json) ?? {};
  const moduleTree = new ModuleCallTree(asObject(asObject(plan.configuration)?.root_module));
  let moduleCalls: ModuleCall[] | undefined;
  const resourceChanges: unknown[] = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  const changes = new Array<PlanChange>(resourceChanges.length);
  const providers = new Set<string>();
  let provider: string | undefined;
  for (let index = 0; index < resourceChanges.length; index++) {
    const change = new NormalisedChange(label, asObject(resourceChanges[index]) ?? {}, moduleTree);
    // Neighbouring changes mostly share a provider: a comparison is cheaper than hashing each.
    if (change.provider !== provider) providers.add((provider = change.provider));
    changes[index] = change;
  }
  return {
    label,
    path,
    formatVersion: typeof plan.format_version === 'string' ? plan.format_version : '',
    toolVersion: optionalString(plan.terraform_version),
    tool: planTool(providers, plan.configuration),
    changes,
    changesByKind: groupByKind(changes),
    // Read only by rules that list every call (module-sources).
    get moduleCalls() {
      return (moduleCalls ??= moduleTree.all());
    },
    complete: optionalBoolean(plan.complete),
    errored: optionalBoolean(plan.errored),
    deferredChanges: Array.isArray(plan.deferred_changes) ? plan.deferred_changes.length : 0,
    resourceDrift: Array.isArray(plan.resource_drift) ? plan.resource_drift.length : 0,
  };
}

const NO_CALLS: ModuleCall[] = [];

/**
 * A `resource_changes` entry as a PlanChange. What every rule and count asks about (kind, mode,
 * type, address, provider) is read at once; the rest when first asked for, which for most
 * changes is never: a plan has thousands of changes and few findings. Values are the plan's own
 * (never copied), so nothing here may be mutated.
 */
class NormalisedChange implements PlanChange {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly provider: string;
  readonly actions: string[];
  readonly kind: ChangeKind;
  readonly replaceOrder: ReplaceOrder | undefined;
  readonly #resource: JsonObject;
  readonly #change: JsonObject | undefined;
  readonly #moduleTree: ModuleCallTree;
  #moduleAddress: string | undefined | null = null;
  #moduleCalls: ModuleCall[] | undefined;
  #replacePaths: (string | number)[][] | undefined;

  constructor(
    readonly plan: string,
    resource: JsonObject,
    moduleTree: ModuleCallTree,
  ) {
    this.#resource = resource;
    this.#change = asObject(resource.change);
    this.#moduleTree = moduleTree;
    this.address = optionalString(resource.address) ?? '';
    this.mode = resource.mode === 'data' ? 'data' : 'managed';
    this.type = optionalString(resource.type) ?? '';
    this.provider = optionalString(resource.provider_name) ?? '';
    this.actions = actionList(this.#change?.actions);
    const known = changeKindOf(this.actions);
    this.kind = known.kind;
    this.replaceOrder = known.replaceOrder;
  }

  get previousAddress(): string | undefined {
    return optionalString(this.#resource.previous_address);
  }

  get deposed(): string | undefined {
    return optionalString(this.#resource.deposed) || undefined;
  }

  get name(): string {
    return optionalString(this.#resource.name) ?? '';
  }

  get moduleAddress(): string | undefined {
    if (this.#moduleAddress === null) {
      this.#moduleAddress = optionalString(this.#resource.module_address) || moduleAddressOf(this.address);
    }
    return this.#moduleAddress;
  }

  get moduleCalls(): ModuleCall[] {
    const moduleAddress = this.moduleAddress;
    return (this.#moduleCalls ??= moduleAddress ? this.#moduleTree.chainFor(moduleAddress) : NO_CALLS);
  }

  get moduleCall(): ModuleCall | undefined {
    return this.moduleCalls[0];
  }

  get actionReason(): string | undefined {
    return optionalString(this.#resource.action_reason);
  }

  get replacePaths(): (string | number)[][] {
    const paths = this.#resource.replace_paths;
    return (this.#replacePaths ??= Array.isArray(paths)
      ? (paths.filter(Array.isArray) as (string | number)[][])
      : []);
  }

  get importing(): boolean {
    const importing = this.#change?.importing;
    return importing !== undefined && importing !== null && importing !== false;
  }

  get before(): unknown {
    return this.#change?.before;
  }

  get after(): unknown {
    return this.#change?.after;
  }

  get afterUnknown(): unknown {
    return this.#change?.after_unknown;
  }

  get beforeSensitive(): unknown {
    return this.#change?.before_sensitive;
  }

  get afterSensitive(): unknown {
    return this.#change?.after_sensitive;
  }
}

interface KnownKind {
  readonly kind: ChangeKind;
  readonly replaceOrder: ReplaceOrder | undefined;
}

const UNKNOWN: KnownKind = { kind: 'unknown', replaceOrder: undefined };

/** Every action list Terraform and OpenTofu emit, as lookups that need no key string per change. */
const KINDS_OF_ONE: ReadonlyMap<string, KnownKind> = new Map(
  (['create', 'update', 'delete', 'forget', 'read', 'no-op'] as const).map((kind) => [
    kind,
    { kind, replaceOrder: undefined },
  ]),
);

/** Lists of two, by first action then second. */
const KINDS_OF_TWO: ReadonlyMap<string, ReadonlyMap<string, KnownKind>> = new Map([
  ['delete', new Map([['create', { kind: 'replace', replaceOrder: 'delete-before-create' }]])],
  [
    'create',
    new Map<string, KnownKind>([
      ['delete', { kind: 'replace', replaceOrder: 'create-before-destroy' }],
      // Terraform writes CreateThenForget; OpenTofu writes forget then create (its ForgetThenCreate).
      ['forget', { kind: 'replace-forget', replaceOrder: 'create-before-destroy' }],
    ]),
  ],
  ['forget', new Map([['create', { kind: 'replace-forget', replaceOrder: 'delete-before-create' }]])],
]);

/** The kind of a `change.actions` list; anything not listed above is `unknown`, never an error. */
export function changeKindOf(actions: readonly string[]): KnownKind {
  const known =
    actions.length === 1
      ? KINDS_OF_ONE.get(actions[0]!)
      : actions.length === 2
        ? KINDS_OF_TWO.get(actions[0]!)?.get(actions[1]!)
        : undefined;
  return known ?? UNKNOWN;
}

function actionList(actions: unknown): string[] {
  if (!Array.isArray(actions)) return [];
  // Kept by reference like the values when every entry is a string, as plans have them.
  if (allStrings(actions)) return actions as string[];
  // A non-string entry is kept visibly (and makes the list unknown) instead of being dropped.
  return actions.map((action) => (typeof action === 'string' ? action : JSON.stringify(action)));
}

function allStrings(values: readonly unknown[]): boolean {
  for (let index = 0; index < values.length; index++) if (typeof values[index] !== 'string') return false;
  return true;
}

/**
 * Module call names along a module address, instance keys dropped:
 * `module.a["x.y[0]"].module.b[3]` gives `['a', 'b']`; undefined when the text is not a module
 * address. Quoted keys may hold dots, brackets and escaped quotes, so this scans instead of splitting.
 */
export function moduleCallNames(moduleAddress: string): string[] | undefined {
  const scanned = scanModulePath(moduleAddress);
  return scanned && scanned.end === moduleAddress.length ? scanned.names : undefined;
}

/** The `module.…` prefix of a resource address, for plans that omit `module_address`. */
function moduleAddressOf(address: string): string | undefined {
  const scanned = scanModulePath(address);
  return scanned && scanned.names.length > 0 ? address.slice(0, scanned.end) : undefined;
}

/**
 * The leading `module.<name>[key]…` segments of an address: their names and where they end (at the
 * end of the text, or before the `.` that starts a resource's `type.name`). Undefined if malformed.
 */
function scanModulePath(address: string): { names: string[]; end: number } | undefined {
  const names: string[] = [];
  let end = 0;
  let next = 0;
  while (address.startsWith('module.', next)) {
    const nameStart = next + 'module.'.length;
    let at = scanName(address, nameStart);
    if (at === nameStart) return undefined;
    names.push(address.slice(nameStart, at));
    while (address[at] === '[') {
      const keyEnd = scanInstanceKey(address, at);
      if (keyEnd === undefined) return undefined;
      at = keyEnd;
    }
    if (at < address.length && address[at] !== '.') return undefined;
    end = at;
    next = at + 1;
  }
  return { names, end };
}

function scanName(text: string, from: number): number {
  let at = from;
  while (at < text.length && isNameCharacter(text.charCodeAt(at))) at += 1;
  return at;
}

/** `[A-Za-z0-9_-]`, by code so that a scan allocates no one-character strings. */
function isNameCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 45 // -
  );
}

/** End of `[0]`, `[*]` or `["quoted \"key\" with . and ]"]` starting at `[`; undefined if malformed. */
function scanInstanceKey(text: string, open: number): number | undefined {
  let at = open + 1;
  if (text[at] === '"') {
    at += 1;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) return undefined;
    at += 1;
  } else {
    while (at < text.length && text[at] !== ']') at += 1;
  }
  return text[at] === ']' ? at + 1 : undefined;
}

/**
 * The module calls of `configuration`, read as they are asked for: a chain walks the plan's own
 * `module_calls` objects a name at a time, and a ModuleCall is made once, for a call on some chain.
 * Only `all()` (for rules that list every call) reads the whole tree; a plan with thousands of
 * calls and changes in a few of them pays for those few.
 */
class ModuleCallTree {
  private readonly chains = new Map<string, ModuleCall[]>();
  /** By call path, so that chains and `all()` share each call. */
  private readonly made = new Map<string, ModuleCall>();

  constructor(private readonly rootModule: JsonObject | undefined) {}

  /** Root call first; shared between changes of the same module instance, so never mutate it. */
  chainFor(moduleAddress: string): ModuleCall[] {
    let chain = this.chains.get(moduleAddress);
    if (!chain) {
      chain = this.build(moduleCallNames(moduleAddress) ?? []);
      this.chains.set(moduleAddress, chain);
    }
    return chain;
  }

  /** Every call under `configuration.root_module.module_calls`, nested ones after their parent. */
  all(): ModuleCall[] {
    const calls: ModuleCall[] = [];
    const visit = (module: JsonObject | undefined, parentPath: string): void => {
      const level = callsOf(module);
      if (!level) return;
      for (const name of Object.keys(level)) {
        const call = this.callAt(level, name, callPath(parentPath, name));
        calls.push(call);
        visit(asObject(asObject(level[name])?.module), call.path);
      }
    };
    visit(this.rootModule, '');
    return calls;
  }

  private build(names: readonly string[]): ModuleCall[] {
    const chain: ModuleCall[] = [];
    let module = this.rootModule;
    let path = '';
    for (const name of names) {
      const level = callsOf(module);
      path = callPath(path, name);
      if (level && Object.hasOwn(level, name)) {
        chain.push(this.callAt(level, name, path));
        module = asObject(asObject(level[name])?.module);
      } else {
        // A plan without `configuration` (or a trimmed one) still names the call; its source is unknown.
        chain.push({ path, name, source: undefined, versionConstraint: undefined });
        module = undefined;
      }
    }
    return chain;
  }

  private callAt(level: JsonObject, name: string, path: string): ModuleCall {
    let call = this.made.get(path);
    if (!call) {
      const written = asObject(level[name]);
      call = {
        path,
        name,
        source: optionalString(written?.source),
        versionConstraint: optionalString(written?.version_constraint),
      };
      this.made.set(path, call);
    }
    return call;
  }
}

function callsOf(module: JsonObject | undefined): JsonObject | undefined {
  return asObject(module?.module_calls);
}

function callPath(parentPath: string, name: string): string {
  return parentPath ? `${parentPath}.module.${name}` : `module.${name}`;
}

const OPENTOFU_REGISTRY = 'registry.opentofu.org/';
const TERRAFORM_REGISTRY = 'registry.terraform.io/';

/**
 * The tool, from provider addresses only: each tool resolves bare provider names against its own
 * registry, so an OpenTofu registry address is the stronger sign (a Terraform user would have to
 * write it out). `terraform_version` is no evidence: OpenTofu writes that field too.
 */
function planTool(changeProviders: ReadonlySet<string>, configuration: unknown): PlanTool {
  const providers = new Set(changeProviders);
  const providerConfig = asObject(asObject(configuration)?.provider_config) ?? {};
  for (const config of Object.values(providerConfig)) {
    const fullName = optionalString(asObject(config)?.full_name);
    if (fullName) providers.add(fullName);
  }
  const names = [...providers];
  if (names.some((name) => name.startsWith(OPENTOFU_REGISTRY))) return 'opentofu';
  if (names.some((name) => name.startsWith(TERRAFORM_REGISTRY))) return 'terraform';
  return 'unknown';
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}
