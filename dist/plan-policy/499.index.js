export const id = 499;
export const ids = [499,360];
export const modules = {

/***/ 3360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ ToolDownloadError),
/* harmony export */   resolveOpa: () => (/* binding */ resolveOpa)
/* harmony export */ });
/* unused harmony exports DEFAULT_OPA_VERSION, DEFAULT_OPA_DOWNLOAD_BASE_URL, opaAsset */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6128);






/**
 * A current OPA 1.x release (v1.21.1, September 2026). Rego v1 syntax is the default from 1.0 on;
 * bumping this is a deliberate edit, checked against the release notes.
 */
const DEFAULT_OPA_VERSION = '1.21.1';
/** Where OPA publishes its binaries: `<base>/v<version>/<asset>` with `<asset>.sha256` beside it. */
const DEFAULT_OPA_DOWNLOAD_BASE_URL = 'https://openpolicyagent.org/downloads';
const TOOL_NAME = 'opa';
/** A download that failed; `status` is the HTTP status, undefined when no response came. */
class ToolDownloadError extends Error {
    url;
    status;
    constructor(url, status, options = {}) {
        super(`download of ${url} failed${status === undefined ? '' : ` with HTTP ${status}`}`, options);
        this.url = url;
        this.status = status;
        this.name = 'ToolDownloadError';
    }
}
/** The binary OPA publishes for a runner platform (only these five exist for 1.x). */
function opaAsset(platform, arch) {
    const assets = {
        'linux/x64': 'opa_linux_amd64_static',
        'linux/arm64': 'opa_linux_arm64_static',
        // Darwin amd64 has no static build; arm64 has only the static one.
        'darwin/x64': 'opa_darwin_amd64',
        'darwin/arm64': 'opa_darwin_arm64_static',
        'win32/x64': 'opa_windows_amd64.exe',
    };
    const asset = assets[`${platform}/${arch}`];
    if (asset === undefined) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`OPA publishes no binary for ${platform}/${arch}`, {
            hint: `put an opa binary built for this runner on PATH, or run on linux, macOS (x64, arm64) or windows x64`,
        });
    }
    return { asset, fileName: platform === 'win32' ? 'opa.exe' : 'opa' };
}
/**
 * Finds the opa binary: the one on PATH when it suits the requested version, else the runner's
 * tool cache, else a verified download that is then cached for later runs.
 */
async function resolveOpa(request) {
    const pinned = request.version === undefined ? undefined : normaliseVersion(request.version);
    const expectedSha256 = request.sha256 === undefined ? undefined : normaliseSha256(request.sha256);
    const onPath = await opaOnPath(request.runner, request.log);
    if (onPath !== undefined && (pinned === undefined || onPath.version === pinned)) {
        request.log.info(`Using opa ${onPath.version} from PATH`);
        return { path: 'opa', version: onPath.version, source: 'path' };
    }
    const version = pinned ?? DEFAULT_OPA_VERSION;
    if (onPath !== undefined) {
        request.log.info(`opa on PATH is ${onPath.version}, not the pinned ${version}; installing ${version}`);
    }
    const { asset, fileName } = opaAsset(request.platform, request.arch);
    const cached = request.installer.find(TOOL_NAME, version, request.arch);
    if (cached) {
        request.log.info(`Using opa ${version} from the tool cache`);
        return { path: node_path__WEBPACK_IMPORTED_MODULE_3__.join(cached, fileName), version, source: 'cache' };
    }
    const url = `${(request.downloadBaseUrl ?? DEFAULT_OPA_DOWNLOAD_BASE_URL).replace(/\/+$/, '')}/v${version}/${asset}`;
    const file = await downloadVerified(request, url, version, expectedSha256);
    const dir = await request.installer.cacheFile(file, fileName, TOOL_NAME, version, request.arch);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
    request.log.info(`Installed opa ${version} from ${url}`);
    return { path: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, fileName), version, source: 'download' };
}
async function downloadVerified(request, url, version, pinnedSha256) {
    const expected = pinnedSha256 ?? (await publishedSha256(request.installer, `${url}.sha256`, version));
    const file = await download(request.installer, url, version);
    const actual = await fileSha256(file);
    if (actual !== expected) {
        // Removed before anything is cached, so a tampered or truncated binary never runs.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the OPA ${version} binary from ${url} has SHA-256 ${actual}, but ${expected} was expected` +
            ` (${pinnedSha256 === undefined ? `published at ${url}.sha256` : 'from opa-sha256'})`, {
            hint: pinnedSha256 === undefined
                ? 'the download or the mirror is corrupt; check the mirror against the OPA release'
                : `check opa-sha256 against ${url}.sha256 for this version and platform`,
        });
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(file, 0o755);
    return file;
}
/** OPA's `.sha256` files hold `sha256sum` output: `<hex>  <asset>`. */
async function publishedSha256(installer, url, version) {
    const file = await download(installer, url, version);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
    const digest = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (!/^[0-9a-f]{64}$/.test(digest)) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${url} does not hold a SHA-256 digest (it starts with ${JSON.stringify(text.slice(0, 40))})`, {
            hint: 'point opa-download-url at a mirror that keeps the .sha256 files, or set opa-sha256',
        });
    }
    return digest;
}
async function download(installer, url, version) {
    try {
        return await installer.download(url);
    }
    catch (error) {
        if (!(error instanceof ToolDownloadError))
            throw error;
        const reason = error.status === undefined ? error.cause?.message : `HTTP ${error.status}`;
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`could not download OPA ${version} from ${url}${reason ? `: ${reason}` : ''}`, {
            hint: error.status === 404
                ? `check that opa-version ${version} exists (https://github.com/open-policy-agent/opa/releases) and that the mirror keeps OPA's layout`
                : 'check the network or the mirror, or put opa on PATH',
            cause: error,
        });
    }
}
async function opaOnPath(runner, log) {
    try {
        const result = await runner.run('opa', ['version'], { allowFailure: true });
        const version = /^Version:\s*v?(\S+)/m.exec(result.stdout)?.[1];
        if (result.exitCode === 0 && version !== undefined)
            return { version };
        log.debug(`opa on PATH did not report a version (exit ${result.exitCode}); ignoring it`);
    }
    catch (error) {
        log.debug(`no usable opa on PATH: ${error.message}`);
    }
    return undefined;
}
function normaliseVersion(input) {
    const version = input.trim().replace(/^v/, '');
    // Also keeps the version safe to put into a URL path.
    if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`opa-version ${JSON.stringify(input)} is not a release version`, {
            hint: `use an exact version such as ${DEFAULT_OPA_VERSION}`,
        });
    }
    return version;
}
function normaliseSha256(input) {
    const digest = input
        .trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(digest)) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`opa-sha256 ${JSON.stringify(input)} is not a SHA-256 digest`, {
            hint: 'use the 64 hex digits from the .sha256 file next to the binary',
        });
    }
    return digest;
}
async function fileSha256(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 9499:
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
