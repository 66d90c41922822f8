export const id = 309;
export const ids = [309];
export const modules = {

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NodeCommandRunner: () => (/* binding */ NodeCommandRunner)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./build/src/runtime/log.js
/** A log that drops everything: for tests and for library callers that want silence. */
const silentLog = {
    info: () => { },
    debug: () => { },
    warning: () => { },
    error: () => { },
    group: (_name, fn) => fn(),
    setSecret: () => { },
};

// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/exec/command.js
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

;// CONCATENATED MODULE: ./build/src/exec/node-command-runner.js






/**
 * Runs programs with `spawn` and no shell. Used instead of @actions/exec, which echoes
 * `[command]...` to stdout and would corrupt the CLI's `--json` output.
 */
class NodeCommandRunner {
    log;
    constructor(log = silentLog) {
        this.log = log;
    }
    run(command, args, options = {}) {
        const commandLine = formatCommandLine(command, args);
        this.log.debug(`$ ${commandLine}`);
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(command, args, {
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
                    exitCode: code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 0),
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8'),
                };
                if (result.exitCode !== 0 && !options.allowFailure) {
                    reject(new CommandFailedError(command, args, result));
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
    if (cwd !== undefined && !(0,external_node_fs_.existsSync)(cwd)) {
        return new Error(`cannot run ${commandLine}: the directory ${cwd} does not exist`, { cause: error });
    }
    return new user_error/* UserError */.yo(`${command} was not found on PATH (needed to run: ${commandLine})`, {
        hint: `install ${command} on the runner, or run the job in an image that has it`,
        cause: error,
    });
}


/***/ })

};
