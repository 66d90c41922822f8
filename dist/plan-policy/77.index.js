export const id = 77;
export const ids = [77];
export const modules = {

/***/ 4077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6128);




/**
 * Writes a report (SARIF, JUnit) whole or not at all: to a temporary file beside the target, then
 * renamed over it, so an upload step that runs after a failure never reads half a file. Missing
 * directories are created. `input` names the action input that chose the path, for the error.
 */
async function writeReportFile(path, content, input) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(temp, content, { flag: 'wx' });
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(temp, path);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temp, { force: true }).catch(() => undefined);
        const code = error.code ?? String(error);
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot write the ${input} file ${path}: ${code}`, {
            hint: `set \`${input}\` to a writable file path inside the workspace (for example reports/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path) || 'report'})`,
            cause: error,
        });
    }
}


/***/ })

};
