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

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 7247:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(687);
/* harmony import */ var _action_schemas_bump_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6138);
/* harmony import */ var _bump_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6307);



const load = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(997), __nccwpck_require__.e(383)]).then(__nccwpck_require__.bind(__nccwpck_require__, 383))).default;
await (0,_src_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runOnRunner */ .T)("bump", { schema: _action_schemas_bump_schema_json__WEBPACK_IMPORTED_MODULE_1__, load, validate: _bump_validate_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony export validate */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6214);

"use strict";const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);const schema11 = {"type":"object","additionalProperties":false,"required":["files"],"dependencies":{"path":["value"],"value":["path"]},"properties":{"files":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Files to edit: globs relative to the workspace, one per line. A leading ! excludes. Files outside the workspace are refused."},"image":{"type":"string","pattern":"^[^\\s:@]+(:[0-9]+)?(/[^\\s:@]+)*$","x-expected":"an image repository without tag or digest, such as ghcr.io/acme/api","description":"Image mode: the image repository to find, without tag or digest (e.g. ghcr.io/acme/api; nginx means docker.io/library/nginx). Matched in image blocks, image strings, Kustomize images and Argo CD Applications."},"tag":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$","x-expected":"a tag of letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-'), such as 1.4.2","description":"Image mode: the new tag (e.g. 1.4.2)."},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$","x-expected":"a digest such as sha256:<64 hex characters>","description":"Image mode: the new digest (sha256:<64 hex>). With tag, both are written (repo:tag@digest)."},"path":{"type":"string","description":"Explicit mode: the YAML path to set, e.g. image.tag, spec.values.image.tag, containers[0].image, images[name=api].newTag, data.\"key.with.dots\". Applies in every document of a file where it exists."},"value":{"type":"string","description":"Explicit mode: the new value for path. Written as a string; quoted when a plain scalar would change its type (1.10 stays the string 1.10)."},"marker":{"type":"string","pattern":"^[^\\s:]+(:[^\\s:]+)?$","x-expected":"a Flux ImagePolicy as namespace:name or name","description":"Flux image policy to update setter markers for (namespace:policy, or policy). Lines marked {\"$imagepolicy\": \"<policy>\"} get image:tag, with :tag the tag, :name the image, :digest the digest."},"missing":{"type":"string","enum":["error","ignore","create"],"default":"error","description":"When a file has no such target: error (fail, listing the closest candidates), ignore, or create (add the key, or the Kustomize images entry, in the file's own indentation style)."},"allow-downgrade":{"type":"boolean","default":false,"description":"Allow writing a semver version lower than the current one (refused by default)."},"protected":{"type":"boolean","default":false,"description":"Only exact versions or digests may be written: latest, floating tags and ranges are refused. Set it for production environments."},"dry-run":{"type":"boolean","default":false,"description":"Compute and report the changes without writing any file or committing."},"pin-digests":{"type":"boolean","default":false,"description":"Image mode: look up the digest the tag names in the registry and write both (repo:tag@digest, or the block's digest key). Credentials: the Docker config, or GITHUB_TOKEN for ghcr.io."},"plain-http":{"type":"boolean","default":false,"description":"With pin-digests: reach the registry over plain HTTP (only for a registry on this machine, during development)."},"commit":{"type":"boolean","default":false,"description":"Commit the changed files and push to the current branch, fetching and rebasing on a non-fast-forward push (up to 5 attempts)."},"commit-message":{"type":"string","description":"Commit message when commit is true. Default: a summary of the changes, such as 'bump: ghcr.io/acme/api to 1.4.2'."},"token":{"type":"string","x-secret":true,"x-action-default":"${{ github.token }}","x-env":"GITHUB_TOKEN","description":"Token for pushing the commit over HTTPS. Passed to git through its environment, never in a URL or argument."}}};const func2 = Object.prototype.hasOwnProperty;const func3 = (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__?.default ? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ : /*#__PURE__*/ (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __nccwpck_require__.t(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__, 2)))).default;const pattern0 = new RegExp("^[^\\s:@]+(:[0-9]+)?(/[^\\s:@]+)*$", "u");const pattern1 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", "u");const pattern2 = new RegExp("^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "u");const pattern3 = new RegExp("^[^\\s:]+(:[^\\s:]+)?$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.missing === undefined){data.missing = "error";}if(data["allow-downgrade"] === undefined){data["allow-downgrade"] = false;}if(data.protected === undefined){data.protected = false;}if(data["dry-run"] === undefined){data["dry-run"] = false;}if(data["pin-digests"] === undefined){data["pin-digests"] = false;}if(data["plain-http"] === undefined){data["plain-http"] = false;}if(data.commit === undefined){data.commit = false;}if(data.files === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.path !== undefined){if(data.value === undefined){const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "path",
    missingProperty: "value",
    depsCount: 1,
    deps: "value"},message:"must have property value when property path is present",schema:schema11.dependencies,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.value !== undefined){if(data.path === undefined){const err3 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "value",
    missingProperty: "path",
    depsCount: 1,
    deps: "path"},message:"must have property path when property value is present",schema:schema11.dependencies,parentSchema:schema11,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.files !== undefined){let data0 = data.files;if(Array.isArray(data0)){if(data0.length < 1){const err4 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.files,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func3(data1) < 1){const err5 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.files.items,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.files.items.type,parentSchema:schema11.properties.files.items,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.files.type,parentSchema:schema11.properties.files,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.image !== undefined){let data2 = data.image;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err8 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^[^\\s:@]+(:[0-9]+)?(/[^\\s:@]+)*$"},message:"must match pattern \""+"^[^\\s:@]+(:[0-9]+)?(/[^\\s:@]+)*$"+"\"",schema:"^[^\\s:@]+(:[0-9]+)?(/[^\\s:@]+)*$",parentSchema:schema11.properties.image,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.image.type,parentSchema:schema11.properties.image,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.tag !== undefined){let data3 = data.tag;if(typeof data3 === "string"){if(!pattern1.test(data3)){const err10 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"+"\"",schema:"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$",parentSchema:schema11.properties.tag,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tag.type,parentSchema:schema11.properties.tag,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.digest !== undefined){let data4 = data.digest;if(typeof data4 === "string"){if(!pattern2.test(data4)){const err12 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"},message:"must match pattern \""+"^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"+"\"",schema:"^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$",parentSchema:schema11.properties.digest,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.digest.type,parentSchema:schema11.properties.digest,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.path !== undefined){let data5 = data.path;if(typeof data5 !== "string"){const err14 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.path.type,parentSchema:schema11.properties.path,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.value !== undefined){let data6 = data.value;if(typeof data6 !== "string"){const err15 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.value.type,parentSchema:schema11.properties.value,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.marker !== undefined){let data7 = data.marker;if(typeof data7 === "string"){if(!pattern3.test(data7)){const err16 = {instancePath:instancePath+"/marker",schemaPath:"#/properties/marker/pattern",keyword:"pattern",params:{pattern: "^[^\\s:]+(:[^\\s:]+)?$"},message:"must match pattern \""+"^[^\\s:]+(:[^\\s:]+)?$"+"\"",schema:"^[^\\s:]+(:[^\\s:]+)?$",parentSchema:schema11.properties.marker,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/marker",schemaPath:"#/properties/marker/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.marker.type,parentSchema:schema11.properties.marker,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}let data8 = data.missing;if(typeof data8 !== "string"){const err18 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.missing.type,parentSchema:schema11.properties.missing,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!(((data8 === "error") || (data8 === "ignore")) || (data8 === "create"))){const err19 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/enum",keyword:"enum",params:{allowedValues: schema11.properties.missing.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.missing.enum,parentSchema:schema11.properties.missing,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}let data9 = data["allow-downgrade"];if(typeof data9 !== "boolean"){const err20 = {instancePath:instancePath+"/allow-downgrade",schemaPath:"#/properties/allow-downgrade/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["allow-downgrade"].type,parentSchema:schema11.properties["allow-downgrade"],data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}let data10 = data.protected;if(typeof data10 !== "boolean"){const err21 = {instancePath:instancePath+"/protected",schemaPath:"#/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.protected.type,parentSchema:schema11.properties.protected,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}let data11 = data["dry-run"];if(typeof data11 !== "boolean"){const err22 = {instancePath:instancePath+"/dry-run",schemaPath:"#/properties/dry-run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["dry-run"].type,parentSchema:schema11.properties["dry-run"],data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}let data12 = data["pin-digests"];if(typeof data12 !== "boolean"){const err23 = {instancePath:instancePath+"/pin-digests",schemaPath:"#/properties/pin-digests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["pin-digests"].type,parentSchema:schema11.properties["pin-digests"],data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}let data13 = data["plain-http"];if(typeof data13 !== "boolean"){const err24 = {instancePath:instancePath+"/plain-http",schemaPath:"#/properties/plain-http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["plain-http"].type,parentSchema:schema11.properties["plain-http"],data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}let data14 = data.commit;if(typeof data14 !== "boolean"){const err25 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.commit.type,parentSchema:schema11.properties.commit,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data["commit-message"] !== undefined){let data15 = data["commit-message"];if(typeof data15 !== "string"){const err26 = {instancePath:instancePath+"/commit-message",schemaPath:"#/properties/commit-message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["commit-message"].type,parentSchema:schema11.properties["commit-message"],data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.token !== undefined){let data16 = data.token;if(typeof data16 !== "string"){const err27 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.token.type,parentSchema:schema11.properties.token,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate10.errors = vErrors;return errors === 0;}

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

/***/ 6138:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/bump.schema.json","title":"gitops-actions bump","description":"Change image tags, digests and versions in environment value files (Helm values, Kustomize images, Flux setter markers, Argo CD Applications, HelmReleases, any YAML path) without touching any other byte.","type":"object","properties":{"inputs":{"type":"object","additionalProperties":false,"required":["files"],"dependencies":{"path":["value"],"value":["path"]},"properties":{"files":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Files to edit: globs relative to the workspace, one per line. A leading ! excludes. Files outside the workspace are refused."},"image":{"type":"string","pattern":"^[^\\\\s:@]+(:[0-9]+)?(/[^\\\\s:@]+)*$","x-expected":"an image repository without tag or digest, such as ghcr.io/acme/api","description":"Image mode: the image repository to find, without tag or digest (e.g. ghcr.io/acme/api; nginx means docker.io/library/nginx). Matched in image blocks, image strings, Kustomize images and Argo CD Applications."},"tag":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$","x-expected":"a tag of letters, digits, \'_\', \'.\' and \'-\' (at most 128, not starting with \'.\' or \'-\'), such as 1.4.2","description":"Image mode: the new tag (e.g. 1.4.2)."},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$","x-expected":"a digest such as sha256:<64 hex characters>","description":"Image mode: the new digest (sha256:<64 hex>). With tag, both are written (repo:tag@digest)."},"path":{"type":"string","description":"Explicit mode: the YAML path to set, e.g. image.tag, spec.values.image.tag, containers[0].image, images[name=api].newTag, data.\\"key.with.dots\\". Applies in every document of a file where it exists."},"value":{"type":"string","description":"Explicit mode: the new value for path. Written as a string; quoted when a plain scalar would change its type (1.10 stays the string 1.10)."},"marker":{"type":"string","pattern":"^[^\\\\s:]+(:[^\\\\s:]+)?$","x-expected":"a Flux ImagePolicy as namespace:name or name","description":"Flux image policy to update setter markers for (namespace:policy, or policy). Lines marked {\\"$imagepolicy\\": \\"<policy>\\"} get image:tag, with :tag the tag, :name the image, :digest the digest."},"missing":{"type":"string","enum":["error","ignore","create"],"default":"error","description":"When a file has no such target: error (fail, listing the closest candidates), ignore, or create (add the key, or the Kustomize images entry, in the file\'s own indentation style)."},"allow-downgrade":{"type":"boolean","default":false,"description":"Allow writing a semver version lower than the current one (refused by default)."},"protected":{"type":"boolean","default":false,"description":"Only exact versions or digests may be written: latest, floating tags and ranges are refused. Set it for production environments."},"dry-run":{"type":"boolean","default":false,"description":"Compute and report the changes without writing any file or committing."},"pin-digests":{"type":"boolean","default":false,"description":"Image mode: look up the digest the tag names in the registry and write both (repo:tag@digest, or the block\'s digest key). Credentials: the Docker config, or GITHUB_TOKEN for ghcr.io."},"plain-http":{"type":"boolean","default":false,"description":"With pin-digests: reach the registry over plain HTTP (only for a registry on this machine, during development)."},"commit":{"type":"boolean","default":false,"description":"Commit the changed files and push to the current branch, fetching and rebasing on a non-fast-forward push (up to 5 attempts)."},"commit-message":{"type":"string","description":"Commit message when commit is true. Default: a summary of the changes, such as \'bump: ghcr.io/acme/api to 1.4.2\'."},"token":{"type":"string","x-secret":true,"x-action-default":"${{ github.token }}","x-env":"GITHUB_TOKEN","description":"Token for pushing the commit over HTTPS. Passed to git through its environment, never in a URL or argument."}}},"outputs":{"type":"object","properties":{"changed":{"type":"string","description":"true when at least one value changed (or would change, with dry-run), otherwise false."},"changed-files":{"type":"string","description":"The changed files, relative to the workspace, one per line."},"changes":{"type":"string","description":"JSON array of the changes: {file, line, path, from, to}."},"commit-sha":{"type":"string","description":"The pushed commit when commit is true and something changed, otherwise empty."}}}}}');

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
/******/ var __webpack_exports__ = __nccwpck_require__(7247);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
