export const id = 990;
export const ids = [990];
export const modules = {

/***/ 5002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CommandFailedError),
/* harmony export */   z: () => (/* binding */ formatCommandLine)
/* harmony export */ });
const STDERR_LINES_IN_ERROR = 10;
/** A command that exited non-zero; carries the captured output so callers can classify it. */
class CommandFailedError extends Error {
    exitCode;
    stdout;
    stderr;
    constructor(command, args, result) {
        const commandLine = formatCommandLine(command, args);
        const tail = lastLines(result.stderr || result.stdout, STDERR_LINES_IN_ERROR);
        super(`${commandLine} failed with exit code ${result.exitCode}${tail ? `:\n${tail}` : ''}`);
        this.name = 'CommandFailedError';
        this.exitCode = result.exitCode;
        this.stdout = result.stdout;
        this.stderr = result.stderr;
    }
}
/** The command as a reader would type it; only for messages, never executed. */
function formatCommandLine(command, args) {
    return [command, ...args]
        .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part)))
        .join(' ');
}
function lastLines(text, count) {
    return text.trimEnd().split('\n').slice(-count).join('\n');
}


/***/ }),

/***/ 9990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NodeCommandRunner: () => (/* binding */ NodeCommandRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var _runtime_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(772);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6128);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5002);






/**
 * Runs programs with `spawn` and no shell. Used instead of @actions/exec, which echoes
 * `[command]...` to stdout and would corrupt the CLI's `--json` output.
 */
class NodeCommandRunner {
    log;
    constructor(log = _runtime_log_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLog */ .a) {
        this.log = log;
    }
    run(command, args, options = {}) {
        const commandLine = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommandLine */ .z)(command, args);
        this.log.debug(`$ ${commandLine}`);
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
            });
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (chunk) => stdout.push(chunk));
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            child.on('error', (error) => reject(spawnFailure(error, command, commandLine, options.cwd)));
            // A program may exit without reading its input; its exit status is what matters then.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input);
            child.on('close', (code, signal) => {
                const result = {
                    exitCode: code ?? 128 + (signal ? node_os__WEBPACK_IMPORTED_MODULE_2__.constants.signals[signal] : 0),
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8'),
                };
                if (result.exitCode !== 0 && !options.allowFailure) {
                    reject(new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandFailedError */ .j(command, args, result));
                }
                else {
                    resolve(result);
                }
            });
        });
    }
}
function spawnFailure(error, command, commandLine, cwd) {
    if (error.code !== 'ENOENT')
        return error;
    // Node reports a missing working directory exactly like a missing program.
    if (cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd)) {
        return new Error(`cannot run ${commandLine}: the directory ${cwd} does not exist`, { cause: error });
    }
    return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${command} was not found on PATH (needed to run: ${commandLine})`, {
        hint: `install ${command} on the runner, or run the job in an image that has it`,
        cause: error,
    });
}


/***/ }),

/***/ 772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ silentLog)
/* harmony export */ });
/** A log that drops everything: for tests and for library callers that want silence. */
const silentLog = {
    info: () => { },
    debug: () => { },
    warning: () => { },
    error: () => { },
    group: (_name, fn) => fn(),
    setSecret: () => { },
};


/***/ })

};
