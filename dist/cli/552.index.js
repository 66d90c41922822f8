export const id = 552;
export const ids = [552];
export const modules = {

/***/ 8552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony exports CHECK_OUTPUT_MAX_BYTES, ANNOTATIONS_PER_REQUEST */
/* harmony import */ var _field_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6514);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2925);


/**
 * GitHub's limits for check run output. The docs say "characters" but the API counts UTF-8 bytes
 * ("summary exceeds a maximum bytesize of 65535", github/docs#35252), so bytes it is.
 */
const CHECK_OUTPUT_MAX_BYTES = 65_535;
/** Annotations accepted per create or update request; later requests append to the run. */
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Creates a completed check run, then appends the annotations beyond the first batch. A re-run
 * creates a new run rather than finding the old one: GitHub shows the newest run of a name per
 * commit, which is what branch protection reads, so this is idempotent where it matters.
 */
async function publishCheckRun(client, request) {
    const { owner, repo } = request;
    const operation = {
        action: `create check run "${request.name}" on ${owner}/${repo}@${request.headSha.slice(0, 12)}`,
        permission: 'checks: write',
        target: `repository ${owner}/${repo}`,
    };
    const output = {
        title: (0,_field_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .limitUtf8Bytes */ .M)(request.title, CHECK_OUTPUT_MAX_BYTES, 'title'),
        summary: (0,_field_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .limitUtf8Bytes */ .M)(request.summary, CHECK_OUTPUT_MAX_BYTES, 'summary'),
        ...(request.text !== undefined ? { text: (0,_field_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .limitUtf8Bytes */ .M)(request.text, CHECK_OUTPUT_MAX_BYTES) } : {}),
    };
    const [first = [], ...rest] = batches((request.annotations ?? []).map(toApiAnnotation));
    const created = await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_0__/* .callGitHub */ .ur)(operation, () => client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner,
        repo,
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        completed_at: new Date().toISOString(),
        ...(request.detailsUrl !== undefined ? { details_url: request.detailsUrl } : {}),
        ...(request.externalId !== undefined ? { external_id: request.externalId } : {}),
        output: { ...output, ...(first.length > 0 ? { annotations: first } : {}) },
    }));
    const id = Number(created.data.id);
    for (const annotations of rest) {
        // Each update appends its annotations; title and summary are required, so they are resent.
        await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_0__/* .callGitHub */ .ur)({ ...operation, action: `add annotations to check run ${id}` }, () => client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            owner,
            repo,
            check_run_id: id,
            output: { title: output.title, summary: output.summary, annotations },
        }));
    }
    return { id, url: created.data.html_url ?? created.data.url };
}
function toApiAnnotation(annotation) {
    const oneLine = annotation.startLine === annotation.endLine;
    return {
        path: annotation.path,
        start_line: annotation.startLine,
        end_line: annotation.endLine,
        ...(oneLine && annotation.startColumn !== undefined ? { start_column: annotation.startColumn } : {}),
        ...(oneLine && annotation.endColumn !== undefined ? { end_column: annotation.endColumn } : {}),
        annotation_level: annotation.level,
        // GitHub caps message and raw_details at 64 KB each.
        message: (0,_field_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .limitUtf8Bytes */ .M)(annotation.message, CHECK_OUTPUT_MAX_BYTES, 'message'),
        ...(annotation.title !== undefined ? { title: annotation.title } : {}),
        ...(annotation.rawDetails !== undefined
            ? { raw_details: (0,_field_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .limitUtf8Bytes */ .M)(annotation.rawDetails, CHECK_OUTPUT_MAX_BYTES, 'detail') }
            : {}),
    };
}
function batches(items) {
    const result = [];
    for (let start = 0; start < items.length; start += ANNOTATIONS_PER_REQUEST) {
        result.push(items.slice(start, start + ANNOTATIONS_PER_REQUEST));
    }
    return result;
}


/***/ })

};
