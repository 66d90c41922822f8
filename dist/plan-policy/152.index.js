export const id = 152;
export const ids = [152];
export const modules = {

/***/ 6152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




/**
 * Composed once per process: retry (5xx and network errors, with quadratic back-off), throttling
 * (GitHub's one-write-per-second guidance, and waits on rate limits) and pagination. Importing this
 * module loads Octokit, so callers that only sometimes need the API import it dynamically.
 */
const ResilientOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_1__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/**
 * A rate limit that resets later than this fails the call instead of holding the job: waiting out
 * an exhausted hourly quota would burn runner minutes for nothing.
 */
const LONGEST_RATE_LIMIT_WAIT_SECONDS = 120;
function createGitHubClient(options) {
    const { log } = options;
    const retries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
        if (retryCount >= retries || retryAfter > LONGEST_RATE_LIMIT_WAIT_SECONDS) {
            log.warning(`${what}: giving up (retry after ${retryAfter} s, ${retryCount} retries so far)`);
            return false;
        }
        log.warning(`${what}: retrying in ${retryAfter} s`);
        return true;
    };
    return new ResilientOctokit({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'gitops-actions',
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.warning(message),
            error: (message) => log.error(message),
        },
        retry: { retryAfterBaseValue: options.retryBaseDelayMs ?? 1000 },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    });
}


/***/ })

};
