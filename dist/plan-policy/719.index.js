export const id = 719;
export const ids = [719];
export const modules = {

/***/ 719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ plan_policy)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/exec/lazy-command-runner.js
/**
 * A NodeCommandRunner loaded on its first command: most runs start no program (no credential
 * helper, source and revision given), and loading child_process costs start-up time.
 */
class LazyCommandRunner {
    log;
    #runner;
    constructor(log) {
        this.log = log;
    }
    async run(command, args, options) {
        this.#runner ??= __webpack_require__.e(/* import() */ 309).then(__webpack_require__.bind(__webpack_require__, 7309)).then(({ NodeCommandRunner }) => new NodeCommandRunner(this.log));
        return (await this.#runner).run(command, args, options);
    }
}

// EXTERNAL MODULE: ./build/src/policy/exceptions.js
var exceptions = __webpack_require__(9272);
// EXTERNAL MODULE: ./build/src/policy/rules/index.js + 12 modules
var policy_rules = __webpack_require__(3843);
// EXTERNAL MODULE: ./build/src/policy/verdict.js
var verdict = __webpack_require__(8637);
;// CONCATENATED MODULE: ./build/src/policy/evaluate.js



/** Runs every rule of the policy over every plan, applies the exceptions and decides the verdict. */
function evaluatePolicy(plans, policy, options) {
    const raw = [];
    for (const plan of plans) {
        // A loop, not push(...): a plan can yield more findings than a call takes arguments.
        for (const rule of policy.rules)
            for (const finding of rule.check(plan))
                raw.push(finding);
    }
    for (const finding of options.extraFindings ?? [])
        raw.push(finding);
    const findings = (0,exceptions/* applyExceptions */.FW)(raw, policy.exceptions, {
        plans: plans.map((plan) => plan.label),
        now: options.now,
        policyFile: policy.file ?? 'default policy',
    });
    const rules = [...policy.rules.map((rule) => rule.description), ...(options.extraRules ?? [])];
    if (findings.some((finding) => finding.rule === policy_rules/* EXCEPTION_EXPIRED */.wh.id))
        rules.push(policy_rules/* EXCEPTION_EXPIRED */.wh);
    return { plans, findings, rules, ...(0,verdict/* decideVerdict */.AU)(plans, findings, options.failOn) };
}

// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/policy/plan-paths.js


/** Characters without which a pattern is certainly a plain path. */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;
/**
 * Expands the `plans` input. Unlike value files, plans are only read, so absolute paths (a plan
 * written to RUNNER_TEMP) are fine. Every glob must match something: a stack whose plan went
 * missing must not pass silently.
 */
async function resolvePlanPaths(workspace, patterns) {
    const found = new Map();
    for (const pattern of patterns) {
        // A literal path is taken as it is: reading it says plainly when it is missing. The glob
        // library loads only for a pattern that may be one (most runs name their plan files).
        const globbing = MAYBE_GLOB.test(pattern) ? await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382)) : undefined;
        const matches = globbing?.isDynamicPattern(pattern)
            ? await globbing.glob(pattern, {
                cwd: workspace,
                absolute: true,
                onlyFiles: true,
                expandDirectories: false,
            })
            : [(0,external_node_path_.resolve)(workspace, pattern)];
        if (matches.length === 0) {
            throw new user_error/* UserError */.yo(`plans: nothing matches '${pattern}'`, {
                hint: `globs are relative to the workspace (${workspace}); check that the step writing the plan JSON ran first`,
            });
        }
        for (const path of matches.sort())
            found.set(path, { path, label: workspaceLabel(workspace, path) });
    }
    return [...found.values()];
}
/** How reports name a file: relative to the workspace (with `/`) when inside it, else the absolute path. */
function workspaceLabel(workspace, path) {
    const inside = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), path);
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return path;
    return inside.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/policy/plan-model.js
var plan_model = __webpack_require__(193);
;// CONCATENATED MODULE: ./build/src/policy/plan-normalise.js

/**
 * The change model of a plan JSON that checkPlanDocument (plan-file.ts) accepted. Odd fields never
 * throw: a missing or malformed `change` gives an `unknown` change, a missing `configuration` gives
 * module calls without a source. Values (`before`, `after`, masks) are kept by reference, never
 * copied, so a 60 MB plan costs little more than its `JSON.parse`.
 */
function normalisePlan(json, label, path) {
    const plan = asObject(json) ?? {};
    const moduleTree = new ModuleCallTree(asObject(asObject(plan.configuration)?.root_module));
    let moduleCalls;
    const resourceChanges = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    const changes = new Array(resourceChanges.length);
    const providers = new Set();
    let provider;
    for (let index = 0; index < resourceChanges.length; index++) {
        const change = new NormalisedChange(label, asObject(resourceChanges[index]) ?? {}, moduleTree);
        // Neighbouring changes mostly share a provider: a comparison is cheaper than hashing each.
        if (change.provider !== provider)
            providers.add((provider = change.provider));
        changes[index] = change;
    }
    return {
        label,
        path,
        formatVersion: typeof plan.format_version === 'string' ? plan.format_version : '',
        toolVersion: optionalString(plan.terraform_version),
        tool: planTool(providers, plan.configuration),
        changes,
        changesByKind: (0,plan_model/* groupByKind */.Xo)(changes),
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
const NO_CALLS = [];
/**
 * A `resource_changes` entry as a PlanChange. What every rule and count asks about (kind, mode,
 * type, address, provider) is read at once; the rest when first asked for, which for most
 * changes is never: a plan has thousands of changes and few findings. Values are the plan's own
 * (never copied), so nothing here may be mutated.
 */
class NormalisedChange {
    plan;
    address;
    mode;
    type;
    provider;
    actions;
    kind;
    replaceOrder;
    #resource;
    #change;
    #moduleTree;
    #moduleAddress = null;
    #moduleCalls;
    #replacePaths;
    constructor(plan, resource, moduleTree) {
        this.plan = plan;
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
    get previousAddress() {
        return optionalString(this.#resource.previous_address);
    }
    get deposed() {
        return optionalString(this.#resource.deposed) || undefined;
    }
    get name() {
        return optionalString(this.#resource.name) ?? '';
    }
    get moduleAddress() {
        if (this.#moduleAddress === null) {
            this.#moduleAddress = optionalString(this.#resource.module_address) || moduleAddressOf(this.address);
        }
        return this.#moduleAddress;
    }
    get moduleCalls() {
        const moduleAddress = this.moduleAddress;
        return (this.#moduleCalls ??= moduleAddress ? this.#moduleTree.chainFor(moduleAddress) : NO_CALLS);
    }
    get moduleCall() {
        return this.moduleCalls[0];
    }
    get actionReason() {
        return optionalString(this.#resource.action_reason);
    }
    get replacePaths() {
        const paths = this.#resource.replace_paths;
        return (this.#replacePaths ??= Array.isArray(paths)
            ? paths.filter(Array.isArray)
            : []);
    }
    get importing() {
        const importing = this.#change?.importing;
        return importing !== undefined && importing !== null && importing !== false;
    }
    get before() {
        return this.#change?.before;
    }
    get after() {
        return this.#change?.after;
    }
    get afterUnknown() {
        return this.#change?.after_unknown;
    }
    get beforeSensitive() {
        return this.#change?.before_sensitive;
    }
    get afterSensitive() {
        return this.#change?.after_sensitive;
    }
}
const UNKNOWN = { kind: 'unknown', replaceOrder: undefined };
/** Every action list Terraform and OpenTofu emit, as lookups that need no key string per change. */
const KINDS_OF_ONE = new Map(['create', 'update', 'delete', 'forget', 'read', 'no-op'].map((kind) => [
    kind,
    { kind, replaceOrder: undefined },
]));
/** Lists of two, by first action then second. */
const KINDS_OF_TWO = new Map([
    ['delete', new Map([['create', { kind: 'replace', replaceOrder: 'delete-before-create' }]])],
    [
        'create',
        new Map([
            ['delete', { kind: 'replace', replaceOrder: 'create-before-destroy' }],
            // Terraform writes CreateThenForget; OpenTofu writes forget then create (its ForgetThenCreate).
            ['forget', { kind: 'replace-forget', replaceOrder: 'create-before-destroy' }],
        ]),
    ],
    ['forget', new Map([['create', { kind: 'replace-forget', replaceOrder: 'delete-before-create' }]])],
]);
/** The kind of a `change.actions` list; anything not listed above is `unknown`, never an error. */
function changeKindOf(actions) {
    const known = actions.length === 1
        ? KINDS_OF_ONE.get(actions[0])
        : actions.length === 2
            ? KINDS_OF_TWO.get(actions[0])?.get(actions[1])
            : undefined;
    return known ?? UNKNOWN;
}
function actionList(actions) {
    if (!Array.isArray(actions))
        return [];
    // Kept by reference like the values when every entry is a string, as plans have them.
    if (allStrings(actions))
        return actions;
    // A non-string entry is kept visibly (and makes the list unknown) instead of being dropped.
    return actions.map((action) => (typeof action === 'string' ? action : JSON.stringify(action)));
}
function allStrings(values) {
    for (let index = 0; index < values.length; index++)
        if (typeof values[index] !== 'string')
            return false;
    return true;
}
/**
 * Module call names along a module address, instance keys dropped:
 * `module.a["x.y[0]"].module.b[3]` gives `['a', 'b']`; undefined when the text is not a module
 * address. Quoted keys may hold dots, brackets and escaped quotes, so this scans instead of splitting.
 */
function moduleCallNames(moduleAddress) {
    const scanned = scanModulePath(moduleAddress);
    return scanned && scanned.end === moduleAddress.length ? scanned.names : undefined;
}
/** The `module.…` prefix of a resource address, for plans that omit `module_address`. */
function moduleAddressOf(address) {
    const scanned = scanModulePath(address);
    return scanned && scanned.names.length > 0 ? address.slice(0, scanned.end) : undefined;
}
/**
 * The leading `module.<name>[key]…` segments of an address: their names and where they end (at the
 * end of the text, or before the `.` that starts a resource's `type.name`). Undefined if malformed.
 */
function scanModulePath(address) {
    const names = [];
    let end = 0;
    let next = 0;
    while (address.startsWith('module.', next)) {
        const nameStart = next + 'module.'.length;
        let at = scanName(address, nameStart);
        if (at === nameStart)
            return undefined;
        names.push(address.slice(nameStart, at));
        while (address[at] === '[') {
            const keyEnd = scanInstanceKey(address, at);
            if (keyEnd === undefined)
                return undefined;
            at = keyEnd;
        }
        if (at < address.length && address[at] !== '.')
            return undefined;
        end = at;
        next = at + 1;
    }
    return { names, end };
}
function scanName(text, from) {
    let at = from;
    while (at < text.length && isNameCharacter(text.charCodeAt(at)))
        at += 1;
    return at;
}
/** `[A-Za-z0-9_-]`, by code so that a scan allocates no one-character strings. */
function isNameCharacter(code) {
    return ((code >= 97 && code <= 122) || // a-z
        (code >= 65 && code <= 90) || // A-Z
        (code >= 48 && code <= 57) || // 0-9
        code === 95 || // _
        code === 45 // -
    );
}
/** End of `[0]`, `[*]` or `["quoted \"key\" with . and ]"]` starting at `[`; undefined if malformed. */
function scanInstanceKey(text, open) {
    let at = open + 1;
    if (text[at] === '"') {
        at += 1;
        while (at < text.length && text[at] !== '"')
            at += text[at] === '\\' ? 2 : 1;
        if (at >= text.length)
            return undefined;
        at += 1;
    }
    else {
        while (at < text.length && text[at] !== ']')
            at += 1;
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
    rootModule;
    chains = new Map();
    /** By call path, so that chains and `all()` share each call. */
    made = new Map();
    constructor(rootModule) {
        this.rootModule = rootModule;
    }
    /** Root call first; shared between changes of the same module instance, so never mutate it. */
    chainFor(moduleAddress) {
        let chain = this.chains.get(moduleAddress);
        if (!chain) {
            chain = this.build(moduleCallNames(moduleAddress) ?? []);
            this.chains.set(moduleAddress, chain);
        }
        return chain;
    }
    /** Every call under `configuration.root_module.module_calls`, nested ones after their parent. */
    all() {
        const calls = [];
        const visit = (module, parentPath) => {
            const level = callsOf(module);
            if (!level)
                return;
            for (const name of Object.keys(level)) {
                const call = this.callAt(level, name, callPath(parentPath, name));
                calls.push(call);
                visit(asObject(asObject(level[name])?.module), call.path);
            }
        };
        visit(this.rootModule, '');
        return calls;
    }
    build(names) {
        const chain = [];
        let module = this.rootModule;
        let path = '';
        for (const name of names) {
            const level = callsOf(module);
            path = callPath(path, name);
            if (level && Object.hasOwn(level, name)) {
                chain.push(this.callAt(level, name, path));
                module = asObject(asObject(level[name])?.module);
            }
            else {
                // A plan without `configuration` (or a trimmed one) still names the call; its source is unknown.
                chain.push({ path, name, source: undefined, versionConstraint: undefined });
                module = undefined;
            }
        }
        return chain;
    }
    callAt(level, name, path) {
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
function callsOf(module) {
    return asObject(module?.module_calls);
}
function callPath(parentPath, name) {
    return parentPath ? `${parentPath}.module.${name}` : `module.${name}`;
}
const OPENTOFU_REGISTRY = 'registry.opentofu.org/';
const TERRAFORM_REGISTRY = 'registry.terraform.io/';
/**
 * The tool, from provider addresses only: each tool resolves bare provider names against its own
 * registry, so an OpenTofu registry address is the stronger sign (a Terraform user would have to
 * write it out). `terraform_version` is no evidence: OpenTofu writes that field too.
 */
function planTool(changeProviders, configuration) {
    const providers = new Set(changeProviders);
    const providerConfig = asObject(asObject(configuration)?.provider_config) ?? {};
    for (const config of Object.values(providerConfig)) {
        const fullName = optionalString(asObject(config)?.full_name);
        if (fullName)
            providers.add(fullName);
    }
    const names = [...providers];
    if (names.some((name) => name.startsWith(OPENTOFU_REGISTRY)))
        return 'opentofu';
    if (names.some((name) => name.startsWith(TERRAFORM_REGISTRY)))
        return 'terraform';
    return 'unknown';
}
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function optionalString(value) {
    return typeof value === 'string' ? value : undefined;
}
function optionalBoolean(value) {
    return typeof value === 'boolean' ? value : undefined;
}

;// CONCATENATED MODULE: ./build/src/policy/plan-file.js



const HOW_TO_PRODUCE = 'write the plan to a file and convert it: `terraform plan -out=tfplan && terraform show -json tfplan > plan.json` ' +
    '(OpenTofu: `tofu plan -out=tfplan && tofu show -json tfplan > plan.json`)';
/** The `format_version` majors this reader understands; the format promises minors stay compatible. */
const SUPPORTED_MAJORS = new Set(['0', '1']);
/**
 * Reads one plan JSON (`terraform show -json` / `tofu show -json`) and normalises it. Anything else
 * (a binary plan, a state, the `plan -json` log stream, an HCP redacted plan, broken JSON, a future
 * major format) is a UserError naming the file, what it is, and how to produce a plan JSON.
 */
async function readPlanFile(path, label) {
    let text;
    try {
        // Decoded as it is read, without a Buffer of the whole file: tens of megabytes of external
        // memory make V8 start a full garbage collection in the middle of the parse.
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        // A zip, and bytes that are not UTF-8 (UTF-16, damage), are looked at as bytes.
        text =
            text.startsWith('PK') || text.includes('\uFFFD')
                ? planText((0,external_node_fs_.readFileSync)(path), label)
                : withoutBom(text);
    }
    catch (error) {
        if (error instanceof user_error/* UserError */.yo)
            throw error;
        const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
        throw new user_error/* UserError */.yo(`cannot read the plan ${label}: ${reason}`, {
            hint: `pass the path of a plan JSON; ${HOW_TO_PRODUCE}`,
            location: { file: label },
            cause: error,
        });
    }
    const json = parsePlanText(text, label);
    checkPlanDocument(json, label);
    return normalisePlan(json, label, path);
}
function planText(bytes, label) {
    // A saved plan (`-out=tfplan`) is a zip archive.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        throw new user_error/* UserError */.yo(`${label} is a binary plan file (the zip that \`terraform plan -out\` writes), not a plan JSON`, {
            hint: `convert it: \`terraform show -json ${label} > plan.json\` (OpenTofu: \`tofu show -json ${label} > plan.json\`)`,
            location: { file: label },
        });
    }
    // Windows PowerShell 5 redirects (`>`) write UTF-16LE with a byte order mark.
    return bytes[0] === 0xff && bytes[1] === 0xfe
        ? bytes.toString('utf16le', 2)
        : withoutBom(bytes.toString('utf8'));
}
function withoutBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function parsePlanText(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        if (text.trim() === '') {
            throw new user_error/* UserError */.yo(`${label} is empty, not a plan JSON`, {
                hint: HOW_TO_PRODUCE,
                location: { file: label },
            });
        }
        if (isUiMessage(firstLineJson(text)))
            throw uiStreamError(label);
        const message = error.message;
        const { line, column } = lineAndColumn(text, errorOffset(message, text));
        // V8 quotes the whole input in some messages; keep only the reason.
        const reason = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position.*$/s, '');
        throw new user_error/* UserError */.yo(`${label}:${line}:${column}: not valid JSON: ${reason}`, {
            hint: `check the file was written completely and not edited since; ${HOW_TO_PRODUCE}`,
            location: { file: label, line, column },
            cause: error,
        });
    }
}
/**
 * Throws a UserError unless `json` is a plan JSON of a supported `format_version` major. Only the
 * major gates (the documented promise: minors add fields, which are ignored); `terraform_version`
 * never does, since OpenTofu and future releases write versions this code cannot know.
 */
function checkPlanDocument(json, label) {
    const location = { file: label };
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new user_error/* UserError */.yo(`${label} is not a plan JSON: it holds a JSON ${jsonKind(json)}, not an object`, {
            hint: HOW_TO_PRODUCE,
            location,
        });
    }
    const document = json;
    if (isUiMessage(document))
        throw uiStreamError(label);
    if (isRedactedPlan(document)) {
        throw new user_error/* UserError */.yo(`${label} is an HCP Terraform redacted plan (the json-output-redacted API, made for the UI), ` +
            'not a plan JSON: it has no format_version and no configuration, so module sources cannot be checked', {
            hint: 'download the plan JSON from `/api/v2/plans/<plan-id>/json-output` instead (a token with workspace admin ' +
                `access), or ${HOW_TO_PRODUCE}`,
            location,
        });
    }
    if (!('format_version' in document)) {
        throw new user_error/* UserError */.yo(`${label} is not a Terraform/OpenTofu plan JSON: it has no format_version`, {
            hint: HOW_TO_PRODUCE,
            location,
        });
    }
    if (isState(document)) {
        throw new user_error/* UserError */.yo(`${label} is a state JSON (\`terraform show -json\` without a plan file), not a plan JSON: it has no resource_changes`, { hint: HOW_TO_PRODUCE, location });
    }
    const formatVersion = document.format_version;
    const major = typeof formatVersion === 'string' ? formatVersion.split('.')[0] : undefined;
    if (major === undefined || !SUPPORTED_MAJORS.has(major)) {
        throw new user_error/* UserError */.yo(`${label} has plan format_version ${JSON.stringify(formatVersion)}; this action reads formats 0.x and 1.x`, {
            hint: 'a new major format changes meanings this action relies on; update gitops-actions, or produce the plan with a release that writes format 1.x',
            location,
        });
    }
}
/** Keys only plans have; a state JSON has `values` (or, for an empty state, nothing else at all). */
const PLAN_KEYS = ['resource_changes', 'planned_values', 'configuration', 'prior_state', 'output_changes'];
const STATE_KEYS = new Set(['format_version', 'terraform_version', 'values']);
function isState(document) {
    if (PLAN_KEYS.some((key) => key in document))
        return false;
    return 'values' in document || Object.keys(document).every((key) => STATE_KEYS.has(key));
}
/**
 * HCP Terraform's json-output-redacted body is Terraform's `jsonformat.Plan` (what its UI renders):
 * `plan_format_version`, `provider_format_version`, `provider_schemas`, `relevant_attributes` and
 * no `format_version` or `configuration`. Facts from hashicorp/terraform:
 * internal/command/jsonformat/plan.go (type Plan), internal/cloud/cloudplan/remote_plan_json.go
 * ("the redacted one can be decoded directly into a jsonformat.Plan struct"), and the fixture
 * internal/cloud/testdata/apply-json-with-outputs/plan-redacted.json.
 */
function isRedactedPlan(document) {
    return !('format_version' in document) && 'plan_format_version' in document;
}
/** A line of `terraform plan -json` / `tofu plan -json` (the machine-readable UI), not a plan. */
function isUiMessage(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    return '@message' in value && ('@level' in value || 'type' in value);
}
function uiStreamError(label) {
    return new user_error/* UserError */.yo(`${label} is the log stream of \`terraform plan -json\` (one JSON message per line), not a plan JSON`, {
        hint: `the stream describes a plan but not its configuration; ${HOW_TO_PRODUCE}`,
        location: { file: label },
    });
}
function firstLineJson(text) {
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    try {
        return JSON.parse(firstLine);
    }
    catch {
        return undefined;
    }
}
function jsonKind(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'array' : typeof value;
}
/**
 * Where JSON.parse failed: V8 gives `at position N` in most messages, but not in `Unexpected token
 * 'x', "…" is not valid JSON` (Node 20 and later), so those are located by scanning.
 */
function errorOffset(message, text) {
    const position = /at position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    if (/Unexpected end of JSON input/.test(message))
        return text.length;
    return firstSyntaxError(text);
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line += 1;
        lineStart = at + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Offset of the first character that cannot continue a JSON text. Used only for the one kind of
 * V8 message without a position, so it checks structure and tokens, not every string escape.
 */
function firstSyntaxError(text) {
    const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    // Control characters in strings get a positioned V8 message, so they need no check here.
    const string = /"(?:[^"\\]|\\.)*"/y;
    const stack = [];
    let expectValue = true;
    let at = 0;
    while (at < text.length) {
        const char = text[at];
        if (/\s/.test(char)) {
            at += 1;
        }
        else if (expectValue && (char === '{' || char === '[')) {
            stack.push(char === '{' ? '}' : ']');
            at += 1;
        }
        else if (char === '}' || char === ']') {
            if (stack.pop() !== char)
                return at;
            expectValue = false;
            at += 1;
        }
        else if (!expectValue && (char === ',' || char === ':') && stack.length > 0) {
            expectValue = true;
            at += 1;
        }
        else if (expectValue && char === '"') {
            string.lastIndex = at;
            if (!string.test(text))
                return at;
            at = string.lastIndex;
            expectValue = false;
        }
        else if (expectValue) {
            literal.lastIndex = at;
            if (!literal.test(text))
                return at;
            at = literal.lastIndex;
            expectValue = false;
        }
        else {
            return at;
        }
    }
    return at;
}

// EXTERNAL MODULE: ./build/src/policy/policy.js
var policy_policy = __webpack_require__(728);
;// CONCATENATED MODULE: ./build/src/policy/check-plans.js





/** Reads every plan, runs the policy (and any Rego policies) over them and decides the verdict. */
async function checkPlans(request) {
    const { log } = request;
    const policy = await log.group('Load policy', async () => {
        const { policy: file, workspace } = request;
        // The YAML parser and the schema validator load only for a policy file.
        const loaded = file === undefined
            ? (0,policy_policy/* defaultPolicy */.G4)()
            : await (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(815), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 4984))).loadPolicy(file, workspaceLabel(workspace, file));
        log.info(`${loaded.file ?? 'Default policy'}: ${loaded.rules.map((rule) => rule.description.id).join(', ')}` +
            (loaded.exceptions.length > 0 ? `; ${loaded.exceptions.length} exception(s)` : ''));
        return loaded;
    });
    const plans = await log.group('Read plans', async () => {
        const read = [];
        // One at a time: a plan can be tens of megabytes, and parsing is CPU-bound anyway.
        for (const { path, label } of await resolvePlanPaths(request.workspace, request.plans)) {
            const plan = await readPlanFile(path, label);
            log.info(`${label}: ${plan.changes.length} resource change(s), format ${plan.formatVersion}.`);
            read.push(plan);
        }
        return read;
    });
    const rego = request.rego?.policyPaths.length
        ? await log.group('Evaluate Rego policies', () => regoFindings(plans, request))
        : { findings: [], rules: [] };
    return log.group('Evaluate policy', async () => evaluatePolicy(plans, policy, {
        now: request.now,
        failOn: request.failOn,
        extraFindings: rego.findings,
        extraRules: rego.rules,
    }));
}
async function regoFindings(plans, request) {
    const rego = request.rego;
    // Loaded only here: most runs have no Rego policies and need neither OPA nor its download code.
    const { resolveOpa } = await __webpack_require__.e(/* import() */ 360).then(__webpack_require__.bind(__webpack_require__, 3360));
    const { evaluateRego } = await __webpack_require__.e(/* import() */ 502).then(__webpack_require__.bind(__webpack_require__, 7502));
    const runner = request.runner ?? new LazyCommandRunner(request.log);
    const opa = await resolveOpa({ ...rego.opa, runner, log: request.log });
    request.log.info(`OPA ${opa.version} from ${opa.source}: ${opa.path}`);
    const findings = [];
    for (const plan of plans) {
        const found = await evaluateRego({
            opaPath: opa.path,
            policyPaths: rego.policyPaths,
            planPath: plan.path,
            runner,
            label: plan.label,
            regoV0: rego.regoV0,
        });
        request.log.info(`${plan.label}: ${found.length} Rego finding(s).`);
        for (const finding of found)
            findings.push(finding);
    }
    const packages = [...new Set(findings.map((finding) => finding.rule))].sort();
    return {
        findings,
        rules: packages.map((id) => ({
            id,
            title: `Rego policy ${id.replace(/^rego:/, '')}`,
            help: `A deny, violation or warn rule of package \`${id.replace(/^rego:/, '')}\` in rego-policies, evaluated with OPA over the plan JSON.`,
        })),
    };
}

// EXTERNAL MODULE: ./build/src/github/github-error.js
var github_error = __webpack_require__(2925);
// EXTERNAL MODULE: ./build/src/github/sticky-comment.js
var sticky_comment = __webpack_require__(4626);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./build/src/runtime/markdown.js
/** Small Markdown builder for job summaries and CLI reports: tables, not walls of text. */
class Markdown {
    parts = [];
    heading(text, level = 3) {
        this.parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.parts.push(text);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(items.map((item) => `- ${item}`).join('\n'));
        return this;
    }
    table(header, rows) {
        const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
        this.parts.push([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
        return this;
    }
    toString() {
        return this.parts.length === 0 ? '' : `${this.parts.join('\n\n')}\n`;
    }
}
/**
 * Inline code that survives backticks and pipes inside the value: the fence is one backtick longer
 * than the longest run inside, padded when the text starts or ends with one (CommonMark 6.1).
 */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * Text from outside (plan values, rule messages) as literal Markdown: HTML and inline syntax
 * escaped, so a value cannot inject markup. Pipes are left to `table`, which escapes them for
 * its cells; outside a table they mean nothing.
 */
function escapeText(text) {
    return escapeHtml(text).replace(/[\\`*_[\]~#]/g, '\\$&');
}
/** Text for HTML contexts such as `<summary>`, where Markdown is not parsed. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./build/src/policy/attribute-diff.js
const SENSITIVE = '(sensitive)';
const KNOWN_AFTER_APPLY = '(known after apply)';
const DEFAULT_LIMIT = 40;
const MAX_DEPTH = 8;
// Nodes visited per change, equal ones included: a resource with a huge unchanged policy document
// must not cost more than the few attributes the report can show anyway.
const VISIT_BUDGET = 5_000;
const MAX_VALUE_CHARS = 80;
/** Marks a side that does not exist (the before of a create, the after of a delete). */
const ABSENT = Symbol('absent');
/**
 * The attributes whose value differs between `before` and `after`, at most `limit` of them.
 * Sensitive values (either side marked in `before_sensitive`/`after_sensitive`, a whole object or
 * any part) are shown only as `(sensitive)`, and a sensitive container is never descended into,
 * so not even its keys leak. Values unknown until apply show as `(known after apply)`.
 */
function changedAttributes(change, limit = DEFAULT_LIMIT) {
    const walk = { out: [], limit, budget: VISIT_BUDGET };
    const before = change.before === null || change.before === undefined ? ABSENT : change.before;
    const after = change.after === null || change.after === undefined ? ABSENT : change.after;
    if (before === ABSENT && after === ABSENT && change.afterUnknown !== true)
        return [];
    visit(walk, '', 0, {
        before,
        after,
        sensitive: change.beforeSensitive === true || change.afterSensitive === true,
        beforeSensitive: change.beforeSensitive,
        afterSensitive: change.afterSensitive,
        unknown: change.afterUnknown,
    });
    return walk.out;
}
function visit(walk, path, depth, node) {
    if (walk.out.length >= walk.limit || walk.budget <= 0)
        return;
    walk.budget--;
    const { before, after } = node;
    if (node.unknown === true) {
        emit(walk, path, masked(before, node.sensitive), node.sensitive ? SENSITIVE : KNOWN_AFTER_APPLY);
        return;
    }
    if (node.sensitive) {
        if (differs(before, after, walk))
            emit(walk, path, masked(before, true), masked(after, true));
        return;
    }
    const beforeShape = shapeOf(before);
    // A partly unknown container may be missing from `after` while `after_unknown` has its shape.
    const afterShape = shapeOf(after) === 'none' && isContainer(node.unknown) ? shapeOf(node.unknown) : shapeOf(after);
    const containers = [beforeShape, afterShape].filter((shape) => shape === 'list' || shape === 'object');
    const descend = containers.length > 0 &&
        beforeShape !== 'leaf' &&
        afterShape !== 'leaf' &&
        new Set(containers).size === 1;
    if (!descend || depth >= MAX_DEPTH) {
        // Two unrelated shapes (an object that became a string), or too deep to list: shown whole,
        // containers as their shape only, so nothing sensitive beneath can show.
        if (differs(before, after, walk))
            emit(walk, path, masked(before, false), masked(after, false));
        return;
    }
    for (const key of childKeys(before, after, node.unknown)) {
        const beforeSensitive = maskOf(node.beforeSensitive, key);
        const afterSensitive = maskOf(node.afterSensitive, key);
        visit(walk, childPath(path, key), depth + 1, {
            before: childOf(before, key),
            after: childOf(after, key),
            sensitive: beforeSensitive === true || afterSensitive === true,
            beforeSensitive,
            afterSensitive,
            unknown: maskOf(node.unknown, key),
        });
        if (walk.out.length >= walk.limit || walk.budget <= 0)
            return;
    }
}
function emit(walk, path, before, after) {
    walk.out.push({ path: path || '(resource)', before, after });
}
function masked(side, sensitive) {
    if (side === ABSENT)
        return undefined;
    return sensitive ? SENSITIVE : renderValue(side);
}
/** `none` for a missing or null side, which takes the other side's shape when descending. */
function shapeOf(side) {
    if (side === ABSENT || side === null || side === undefined)
        return 'none';
    if (Array.isArray(side))
        return 'list';
    return typeof side === 'object' ? 'object' : 'leaf';
}
/** Whether a reviewer should see a line: a null attribute of a create or delete is not a change. */
function differs(before, after, walk) {
    if (before === ABSENT)
        return after !== null && after !== ABSENT;
    if (after === ABSENT)
        return before !== null;
    const same = sameValue(before, after, walk);
    // A comparison cut short by the budget proves nothing; the walk ends there.
    return !same && walk.budget > 0;
}
/** Keys of both sides, in the order they appear (before first), indexes for lists. */
function childKeys(before, after, unknown) {
    if (Array.isArray(before) || Array.isArray(after)) {
        const length = Math.max(lengthOf(before), lengthOf(after), lengthOf(unknown));
        return Array.from({ length }, (_, i) => i);
    }
    const keys = new Set();
    for (const side of [before, after, unknown]) {
        if (isObject(side))
            for (const key of Object.keys(side))
                keys.add(key);
    }
    return [...keys];
}
function childOf(side, key) {
    if (Array.isArray(side))
        return typeof key === 'number' && key < side.length ? side[key] : ABSENT;
    if (isObject(side))
        return Object.hasOwn(side, key) ? side[key] : ABSENT;
    return ABSENT;
}
/** The part of a sensitive/unknown mask for a child: `true` covers everything beneath it. */
function maskOf(mask, key) {
    if (mask === true)
        return true;
    if (Array.isArray(mask))
        return mask[key];
    if (isObject(mask))
        return mask[key];
    return undefined;
}
function childPath(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
        return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
}
/** A bounded equality: false as soon as the budget runs out (see `differs`). */
function sameValue(a, b, walk) {
    if (--walk.budget <= 0)
        return false;
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => sameValue(item, b[i], walk));
    }
    if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
        const keys = Object.keys(a);
        return (keys.length === Object.keys(b).length &&
            keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key], walk)));
    }
    return false;
}
/** Renders a value for a table cell; containers (only reached when not descended into) as a shape. */
function renderValue(value) {
    if (typeof value === 'string') {
        if (value.length <= MAX_VALUE_CHARS)
            return JSON.stringify(value);
        let cut = value.slice(0, MAX_VALUE_CHARS);
        if (/[\uD800-\uDBFF]$/.test(cut))
            cut = cut.slice(0, -1);
        return `${JSON.stringify(cut).slice(0, -1)}…" (${value.length} chars)`;
    }
    if (Array.isArray(value))
        return value.length === 0 ? '[]' : `[…${value.length} items]`;
    if (isObject(value)) {
        const size = Object.keys(value).length;
        return size === 0 ? '{}' : `{…${size} keys}`;
    }
    return String(value);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function isObject(value) {
    return typeof value === 'object' && value !== null;
}
function lengthOf(value) {
    return Array.isArray(value) ? value.length : 0;
}

;// CONCATENATED MODULE: ./build/src/policy/report-markdown.js





/** GitHub's limit on a check run's `output.summary` (and `output.text`). */
const CHECK_RUN_TEXT_LIMIT = 65_535;
const DEFAULT_DETAILS_LIMIT = 30;
const LISTED_PLANS = 100;
// Room kept for the "N more not shown" lines, so adding them never overflows the limit.
const NOTES_RESERVE = 600;
// The kinds shown as columns even when every plan has none of them: the ones reviewers look for.
const ALWAYS_SHOWN = ['create', 'update', 'delete', 'replace'];
const DESTRUCTIVE = new Set([
    'delete',
    'replace',
    'forget',
    'replace-forget',
    'unknown',
]);
const SEVERITY_ORDER = { deny: 0, warn: 1, info: 2 };
/**
 * The report for the check run text, the sticky PR comment and the job summary: verdict, counts by
 * kind, findings, then masked before/after tables for the changes a reviewer should look at
 * (blocked, then destructive, then the rest). Past `maxChars` the change tables go first, then
 * finding rows, each with a line saying how many are not shown.
 */
function renderPolicyMarkdown(outcome, options) {
    const doc = new SizedDocument(options.maxChars - NOTES_RESERVE);
    doc.add(headline(outcome, options.checkName));
    const perPlan = outcome.plans.map(verdict/* countChanges */.xS);
    doc.add(countsSection(outcome, perPlan));
    const sorted = sortFindings(outcome.findings);
    const counting = sorted.filter((finding) => !finding.exception);
    const excepted = sorted.filter((finding) => finding.exception);
    const tables = [
        findingsTable(`Findings (${counting.length})`, counting, false),
        findingsTable(`Excepted findings (${excepted.length})`, excepted, true),
    ].filter((table) => table.count > 0);
    // Every change but reads and no-ops is worth a table; only the first few are rendered.
    const changed = perPlan.reduce((sum, counts) => sum + changedCount(counts), 0);
    const limit = Math.min(options.detailsLimit ?? DEFAULT_DETAILS_LIMIT, changed);
    const candidates = reviewOrder(outcome, limit);
    const notes = [];
    if (tables.every((table) => doc.fitsWhole(table))) {
        for (const table of tables)
            doc.add(table.whole());
        let shown = 0;
        if (limit > 0 && doc.fits('#### Changes')) {
            doc.add('#### Changes');
            while (shown < limit) {
                const block = detailsBlock(candidates[shown], outcome.findings);
                if (!doc.fits(block))
                    break;
                doc.add(block);
                shown++;
            }
        }
        if (shown < changed) {
            notes.push(`_${changed - shown} more changed resource(s) not shown in detail._`);
        }
    }
    else {
        for (const table of tables) {
            const rows = doc.fitRows(table);
            if (rows < table.count) {
                notes.push(`_${table.count - rows} more ${table.noun} not shown: the \`report\` output has them all._`);
            }
        }
        if (changed > 0)
            notes.push(`_${changed} changed resource(s) not shown in detail._`);
    }
    for (const note of notes)
        doc.addNote(note);
    return doc.toString(options.maxChars);
}
/** The check run's short summary: verdict and counts; the findings go in its text. */
function renderCheckRunSummary(outcome, checkName = 'plan-policy') {
    const doc = new SizedDocument(CHECK_RUN_TEXT_LIMIT - NOTES_RESERVE);
    doc.add(headline(outcome, checkName));
    doc.add(countsSection(outcome, outcome.plans.map(verdict/* countChanges */.xS)));
    return doc.toString(CHECK_RUN_TEXT_LIMIT);
}
function headline(outcome, checkName) {
    const counting = outcome.findings.filter((finding) => !finding.exception).length;
    const excepted = outcome.findings.length - counting;
    const changes = outcome.plans.reduce((sum, plan) => sum + plan.changes.length, 0);
    const mark = outcome.verdict === 'pass' ? '✅' : '❌';
    const approve = outcome.autoApprove
        ? '**Auto-approve: yes**'
        : `**Auto-approve: no**${outcome.autoApproveReason ? `: ${escapeText(outcome.autoApproveReason)}` : ''}`;
    const facts = [
        `${outcome.plans.length} plan(s)`,
        `${changes} resource change(s)`,
        `${counting} finding(s)`,
        ...(excepted > 0 ? [`${excepted} excepted`] : []),
    ];
    return `### ${mark} ${escapeText(checkName)}: ${outcome.verdict}\n\n${approve}\n\n${facts.join(', ')}.`;
}
/** `perPlan`: the change counts of each plan of the outcome, in order. */
function countsSection(outcome, perPlan) {
    const total = (0,verdict/* noChanges */.rw)();
    for (const counts of perPlan)
        for (const kind of plan_model/* CHANGE_KINDS */.tO)
            total[kind] += counts[kind];
    const kinds = plan_model/* CHANGE_KINDS */.tO.filter((kind) => ALWAYS_SHOWN.includes(kind) || total[kind] > 0);
    const rows = outcome.plans
        .slice(0, LISTED_PLANS)
        .map((plan, index) => [code(plan.label), ...kinds.map((kind) => String(perPlan[index][kind]))]);
    if (outcome.plans.length > 1)
        rows.push(['**Total**', ...kinds.map((kind) => `**${total[kind]}**`)]);
    const md = new Markdown().table(['Plan', ...kinds], rows);
    if (outcome.plans.length > LISTED_PLANS) {
        md.paragraph(`_${outcome.plans.length - LISTED_PLANS} more plan(s) counted in the total only._`);
    }
    md.list(outcome.plans.flatMap(planWarnings).slice(0, LISTED_PLANS));
    return md.toString().trimEnd();
}
function planWarnings(plan) {
    const problems = [
        ...(plan.complete === false ? ['the plan is incomplete (`complete: false`)'] : []),
        ...(plan.errored ? ['the plan run errored part way'] : []),
        ...(plan.deferredChanges > 0 ? [`${plan.deferredChanges} deferred change(s)`] : []),
    ];
    return problems.length === 0 ? [] : [`${code(plan.label)}: ${problems.join(', ')}`];
}
// Rows are rendered this many at a time, as they are asked for: past the size limit, a report of
// tens of thousands of findings renders little more than the rows it shows.
const ROWS_PER_RENDER = 256;
function findingsTable(title, findings, excepted) {
    const header = [
        'Rule',
        'Severity',
        'Plan',
        'Address',
        'Message',
        ...(excepted ? ['Reason', 'Expires'] : []),
    ];
    const cells = (finding) => [
        code(finding.rule),
        finding.severity + (finding.blocksAutoApprove && !excepted ? ', blocking' : ''),
        code(finding.plan),
        finding.address ? code(finding.address) : '(plan)',
        escapeText(finding.message),
        ...(finding.exception ? [escapeText(finding.exception.reason), code(finding.exception.expires)] : []),
    ];
    // Rendered through the shared table builder, then split: one line per row (cells hold no newline).
    const render = (from) => new Markdown().table(header, from.map(cells)).toString().trimEnd().split('\n');
    const heading = `#### ${title}\n\n${render([]).join('\n')}`;
    const rows = [];
    const row = (index) => {
        while (rows.length <= index) {
            const lines = render(findings.slice(rows.length, rows.length + ROWS_PER_RENDER));
            for (let line = 2; line < lines.length; line++)
                rows.push(lines[line]);
        }
        return rows[index];
    };
    return {
        noun: excepted ? 'excepted finding(s)' : 'finding(s)',
        heading,
        count: findings.length,
        row,
        whole: () => {
            if (findings.length > 0)
                row(findings.length - 1);
            return [heading, ...rows].join('\n');
        },
    };
}
function sortFindings(findings) {
    return findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        Number(b.finding.blocksAutoApprove) - Number(a.finding.blocksAutoApprove) ||
        a.index - b.index)
        .map(({ finding }) => finding);
}
function changedCount(counts) {
    return plan_model/* CHANGE_KINDS */.tO.reduce((sum, kind) => (kind === 'no-op' || kind === 'read' ? sum : sum + counts[kind]), 0);
}
/**
 * The first `limit` changes worth a table: blocked ones first, then destructive ones, then the
 * rest, plan order within. Reads and no-ops are never worth one.
 */
function reviewOrder(outcome, limit) {
    // By plan, then address: no key string built for each of a plan's changes.
    const blocked = new Map();
    for (const finding of outcome.findings) {
        if (!finding.blocksAutoApprove || finding.exception || !finding.address)
            continue;
        const addresses = blocked.get(finding.plan) ?? new Set();
        addresses.add(objectKey(finding.address, finding.deposed));
        blocked.set(finding.plan, addresses);
    }
    const groups = [[], [], []];
    for (const plan of outcome.plans) {
        for (const change of plan.changes) {
            // Once the blocked ones fill the list, no later change can get in.
            if (groups[0].length >= limit)
                return groups[0];
            if (change.kind === 'no-op' || change.kind === 'read')
                continue;
            const isBlocked = blocked.get(change.plan)?.has(objectKey(change.address, change.deposed));
            const group = isBlocked ? 0 : DESTRUCTIVE.has(change.kind) ? 1 : 2;
            if (groups[group].length < limit)
                groups[group].push(change);
        }
    }
    return groups.flat().slice(0, limit);
}
/** The address, or for a deposed object the address and its key (rare: no string built otherwise). */
function objectKey(address, deposed) {
    return deposed === undefined ? address : `${address}\u0000${deposed}`;
}
function detailsBlock(change, findings) {
    const related = findings.filter((finding) => finding.plan === change.plan &&
        finding.address === change.address &&
        finding.deposed === change.deposed &&
        !finding.exception).length;
    const summary = [
        `<code>${escapeHtml(change.address)}</code>`,
        ...(change.deposed === undefined ? [] : [`deposed object <code>${escapeHtml(change.deposed)}</code>`]),
        change.kind,
        `plan <code>${escapeHtml(change.plan)}</code>`,
        ...(related > 0 ? [`${related} finding(s)`] : []),
    ].join(' · ');
    const md = new Markdown();
    const facts = changeFacts(change);
    if (facts.length > 0)
        md.paragraph(facts.join(' '));
    const attributes = changedAttributes(change);
    if (attributes.length === 0) {
        md.paragraph('_No attribute values to compare in the plan._');
    }
    else {
        const hasBefore = attributes.some((attribute) => attribute.before !== undefined);
        const hasAfter = attributes.some((attribute) => attribute.after !== undefined);
        const cell = (value) => (value === undefined ? '' : code(value));
        md.table(['Attribute', ...(hasBefore ? ['Before'] : []), ...(hasAfter ? ['After'] : [])], attributes.map((attribute) => [
            code(attribute.path),
            ...(hasBefore ? [cell(attribute.before)] : []),
            ...(hasAfter ? [cell(attribute.after)] : []),
        ]));
    }
    return `<details><summary>${summary}</summary>\n\n${md.toString()}\n</details>`;
}
function changeFacts(change) {
    const facts = [];
    if (change.replaceOrder)
        facts.push(`Replaced ${change.replaceOrder}.`);
    if (change.actionReason)
        facts.push(`Reason: ${code(change.actionReason)}.`);
    if (change.replacePaths.length > 0) {
        const paths = change.replacePaths.map((path) => code(path.join('.')));
        facts.push(`Forced by ${paths.join(', ')}.`);
    }
    if (change.previousAddress)
        facts.push(`Moved from ${code(change.previousAddress)}.`);
    if (change.importing)
        facts.push('Imported.');
    return facts;
}
/** Markdown pieces (joined by blank lines) added only while they fit the byte budget. */
class SizedDocument {
    budget;
    pieces = [];
    used = 0;
    constructor(budget) {
        this.budget = budget;
    }
    fits(piece) {
        return this.used + bytes(piece) + 2 <= this.budget;
    }
    /** `fits(table.whole())`, rendering rows only until the table is known not to fit. */
    fitsWhole(table) {
        let size = this.used + bytes(table.heading) + 2;
        for (let index = 0; index < table.count && size <= this.budget; index++)
            size += bytes(table.row(index)) + 1;
        return size <= this.budget;
    }
    add(piece) {
        this.pieces.push(piece);
        this.used += bytes(piece) + 2;
    }
    /** Adds the table's heading and as many of its rows as fit; returns how many rows went in. */
    fitRows(table) {
        if (!this.fits(table.heading))
            return 0;
        let size = bytes(table.heading) + 2;
        let count = 0;
        const rows = [];
        for (; count < table.count; count++) {
            const row = table.row(count);
            const next = size + bytes(row) + 1;
            if (this.used + next > this.budget)
                break;
            size = next;
            rows.push(row);
        }
        this.add([table.heading, ...rows].join('\n'));
        return count;
    }
    /** Notes use the reserve held back from the budget. */
    addNote(note) {
        this.pieces.push(note);
        this.used += bytes(note) + 2;
    }
    /** The document, cut at `limit` bytes as a last resort (a limit below the headline's size). */
    toString(limit) {
        const text = `${this.pieces.join('\n\n')}\n`;
        if (bytes(text) <= limit)
            return text;
        const ending = '\n…\n';
        const room = Math.max(0, limit - bytes(ending));
        // Cutting bytes may split a character; its remains decode to U+FFFD, dropped here.
        const cut = external_node_buffer_.Buffer.from(text)
            .subarray(0, room)
            .toString('utf8')
            .replace(/\uFFFD$/, '');
        return limit >= bytes(ending) ? `${cut}${ending}` : '';
    }
}
function bytes(text) {
    return external_node_buffer_.Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./build/src/policy/publish-outcome.js



/**
 * The check run (on the pull request head, so branch protection can require it) and the sticky
 * PR comment. Outside a workflow (the CLI on a laptop) there is nothing to publish to. A token
 * without the permission, as pull requests from forks get, degrades to a warning: the verdict,
 * outputs and job summary still stand.
 */
async function publishOutcome(outcome, request) {
    const { github, log } = request;
    const none = { checkRunUrl: undefined, commentUrl: undefined };
    const wanted = request.checkRun || request.comment !== 'off';
    if (!wanted)
        return none;
    if (!github.repository || !github.eventName) {
        log.debug('Not in a GitHub workflow run: no check run or comment.');
        return none;
    }
    if (!request.token) {
        log.warning('No token: no check run or PR comment. Pass token (the default is github.token).');
        return none;
    }
    // Loaded only here: Octokit is most of this action's start-up cost.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(601), __webpack_require__.e(152)]).then(__webpack_require__.bind(__webpack_require__, 6152));
    const { readPullRequestContext } = await __webpack_require__.e(/* import() */ 368).then(__webpack_require__.bind(__webpack_require__, 8368));
    const client = createGitHubClient({ token: request.token, apiUrl: github.apiUrl, log });
    const context = await readPullRequestContext(github);
    const published = { ...none };
    if (request.checkRun) {
        published.checkRunUrl = await degraded(log, () => createCheckRun(client, context, outcome, request));
    }
    if (request.comment !== 'off' && context.pullNumber !== undefined) {
        published.commentUrl = await degraded(log, () => writeComment(client, context, outcome, request));
    }
    return published;
}
async function createCheckRun(client, context, outcome, request) {
    const { publishCheckRun } = await __webpack_require__.e(/* import() */ 552).then(__webpack_require__.bind(__webpack_require__, 8552));
    const run = await request.log.group(`Check run "${request.checkName}"`, async () => {
        const created = await publishCheckRun(client, {
            owner: context.owner,
            repo: context.repo,
            headSha: context.headSha,
            name: request.checkName,
            conclusion: outcome.verdict === 'pass' ? 'success' : 'failure',
            title: checkTitle(outcome),
            summary: renderCheckRunSummary(outcome, request.checkName),
            text: renderPolicyMarkdown(outcome, { maxChars: CHECK_RUN_TEXT_LIMIT, checkName: request.checkName }),
            detailsUrl: runUrl(request.github),
        });
        request.log.info(`Check run ${created.url}`);
        return created;
    });
    return run.url;
}
async function writeComment(client, context, outcome, request) {
    const { upsertStickyComment } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4626));
    return request.log.group(`Comment on #${context.pullNumber}`, async () => {
        const result = await upsertStickyComment(client, {
            owner: context.owner,
            repo: context.repo,
            issueNumber: context.pullNumber,
            marker: `plan-policy:${request.checkName.replace(/[^A-Za-z0-9._:-]+/g, '-')}`,
            body: renderPolicyMarkdown(outcome, {
                // Room for the hidden marker line the comment starts with.
                maxChars: sticky_comment/* COMMENT_BODY_MAX_CHARACTERS */.p - 200,
                checkName: request.checkName,
            }),
            // Matched by marker alone: who the token acts as is unknown (the workflow token, an app, a PAT).
            behaviour: request.comment,
        });
        request.log.info(`Comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
        return result.url;
    });
}
/** One line for the checks list: what a reviewer decides on. */
function checkTitle(outcome) {
    const open = outcome.findings.filter((finding) => !finding.exception);
    const denies = open.filter((finding) => finding.severity === 'deny').length;
    const warns = open.filter((finding) => finding.severity === 'warn').length;
    const findings = [denies && `${denies} denied`, warns && `${warns} warning(s)`].filter(Boolean).join(', ');
    const approve = outcome.autoApprove ? 'auto-approve' : `no auto-approve: ${outcome.autoApproveReason}`;
    return `${findings || 'no findings'}; ${approve}`;
}
function runUrl(github) {
    if (!github.repository || !github.runId)
        return undefined;
    return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}`;
}
async function degraded(log, publish) {
    try {
        return await publish();
    }
    catch (error) {
        if (error instanceof github_error/* GitHubApiError */.OS && error.failure === 'missing-permission') {
            log.warning(error.message);
            return undefined;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./build/src/policy/report-files.js

/** Writes the SARIF and JUnit files asked for; returns the paths written. */
async function writeReports(outcome, request) {
    const written = {};
    if (!request.sarif && !request.junit)
        return written;
    const { writeReportFile } = await __webpack_require__.e(/* import() */ 77).then(__webpack_require__.bind(__webpack_require__, 4077));
    // Each writer loads only when its file is asked for: most runs write neither.
    if (request.sarif) {
        const { renderSarif } = await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 3612));
        const log = renderSarif(outcome, {
            toolVersion: package_namespaceObject.rE,
            informationUri: 'https://github.com/org/gitops-actions',
        });
        await writeReportFile(request.sarif, `${JSON.stringify(log, null, 2)}\n`, 'sarif');
        request.log.info(`SARIF: ${request.sarif}`);
        written.sarif = request.sarif;
    }
    if (request.junit) {
        const { renderJUnit } = await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.bind(__webpack_require__, 8973));
        await writeReportFile(request.junit, renderJUnit(outcome, { failOn: request.failOn }), 'junit');
        request.log.info(`JUnit: ${request.junit}`);
        written.junit = request.junit;
    }
    return written;
}

;// CONCATENATED MODULE: ./build/src/actions/plan-policy.js






/** The job summary's limit is 1 MiB; the rest of the step's summary needs none of it. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
const planPolicy = {
    async run(inputs, { log, github }) {
        const workspace = github.workspace;
        // Relative to the workspace; an absolute path stays as it is.
        const inWorkspace = (path) => (0,external_node_path_.resolve)(workspace, path);
        const outcome = await checkPlans({
            workspace,
            plans: inputs.plans,
            policy: inputs.policy === undefined ? undefined : inWorkspace(inputs.policy),
            failOn: inputs['fail-on'],
            now: new Date(),
            rego: inputs['rego-policies']?.length
                ? {
                    policyPaths: inputs['rego-policies'].map(inWorkspace),
                    regoV0: inputs['rego-v0'],
                    opa: {
                        version: inputs['opa-version']?.replace(/^v/, ''),
                        sha256: inputs['opa-sha256'],
                        downloadBaseUrl: inputs['opa-download-url'],
                        platform: process.platform,
                        arch: process.arch,
                        installer: new (await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(499)]).then(__webpack_require__.bind(__webpack_require__, 9499))).ActionsToolInstaller(),
                    },
                }
                : undefined,
            log,
        });
        const files = await writeReports(outcome, {
            sarif: inputs.sarif === undefined ? undefined : inWorkspace(inputs.sarif),
            junit: inputs.junit === undefined ? undefined : inWorkspace(inputs.junit),
            failOn: inputs['fail-on'],
            log,
        });
        const checkName = inputs['check-name'];
        const published = await publishOutcome(outcome, {
            github,
            token: inputs.token,
            checkRun: inputs['check-run'],
            checkName,
            comment: inputs.comment,
            log,
        });
        return {
            outputs: {
                verdict: outcome.verdict,
                'auto-approve': String(outcome.autoApprove),
                report: (0,verdict/* reportJson */.l4)(outcome),
                'sarif-file': files.sarif ?? '',
                'junit-file': files.junit ?? '',
                'check-run-url': published.checkRunUrl ?? '',
                'comment-url': published.commentUrl ?? '',
            },
            report: () => renderPolicyMarkdown(outcome, { maxChars: SUMMARY_LIMIT, checkName }),
            failure: outcome.verdict === 'fail'
                ? `${outcome.findings.filter((f) => (0,verdict/* failsVerdict */.VV)(f, inputs['fail-on'])).length} finding(s) fail the policy (fail-on: ${inputs['fail-on']})`
                : undefined,
        };
    },
};
/* harmony default export */ const plan_policy = (planPolicy);


/***/ }),

/***/ 6514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ limitUtf8Bytes),
/* harmony export */   w: () => (/* binding */ limitCharacters)
/* harmony export */ });
/**
 * Fitting text into GitHub's field limits without breaking a character, and saying so visibly:
 * a silently shortened report reads as a complete one.
 */
/** Cuts `text` to at most `maxBytes` of UTF-8, notice included. */
function limitUtf8Bytes(text, maxBytes, noun = 'text') {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= maxBytes)
        return text;
    const notice = truncationNotice(noun, `${group(bytes)} bytes`, `${group(maxBytes)} bytes`);
    const encoded = Buffer.from(text, 'utf8');
    let cut = Math.max(maxBytes - Buffer.byteLength(notice, 'utf8'), 0);
    // 0b10xxxxxx bytes continue a character; cutting before one would split it.
    while (cut > 0 && ((encoded[cut] ?? 0) & 0xc0) === 0x80)
        cut -= 1;
    return atLineEnd(encoded.subarray(0, cut).toString('utf8')).trimEnd() + notice;
}
/** Cuts `text` to at most `maxUnits` UTF-16 code units (JavaScript length), notice included. */
function limitCharacters(text, maxUnits, noun = 'text') {
    if (text.length <= maxUnits)
        return text;
    const notice = truncationNotice(noun, `${group(text.length)} characters`, `${group(maxUnits)} characters`);
    let cut = Math.max(maxUnits - notice.length, 0);
    // Never keep the first half of a surrogate pair (an emoji, say) without its second.
    if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1)))
        cut -= 1;
    return atLineEnd(text.slice(0, cut)).trimEnd() + notice;
}
/** How far back a cut may move to end on a whole line (a table row, a list item). */
const LINE_SEARCH_WINDOW = 2048;
function atLineEnd(kept) {
    const newline = kept.lastIndexOf('\n');
    return newline >= 0 && kept.length - newline <= LINE_SEARCH_WINDOW ? kept.slice(0, newline + 1) : kept;
}
function truncationNotice(noun, size, limit) {
    return `\n\n> [!WARNING]\n> This ${noun} was truncated: it is ${size} and GitHub keeps at most ${limit}.\n`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function group(value) {
    return value.toLocaleString('en-US');
}


/***/ }),

/***/ 2925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   ur: () => (/* binding */ callGitHub)
/* harmony export */ });
/* unused harmony export explainGitHubError */
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6128);

/**
 * A refusal the workflow's author can fix. `failure` lets a caller degrade instead of failing, for
 * example warn when a pull request from a fork gets a read-only token.
 */
class GitHubApiError extends _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    status;
    failure;
    constructor(message, status, failure, options) {
        super(message, options);
        this.status = status;
        this.failure = failure;
        this.name = 'GitHubApiError';
    }
}
/** GitHub's messages for the cases below, matched exactly rather than by scattered substrings. */
const BAD_CREDENTIALS = 'Bad credentials';
const NOT_ACCESSIBLE_MESSAGES = [
    'Resource not accessible by integration',
    'Resource not accessible by personal access token',
];
const RATE_LIMIT_MESSAGE = /\brate limit\b/i;
/** Runs one API call and turns the refusals a user can fix into a {@link GitHubApiError}. */
async function callGitHub(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw explainGitHubError(error, operation);
    }
}
/** The user error for a known refusal; anything else is returned unchanged, stack and all. */
function explainGitHubError(error, operation) {
    const refusal = asRequestError(error);
    if (!refusal)
        return error;
    const { status, apiMessage } = refusal;
    const failed = `GitHub refused to ${operation.action} (${status} ${apiMessage})`;
    const fail = (failure, hint) => new GitHubApiError(failed, status, failure, { hint, cause: error });
    if (status === 401 && apiMessage === BAD_CREDENTIALS) {
        return fail('bad-credentials', 'the token is invalid or expired; pass a current token (the default is the workflow GITHUB_TOKEN)');
    }
    if (status === 403 && NOT_ACCESSIBLE_MESSAGES.includes(apiMessage)) {
        return fail('missing-permission', `the token lacks \`${operation.permission}\`: add it under \`permissions:\` in the workflow or job. ` +
            'Pull requests from forks get a read-only GITHUB_TOKEN whatever the workflow asks for; ' +
            'report from a `workflow_run` or `pull_request_target` workflow instead');
    }
    if ((status === 403 || status === 429) && RATE_LIMIT_MESSAGE.test(apiMessage)) {
        return fail('rate-limited', 'the token ran out of API requests and the reset is too far away to wait for; re-run the job later');
    }
    if (status === 404) {
        return fail('not-found', `check the ${operation.target} exists; GitHub also answers 404 when the token cannot see a private repository`);
    }
    return error;
}
/** Octokit's RequestError, recognised by shape so no module identity or extra dependency is needed. */
function asRequestError(error) {
    if (!(error instanceof Error))
        return undefined;
    const { status, response } = error;
    if (typeof status !== 'number')
        return undefined;
    const data = response?.data;
    const apiMessage = typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : error.message;
    return { status, apiMessage };
}


/***/ }),

/***/ 4626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ COMMENT_BODY_MAX_CHARACTERS),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export commentMarker */
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6128);
/* harmony import */ var _field_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6514);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2925);



/** GitHub refuses longer comment bodies ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_BODY_MAX_CHARACTERS = 65_536;
const MARKER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** The hidden line that identifies a sticky comment: invisible in rendered Markdown. */
function commentMarker(marker) {
    if (!MARKER_PATTERN.test(marker)) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`comment marker '${marker}' cannot go inside an HTML comment`, {
            hint: 'use letters, digits, dots, underscores, colons and dashes, starting with a letter or digit',
        });
    }
    return `<!-- gitops-actions:${marker} -->`;
}
/**
 * Posts the report as one comment that later runs edit in place (`update`), as a fresh comment
 * every run (`new`), or not at all (`off`).
 */
async function upsertStickyComment(client, request) {
    if (request.behaviour === 'off')
        return { action: 'skipped' };
    const { owner, repo, issueNumber } = request;
    const marker = commentMarker(request.marker);
    // The marker goes first so that truncation can never cut it off.
    const body = `${marker}\n${(0,_field_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .limitCharacters */ .w)(request.body, COMMENT_BODY_MAX_CHARACTERS - marker.length - 1, 'comment')}`;
    const operation = {
        action: `comment on #${issueNumber} of ${owner}/${repo}`,
        permission: 'pull-requests: write',
        target: `pull request #${issueNumber} of ${owner}/${repo}`,
    };
    const existing = request.behaviour === 'update' ? await findNewestMarked(client, request, marker, operation) : undefined;
    if (existing !== undefined) {
        const updated = await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .callGitHub */ .ur)({ ...operation, action: `edit comment ${existing} on #${issueNumber}` }, () => client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: existing,
            body,
        }));
        return { action: 'updated', id: Number(updated.data.id), url: updated.data.html_url };
    }
    const created = await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .callGitHub */ .ur)(operation, () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: issueNumber,
        body,
    }));
    return { action: 'created', id: Number(created.data.id), url: created.data.html_url };
}
/** Walks every page (oldest first, as GitHub lists them) and keeps the last match: the newest. */
async function findNewestMarked(client, request, marker, operation) {
    const { owner, repo, issueNumber, author } = request;
    return (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .callGitHub */ .ur)({ ...operation, action: `list the comments of #${issueNumber} of ${owner}/${repo}` }, async () => {
        let newest;
        const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const comment of page.data) {
                if (!comment.body?.includes(marker))
                    continue;
                if (author !== undefined && comment.user?.login !== author)
                    continue;
                newest = Number(comment.id);
            }
        }
        return newest;
    });
}


/***/ }),

/***/ 6003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   zT: () => (/* binding */ compileAddressGlobs)
/* harmony export */ });
const NEVER = () => false;
/** One matcher for a list of globs, compiled once: a set lookup for plain names, one RegExp for the rest. */
function compileGlobs(patterns) {
    if (!patterns || patterns.length === 0)
        return NEVER;
    const exact = new Set(patterns.filter((pattern) => !pattern.includes('*')));
    const wild = patterns.filter((pattern) => pattern.includes('*'));
    if (wild.length === 0)
        return (value) => exact.has(value);
    const regexp = new RegExp(`^(?:${wild.map(globSource).join('|')})$`, 's');
    if (exact.size === 0)
        return (value) => regexp.test(value);
    return (value) => exact.has(value) || regexp.test(value);
}
function compileGlob(pattern) {
    return compileGlobs([pattern]);
}
function globSource(pattern) {
    return pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('.*');
}
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g;
/**
 * Address globs also match the address without its instance keys, so `module.data.*` covers
 * `module.data["eu"].aws_s3_bucket.logs` and `aws_instance.web` covers `aws_instance.web[0]`,
 * as a reader of the policy expects; the keyed form still matches keyed globs exactly.
 */
function compileAddressGlobs(patterns) {
    const matches = compileGlobs(patterns);
    if (matches === NEVER)
        return NEVER;
    return (address) => matches(address) || (address.includes('[') && matches(address.replace(INSTANCE_KEY, '')));
}


/***/ }),

/***/ 9272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ applyExceptions),
/* harmony export */   Vu: () => (/* binding */ prepareException),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
/* harmony import */ var _address_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6003);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3843);


const DAY_MS = 86_400_000;
function prepareException(entry, location) {
    return {
        ...entry,
        location,
        matchesAddress: (0,_address_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileAddressGlobs */ .zT)([entry.address]),
        matchesPlan: entry.plan === undefined ? undefined : (0,_address_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(entry.plan),
        endsAt: Date.parse(`${entry.expires}T00:00:00Z`) + DAY_MS,
    };
}
/** Whether a `YYYY-MM-DD` string names a real day (the schema checks only the shape). */
function isCalendarDate(text) {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}
/**
 * Marks the findings an exception in force covers (they stay reported, but never count) and adds
 * one `exception-expired` finding, deny and blocking, for each expired exception that concerns a
 * plan of this run: an expired exception covers nothing, and says so where it is written.
 */
function applyExceptions(findings, exceptions, context) {
    const now = context.now.getTime();
    const active = exceptions.filter((exception) => now < exception.endsAt);
    const covered = findings.map((finding) => {
        const exception = active.find((candidate) => covers(candidate, finding));
        return exception
            ? { ...finding, exception: { reason: exception.reason, expires: exception.expires } }
            : finding;
    });
    const expired = exceptions
        .filter((exception) => now >= exception.endsAt)
        .filter((exception) => exception.matchesPlan === undefined || context.plans.some(exception.matchesPlan))
        .map((exception) => ({
        rule: _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXCEPTION_EXPIRED */ .wh.id,
        severity: 'deny',
        blocksAutoApprove: true,
        plan: context.policyFile,
        address: exception.address,
        message: `${exception.location}: the exception for ${exception.rule} on ${exception.address} ` +
            `('${exception.reason}') expired on ${exception.expires}; remove it or renew it`,
    }));
    return [...covered, ...expired];
}
function covers(exception, finding) {
    return (exception.rule === finding.rule &&
        exception.matchesAddress(finding.address ?? '') &&
        (exception.matchesPlan === undefined || exception.matchesPlan(finding.plan)));
}


/***/ }),

/***/ 193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ groupByKind),
/* harmony export */   tO: () => (/* binding */ CHANGE_KINDS),
/* harmony export */   wK: () => (/* binding */ EFFECTIVE_KINDS)
/* harmony export */ });
/**
 * The change model every rule and report works on: each `resource_changes[]` entry of a
 * Terraform/OpenTofu plan JSON, normalised once (see plan-normalise.ts). Field meanings follow
 * the JSON output format documented at developer.hashicorp.com/terraform/internals/json-format.
 */
const CHANGE_KINDS = [
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
const EFFECTIVE_KINDS = new Set(CHANGE_KINDS.filter((kind) => kind !== 'read' && kind !== 'no-op' && kind !== 'unknown'));
/** `changes` as ParsedPlan.changesByKind holds them. */
function groupByKind(changes) {
    const byKind = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, []]));
    for (let index = 0; index < changes.length; index++) {
        const change = changes[index];
        byKind[change.kind].push(change);
    }
    return byKind;
}


/***/ }),

/***/ 728:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   vh: () => (/* binding */ buildPolicy)
/* harmony export */ });
/* unused harmony export DEFAULT_RULE_IDS */
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3843);

/** What applies without a policy file, and what a file's `rules` merge over (issue 5). */
const DEFAULT_RULE_IDS = [
    'no-destroy',
    'no-replace',
    'no-direct-iam',
    'plan-complete',
];
/** The default policy: what applies without a policy file. */
function defaultPolicy() {
    return buildPolicy(undefined, {}, []);
}
/** The rules a policy turns on: the defaults, with the file's settings merged over them. */
function buildPolicy(file, configured, exceptions) {
    const rules = [];
    for (const id of _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu) {
        const config = configured[id] ?? (DEFAULT_RULE_IDS.includes(id) ? {} : undefined);
        if (config === undefined)
            continue;
        const { severity = 'deny', 'blocks-auto-approve': blocks, ...options } = config;
        if (severity === 'off')
            continue;
        rules.push((0,_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .activateRule */ ._z)(id, { severity, blocksAutoApprove: blocks ?? severity === 'deny' }, options));
    }
    return { file, rules, exceptions };
}


/***/ }),

/***/ 3843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wh: () => (/* binding */ EXCEPTION_EXPIRED),
  Iu: () => (/* binding */ RULE_IDS),
  _z: () => (/* binding */ activateRule),
  KX: () => (/* binding */ isRuleId)
});

// UNUSED EXPORTS: BUILT_IN_RULES

// EXTERNAL MODULE: ./build/src/policy/address-glob.js
var address_glob = __webpack_require__(6003);
;// CONCATENATED MODULE: ./build/src/policy/rules/rule.js
function changeFinding(rule, settings, change, message) {
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
function objectName(change) {
    return change.deposed === undefined
        ? change.address
        : `${change.address} (deposed object ${change.deposed})`;
}
/** A finding about a plan, or about one address in it; `plan` is the plan or its label. */
function planFinding(rule, settings, plan, address, message) {
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
const ACTION_REASONS = {
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
function reasonSuffix(change) {
    if (change.actionReason === undefined)
        return '';
    const words = ACTION_REASONS[change.actionReason];
    return words ? ` (${words}: ${change.actionReason})` : ` (${change.actionReason})`;
}
/** `ami`, `root_block_device[0].volume_size`: replace_paths as a reviewer reads them. */
function formatAttributePath(path) {
    let text = '';
    for (const step of path) {
        if (typeof step === 'number')
            text += `[${step}]`;
        else if (/^[A-Za-z_][\w-]*$/.test(step))
            text += text === '' ? step : `.${step}`;
        else
            text += `[${JSON.stringify(step)}]`;
    }
    return text;
}

;// CONCATENATED MODULE: ./build/src/policy/rules/allowed-providers.js


const ID = 'allowed-providers';
/**
 * One finding per provider and plan, not per resource: a plan of 10,000 resources of one
 * unapproved provider is one problem. Its address is the provider's address, so exceptions
 * name providers (`address: registry.terraform.io/acme/*`).
 */
const allowedProviders = {
    description: {
        id: ID,
        title: 'Only allowed providers',
        help: 'Every resource and data source in the plan must use a provider whose address matches `allowed` ' +
            '(for example `registry.terraform.io/hashicorp/*`). Use an allowed provider, extend the list, or add ' +
            'a dated exception whose address is the provider address.',
    },
    prepare: (config) => (0,address_glob/* compileGlobs */.tI)(config.allowed),
    check(plan, allowed, settings) {
        const refused = new Map();
        for (const change of plan.changes) {
            const seen = refused.get(change.provider);
            if (seen)
                seen.count++;
            else if (!allowed(change.provider))
                refused.set(change.provider, { first: change.address, count: 1 });
        }
        return [...refused].map(([provider, { first, count }]) => planFinding(ID, settings, plan, provider, `provider ${provider} is not allowed (used by ${count === 1 ? first : `${count} resources, first ${first}`})`));
    },
};

// EXTERNAL MODULE: ./build/src/policy/verdict.js
var verdict = __webpack_require__(8637);
// EXTERNAL MODULE: ./build/src/policy/plan-model.js
var plan_model = __webpack_require__(193);
;// CONCATENATED MODULE: ./build/src/policy/rules/max-changes.js



const max_changes_ID = 'max-changes';
const maxChanges = {
    description: {
        id: max_changes_ID,
        title: 'Plans stay below a size',
        help: 'Large plans are hard to review and often come from a mistake (a renamed module, a changed `for_each` ' +
            'key). Each plan must stay within the limits per kind and in total; split the change or raise the limit.',
    },
    prepare: (config) => config,
    check(plan, limits, settings) {
        const counts = (0,verdict/* countChanges */.xS)(plan);
        const actual = {
            create: counts.create,
            update: counts.update,
            delete: counts.delete,
            replace: counts.replace + counts['replace-forget'],
            forget: counts.forget,
            total: [...plan_model/* EFFECTIVE_KINDS */.wK].reduce((sum, kind) => sum + counts[kind], 0),
        };
        const findings = [];
        for (const key of Object.keys(actual)) {
            const limit = limits[key];
            if (limit === undefined || actual[key] <= limit)
                continue;
            const what = key === 'total' ? 'changes in total' : `${key} changes`;
            findings.push(planFinding(max_changes_ID, settings, plan, undefined, `${actual[key]} ${what}, more than the limit of ${limit}`));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./build/src/policy/rules/version-constraint.js
const PART = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?\s*$/;
function parseVersionConstraint(constraint) {
    const parts = [];
    for (const text of constraint.split(',')) {
        const match = PART.exec(text);
        if (!match)
            return undefined;
        parts.push({
            operator: (match[1] ?? '='),
            segments: match[2].split('.').map(Number),
        });
    }
    return parts;
}
/** One `=` part: the only constraint that names a single version. */
function isExactVersion(parts) {
    return parts.length === 1 && parts[0]?.operator === '=';
}
/**
 * Whether the constraint caps the version. `~> 1.2` caps below 2.0, but `~> 1` (one segment)
 * lets every later version through in go-version, so it caps nothing.
 */
function isBounded(parts) {
    return parts.some((part) => part.operator === '=' ||
        part.operator === '<' ||
        part.operator === '<=' ||
        (part.operator === '~>' && part.segments.length > 1));
}

;// CONCATENATED MODULE: ./build/src/policy/rules/module-sources.js



const module_sources_ID = 'module-sources';
const moduleSources = {
    description: {
        id: module_sources_ID,
        title: 'Modules from approved sources, pinned',
        help: 'Every module call must come from an allowed source (`allowed` globs) and be pinned: registry modules ' +
            'to an exact `version` (or a range with an upper bound under `versions: bounded`), git sources to a ' +
            'version tag or full commit sha with `?ref=`. Local paths are refused unless `allow-local`, except ' +
            'inside a registry or git module, whose package they are part of.',
    },
    prepare: (config) => ({
        allowed: config.allowed ? (0,address_glob/* compileGlobs */.tI)(config.allowed) : undefined,
        versions: config.versions ?? 'exact',
        allowLocal: config['allow-local'] ?? false,
        allowUnpinnedGit: config['allow-unpinned-git'] ?? false,
    }),
    check(plan, options, settings) {
        const byPath = new Map(plan.moduleCalls.map((call) => [call.path, call]));
        const findings = [];
        for (const call of plan.moduleCalls) {
            const problem = callProblem(call, byPath, options);
            if (problem)
                findings.push(planFinding(module_sources_ID, settings, plan, call.path, `${call.path}: ${problem}`));
        }
        return findings;
    },
};
function callProblem(call, byPath, options) {
    const source = call.source;
    if (source === undefined)
        return 'the plan does not record the module source, so it cannot be checked';
    const kind = sourceKind(source);
    if (kind === 'local') {
        if (options.allowLocal || insidePackagedModule(call, byPath))
            return undefined;
        return `local module source '${source}' is not allowed (set allow-local: true to allow local modules)`;
    }
    if (options.allowed && !options.allowed(source))
        return `module source '${source}' is not in the allowed list`;
    if (kind === 'git')
        return options.allowUnpinnedGit ? undefined : gitPinProblem(source);
    if (kind === 'registry')
        return versionProblem(source, call.versionConstraint, options.versions);
    return undefined;
}
/** Local calls under a registry or git module resolve inside that module's package, pinned with it. */
function insidePackagedModule(call, byPath) {
    let path = call.path;
    for (;;) {
        const cut = path.lastIndexOf('.module.');
        if (cut < 0)
            return false;
        path = path.slice(0, cut);
        const parent = byPath.get(path);
        if (parent?.source !== undefined && sourceKind(parent.source) !== 'local')
            return true;
    }
}
function sourceKind(source) {
    if (source.startsWith('./') ||
        source.startsWith('../') ||
        source.startsWith('.\\') ||
        source.startsWith('..\\'))
        return 'local';
    if (/^(git::|git@|github\.com\/|bitbucket\.org\/)/.test(source))
        return 'git';
    // Registry addresses: [hostname/]namespace/name/provider, with an optional //subdirectory.
    if (!source.includes('::') && /^([a-z0-9.-]+(:\d+)?\/)?[\w-]+\/[\w-]+\/[\w-]+(\/\/.*)?$/i.test(source))
        return 'registry';
    return 'other';
}
/** A git ref pins when it is a version tag or a full commit sha; branches and short shas move or collide. */
function gitPinProblem(source) {
    const query = source.indexOf('?');
    const ref = query < 0 ? null : new URLSearchParams(source.slice(query + 1)).get('ref');
    if (ref === null || ref === '')
        return `git source '${source}' has no ?ref= pin (pin a version tag or a full commit sha)`;
    if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(ref) || /^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/.test(ref))
        return undefined;
    return `git source '${source}' pins ref '${ref}', which is not a version tag or a full commit sha`;
}
function versionProblem(source, constraint, versions) {
    if (versions === 'any')
        return undefined;
    if (constraint === undefined || constraint.trim() === '')
        return `registry module '${source}' has no version; pin an exact version (version = "1.2.3")`;
    const parts = parseVersionConstraint(constraint);
    if (parts === undefined)
        return `version constraint '${constraint}' of '${source}' cannot be read`;
    if (isExactVersion(parts))
        return undefined;
    if (versions === 'bounded') {
        return isBounded(parts)
            ? undefined
            : `version constraint '${constraint}' of '${source}' has no upper bound (use "~> 1.2" or ">= 1.0, < 2.0")`;
    }
    return `version constraint '${constraint}' of '${source}' is not an exact version (use "1.2.3")`;
}

;// CONCATENATED MODULE: ./build/src/policy/rules/no-destroy.js


const no_destroy_ID = 'no-destroy';
/**
 * Deletes and forgets. A forget destroys nothing, but the object leaves Terraform's management
 * and keeps running (and costing) unseen, which a reviewer must know as much as a delete.
 * Replaces, `replace-forget` included, are no-replace's: one change, one rule.
 */
const noDestroy = {
    description: {
        id: no_destroy_ID,
        title: 'Resources must not be destroyed or forgotten',
        help: 'A plan that deletes a managed object (`delete`) or removes it from state without destroying it ' +
            '(`forget`, from a `removed` block with `destroy = false`) needs a person to look at it. Keep the resource, ' +
            'list expected deletions under `allow` (address globs) or `allow-types`, or add a dated exception.',
    },
    prepare: (config) => ({
        allowAddress: (0,address_glob/* compileAddressGlobs */.zT)(config.allow),
        allowType: (0,address_glob/* compileGlobs */.tI)(config['allow-types']),
    }),
    check(plan, options, settings) {
        const findings = [];
        for (const change of [...plan.changesByKind.delete, ...plan.changesByKind.forget]) {
            if (options.allowAddress(change.address) || options.allowType(change.type))
                continue;
            const what = change.kind !== 'delete'
                ? 'will be removed from the state without being destroyed: the object stays and is no longer managed'
                : change.deposed === undefined
                    ? 'will be destroyed'
                    : 'will be destroyed: the old object of a create-before-destroy replacement whose destroy did not finish';
            findings.push(changeFinding(no_destroy_ID, settings, change, `${objectName(change)} ${what}${reasonSuffix(change)}`));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./build/src/policy/rules/no-direct-iam.js



/**
 * Managed types that grant access. `aws_iam_policy_document` matches the AWS glob but is only a
 * data source, and data sources never count. Kubernetes RBAC comes in plain and `_v1` names.
 */
const DEFAULT_IAM_TYPES = [
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
const no_direct_iam_ID = 'no-direct-iam';
const noDirectIam = {
    description: {
        id: no_direct_iam_ID,
        title: 'IAM resources only through approved modules',
        help: 'Access grants (AWS IAM, Google `*_iam_*`, Azure role assignments and definitions, Kubernetes RBAC) ' +
            'must be managed by the modules the platform team reviews. Move the resource into an approved module, ' +
            'approve the module by source (`approved-modules`) or call path (`approved-module-paths`), or add a ' +
            'dated exception.',
    },
    prepare: (config) => ({
        isIam: (0,address_glob/* compileGlobs */.tI)([...(config.types ?? DEFAULT_IAM_TYPES), ...(config['extra-types'] ?? [])]),
        approvedSource: (0,address_glob/* compileGlobs */.tI)(config['approved-modules']),
        approvedPath: (0,address_glob/* compileGlobs */.tI)(config['approved-module-paths']),
    }),
    check(plan, options, settings) {
        const findings = [];
        // A plan has few types and many changes: each type is matched against the globs once.
        const iamByType = new Map();
        for (const change of plan.changes) {
            if (change.mode !== 'managed' || !plan_model/* EFFECTIVE_KINDS */.wK.has(change.kind))
                continue;
            let isIam = iamByType.get(change.type);
            if (isIam === undefined) {
                isIam = options.isIam(change.type);
                iamByType.set(change.type, isIam);
            }
            if (!isIam || isApproved(change, options))
                continue;
            findings.push(changeFinding(no_direct_iam_ID, settings, change, message(change)));
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
function isApproved(change, options) {
    for (const call of change.moduleCalls) {
        if (options.approvedPath(call.path))
            return true;
        if (call.source !== undefined && options.approvedSource(call.source))
            return true;
    }
    return false;
}
const VERBS = {
    create: 'creates',
    update: 'updates',
    delete: 'deletes',
    replace: 'replaces',
    forget: 'forgets',
    'replace-forget': 'replaces',
};
function message(change) {
    const verb = VERBS[change.kind];
    const call = change.moduleCall;
    const where = call === undefined
        ? 'in the root module'
        : `in ${call.path} (source ${call.source === undefined ? 'unknown' : `'${call.source}'`}), which is not an approved module`;
    return `${objectName(change)} ${verb ?? 'changes'} an IAM resource (${change.type}) ${where}`;
}

;// CONCATENATED MODULE: ./build/src/policy/rules/no-replace.js


const no_replace_ID = 'no-replace';
const noReplace = {
    description: {
        id: no_replace_ID,
        title: 'Resources must not be replaced',
        help: 'A replace destroys an object and creates a new one (or, for `replace-forget`, leaves the old one ' +
            'unmanaged), which loses data and identity and may cause downtime when the delete comes first. ' +
            'Change the configuration so the update happens in place, use `create_before_destroy`, list expected ' +
            'replacements under `allow-types` or `allow-addresses`, or add a dated exception.',
    },
    prepare: (config) => ({
        allowType: (0,address_glob/* compileGlobs */.tI)(config['allow-types']),
        allowAddress: (0,address_glob/* compileAddressGlobs */.zT)(config['allow-addresses']),
    }),
    check(plan, options, settings) {
        const findings = [];
        for (const change of [...plan.changesByKind.replace, ...plan.changesByKind['replace-forget']]) {
            if (options.allowType(change.type) || options.allowAddress(change.address))
                continue;
            findings.push(changeFinding(no_replace_ID, settings, change, replaceMessage(change)));
        }
        return findings;
    },
};
function replaceMessage(change) {
    const how = change.kind === 'replace-forget'
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

;// CONCATENATED MODULE: ./build/src/policy/rules/plan-complete.js

const plan_complete_ID = 'plan-complete';
/** A partial or failed plan shows only part of what apply will do, so nothing about it can be approved. */
const planComplete = {
    description: {
        id: plan_complete_ID,
        title: 'The plan is complete',
        help: 'A plan marked incomplete (`complete: false`, from `-target` or deferred work), with `deferred_changes`, ' +
            'that `errored`, or with an action list this tool does not know, does not show everything apply will do. ' +
            'Plan the whole configuration again without `-target` once the deferred inputs are known.',
    },
    prepare: () => undefined,
    check(plan, _options, settings) {
        const findings = [];
        if (plan.complete === false)
            findings.push(planFinding(plan_complete_ID, settings, plan, undefined, 'the plan is incomplete (complete: false)'));
        if (plan.deferredChanges > 0) {
            const what = plan.deferredChanges === 1 ? '1 change is' : `${plan.deferredChanges} changes are`;
            findings.push(planFinding(plan_complete_ID, settings, plan, undefined, `${what} deferred to a later plan`));
        }
        if (plan.errored === true)
            findings.push(planFinding(plan_complete_ID, settings, plan, undefined, 'the plan errored part way (errored: true)'));
        for (const change of plan.changesByKind.unknown) {
            const message = `${objectName(change)} has actions ${JSON.stringify(change.actions)}, which this tool does not know`;
            findings.push(changeFinding(plan_complete_ID, settings, change, message));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./build/src/policy/rules/protected-addresses.js


const protected_addresses_ID = 'protected-addresses';
const LOSSES = {
    delete: 'deleted',
    replace: 'replaced',
    forget: 'removed from the state',
    'replace-forget': 'replaced (the old object removed from the state)',
};
const protectedAddresses = {
    description: {
        id: protected_addresses_ID,
        title: 'Protected resources stay',
        help: 'Resources listed under `addresses` (globs) hold data or identity that cannot be rebuilt: they must never ' +
            'be deleted, replaced or forgotten. A `moved` block keeps a renamed resource; anything else needs a dated ' +
            'exception.',
    },
    prepare: (config) => (0,address_glob/* compileAddressGlobs */.zT)(config.addresses),
    check(plan, isProtected, settings) {
        const findings = [];
        for (const change of plan.changes) {
            const loss = LOSSES[change.kind];
            if (loss === undefined || !isProtected(change.address))
                continue;
            const message = `protected resource ${objectName(change)} would be ${loss}${reasonSuffix(change)}`;
            findings.push(changeFinding(protected_addresses_ID, settings, change, message));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./build/src/policy/rules/required-tags.js

const required_tags_ID = 'required-tags';
const CHECKED_KINDS = new Set(['create', 'update', 'replace', 'replace-forget']);
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * A type supports tags when its `after` has a `tags` attribute at all (the schema is not in the
 * plan). Keys may come from `tags` or from `tags_all` (provider `default_tags`); a tag map known
 * only after apply passes, as nothing can be said about it yet.
 */
const requiredTags = {
    description: {
        id: required_tags_ID,
        title: 'Resources carry the required tags',
        help: 'Managed resources created, updated or replaced whose type has a `tags` attribute must carry every key ' +
            "listed under `tags`, set on the resource or through the provider's `default_tags` (`tags_all`).",
    },
    prepare: (config) => config.tags,
    check(plan, required, settings) {
        const findings = [];
        for (const change of plan.changes) {
            if (change.mode !== 'managed' || !CHECKED_KINDS.has(change.kind))
                continue;
            const after = change.after;
            if (!isMap(after) || !('tags' in after))
                continue;
            const unknown = isMap(change.afterUnknown) ? change.afterUnknown : {};
            if (unknown.tags === true || unknown.tags_all === true)
                continue;
            const tags = isMap(after.tags) ? after.tags : {};
            const tagsAll = isMap(after.tags_all) ? after.tags_all : {};
            const missing = required.filter((key) => !(key in tags) && !(key in tagsAll));
            if (missing.length === 0)
                continue;
            const message = `${objectName(change)} (${change.type}) lacks required tag${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;
            findings.push(changeFinding(required_tags_ID, settings, change, message));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./build/src/policy/rules/resource-types.js


const resource_types_ID = 'resource-types';
/** Changes that bring an object of the type into being or alter it; removing one is never refused here. */
const resource_types_CHECKED_KINDS = new Set(['create', 'update', 'replace', 'replace-forget', 'read']);
const resourceTypes = {
    description: {
        id: resource_types_ID,
        title: 'Only allowed resource types',
        help: 'Resources created, updated, replaced or read must have a type matched by `allow` (when set) and not ' +
            'by `deny`. Deletes and forgets are never refused by this rule. Managed resources only, unless `modes` ' +
            'includes `data`.',
    },
    prepare: (config) => {
        const modes = config.modes ?? ['managed'];
        return {
            allow: config.allow ? (0,address_glob/* compileGlobs */.tI)(config.allow) : undefined,
            deny: (0,address_glob/* compileGlobs */.tI)(config.deny),
            managed: modes.includes('managed'),
            data: modes.includes('data'),
        };
    },
    check(plan, options, settings) {
        const findings = [];
        for (const change of plan.changes) {
            if (!(change.mode === 'managed' ? options.managed : options.data) || !resource_types_CHECKED_KINDS.has(change.kind))
                continue;
            const denied = options.deny(change.type);
            if (!denied && (options.allow === undefined || options.allow(change.type)))
                continue;
            const why = denied ? 'is denied by the policy' : 'is not in the allowed list';
            findings.push(changeFinding(resource_types_ID, settings, change, `${objectName(change)}: resource type ${change.type} ${why}`));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./build/src/policy/rules/index.js










/** Every built-in rule, in the order they run and are reported. */
const BUILT_IN_RULES = {
    'no-destroy': noDestroy,
    'no-replace': noReplace,
    'no-direct-iam': noDirectIam,
    'module-sources': moduleSources,
    'allowed-providers': allowedProviders,
    'resource-types': resourceTypes,
    'max-changes': maxChanges,
    'required-tags': requiredTags,
    'protected-addresses': protectedAddresses,
    'plan-complete': planComplete,
};
const RULE_IDS = Object.keys(BUILT_IN_RULES);
function isRuleId(id) {
    return Object.hasOwn(BUILT_IN_RULES, id);
}
/** The finding of an exception that has expired (exceptions.ts). */
const EXCEPTION_EXPIRED = {
    id: 'exception-expired',
    title: 'Policy exceptions are renewed or removed when they expire',
    help: 'An exception in the policy file is past its `expires` date, so it no longer covers any finding. Fix what it ' +
        'excused and remove it, or renew it with a new date and reason.',
};
function activateRule(id, settings, config) {
    const rule = BUILT_IN_RULES[id];
    const options = rule.prepare(config);
    return {
        id,
        description: rule.description,
        ...settings,
        check: (plan) => rule.check(plan, options, settings),
    };
}


/***/ }),

/***/ 8637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ decideVerdict),
/* harmony export */   VV: () => (/* binding */ failsVerdict),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   rw: () => (/* binding */ noChanges),
/* harmony export */   xS: () => (/* binding */ countChanges)
/* harmony export */ });
/* unused harmony export REPORT_OUTPUT_LIMIT */
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(193);

function countChanges(plan) {
    const counts = noChanges();
    for (const kind of _plan_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_KINDS */ .tO)
        counts[kind] = plan.changesByKind[kind].length;
    return counts;
}
function noChanges() {
    return Object.fromEntries(_plan_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_KINDS */ .tO.map((kind) => [kind, 0]));
}
function addCounts(total, counts) {
    for (const kind of _plan_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_KINDS */ .tO)
        total[kind] += counts[kind];
    return total;
}
/** Whether a finding fails the verdict: not excepted, and severe enough for `failOn`. */
function failsVerdict(finding, failOn) {
    if (finding.exception !== undefined || failOn === 'never')
        return false;
    return finding.severity === 'deny' || (failOn === 'warn' && finding.severity === 'warn');
}
/**
 * The verdict fails when a finding no exception covers reaches `failOn`. Auto-approve needs no
 * uncovered blocking finding, at least one change that does something, and no change with an
 * action list this tool does not know, whatever rules the policy turned off.
 */
function decideVerdict(plans, findings, failOn) {
    const open = findings.filter((finding) => finding.exception === undefined);
    const failing = open.filter((finding) => failsVerdict(finding, failOn));
    const blocking = open.filter((finding) => finding.blocksAutoApprove);
    const counts = plans.map(countChanges).reduce(addCounts, noChanges());
    const changes = [..._plan_model_js__WEBPACK_IMPORTED_MODULE_0__/* .EFFECTIVE_KINDS */ .wK].reduce((sum, kind) => sum + counts[kind], 0);
    const verdict = failing.length > 0 ? 'fail' : 'pass';
    if (blocking.length > 0) {
        const rules = [...new Set(blocking.map((finding) => finding.rule))].join(', ');
        return {
            verdict,
            autoApprove: false,
            autoApproveReason: `${plural(blocking.length, 'blocking finding')} (${rules})`,
        };
    }
    if (counts.unknown > 0) {
        const reason = `${plural(counts.unknown, 'change')} with an action list this tool does not know`;
        return { verdict, autoApprove: false, autoApproveReason: reason };
    }
    if (changes === 0)
        return { verdict, autoApprove: false, autoApproveReason: 'the plans change nothing' };
    return {
        verdict,
        autoApprove: true,
        autoApproveReason: `no blocking findings in ${plural(changes, 'change')}`,
    };
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * GitHub keeps at most 1 MB of outputs per job (counted as UTF-16), and a reusable workflow passes
 * `report` on as a job output: half of that leaves room for the other outputs and the caller's.
 */
const REPORT_OUTPUT_LIMIT = 512 * 1024;
const SEVERITY_RANK = { deny: 0, warn: 1, info: 2 };
/**
 * The `report` output (shape documented in policy-report.ts and the README), as JSON text within
 * `maxLength` characters: when every finding does not fit, the most severe open ones are kept and
 * the rest are counted in `findingsOmitted`.
 */
function reportJson(outcome, maxLength = REPORT_OUTPUT_LIMIT) {
    const plans = outcome.plans.map((plan) => ({
        plan: plan.label,
        tool: plan.tool,
        formatVersion: plan.formatVersion,
        counts: countChanges(plan),
    }));
    const report = {
        version: 1,
        verdict: outcome.verdict,
        autoApprove: outcome.autoApprove,
        counts: plans.map((plan) => plan.counts).reduce(addCounts, noChanges()),
        plans,
        findings: outcome.findings.map((finding) => ({
            rule: finding.rule,
            severity: finding.severity,
            plan: finding.plan,
            address: finding.address ?? null,
            ...(finding.deposed === undefined ? {} : { deposed: finding.deposed }),
            message: finding.message,
            blocksAutoApprove: finding.blocksAutoApprove,
            exception: finding.exception ?? null,
        })),
        findingsOmitted: 0,
    };
    const whole = JSON.stringify(report);
    if (whole.length <= maxLength)
        return whole;
    const ranked = [...report.findings].sort((a, b) => Number(a.exception !== null) - Number(b.exception !== null) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    // Each finding costs its own JSON and a comma; keep adding while the total stays within bounds.
    let budget = maxLength - JSON.stringify({ ...report, findings: [], findingsOmitted: ranked.length }).length;
    const kept = [];
    for (const finding of ranked) {
        budget -= JSON.stringify(finding).length + 1;
        if (budget < 0)
            break;
        kept.push(finding);
    }
    return JSON.stringify({ ...report, findings: kept, findingsOmitted: ranked.length - kept.length });
}


/***/ })

};
