export const id = 984;
export const ids = [984];
export const modules = {

/***/ 4984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy),
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_namespaceObject = /*#__PURE__*/__webpack_require__.t(ajv, 2);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/action-schemas/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/policy.schema.json","title":"plan-policy policy file","description":"The policy the plan-policy action checks Terraform/OpenTofu plans against. Rules merge over the default policy (no-destroy, no-replace, no-direct-iam and plan-complete as blocking deny rules); a default rule is turned off with severity: off.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"The policy file format version: 1."},"rules":{"type":"object","additionalProperties":false,"properties":{"no-destroy":{"type":"object","additionalProperties":false,"description":"Deletes and forgets are findings.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"allow":{"$ref":"#/definitions/globs","description":"Address globs that may be deleted or forgotten."},"allow-types":{"$ref":"#/definitions/globs","description":"Resource type globs that may be deleted or forgotten."}}},"no-replace":{"type":"object","additionalProperties":false,"description":"Replaces (replace-forget included) are findings.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"allow-types":{"$ref":"#/definitions/globs","description":"Resource type globs that may be replaced."},"allow-addresses":{"$ref":"#/definitions/globs","description":"Address globs that may be replaced."}}},"no-direct-iam":{"type":"object","additionalProperties":false,"description":"Managed IAM resources changed outside an approved module are findings.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"approved-modules":{"$ref":"#/definitions/globs","description":"Module source globs whose resources may manage IAM."},"approved-module-paths":{"$ref":"#/definitions/globs","description":"Module call path globs (module.iam) whose resources may manage IAM."},"types":{"$ref":"#/definitions/globs","description":"IAM resource type globs, replacing the defaults."},"extra-types":{"$ref":"#/definitions/globs","description":"IAM resource type globs added to the defaults or to types."}}},"module-sources":{"type":"object","additionalProperties":false,"description":"Module calls come from allowed sources and are pinned.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"allowed":{"$ref":"#/definitions/globs","description":"Module source globs that may be called; every source when absent."},"versions":{"enum":["exact","bounded","any"],"description":"What a registry module\'s version must be."},"allow-local":{"type":"boolean","description":"Allow local paths (./, ../); local calls inside a registry or git module always pass."},"allow-unpinned-git":{"type":"boolean","description":"Allow git sources without a tag or full commit sha ref."}}},"allowed-providers":{"type":"object","additionalProperties":false,"required":["allowed"],"description":"Resources use allowed providers only.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"allowed":{"$ref":"#/definitions/globs","description":"Provider address globs."}}},"resource-types":{"type":"object","additionalProperties":false,"description":"Resource types are allowed and not denied.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"allow":{"$ref":"#/definitions/globs","description":"Type globs that may be used; every type when absent."},"deny":{"$ref":"#/definitions/globs","description":"Type globs that may not be used."},"modes":{"type":"array","items":{"enum":["managed","data"]},"uniqueItems":true,"description":"Resource modes checked; managed only by default."}}},"max-changes":{"type":"object","additionalProperties":false,"description":"Each plan stays within these numbers of changes.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"create":{"$ref":"#/definitions/limit"},"update":{"$ref":"#/definitions/limit"},"delete":{"$ref":"#/definitions/limit"},"replace":{"$ref":"#/definitions/limit"},"forget":{"$ref":"#/definitions/limit"},"total":{"$ref":"#/definitions/limit"}}},"required-tags":{"type":"object","additionalProperties":false,"required":["tags"],"description":"Taggable resources carry these tag keys.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"tags":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},"protected-addresses":{"type":"object","additionalProperties":false,"required":["addresses"],"description":"These addresses are never deleted, replaced or forgotten.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"},"addresses":{"$ref":"#/definitions/globs","description":"Address globs."}}},"plan-complete":{"type":"object","additionalProperties":false,"description":"The plan is complete, not errored and without deferred or unknown changes.","properties":{"severity":{"$ref":"#/definitions/severity"},"blocks-auto-approve":{"$ref":"#/definitions/blocksAutoApprove"}}}}},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","address","reason","expires"],"properties":{"rule":{"type":"string","minLength":1,"description":"A built-in rule id, or rego:<package>."},"address":{"type":"string","minLength":1,"description":"Address glob; * also covers plan-wide findings."},"plan":{"type":"string","minLength":1,"description":"Plan label glob (stacks/legacy/*); every plan when absent."},"reason":{"type":"string","minLength":1,"description":"Why the exception exists (a ticket, a migration)."},"expires":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$","description":"YYYY-MM-DD: the last day the exception applies (UTC)."}}}}},"definitions":{"severity":{"enum":["deny","warn","info","off"],"description":"deny fails the check (fail-on: deny); off turns the rule off."},"blocksAutoApprove":{"type":"boolean","description":"Whether findings stop auto-approve; true for deny, false otherwise, by default."},"globs":{"type":"array","items":{"type":"string","minLength":1}},"limit":{"type":"integer","minimum":0}}}');
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/values/closest-candidates.js
/**
 * The candidates most like what the user asked for, for "not found" errors: a typo in
 * `image.tga` or `ghcr.io/acme/apii` should point at the real key or image.
 */
function closestCandidates(wanted, candidates, limit = 5) {
    const unique = [...new Set(candidates)].filter((candidate) => candidate !== '');
    return unique
        .map((candidate) => ({
        candidate,
        distance: editDistance(wanted.toLowerCase(), candidate.toLowerCase()),
    }))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./build/src/policy/exceptions.js
var exceptions = __webpack_require__(9272);
// EXTERNAL MODULE: ./build/src/policy/policy.js
var policy_policy = __webpack_require__(728);
// EXTERNAL MODULE: ./build/src/policy/rules/index.js + 12 modules
var rules = __webpack_require__(3843);
;// CONCATENATED MODULE: ./build/src/policy/policy-file.js









/**
 * Reads the policy file at `path`. `label` is how messages, annotations and findings name it (the
 * path relative to the workspace, as for plans): GitHub places annotations by repository path.
 */
async function loadPolicy(path, label = path) {
    if (path === undefined)
        return (0,policy_policy/* defaultPolicy */.G4)();
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new user_error/* UserError */.yo(`policy file ${label} ${missing ? 'does not exist' : 'cannot be read'}`, {
            hint: 'set the policy input to a YAML policy file relative to the workspace, or leave it empty for the default policy',
            cause: error,
        });
    }
    return parsePolicy(text, label ?? path);
}
function parsePolicy(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const locate = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const yamlError = doc.errors[0];
    if (yamlError) {
        const reason = yamlError.message.split('\n')[0] ?? yamlError.code;
        throw policyError([{ location: locate(yamlError.pos[0]), message: `invalid YAML: ${reason}` }], 'fix the YAML syntax');
    }
    const value = doc.toJS();
    if (value === null || value === undefined) {
        throw policyError([{ location: { file }, message: 'the policy file is empty' }], 'a policy starts with "version: 1"');
    }
    const validate = policyValidator();
    if (!validate(value)) {
        const problems = (validate.errors ?? []).map((error) => describe(error, doc, locate));
        throw policyError(problems, problems.find((problem) => problem.hint)?.hint);
    }
    const policy = value;
    const exceptions = (policy.exceptions ?? []).map((entry, index) => checkedException(entry, locate(nodeAt(doc, ['exceptions', String(index)])?.range?.[0] ?? 0)));
    return (0,policy_policy/* buildPolicy */.vh)(file, policy.rules ?? {}, exceptions);
}
function checkedException(entry, location) {
    const where = (0,user_error/* formatLocation */.j$)(location);
    if (!(0,rules/* isRuleId */.KX)(entry.rule) && !entry.rule.startsWith('rego:')) {
        const [closest] = closestCandidates(entry.rule, rules/* RULE_IDS */.Iu, 1);
        throw policyError([{ location, message: `exception for unknown rule '${entry.rule}'` }], [
            closest ? `did you mean '${closest}'?` : undefined,
            `exceptions name a built-in rule (${rules/* RULE_IDS */.Iu.join(', ')}) or rego:<package>`,
        ]
            .filter(Boolean)
            .join(' '));
    }
    if (!(0,exceptions/* isCalendarDate */.tf)(entry.expires)) {
        throw policyError([{ location, message: `exception expires on '${entry.expires}', which is not a date` }], 'write expires as YYYY-MM-DD, for example 2027-01-31');
    }
    return (0,exceptions/* prepareException */.Vu)(entry, where);
}
function policyError(problems, hint) {
    const lines = problems.map((problem) => `${(0,user_error/* formatLocation */.j$)(problem.location)}: ${problem.message}`);
    const message = lines.length === 1
        ? `invalid policy: ${lines[0]}`
        : `invalid policy:\n${lines.map((line) => `  - ${line}`).join('\n')}`;
    return new user_error/* UserError */.yo(message, { location: problems[0]?.location, ...(hint ? { hint } : {}) });
}
let compiled;
function policyValidator() {
    if (!compiled) {
        // ajv is CommonJS: Node names its `Ajv` export, a bundler's interop only gives `default`.
        const module = ajv_namespaceObject;
        const Ajv = module.Ajv ?? module.default.Ajv;
        compiled = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(policy_schema_namespaceObject);
    }
    return compiled;
}
function describe(error, doc, locate) {
    const segments = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const where = segments.length === 0 ? 'the policy' : keyPath(segments);
    const node = nodeAt(doc, segments);
    const location = locate(node?.range?.[0] ?? 0);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const valid = Object.keys(error.parentSchema.properties ?? {});
            const keyNode = keyNodeAt(node, key);
            const [closest] = closestCandidates(key, valid, 1);
            const what = segments.length === 1 && segments[0] === 'rules' ? 'rule' : 'key';
            return {
                location: keyNode ? locate(keyNode.range?.[0] ?? 0) : location,
                message: `${where}: unknown ${what} '${key}'`,
                hint: `${closest ? `did you mean '${closest}'? ` : ''}valid ${what}s: ${valid.join(', ')}`,
            };
        }
        case 'required':
            return { location, message: `${where}: '${String(error.params.missingProperty)}' is required` };
        case 'enum':
            return {
                location,
                message: `${where}: must be one of ${error.schema.join(', ')} (got ${JSON.stringify(error.data)})`,
            };
        case 'const':
            return {
                location,
                message: `${where}: must be ${JSON.stringify(error.schema)} (got ${JSON.stringify(error.data)})`,
            };
        case 'pattern':
            return { location, message: `${where}: must be a date YYYY-MM-DD (got ${JSON.stringify(error.data)})` };
        case 'type':
            return {
                location,
                message: `${where}: must be ${String(error.params.type)} (got ${JSON.stringify(error.data)})`,
            };
        default:
            return { location, message: `${where}: ${error.message ?? 'is invalid'}` };
    }
}
/** `rules.no-destroy.allow[0]`, as a reader finds it in the file. */
function keyPath(segments) {
    return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function nodeAt(doc, segments) {
    let node = doc.contents;
    for (const segment of segments) {
        if ((0,dist/* isMap */.jh)(node))
            node = node.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === segment)?.value;
        else if ((0,dist/* isSeq */.oP)(node))
            node = node.items[Number(segment)];
        else
            return undefined;
    }
    return node ?? undefined;
}
function keyNodeAt(node, key) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
    return pair?.key;
}


/***/ })

};
