import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5067:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(687);
/* harmony import */ var _action_schemas_oci_push_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8530);
/* harmony import */ var _oci_push_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(183);



const load = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(19), __nccwpck_require__.e(887)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8887))).default;
await (0,_src_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runOnRunner */ .T)("oci-push", { schema: _action_schemas_oci_push_schema_json__WEBPACK_IMPORTED_MODULE_1__, load, validate: _oci_push_validate_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 183:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony export validate */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6214);

"use strict";const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);const schema11 = {"type":"object","additionalProperties":false,"required":["path","repository","tags"],"properties":{"path":{"type":"string","description":"Directory to package (or one file), relative to the workspace."},"repository":{"type":"string","description":"Repository to push to, without tag: ghcr.io/acme/app-manifests, or oci://ghcr.io/acme/app-manifests."},"tags":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Tags to push, one per line (letters, digits, _ . and -; write a + as _). A tag that is an exact semver version is immutable unless overwrite is true."},"kind":{"type":"string","enum":["flux","opentofu-module","helm-chart","terraform-module"],"default":"flux","description":"Artifact kind: flux (manifests for a Flux OCIRepository), opentofu-module (oci:// module source), helm-chart, or terraform-module (both the flux form for tofu-controller and the opentofu-module form)."},"annotations":{"type":"array","items":{"type":"string","pattern":"^[^=\\s]+=.*$","x-expected":"key=value"},"description":"Extra manifest annotations, key=value, one per line."},"ignore-paths":{"type":"array","items":{"type":"string"},"description":"Paths to leave out, in .gitignore syntax, one per line, on top of Flux's defaults (.git/, archives, images)."},"follow-symlinks":{"type":"boolean","default":false,"description":"Package what symlinks point at when they stay inside the directory (refused by default; a link leading outside is always refused)."},"semver-tags":{"type":"boolean","default":false,"description":"For an exact version tag such as 1.2.3 also push 1.2 and 1 (never for prereleases)."},"overwrite":{"type":"boolean","default":false,"description":"Allow pushing different content to an existing exact version tag."},"reproducible":{"type":"boolean","default":false,"description":"Set the created time to the epoch so the same tree always gives the same manifest digest."},"source":{"type":"string","description":"The org.opencontainers.image.source annotation. Default: the repository URL from the git context."},"revision":{"type":"string","description":"The org.opencontainers.image.revision annotation. Default: <branch or tag>@sha1:<commit> from the git context."},"module-tag-suffix":{"type":"string","default":"-tofu","description":"With kind terraform-module: suffix of the tags the opentofu-module form is pushed under."},"mount-from":{"type":"string","description":"Another repository on the same registry that may already hold these blobs, such as the staging repository when publishing for production: the registry copies them instead of receiving them again."},"username":{"type":"string","description":"Registry username. Default: the credentials from the Docker config, or the workflow actor for ghcr.io."},"password":{"type":"string","x-secret":true,"description":"Registry password or token. Default: the Docker config, or GITHUB_TOKEN for ghcr.io."},"plain-http":{"type":"boolean","default":false,"description":"Use plain HTTP (only for a registry on this machine, during development)."},"dry-run":{"type":"boolean","default":false,"description":"Package and report the digest without pushing."}}};const func2 = Object.prototype.hasOwnProperty;const func3 = (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__?.default ? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ : /*#__PURE__*/ (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __nccwpck_require__.t(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__, 2)))).default;const pattern0 = new RegExp("^[^=\\s]+=.*$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kind === undefined){data.kind = "flux";}if(data["follow-symlinks"] === undefined){data["follow-symlinks"] = false;}if(data["semver-tags"] === undefined){data["semver-tags"] = false;}if(data.overwrite === undefined){data.overwrite = false;}if(data.reproducible === undefined){data.reproducible = false;}if(data["module-tag-suffix"] === undefined){data["module-tag-suffix"] = "-tofu";}if(data["plain-http"] === undefined){data["plain-http"] = false;}if(data["dry-run"] === undefined){data["dry-run"] = false;}if(data.path === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.repository === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.tags === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.path !== undefined){let data0 = data.path;if(typeof data0 !== "string"){const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.path.type,parentSchema:schema11.properties.path,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.repository !== undefined){let data1 = data.repository;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.repository.type,parentSchema:schema11.properties.repository,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.tags !== undefined){let data2 = data.tags;if(Array.isArray(data2)){if(data2.length < 1){const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.tags,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(func3(data3) < 1){const err7 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.tags.items,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.items.type,parentSchema:schema11.properties.tags.items,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tags.type,parentSchema:schema11.properties.tags,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let data4 = data.kind;if(typeof data4 !== "string"){const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kind.type,parentSchema:schema11.properties.kind,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!((((data4 === "flux") || (data4 === "opentofu-module")) || (data4 === "helm-chart")) || (data4 === "terraform-module"))){const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.kind.enum,parentSchema:schema11.properties.kind,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.annotations !== undefined){let data5 = data.annotations;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 === "string"){if(!pattern0.test(data6)){const err12 = {instancePath:instancePath+"/annotations/" + i1,schemaPath:"#/properties/annotations/items/pattern",keyword:"pattern",params:{pattern: "^[^=\\s]+=.*$"},message:"must match pattern \""+"^[^=\\s]+=.*$"+"\"",schema:"^[^=\\s]+=.*$",parentSchema:schema11.properties.annotations.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/annotations/" + i1,schemaPath:"#/properties/annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.items.type,parentSchema:schema11.properties.annotations.items,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.annotations.type,parentSchema:schema11.properties.annotations,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data["ignore-paths"] !== undefined){let data7 = data["ignore-paths"];if(Array.isArray(data7)){const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];if(typeof data8 !== "string"){const err15 = {instancePath:instancePath+"/ignore-paths/" + i2,schemaPath:"#/properties/ignore-paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ignore-paths"].items.type,parentSchema:schema11.properties["ignore-paths"].items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/ignore-paths",schemaPath:"#/properties/ignore-paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ignore-paths"].type,parentSchema:schema11.properties["ignore-paths"],data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let data9 = data["follow-symlinks"];if(typeof data9 !== "boolean"){const err17 = {instancePath:instancePath+"/follow-symlinks",schemaPath:"#/properties/follow-symlinks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["follow-symlinks"].type,parentSchema:schema11.properties["follow-symlinks"],data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}let data10 = data["semver-tags"];if(typeof data10 !== "boolean"){const err18 = {instancePath:instancePath+"/semver-tags",schemaPath:"#/properties/semver-tags/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["semver-tags"].type,parentSchema:schema11.properties["semver-tags"],data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}let data11 = data.overwrite;if(typeof data11 !== "boolean"){const err19 = {instancePath:instancePath+"/overwrite",schemaPath:"#/properties/overwrite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.overwrite.type,parentSchema:schema11.properties.overwrite,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}let data12 = data.reproducible;if(typeof data12 !== "boolean"){const err20 = {instancePath:instancePath+"/reproducible",schemaPath:"#/properties/reproducible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.reproducible.type,parentSchema:schema11.properties.reproducible,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data.source !== undefined){let data13 = data.source;if(typeof data13 !== "string"){const err21 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.source.type,parentSchema:schema11.properties.source,data:data13};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.revision !== undefined){let data14 = data.revision;if(typeof data14 !== "string"){const err22 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.revision.type,parentSchema:schema11.properties.revision,data:data14};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}let data15 = data["module-tag-suffix"];if(typeof data15 !== "string"){const err23 = {instancePath:instancePath+"/module-tag-suffix",schemaPath:"#/properties/module-tag-suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["module-tag-suffix"].type,parentSchema:schema11.properties["module-tag-suffix"],data:data15};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data["mount-from"] !== undefined){let data16 = data["mount-from"];if(typeof data16 !== "string"){const err24 = {instancePath:instancePath+"/mount-from",schemaPath:"#/properties/mount-from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["mount-from"].type,parentSchema:schema11.properties["mount-from"],data:data16};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.username !== undefined){let data17 = data.username;if(typeof data17 !== "string"){const err25 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.username.type,parentSchema:schema11.properties.username,data:data17};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.password !== undefined){let data18 = data.password;if(typeof data18 !== "string"){const err26 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.password.type,parentSchema:schema11.properties.password,data:data18};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}let data19 = data["plain-http"];if(typeof data19 !== "boolean"){const err27 = {instancePath:instancePath+"/plain-http",schemaPath:"#/properties/plain-http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["plain-http"].type,parentSchema:schema11.properties["plain-http"],data:data19};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}let data20 = data["dry-run"];if(typeof data20 !== "boolean"){const err28 = {instancePath:instancePath+"/dry-run",schemaPath:"#/properties/dry-run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["dry-run"].type,parentSchema:schema11.properties["dry-run"],data:data20};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ runOnRunner)
});

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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build/src/runtime/workflow-commands.js



function issueCommand(command, properties, message) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        line += ' ';
        line += keys
            .filter((key) => properties[key])
            .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
            .join(',');
    }
    process.stdout.write(`${line}::${escapeData(message)}${external_node_os_.EOL}`);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(kind, message, location) {
    issueCommand(kind, location ? locationProperties(location) : {}, message);
}
/** Fails the step; a location makes the error a file annotation in the pull request too. */
function setFailed(message, location) {
    process.exitCode = 1;
    annotate('error', message, location);
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** `name<<delimiter` blocks in GITHUB_OUTPUT; the delimiter is random so values cannot forge one. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: output ${name} contains the delimiter "${delimiter}"`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, markdown, { encoding: 'utf8' });
}
function locationProperties(location) {
    return {
        title: undefined,
        file: location.file,
        line: location.line,
        endLine: undefined,
        col: location.column,
    };
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./build/src/runtime/runner.js






/** Runs an action the way the GitHub runner invokes its bundle. */
async function runOnRunner(name, entry) {
    const log = runnerLog();
    try {
        const result = await executeAction(name, entry, envInputSource(process.env), {
            log,
            github: githubContextFromEnv(process.env, process.cwd()),
            env: process.env,
        });
        for (const [output, value] of Object.entries(result.outputs))
            setOutput(output, value);
        const report = reportText(result);
        if (report)
            appendSummary(report);
        if (result.failure)
            setFailed(`${name}: ${result.failure}`);
    }
    catch (error) {
        if (error instanceof user_error/* UserError */.yo) {
            setFailed(`${name}: ${error.message}`, error.location);
        }
        else {
            setFailed(`${name}: unexpected error (please report it): ${error?.stack ?? String(error)}`);
        }
    }
}
function runnerLog() {
    return {
        info: info,
        debug: debug,
        warning: (message, location) => annotate('warning', message, location),
        error: (message, location) => annotate('error', message, location),
        group: async (name, fn) => {
            startGroup(name);
            try {
                return await fn();
            }
            finally {
                endGroup();
            }
        },
        setSecret: setSecret,
    };
}


/***/ }),

/***/ 6128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export formatLocation */
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


/***/ }),

/***/ 8530:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/oci-push.schema.json","title":"gitops-actions oci-push","description":"Package a directory (Kubernetes manifests for Flux, a Terraform/OpenTofu module, a Helm chart) as a reproducible OCI artifact and push it to any registry, with no binary to install.","type":"object","properties":{"inputs":{"type":"object","additionalProperties":false,"required":["path","repository","tags"],"properties":{"path":{"type":"string","description":"Directory to package (or one file), relative to the workspace."},"repository":{"type":"string","description":"Repository to push to, without tag: ghcr.io/acme/app-manifests, or oci://ghcr.io/acme/app-manifests."},"tags":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Tags to push, one per line (letters, digits, _ . and -; write a + as _). A tag that is an exact semver version is immutable unless overwrite is true."},"kind":{"type":"string","enum":["flux","opentofu-module","helm-chart","terraform-module"],"default":"flux","description":"Artifact kind: flux (manifests for a Flux OCIRepository), opentofu-module (oci:// module source), helm-chart, or terraform-module (both the flux form for tofu-controller and the opentofu-module form)."},"annotations":{"type":"array","items":{"type":"string","pattern":"^[^=\\\\s]+=.*$","x-expected":"key=value"},"description":"Extra manifest annotations, key=value, one per line."},"ignore-paths":{"type":"array","items":{"type":"string"},"description":"Paths to leave out, in .gitignore syntax, one per line, on top of Flux\'s defaults (.git/, archives, images)."},"follow-symlinks":{"type":"boolean","default":false,"description":"Package what symlinks point at when they stay inside the directory (refused by default; a link leading outside is always refused)."},"semver-tags":{"type":"boolean","default":false,"description":"For an exact version tag such as 1.2.3 also push 1.2 and 1 (never for prereleases)."},"overwrite":{"type":"boolean","default":false,"description":"Allow pushing different content to an existing exact version tag."},"reproducible":{"type":"boolean","default":false,"description":"Set the created time to the epoch so the same tree always gives the same manifest digest."},"source":{"type":"string","description":"The org.opencontainers.image.source annotation. Default: the repository URL from the git context."},"revision":{"type":"string","description":"The org.opencontainers.image.revision annotation. Default: <branch or tag>@sha1:<commit> from the git context."},"module-tag-suffix":{"type":"string","default":"-tofu","description":"With kind terraform-module: suffix of the tags the opentofu-module form is pushed under."},"mount-from":{"type":"string","description":"Another repository on the same registry that may already hold these blobs, such as the staging repository when publishing for production: the registry copies them instead of receiving them again."},"username":{"type":"string","description":"Registry username. Default: the credentials from the Docker config, or the workflow actor for ghcr.io."},"password":{"type":"string","x-secret":true,"description":"Registry password or token. Default: the Docker config, or GITHUB_TOKEN for ghcr.io."},"plain-http":{"type":"boolean","default":false,"description":"Use plain HTTP (only for a registry on this machine, during development)."},"dry-run":{"type":"boolean","default":false,"description":"Package and report the digest without pushing."}}},"outputs":{"type":"object","properties":{"digest":{"type":"string","description":"The manifest digest (sha256:...)."},"ref":{"type":"string","description":"The pushed artifact by digest: repository@sha256:..."},"url":{"type":"string","description":"The artifact as Flux prints it: oci://repository:tag."},"tags":{"type":"string","description":"The tags pushed, one per line."},"operation":{"type":"string","description":"pushed; unchanged when every tag already held identical content (the existing manifest stays); dry-run when nothing was pushed."},"size":{"type":"string","description":"Total size of the artifact\'s blobs, in bytes."}}}}}');

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(5067);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
