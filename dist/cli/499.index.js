export const id = 499;
export const ids = [499];
export const modules = {

/***/ 1880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsToolInstaller: () => (/* binding */ ActionsToolInstaller)
/* harmony export */ });
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5991);
/* harmony import */ var _policy_rego_opa_binary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3360);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6128);



/**
 * The runner's tool cache (`RUNNER_TOOL_CACHE`, kept across runs on self-hosted runners and within
 * a job on hosted ones) through @actions/tool-cache; the only module that imports it.
 */
class ActionsToolInstaller {
    find(tool, version, arch) {
        requireRunnerDirectories();
        return _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .find */ .I6(tool, version, arch) || undefined;
    }
    async download(url) {
        requireRunnerDirectories();
        try {
            return await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .downloadTool */ .bq(url);
        }
        catch (error) {
            const status = error instanceof _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .HTTPError */ .Hl ? error.httpStatusCode : undefined;
            throw new _policy_rego_opa_binary_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolDownloadError */ .FB(url, status, { cause: error });
        }
    }
    cacheFile(file, fileName, tool, version, arch) {
        return _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .cacheFile */ .NJ(file, fileName, tool, version, arch);
    }
}
/** tool-cache asserts on these with a bare message; outside a runner (the CLI) say what to do. */
function requireRunnerDirectories() {
    const missing = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter((name) => !process.env[name]);
    if (missing.length > 0) {
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`installing a tool needs ${missing.join(' and ')}, which only a runner sets`, {
            hint: 'put the tool on PATH, or set RUNNER_TOOL_CACHE and RUNNER_TEMP to writable directories',
        });
    }
}


/***/ })

};
