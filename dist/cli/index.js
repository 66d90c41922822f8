#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2713:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4837);

const validators = { "bump": async () => (await __nccwpck_require__.e(/* import() */ 307).then(__nccwpck_require__.bind(__nccwpck_require__, 6307))).default, "oci-push": async () => (await __nccwpck_require__.e(/* import() */ 183).then(__nccwpck_require__.bind(__nccwpck_require__, 183))).default, "plan-policy": async () => (await __nccwpck_require__.e(/* import() */ 835).then(__nccwpck_require__.bind(__nccwpck_require__, 9835))).default };
process.exitCode = await (0,_src_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), process.env, validators);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

;// CONCATENATED MODULE: ./build/action-schemas/bump.schema.json
const bump_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/bump.schema.json","title":"gitops-actions bump","description":"Change image tags, digests and versions in environment value files (Helm values, Kustomize images, Flux setter markers, Argo CD Applications, HelmReleases, any YAML path) without touching any other byte.","type":"object","properties":{"inputs":{"type":"object","additionalProperties":false,"required":["files"],"dependencies":{"path":["value"],"value":["path"]},"properties":{"files":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Files to edit: globs relative to the workspace, one per line. A leading ! excludes. Files outside the workspace are refused."},"image":{"type":"string","pattern":"^[^\\\\s:@]+(:[0-9]+)?(/[^\\\\s:@]+)*$","x-expected":"an image repository without tag or digest, such as ghcr.io/acme/api","description":"Image mode: the image repository to find, without tag or digest (e.g. ghcr.io/acme/api; nginx means docker.io/library/nginx). Matched in image blocks, image strings, Kustomize images and Argo CD Applications."},"tag":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$","x-expected":"a tag of letters, digits, \'_\', \'.\' and \'-\' (at most 128, not starting with \'.\' or \'-\'), such as 1.4.2","description":"Image mode: the new tag (e.g. 1.4.2)."},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$","x-expected":"a digest such as sha256:<64 hex characters>","description":"Image mode: the new digest (sha256:<64 hex>). With tag, both are written (repo:tag@digest)."},"path":{"type":"string","description":"Explicit mode: the YAML path to set, e.g. image.tag, spec.values.image.tag, containers[0].image, images[name=api].newTag, data.\\"key.with.dots\\". Applies in every document of a file where it exists."},"value":{"type":"string","description":"Explicit mode: the new value for path. Written as a string; quoted when a plain scalar would change its type (1.10 stays the string 1.10)."},"marker":{"type":"string","pattern":"^[^\\\\s:]+(:[^\\\\s:]+)?$","x-expected":"a Flux ImagePolicy as namespace:name or name","description":"Flux image policy to update setter markers for (namespace:policy, or policy). Lines marked {\\"$imagepolicy\\": \\"<policy>\\"} get image:tag, with :tag the tag, :name the image, :digest the digest."},"missing":{"type":"string","enum":["error","ignore","create"],"default":"error","description":"When a file has no such target: error (fail, listing the closest candidates), ignore, or create (add the key, or the Kustomize images entry, in the file\'s own indentation style)."},"allow-downgrade":{"type":"boolean","default":false,"description":"Allow writing a semver version lower than the current one (refused by default)."},"protected":{"type":"boolean","default":false,"description":"Only exact versions or digests may be written: latest, floating tags and ranges are refused. Set it for production environments."},"dry-run":{"type":"boolean","default":false,"description":"Compute and report the changes without writing any file or committing."},"pin-digests":{"type":"boolean","default":false,"description":"Image mode: look up the digest the tag names in the registry and write both (repo:tag@digest, or the block\'s digest key). Credentials: the Docker config, or GITHUB_TOKEN for ghcr.io."},"plain-http":{"type":"boolean","default":false,"description":"With pin-digests: reach the registry over plain HTTP (only for a registry on this machine, during development)."},"commit":{"type":"boolean","default":false,"description":"Commit the changed files and push to the current branch, fetching and rebasing on a non-fast-forward push (up to 5 attempts)."},"commit-message":{"type":"string","description":"Commit message when commit is true. Default: a summary of the changes, such as \'bump: ghcr.io/acme/api to 1.4.2\'."},"token":{"type":"string","x-secret":true,"x-action-default":"${{ github.token }}","x-env":"GITHUB_TOKEN","description":"Token for pushing the commit over HTTPS. Passed to git through its environment, never in a URL or argument."}}},"outputs":{"type":"object","properties":{"changed":{"type":"string","description":"true when at least one value changed (or would change, with dry-run), otherwise false."},"changed-files":{"type":"string","description":"The changed files, relative to the workspace, one per line."},"changes":{"type":"string","description":"JSON array of the changes: {file, line, path, from, to}."},"commit-sha":{"type":"string","description":"The pushed commit when commit is true and something changed, otherwise empty."}}}}}');
;// CONCATENATED MODULE: ./build/action-schemas/oci-push.schema.json
const oci_push_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/oci-push.schema.json","title":"gitops-actions oci-push","description":"Package a directory (Kubernetes manifests for Flux, a Terraform/OpenTofu module, a Helm chart) as a reproducible OCI artifact and push it to any registry, with no binary to install.","type":"object","properties":{"inputs":{"type":"object","additionalProperties":false,"required":["path","repository","tags"],"properties":{"path":{"type":"string","description":"Directory to package (or one file), relative to the workspace."},"repository":{"type":"string","description":"Repository to push to, without tag: ghcr.io/acme/app-manifests, or oci://ghcr.io/acme/app-manifests."},"tags":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Tags to push, one per line (letters, digits, _ . and -; write a + as _). A tag that is an exact semver version is immutable unless overwrite is true."},"kind":{"type":"string","enum":["flux","opentofu-module","helm-chart","terraform-module"],"default":"flux","description":"Artifact kind: flux (manifests for a Flux OCIRepository), opentofu-module (oci:// module source), helm-chart, or terraform-module (both the flux form for tofu-controller and the opentofu-module form)."},"annotations":{"type":"array","items":{"type":"string","pattern":"^[^=\\\\s]+=.*$","x-expected":"key=value"},"description":"Extra manifest annotations, key=value, one per line."},"ignore-paths":{"type":"array","items":{"type":"string"},"description":"Paths to leave out, in .gitignore syntax, one per line, on top of Flux\'s defaults (.git/, archives, images)."},"follow-symlinks":{"type":"boolean","default":false,"description":"Package what symlinks point at when they stay inside the directory (refused by default; a link leading outside is always refused)."},"semver-tags":{"type":"boolean","default":false,"description":"For an exact version tag such as 1.2.3 also push 1.2 and 1 (never for prereleases)."},"overwrite":{"type":"boolean","default":false,"description":"Allow pushing different content to an existing exact version tag."},"reproducible":{"type":"boolean","default":false,"description":"Set the created time to the epoch so the same tree always gives the same manifest digest."},"source":{"type":"string","description":"The org.opencontainers.image.source annotation. Default: the repository URL from the git context."},"revision":{"type":"string","description":"The org.opencontainers.image.revision annotation. Default: <branch or tag>@sha1:<commit> from the git context."},"module-tag-suffix":{"type":"string","default":"-tofu","description":"With kind terraform-module: suffix of the tags the opentofu-module form is pushed under."},"mount-from":{"type":"string","description":"Another repository on the same registry that may already hold these blobs, such as the staging repository when publishing for production: the registry copies them instead of receiving them again."},"username":{"type":"string","description":"Registry username. Default: the credentials from the Docker config, or the workflow actor for ghcr.io."},"password":{"type":"string","x-secret":true,"description":"Registry password or token. Default: the Docker config, or GITHUB_TOKEN for ghcr.io."},"plain-http":{"type":"boolean","default":false,"description":"Use plain HTTP (only for a registry on this machine, during development)."},"dry-run":{"type":"boolean","default":false,"description":"Package and report the digest without pushing."}}},"outputs":{"type":"object","properties":{"digest":{"type":"string","description":"The manifest digest (sha256:...)."},"ref":{"type":"string","description":"The pushed artifact by digest: repository@sha256:..."},"url":{"type":"string","description":"The artifact as Flux prints it: oci://repository:tag."},"tags":{"type":"string","description":"The tags pushed, one per line."},"operation":{"type":"string","description":"pushed; unchanged when every tag already held identical content (the existing manifest stays); dry-run when nothing was pushed."},"size":{"type":"string","description":"Total size of the artifact\'s blobs, in bytes."}}}}}');
;// CONCATENATED MODULE: ./build/action-schemas/plan-policy.schema.json
const plan_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/plan-policy.schema.json","title":"gitops-actions plan-policy","description":"Check Terraform/OpenTofu plan JSON against policy (no destroy or replace, no direct IAM, approved module sources, ...) and report it as a check run, job summary and PR comment, with an auto-approve verdict.","type":"object","properties":{"inputs":{"type":"object","additionalProperties":false,"required":["plans"],"properties":{"plans":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Plan JSON files (the output of terraform show -json or tofu show -json), one path or glob per line; each is a stack, and all of them make one verdict. Relative to the workspace."},"policy":{"type":"string","description":"Policy file (YAML, see action-schemas/policy.schema.json). Default: no-destroy, no-replace, no-direct-iam and plan-complete, all blocking."},"fail-on":{"type":"string","enum":["deny","warn","never"],"default":"deny","description":"Fail the step (and the check run) on deny findings, on warn findings too, or never (report only)."},"check-run":{"type":"boolean","default":true,"description":"Create a check run on the pull request head (or the pushed commit) with the verdict, for branch protection. Needs checks: write."},"check-name":{"type":"string","minLength":1,"default":"plan-policy","description":"Name of the check run; also tells this step\'s PR comment apart from other plan-policy steps\'."},"comment":{"type":"string","enum":["update","new","off"],"default":"update","description":"On pull requests: keep one report comment updated in place (update), add a new one each run (new), or none (off). Needs pull-requests: write."},"sarif":{"type":"string","description":"Write the findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif)."},"junit":{"type":"string","description":"Write the findings as JUnit XML to this path."},"rego-policies":{"type":"array","items":{"type":"string","minLength":1},"description":"Existing conftest/OPA Rego policies (files or directories, one per line) to evaluate with OPA as well; their deny, violation and warn rules become findings."},"opa-version":{"type":"string","pattern":"^v?\\\\d+\\\\.\\\\d+\\\\.\\\\d+$","x-expected":"a version such as 1.21.1","description":"OPA version for rego-policies. Default: the opa on PATH, else the pinned default installed into the tool cache."},"opa-sha256":{"type":"string","pattern":"^[0-9a-fA-F]{64}$","x-expected":"64 hex digits","description":"Expected SHA-256 of the OPA binary, instead of the checksum published next to it."},"opa-download-url":{"type":"string","pattern":"^https?://","x-expected":"an http(s) URL","default":"https://openpolicyagent.org/downloads","description":"Where OPA binaries are downloaded from (a mirror with the same layout, for GHES or air-gapped runners)."},"rego-v0":{"type":"boolean","default":false,"description":"Evaluate rego-policies written in pre-1.0 Rego syntax (deny[msg] { ... }), as OPA\'s --v0-compatible."},"token":{"type":"string","x-secret":true,"x-action-default":"${{ github.token }}","x-env":"GITHUB_TOKEN","description":"Token for the check run and the PR comment."}}},"outputs":{"type":"object","properties":{"verdict":{"type":"string","description":"pass or fail, by fail-on."},"auto-approve":{"type":"string","description":"true only when no finding blocks auto-approve and the plans change something."},"report":{"type":"string","description":"The outcome as JSON: verdict, autoApprove, counts per change kind, per-plan counts and findings (shape in the README)."},"sarif-file":{"type":"string","description":"Path of the SARIF file, when sarif is set."},"junit-file":{"type":"string","description":"Path of the JUnit file, when junit is set."},"check-run-url":{"type":"string","description":"The check run\'s page, when one was created."},"comment-url":{"type":"string","description":"The PR comment\'s URL, when one was written."}}}}}');
;// CONCATENATED MODULE: ./build/src/actions/index.js



/**
 * Every action. Schemas load eagerly (inputs are parsed, and `--help` answered, from them); the
 * code loads only once inputs are valid, so a step that fails on its inputs, or `bump`, which
 * never calls the API, does not pay for the rest.
 */
const actions = {
    bump: { schema: bump_schema_namespaceObject, load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(353), __nccwpck_require__.e(382), __nccwpck_require__.e(60), __nccwpck_require__.e(477)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1477))).default },
    'oci-push': {
        schema: oci_push_schema_namespaceObject,
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(353), __nccwpck_require__.e(60), __nccwpck_require__.e(774)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7774))).default,
    },
    'plan-policy': {
        schema: plan_policy_schema_namespaceObject,
        load: async () => (await __nccwpck_require__.e(/* import() */ 104).then(__nccwpck_require__.bind(__nccwpck_require__, 4723))).default,
    },
};

;// CONCATENATED MODULE: ./build/src/runtime/action.js
function reportText(result) {
    return typeof result.report === 'function' ? result.report() : result.report;
}

;// CONCATENATED MODULE: ./build/src/runtime/action-schema.js
/** The default as `action.yml` writes it: lists one item a line, booleans as true/false. */
function actionYamlDefault(input) {
    if (input['x-action-default'] !== undefined)
        return input['x-action-default'];
    if (input.default === undefined)
        return undefined;
    return Array.isArray(input.default) ? input.default.join('\n') : String(input.default);
}
function inputNames(schema) {
    return Object.keys(schema.properties.inputs.properties);
}
function isRequired(schema, name) {
    return schema.properties.inputs.required?.includes(name) ?? false;
}

// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __nccwpck_require__(6128);
;// CONCATENATED MODULE: ./build/src/runtime/inputs.js

/** The runner's convention, the same as @actions/core getInput: spaces become `_`, upper case. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function envInputSource(env) {
    return (name) => env[inputEnvName(name)];
}
/**
 * Reads every input declared by the schema, converts it to its declared type, applies defaults
 * and validates the whole object, reporting every bad input by name in one error.
 */
async function parseInputs(schema, source, precompiled) {
    const declared = schema.properties.inputs.properties;
    const problems = [];
    const values = {};
    for (const [name, input] of Object.entries(declared)) {
        const raw = source(name);
        if (raw === undefined || raw.trim() === '')
            continue;
        const converted = convert(name, input, raw);
        if (converted.problem)
            problems.push(converted.problem);
        else
            values[name] = converted.value;
    }
    if (problems.length === 0) {
        const validate = precompiled ?? (await compile(schema));
        if (!validate(values))
            problems.push(...(validate.errors ?? []).map((e) => describe(e, declared)));
    }
    if (problems.length > 0) {
        throw new user_error/* InputError */.dz(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    return values;
}
function convert(name, input, raw) {
    switch (input.type) {
        case 'array':
            return {
                value: raw
                    .split(/\r?\n/)
                    .map((line) => line.trim())
                    .filter((line) => line !== ''),
            };
        case 'boolean': {
            // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
            const value = raw.trim();
            if (['true', 'True', 'TRUE'].includes(value))
                return { value: true };
            if (['false', 'False', 'FALSE'].includes(value))
                return { value: false };
            return { problem: `'${name}' must be true or false, got '${value}'` };
        }
        case 'integer': {
            const value = raw.trim();
            if (!/^-?\d+$/.test(value))
                return { problem: `'${name}' must be a whole number, got '${value}'` };
            return { value: Number(value) };
        }
        default:
            return { value: raw };
    }
}
/**
 * Options for validating inputs; the build compiles each action's validator ahead of time with
 * the same options (scripts/build.mjs), so bundles skip loading ajv and compiling at start-up.
 */
const INPUT_VALIDATION_OPTIONS = {
    allErrors: true,
    useDefaults: true,
    strict: false,
    verbose: true,
};
const compiled = new WeakMap();
async function compile(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        // ajv is CommonJS: Node's loader names its `Ajv` export, the bundler's interop only gives
        // `default` (module.exports, which carries `Ajv` too).
        const ajv = (await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 19)));
        const AjvClass = ajv.Ajv ?? ajv.default.Ajv;
        validate = new AjvClass(INPUT_VALIDATION_OPTIONS).compile(schema.properties.inputs);
        compiled.set(schema, validate);
    }
    return validate;
}
function describe(error, declared) {
    const name = error.instancePath.split('/')[1] ?? '';
    const input = declared[name];
    switch (error.keyword) {
        case 'required':
            return `'${String(error.params.missingProperty)}' is required: ${declared[error.params.missingProperty]?.description ?? ''}`.trim();
        case 'dependencies':
            return `'${String(error.params.missingProperty)}' is required when '${String(error.params.property)}' is set`;
        case 'enum':
            return `'${name}' must be one of ${(input?.enum ?? []).join(', ')} (got '${String(error.data)}')`;
        case 'pattern':
            return `'${name}' must be ${input?.['x-expected'] ?? `of the form ${String(error.params.pattern)}`} (got '${String(error.data)}')`;
        default:
            return `'${name}' ${error.message ?? 'is invalid'}`;
    }
}

;// CONCATENATED MODULE: ./build/src/runtime/execute.js


/**
 * The one code path shared by the runner and the CLI: mask secrets before anything can print
 * them, read inputs from the schema, load and run the action, and check its outputs against
 * the schema.
 */
async function executeAction(name, entry, source, context) {
    maskSecretInputs(entry.schema, source, context);
    const inputs = await parseInputs(entry.schema, source, entry.validate);
    const action = await entry.load();
    const result = await action.run(inputs, context);
    const declared = Object.keys(entry.schema.properties.outputs.properties);
    const missing = declared.filter((output) => !(output in result.outputs));
    const extra = Object.keys(result.outputs).filter((output) => !declared.includes(output));
    if (missing.length > 0 || extra.length > 0) {
        throw new Error(`${name} outputs do not match its schema (missing: ${missing.join(', ') || 'none'}, undeclared: ${extra.join(', ') || 'none'})`);
    }
    return result;
}
function maskSecretInputs(schema, source, context) {
    for (const input of inputNames(schema)) {
        if (!schema.properties.inputs.properties[input]?.['x-secret'])
            continue;
        const value = source(input);
        if (value)
            context.log.setSecret(value);
    }
}

;// CONCATENATED MODULE: ./build/src/runtime/github-context.js
function githubContextFromEnv(env, cwd) {
    const nonEmpty = (name) => (env[name] ? env[name] : undefined);
    return {
        serverUrl: (nonEmpty('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (nonEmpty('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
        repository: nonEmpty('GITHUB_REPOSITORY'),
        sha: nonEmpty('GITHUB_SHA'),
        ref: nonEmpty('GITHUB_REF'),
        refName: nonEmpty('GITHUB_REF_NAME'),
        headRef: nonEmpty('GITHUB_HEAD_REF'),
        eventName: nonEmpty('GITHUB_EVENT_NAME'),
        eventPath: nonEmpty('GITHUB_EVENT_PATH'),
        actor: nonEmpty('GITHUB_ACTOR'),
        runId: nonEmpty('GITHUB_RUN_ID'),
        workspace: nonEmpty('GITHUB_WORKSPACE') ?? cwd,
    };
}

;// CONCATENATED MODULE: ./build/src/cli/arguments.js

/**
 * `--name value`, `--name=value`; a repeated flag appends a line (lists); a boolean flag alone
 * means true. Unknown flags are usage errors, named with the list of known ones.
 */
function parseArguments(action, schema, argv) {
    const declared = schema.properties.inputs.properties;
    const result = { flags: new Map(), json: false, help: false, verbose: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json')
            result.json = true;
        else if (arg === '--help' || arg === '-h')
            result.help = true;
        else if (arg === '--verbose')
            result.verbose = true;
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            const input = declared[name];
            if (!input) {
                throw new user_error/* InputError */.dz(`unknown flag '--${name}' for '${action}'`, {
                    hint: `known flags: ${Object.keys(declared)
                        .map((n) => `--${n}`)
                        .join(', ')}, --json, --verbose, --help`,
                });
            }
            let value;
            if (eq !== -1)
                value = arg.slice(eq + 1);
            else if (input.type === 'boolean' && !/^(true|false)$/i.test(argv[i + 1] ?? ''))
                value = 'true';
            else if (i + 1 < argv.length)
                value = argv[++i];
            else
                throw new user_error/* InputError */.dz(`flag '--${name}' needs a value`);
            const previous = result.flags.get(name);
            result.flags.set(name, previous === undefined ? value : `${previous}\n${value}`);
        }
        else {
            throw new user_error/* InputError */.dz(`unexpected argument '${arg}' for '${action}'`, {
                hint: 'inputs are passed as --<input-name> <value>',
            });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./build/src/cli/console-log.js

/** CLI log: plain lines on stderr (stdout carries only the report or the JSON), secrets masked. */
function consoleLog(options) {
    const secrets = [];
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const mask = (text) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
    const say = (line) => write(mask(line));
    return {
        info: (message) => say(message),
        debug: (message) => {
            if (options.verbose)
                say(`debug: ${message}`);
        },
        warning: (message, location) => say(`${location ? `${(0,user_error/* formatLocation */.j$)(location)}: ` : ''}warning: ${message}`),
        error: (message, location) => say(`${location ? `${(0,user_error/* formatLocation */.j$)(location)}: ` : ''}error: ${message}`),
        group: async (name, fn) => {
            say(`== ${name}`);
            return fn();
        },
        setSecret: (value) => {
            if (value && !secrets.includes(value))
                secrets.push(value);
        },
    };
}

;// CONCATENATED MODULE: ./build/src/cli/help.js

function generalHelp(names, describe) {
    return [
        'Usage: gitops-actions <action> [--<input-name> <value>]... [--json] [--verbose]',
        '',
        'Runs a gitops-actions action outside GitHub Actions with the same code path.',
        'Inputs are flags of the same kebab-case names; INPUT_<NAME> environment variables also work.',
        '',
        'Actions:',
        ...names.map((name) => `  ${name.padEnd(14)}${describe(name)}`),
        '',
        'Run `gitops-actions <action> --help` for its inputs and outputs.',
        'Exit status: 0 success, 1 the action failed, 2 usage error.',
        '',
    ].join('\n');
}
function actionHelp(name, schema) {
    const inputs = Object.entries(schema.properties.inputs.properties).map(([input, spec]) => {
        const notes = [
            isRequired(schema, input) ? 'required' : undefined,
            spec.enum ? `one of ${spec.enum.join('|')}` : undefined,
            spec.type === 'array' ? 'list: repeat the flag or separate lines' : undefined,
            actionYamlDefault(spec) !== undefined && spec['x-action-default'] === undefined
                ? `default ${JSON.stringify(actionYamlDefault(spec))}`
                : undefined,
            spec['x-env'] ? `falls back to $${spec['x-env']}` : undefined,
        ].filter(Boolean);
        return `  --${input}${notes.length ? ` (${notes.join('; ')})` : ''}\n      ${spec.description}`;
    });
    const outputs = Object.entries(schema.properties.outputs.properties).map(([output, spec]) => `  ${output}\n      ${spec.description}`);
    return [
        `Usage: gitops-actions ${name} [--<input-name> <value>]... [--json] [--verbose]`,
        '',
        schema.description,
        '',
        'Inputs:',
        ...inputs,
        '',
        'Outputs (printed as one JSON object with --json):',
        ...outputs,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/src/cli/stdout-guard.js
const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;
/**
 * Runs `fn` with whatever it writes to stdout turned into log lines. In the CLI stdout carries
 * only the report or the JSON, but libraries written for workflows print there: @actions/tool-cache
 * reports through @actions/core's workflow commands (`::debug::Downloading …`). Those become debug,
 * warning and error lines of the log, decoded (a masked value is masked in the log); anything else
 * an info line.
 */
async function withStdoutAsLog(log, fn) {
    const stdout = process.stdout;
    const write = stdout.write;
    let pending = '';
    stdout.write = ((chunk, ...rest) => {
        const lines = (pending + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())).split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines)
            logLine(log, line);
        const done = rest.find((arg) => typeof arg === 'function');
        done?.();
        return true;
    });
    try {
        return await fn();
    }
    finally {
        stdout.write = write;
        if (pending !== '')
            logLine(log, pending);
    }
}
function logLine(log, line) {
    const command = COMMAND.exec(line);
    if (!command) {
        if (line !== '')
            log.info(line);
        return;
    }
    const [, name, data = ''] = command;
    // Workflow command data escapes %, CR and LF (@actions/core's escapeData).
    const message = data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    // A value a library masks is masked in the log too, and never printed.
    if (name === 'add-mask')
        log.setSecret(message);
    else if (name === 'debug')
        log.debug(message);
    else if (name === 'warning' || name === 'notice')
        log.warning(message);
    else if (name === 'error')
        log.error(message);
    else
        log.debug(line);
}

;// CONCATENATED MODULE: ./build/src/cli/main.js










const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/**
 * The process entry: `main`, where stdout closed early by its reader (`| head`) only drops the
 * rest of the output: the run finishes and exits with its own status, not with an unhandled
 * EPIPE and a stack trace.
 */
function runCli(argv, env, validators) {
    process.stdout.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
    return main(argv, env, validators);
}
/** `gitops-actions <action> [--<input> value]... [--json]`; returns the exit status. */
async function main(argv, env = process.env, validators = {}) {
    const [name, ...rest] = argv;
    const names = Object.keys(actions);
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(generalHelp(names, (n) => actions[n]?.schema.description ?? ''));
        return name === undefined ? EXIT_USAGE : EXIT_OK;
    }
    const entry = actions[name];
    if (!entry) {
        process.stderr.write(`gitops-actions: unknown action '${name}'; known actions: ${names.join(', ')}\n`);
        return EXIT_USAGE;
    }
    let log = consoleLog({ verbose: false });
    try {
        const args = parseArguments(name, entry.schema, rest);
        if (args.help) {
            process.stdout.write(actionHelp(name, entry.schema));
            return EXIT_OK;
        }
        log = consoleLog({ verbose: args.verbose || env.RUNNER_DEBUG === '1' });
        const declared = entry.schema.properties.inputs.properties;
        const source = (input) => {
            const fallback = declared[input]?.['x-env'];
            return args.flags.get(input) ?? env[inputEnvName(input)] ?? (fallback ? env[fallback] : undefined);
        };
        const validate = await validators[name]?.();
        const result = await withStdoutAsLog(log, () => executeAction(name, { ...entry, validate }, source, {
            log,
            github: githubContextFromEnv(env, process.cwd()),
            env,
        }));
        if (args.json)
            process.stdout.write(`${JSON.stringify(result.outputs)}\n`);
        else
            process.stdout.write(reportText(result));
        if (result.failure) {
            log.error(`${name}: ${result.failure}`);
            return EXIT_FAILED;
        }
        return EXIT_OK;
    }
    catch (error) {
        if (error instanceof user_error/* UserError */.yo) {
            // The message names its file and line already; the location is for runner annotations.
            log.error(`${name}: ${error.message}`);
            return error instanceof user_error/* InputError */.dz ? EXIT_USAGE : EXIT_FAILED;
        }
        log.error(`${name}: unexpected error (please report it): ${error?.stack ?? String(error)}`);
        return EXIT_FAILED;
    }
}


/***/ }),

/***/ 6128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A problem the user can fix (bad input, malformed file, refused change). The entry prints its
 * message without a stack trace; anything else is a bug and keeps its stack.
 */
class UserError extends Error {
    hint;
    location;
    constructor(message, options = {}) {
        super(options.hint ? `${message}\n  hint: ${options.hint}` : message, { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
        this.location = options.location;
    }
}
/** Bad action input: the CLI exits 2 for these (usage error), the runner fails the step. */
class InputError extends UserError {
    constructor(message, options = {}) {
        super(message, options);
        this.name = 'InputError';
    }
}
function formatLocation(loc) {
    return [loc.file, loc.line, loc.line !== undefined ? loc.column : undefined]
        .filter((part) => part !== undefined)
        .join(':');
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2713);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
