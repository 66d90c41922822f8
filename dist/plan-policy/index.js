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

/***/ 8487:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(687);
/* harmony import */ var _action_schemas_plan_policy_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6200);
/* harmony import */ var _plan_policy_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9835);



const load = async () => (await __nccwpck_require__.e(/* import() */ 719).then(__nccwpck_require__.bind(__nccwpck_require__, 719))).default;
await (0,_src_runtime_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runOnRunner */ .T)("plan-policy", { schema: _action_schemas_plan_policy_schema_json__WEBPACK_IMPORTED_MODULE_1__, load, validate: _plan_policy_validate_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony export validate */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6214);

"use strict";const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);const schema11 = {"type":"object","additionalProperties":false,"required":["plans"],"properties":{"plans":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Plan JSON files (the output of terraform show -json or tofu show -json), one path or glob per line; each is a stack, and all of them make one verdict. Relative to the workspace."},"policy":{"type":"string","description":"Policy file (YAML, see action-schemas/policy.schema.json). Default: no-destroy, no-replace, no-direct-iam and plan-complete, all blocking."},"fail-on":{"type":"string","enum":["deny","warn","never"],"default":"deny","description":"Fail the step (and the check run) on deny findings, on warn findings too, or never (report only)."},"check-run":{"type":"boolean","default":true,"description":"Create a check run on the pull request head (or the pushed commit) with the verdict, for branch protection. Needs checks: write."},"check-name":{"type":"string","minLength":1,"default":"plan-policy","description":"Name of the check run; also tells this step's PR comment apart from other plan-policy steps'."},"comment":{"type":"string","enum":["update","new","off"],"default":"update","description":"On pull requests: keep one report comment updated in place (update), add a new one each run (new), or none (off). Needs pull-requests: write."},"sarif":{"type":"string","description":"Write the findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif)."},"junit":{"type":"string","description":"Write the findings as JUnit XML to this path."},"rego-policies":{"type":"array","items":{"type":"string","minLength":1},"description":"Existing conftest/OPA Rego policies (files or directories, one per line) to evaluate with OPA as well; their deny, violation and warn rules become findings."},"opa-version":{"type":"string","pattern":"^v?\\d+\\.\\d+\\.\\d+$","x-expected":"a version such as 1.21.1","description":"OPA version for rego-policies. Default: the opa on PATH, else the pinned default installed into the tool cache."},"opa-sha256":{"type":"string","pattern":"^[0-9a-fA-F]{64}$","x-expected":"64 hex digits","description":"Expected SHA-256 of the OPA binary, instead of the checksum published next to it."},"opa-download-url":{"type":"string","pattern":"^https?://","x-expected":"an http(s) URL","default":"https://openpolicyagent.org/downloads","description":"Where OPA binaries are downloaded from (a mirror with the same layout, for GHES or air-gapped runners)."},"rego-v0":{"type":"boolean","default":false,"description":"Evaluate rego-policies written in pre-1.0 Rego syntax (deny[msg] { ... }), as OPA's --v0-compatible."},"token":{"type":"string","x-secret":true,"x-action-default":"${{ github.token }}","x-env":"GITHUB_TOKEN","description":"Token for the check run and the PR comment."}}};const func2 = Object.prototype.hasOwnProperty;const func3 = (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__?.default ? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ : /*#__PURE__*/ (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __nccwpck_require__.t(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__, 2)))).default;const pattern0 = new RegExp("^v?\\d+\\.\\d+\\.\\d+$", "u");const pattern1 = new RegExp("^[0-9a-fA-F]{64}$", "u");const pattern2 = new RegExp("^https?://", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data["fail-on"] === undefined){data["fail-on"] = "deny";}if(data["check-run"] === undefined){data["check-run"] = true;}if(data["check-name"] === undefined){data["check-name"] = "plan-policy";}if(data.comment === undefined){data.comment = "update";}if(data["opa-download-url"] === undefined){data["opa-download-url"] = "https://openpolicyagent.org/downloads";}if(data["rego-v0"] === undefined){data["rego-v0"] = false;}if(data.plans === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plans"},message:"must have required property '"+"plans"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.plans !== undefined){let data0 = data.plans;if(Array.isArray(data0)){if(data0.length < 1){const err2 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.plans,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func3(data1) < 1){const err3 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.plans.items,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.plans.items.type,parentSchema:schema11.properties.plans.items,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.plans.type,parentSchema:schema11.properties.plans,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.policy !== undefined){let data2 = data.policy;if(typeof data2 !== "string"){const err6 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.policy.type,parentSchema:schema11.properties.policy,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let data3 = data["fail-on"];if(typeof data3 !== "string"){const err7 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["fail-on"].type,parentSchema:schema11.properties["fail-on"],data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!(((data3 === "deny") || (data3 === "warn")) || (data3 === "never"))){const err8 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema11.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["fail-on"].enum,parentSchema:schema11.properties["fail-on"],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}let data4 = data["check-run"];if(typeof data4 !== "boolean"){const err9 = {instancePath:instancePath+"/check-run",schemaPath:"#/properties/check-run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["check-run"].type,parentSchema:schema11.properties["check-run"],data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}let data5 = data["check-name"];if(typeof data5 === "string"){if(func3(data5) < 1){const err10 = {instancePath:instancePath+"/check-name",schemaPath:"#/properties/check-name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties["check-name"],data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/check-name",schemaPath:"#/properties/check-name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["check-name"].type,parentSchema:schema11.properties["check-name"],data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}let data6 = data.comment;if(typeof data6 !== "string"){const err12 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.comment.type,parentSchema:schema11.properties.comment,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!(((data6 === "update") || (data6 === "new")) || (data6 === "off"))){const err13 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/enum",keyword:"enum",params:{allowedValues: schema11.properties.comment.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.comment.enum,parentSchema:schema11.properties.comment,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.sarif !== undefined){let data7 = data.sarif;if(typeof data7 !== "string"){const err14 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sarif.type,parentSchema:schema11.properties.sarif,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.junit !== undefined){let data8 = data.junit;if(typeof data8 !== "string"){const err15 = {instancePath:instancePath+"/junit",schemaPath:"#/properties/junit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.junit.type,parentSchema:schema11.properties.junit,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["rego-policies"] !== undefined){let data9 = data["rego-policies"];if(Array.isArray(data9)){const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(typeof data10 === "string"){if(func3(data10) < 1){const err16 = {instancePath:instancePath+"/rego-policies/" + i1,schemaPath:"#/properties/rego-policies/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties["rego-policies"].items,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/rego-policies/" + i1,schemaPath:"#/properties/rego-policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["rego-policies"].items.type,parentSchema:schema11.properties["rego-policies"].items,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/rego-policies",schemaPath:"#/properties/rego-policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["rego-policies"].type,parentSchema:schema11.properties["rego-policies"],data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["opa-version"] !== undefined){let data11 = data["opa-version"];if(typeof data11 === "string"){if(!pattern0.test(data11)){const err19 = {instancePath:instancePath+"/opa-version",schemaPath:"#/properties/opa-version/pattern",keyword:"pattern",params:{pattern: "^v?\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^v?\\d+\\.\\d+\\.\\d+$"+"\"",schema:"^v?\\d+\\.\\d+\\.\\d+$",parentSchema:schema11.properties["opa-version"],data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/opa-version",schemaPath:"#/properties/opa-version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["opa-version"].type,parentSchema:schema11.properties["opa-version"],data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data["opa-sha256"] !== undefined){let data12 = data["opa-sha256"];if(typeof data12 === "string"){if(!pattern1.test(data12)){const err21 = {instancePath:instancePath+"/opa-sha256",schemaPath:"#/properties/opa-sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{64}$"+"\"",schema:"^[0-9a-fA-F]{64}$",parentSchema:schema11.properties["opa-sha256"],data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/opa-sha256",schemaPath:"#/properties/opa-sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["opa-sha256"].type,parentSchema:schema11.properties["opa-sha256"],data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}let data13 = data["opa-download-url"];if(typeof data13 === "string"){if(!pattern2.test(data13)){const err23 = {instancePath:instancePath+"/opa-download-url",schemaPath:"#/properties/opa-download-url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties["opa-download-url"],data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/opa-download-url",schemaPath:"#/properties/opa-download-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["opa-download-url"].type,parentSchema:schema11.properties["opa-download-url"],data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}let data14 = data["rego-v0"];if(typeof data14 !== "boolean"){const err25 = {instancePath:instancePath+"/rego-v0",schemaPath:"#/properties/rego-v0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["rego-v0"].type,parentSchema:schema11.properties["rego-v0"],data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data.token !== undefined){let data15 = data.token;if(typeof data15 !== "string"){const err26 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.token.type,parentSchema:schema11.properties.token,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate10.errors = vErrors;return errors === 0;}

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


/***/ }),

/***/ 6200:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-actions/action-schemas/plan-policy.schema.json","title":"gitops-actions plan-policy","description":"Check Terraform/OpenTofu plan JSON against policy (no destroy or replace, no direct IAM, approved module sources, ...) and report it as a check run, job summary and PR comment, with an auto-approve verdict.","type":"object","properties":{"inputs":{"type":"object","additionalProperties":false,"required":["plans"],"properties":{"plans":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Plan JSON files (the output of terraform show -json or tofu show -json), one path or glob per line; each is a stack, and all of them make one verdict. Relative to the workspace."},"policy":{"type":"string","description":"Policy file (YAML, see action-schemas/policy.schema.json). Default: no-destroy, no-replace, no-direct-iam and plan-complete, all blocking."},"fail-on":{"type":"string","enum":["deny","warn","never"],"default":"deny","description":"Fail the step (and the check run) on deny findings, on warn findings too, or never (report only)."},"check-run":{"type":"boolean","default":true,"description":"Create a check run on the pull request head (or the pushed commit) with the verdict, for branch protection. Needs checks: write."},"check-name":{"type":"string","minLength":1,"default":"plan-policy","description":"Name of the check run; also tells this step\'s PR comment apart from other plan-policy steps\'."},"comment":{"type":"string","enum":["update","new","off"],"default":"update","description":"On pull requests: keep one report comment updated in place (update), add a new one each run (new), or none (off). Needs pull-requests: write."},"sarif":{"type":"string","description":"Write the findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif)."},"junit":{"type":"string","description":"Write the findings as JUnit XML to this path."},"rego-policies":{"type":"array","items":{"type":"string","minLength":1},"description":"Existing conftest/OPA Rego policies (files or directories, one per line) to evaluate with OPA as well; their deny, violation and warn rules become findings."},"opa-version":{"type":"string","pattern":"^v?\\\\d+\\\\.\\\\d+\\\\.\\\\d+$","x-expected":"a version such as 1.21.1","description":"OPA version for rego-policies. Default: the opa on PATH, else the pinned default installed into the tool cache."},"opa-sha256":{"type":"string","pattern":"^[0-9a-fA-F]{64}$","x-expected":"64 hex digits","description":"Expected SHA-256 of the OPA binary, instead of the checksum published next to it."},"opa-download-url":{"type":"string","pattern":"^https?://","x-expected":"an http(s) URL","default":"https://openpolicyagent.org/downloads","description":"Where OPA binaries are downloaded from (a mirror with the same layout, for GHES or air-gapped runners)."},"rego-v0":{"type":"boolean","default":false,"description":"Evaluate rego-policies written in pre-1.0 Rego syntax (deny[msg] { ... }), as OPA\'s --v0-compatible."},"token":{"type":"string","x-secret":true,"x-action-default":"${{ github.token }}","x-env":"GITHUB_TOKEN","description":"Token for the check run and the PR comment."}}},"outputs":{"type":"object","properties":{"verdict":{"type":"string","description":"pass or fail, by fail-on."},"auto-approve":{"type":"string","description":"true only when no finding blocks auto-approve and the plans change something."},"report":{"type":"string","description":"The outcome as JSON: verdict, autoApprove, counts per change kind, per-plan counts and findings (shape in the README)."},"sarif-file":{"type":"string","description":"Path of the SARIF file, when sarif is set."},"junit-file":{"type":"string","description":"Path of the JUnit file, when junit is set."},"check-run-url":{"type":"string","description":"The check run\'s page, when one was created."},"comment-url":{"type":"string","description":"The PR comment\'s URL, when one was written."}}}}}');

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
/******/ var __webpack_exports__ = __nccwpck_require__(8487);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
