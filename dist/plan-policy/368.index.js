export const id = 368;
export const ids = [368];
export const modules = {

/***/ 8368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPullRequestContext: () => (/* binding */ readPullRequestContext)
/* harmony export */ });
/* unused harmony export pullRequestContextFromEvent */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6128);


/** Reads GITHUB_EVENT_PATH and works out the commit and pull request of this run. */
async function readPullRequestContext(github) {
    const eventName = github.eventName;
    if (!eventName) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_EVENT_NAME is not set, so the commit to report on is unknown', {
            hint: 'run inside a GitHub Actions workflow, or set GITHUB_EVENT_NAME, GITHUB_SHA and GITHUB_REPOSITORY',
        });
    }
    return pullRequestContextFromEvent(github, eventName, await readEvent(github.eventPath));
}
/** The pure part of {@link readPullRequestContext}: the event payload is already parsed. */
function pullRequestContextFromEvent(github, eventName, payload) {
    const event = (payload ?? {});
    const { owner, repo } = repositoryOf(github, event);
    const pull = event.pull_request;
    // pull_request, pull_request_target, pull_request_review(_comment) all carry the PR object.
    if (pull) {
        return {
            owner,
            repo,
            eventName,
            headSha: required(pull.head?.sha, 'pull_request.head.sha'),
            pullNumber: required(pull.number, 'pull_request.number'),
        };
    }
    if (eventName === 'merge_group') {
        return {
            owner,
            repo,
            eventName,
            headSha: required(event.merge_group?.head_sha, 'merge_group.head_sha'),
            pullNumber: undefined,
        };
    }
    if (eventName === 'workflow_run' && event.workflow_run) {
        // GitHub lists only same-repository pull requests here; a fork's run has an empty list.
        const number = event.workflow_run.pull_requests?.[0]?.number;
        return {
            owner,
            repo,
            eventName,
            headSha: required(event.workflow_run.head_sha, 'workflow_run.head_sha'),
            pullNumber: number,
        };
    }
    if (!github.sha) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GITHUB_SHA is not set for the ${eventName} event, so the commit to report on is unknown`, {
            hint: 'run inside a GitHub Actions workflow, or set GITHUB_SHA',
        });
    }
    return { owner, repo, eventName, headSha: github.sha, pullNumber: undefined };
}
async function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read the event payload ${path} (GITHUB_EVENT_PATH)`, {
            hint: 'the runner writes this file; outside a workflow, unset GITHUB_EVENT_PATH or point it at an event JSON',
            cause: error,
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the event payload ${path} (GITHUB_EVENT_PATH) is not JSON`, {
            hint: 'point GITHUB_EVENT_PATH at the webhook payload JSON GitHub sent for this run',
            cause: error,
        });
    }
}
function repositoryOf(github, event) {
    // GITHUB_REPOSITORY is the base repository even for fork pull requests: where the check belongs.
    const fullName = github.repository ?? event.repository?.full_name;
    const [owner, repo, extra] = (fullName ?? '').split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot tell the repository: GITHUB_REPOSITORY is ${fullName ? `'${fullName}'` : 'not set'}`, {
            hint: 'GITHUB_REPOSITORY must be owner/name, as the runner sets it',
        });
    }
    return { owner, repo };
}
function required(value, field) {
    if (value === undefined || value === null) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the event payload has no ${field}`, {
            hint: 'GITHUB_EVENT_PATH must hold the webhook payload of the event named by GITHUB_EVENT_NAME',
        });
    }
    return value;
}


/***/ })

};
