export const id = 88;
export const ids = [88];
export const modules = {

/***/ 9990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ NodeCommandRunner),
/* harmony export */   j: () => (/* binding */ CommandFailedError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var _runtime_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(772);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6128);





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
        const commandLine = formatCommandLine(command, args);
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
    if (cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd)) {
        return new Error(`cannot run ${commandLine}: the directory ${cwd} does not exist`, { cause: error });
    }
    return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${command} was not found on PATH (needed to run: ${commandLine})`, {
        hint: `install ${command} on the runner, or run the job in an image that has it`,
        cause: error,
    });
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

/***/ 5555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ Git)
});

// UNUSED EXPORTS: GITHUB_ACTIONS_BOT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/exec/node-command-runner.js
var node_command_runner = __webpack_require__(9990);
// EXTERNAL MODULE: ./build/src/runtime/log.js
var runtime_log = __webpack_require__(772);
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/git/auth-env.js
/** The value git sends; exposed so callers can register it as a secret alongside the token. */
function authorizationHeader(token) {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}
/**
 * Environment that makes git send the token to the server without it ever appearing in argv,
 * a remote URL or a config file. Entries are appended after any GIT_CONFIG_* the process
 * already inherits. The empty value first clears headers from config files: actions/checkout
 * persists its own `extraheader` for the same URL, and two Authorization headers are refused.
 */
function gitAuthEnv(auth, inherited) {
    const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    const start = Number.parseInt(inherited.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    const entries = [
        [key, ''],
        [key, authorizationHeader(auth.token)],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([name, value], offset) => {
        env[`GIT_CONFIG_KEY_${start + offset}`] = name;
        env[`GIT_CONFIG_VALUE_${start + offset}`] = value;
    });
    return env;
}

;// CONCATENATED MODULE: ./build/src/git/git.js






/** The identity GitHub shows with the Actions avatar; used only when git has none configured. */
const GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
// Rejections another push can cause between our fetch and push; anything else is not a race.
const RACE_REJECTION = /fetch first|non-fast-forward|stale info|cannot lock ref|incorrect old value/;
const AUTH_FAILURE = /Authentication failed|could not read Username|terminal prompts disabled|Permission to \S+ denied|returned error: 40[13]/i;
const PROTECTED_BRANCH = /GH006|protected branch/i;
/** Git in one working directory, through a CommandRunner; never touches the user's git config. */
class Git {
    runner;
    cwd;
    networkEnv;
    constructor(runner, cwd, options = {}) {
        this.runner = runner;
        this.cwd = cwd;
        const log = options.log ?? runtime_log/* silentLog */.a;
        if (options.auth) {
            log.setSecret(options.auth.token);
            log.setSecret(authorizationHeader(options.auth.token));
        }
        this.networkEnv = options.auth ? gitAuthEnv(options.auth, process.env) : {};
    }
    async root() {
        const result = await this.git(['rev-parse', '--show-toplevel'], { allowFailure: true });
        if (result.exitCode !== 0 && /not a git repository/i.test(result.stderr)) {
            throw new user_error/* UserError */.yo(`${this.cwd} is not inside a git repository`, {
                hint: 'check out the repository with actions/checkout before this step',
            });
        }
        return this.succeeded(['rev-parse', '--show-toplevel'], result).stdout.trim();
    }
    async currentBranch() {
        const args = ['symbolic-ref', '--quiet', '--short', 'HEAD'];
        const result = await this.git(args, { allowFailure: true });
        // symbolic-ref exits 1, silently with --quiet, exactly when HEAD is not a branch.
        if (result.exitCode === 1) {
            throw new user_error/* UserError */.yo('HEAD is detached; check out a branch (actions/checkout with ref: <branch>) or create one (git switch -c <branch>) before committing', {
                hint: 'tag and pull_request workflows check out a commit, not a branch; for a pull request use ref: ${{ github.head_ref }}',
            });
        }
        return this.succeeded(args, result).stdout.trim();
    }
    async headSha() {
        return (await this.git(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** The remote's URL without any credentials embedded in it, or undefined without that remote. */
    async remoteUrl(remote = 'origin') {
        const result = await this.git(['remote', 'get-url', remote], { allowFailure: true });
        if (result.exitCode !== 0)
            return undefined;
        const url = result.stdout.trim();
        try {
            const parsed = new URL(url);
            parsed.username = '';
            parsed.password = '';
            return parsed.toString().replace(/\.git$/, '');
        }
        catch {
            // scp-like `git@github.com:acme/app.git` carries no secret.
            return url;
        }
    }
    async status() {
        const { stdout } = await this.git(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
        return parsePorcelainStatus(stdout);
    }
    /** Every path with staged, unstaged or untracked changes. */
    async changedFiles() {
        return (await this.status()).map((entry) => entry.path);
    }
    /** Stages additions, modifications and deletions of exactly these paths. */
    async add(paths) {
        if (paths.length > 0)
            await this.git(['add', '--all', '--', ...paths]);
    }
    async hasStagedChanges(paths) {
        const args = ['diff', '--cached', '--quiet', '--', ...paths];
        const result = await this.git(args, { allowFailure: true });
        if (result.exitCode === 1)
            return true;
        this.succeeded(args, result);
        return false;
    }
    /**
     * Commits and returns the new sha. With `paths`, only those paths are committed, whatever
     * else is staged; the message goes through stdin so its length and characters never matter.
     */
    async commit(message, options = {}) {
        const only = options.paths ? ['--only', '--', ...options.paths] : [];
        const env = {
            ...(await this.identityEnv()),
            ...(options.author ? identityEnv('AUTHOR', options.author) : {}),
        };
        await this.git(['commit', '--quiet', '--file=-', ...only], { input: message, env });
        return this.headSha();
    }
    /** Fetches one branch into its remote-tracking ref and returns that ref. */
    async fetch(remote, branch) {
        const tracking = `refs/remotes/${remote}/${branch}`;
        const args = ['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:${tracking}`];
        const result = await this.git(args, { allowFailure: true, env: this.networkEnv });
        if (result.exitCode !== 0)
            throw networkFailure(`fetch ${branch} from ${remote}`, args, result);
        return tracking;
    }
    /**
     * Rebases the current branch onto `upstream`, carrying uncommitted edits across. On a conflict
     * the rebase is aborted, so the repository is never left mid-rebase, and the conflicting files
     * are returned.
     */
    async rebase(upstream) {
        const args = ['rebase', '--autostash', upstream];
        const result = await this.git(args, { allowFailure: true, env: await this.identityEnv() });
        if (result.exitCode === 0) {
            // When re-applying the autostash clashes, git keeps the edits in the stash but leaves
            // conflict markers in the files; later steps must not read those, so restore HEAD's version.
            const stashed = await this.conflictedFiles();
            if (stashed.length > 0)
                await this.git(['checkout', 'HEAD', '--', ...stashed]);
            return { rebased: true, stashed };
        }
        if (!(await this.rebaseInProgress()))
            this.succeeded(args, result);
        const conflicts = await this.conflictedFiles();
        await this.git(['rebase', '--abort']);
        if (conflicts.length > 0)
            return { rebased: false, conflicts };
        throw new node_command_runner/* CommandFailedError */.j('git', args, result);
    }
    /** How many commits HEAD has that `ref` does not. */
    async commitsAhead(ref) {
        return Number((await this.git(['rev-list', '--count', `${ref}..HEAD`])).stdout.trim());
    }
    /** Pushes HEAD to `branch`; a rejection caused by a concurrent push is returned, not thrown. */
    async push(remote, branch) {
        const args = ['push', '--porcelain', remote, `HEAD:refs/heads/${branch}`];
        const result = await this.git(args, { allowFailure: true, env: this.networkEnv });
        if (result.exitCode === 0)
            return { pushed: true };
        // --porcelain reports each ref as "!<TAB>src:dst<TAB>[rejected] (reason)".
        const rejection = /^!\t[^\t]*\t\[(?:remote )?rejected\] \((.*)\)$/m.exec(result.stdout);
        const reason = rejection?.[1];
        if (reason !== undefined && RACE_REJECTION.test(reason))
            return { pushed: false, reason };
        throw networkFailure(`push to ${remote}/${branch}`, args, result);
    }
    async identityEnv() {
        // useConfigOnly stops git guessing root@hostname, which would pass the check and make a commit nobody can trace.
        const configured = await this.git(['-c', 'user.useConfigOnly=true', 'var', 'GIT_COMMITTER_IDENT'], {
            allowFailure: true,
        });
        if (configured.exitCode === 0)
            return {};
        return { ...identityEnv('AUTHOR', GITHUB_ACTIONS_BOT), ...identityEnv('COMMITTER', GITHUB_ACTIONS_BOT) };
    }
    async conflictedFiles() {
        const { stdout } = await this.git(['diff', '--name-only', '--diff-filter=U', '-z']);
        return stdout.split('\0').filter((path) => path !== '');
    }
    async rebaseInProgress() {
        // Asked through git because the git directory may live elsewhere (worktrees, submodules).
        const { stdout } = await this.git([
            'rev-parse',
            '--git-path',
            'rebase-merge',
            '--git-path',
            'rebase-apply',
        ]);
        return stdout
            .split('\n')
            .filter((path) => path !== '')
            .some((path) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(this.cwd, path)));
    }
    succeeded(args, result) {
        if (result.exitCode !== 0)
            throw new node_command_runner/* CommandFailedError */.j('git', args, result);
        return result;
    }
    git(args, options = {}) {
        // A missing credential must fail the step, not wait forever for someone to type a password.
        return this.runner.run('git', args, {
            ...options,
            cwd: this.cwd,
            env: { GIT_TERMINAL_PROMPT: '0', ...options.env },
        });
    }
}
function identityEnv(role, identity) {
    return { [`GIT_${role}_NAME`]: identity.name, [`GIT_${role}_EMAIL`]: identity.email };
}
function networkFailure(action, args, result) {
    const cause = new node_command_runner/* CommandFailedError */.j('git', args, result);
    if (AUTH_FAILURE.test(result.stderr)) {
        return new user_error/* UserError */.yo(`git could not ${action}: the server refused the credentials.\n${cause.message}`, {
            hint: 'pass a token that can write to the repository (token input) and give the job permissions: contents: write',
            cause,
        });
    }
    if (PROTECTED_BRANCH.test(result.stderr)) {
        return new user_error/* UserError */.yo(`git could not ${action}: the branch is protected.\n${cause.message}`, {
            hint: 'allow the token to bypass the branch protection, or commit to another branch and open a pull request',
            cause,
        });
    }
    return cause;
}
function parsePorcelainStatus(output) {
    const fields = output.split('\0');
    const entries = [];
    for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        if (!field)
            continue;
        const entry = { index: field.charAt(0), worktree: field.charAt(1), path: field.slice(3) };
        // With -z a rename or copy is followed by its source path as a separate field.
        if (entry.index === 'R' || entry.index === 'C')
            entry.from = fields[++i];
        entries.push(entry);
    }
    return entries;
}


/***/ }),

/***/ 4726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   gh: () => (/* binding */ withTagAndDigest),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export canonicalName */
/**
 * Container image references as Docker/distribution reads them:
 * `[registry[:port]/]path[:tag][@digest]`. Names are compared after Docker Hub normalisation,
 * while rewrites keep the name exactly as the user wrote it.
 */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
const MAX_NAME_LENGTH = 255;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REGISTRY = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})$/;
/** Registered algorithms have a fixed length and, like go-digest, lowercase hex only. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function isValidTag(tag) {
    return TAG.test(tag);
}
function isValidDigest(digest) {
    const match = DIGEST.exec(digest);
    if (!match)
        return false;
    const [, algorithm = '', hex = ''] = match;
    const length = DIGEST_HEX_LENGTH[algorithm];
    return length === undefined || (hex.length === length && hex === hex.toLowerCase());
}
/**
 * Parses an image reference, or returns undefined for text that is not one (URLs, `key=value`,
 * uppercase repositories, sentences). A bare lowercase word such as `nginx` is a valid Docker Hub
 * reference, so callers that scan arbitrary strings need their own evidence that a value is an image.
 */
function parseImageReference(text) {
    const at = text.indexOf('@');
    const beforeDigest = at === -1 ? text : text.slice(0, at);
    const digest = at === -1 ? undefined : text.slice(at + 1);
    if (digest !== undefined && !isValidDigest(digest))
        return undefined;
    const colon = beforeDigest.lastIndexOf(':');
    const hasTag = colon > beforeDigest.lastIndexOf('/');
    const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
    const tag = hasTag ? beforeDigest.slice(colon + 1) : undefined;
    if (tag !== undefined && !isValidTag(tag))
        return undefined;
    if (name.length === 0 || name.length > MAX_NAME_LENGTH)
        return undefined;
    const split = splitRegistry(name);
    if (!split)
        return undefined;
    const reference = { ...split, name, original: text };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
    const registryText = hasRegistry ? first : DOCKER_HUB;
    const path = hasRegistry ? name.slice(slash + 1) : name;
    if (hasRegistry && !REGISTRY.test(registryText))
        return undefined;
    if (!path.split('/').every((component) => PATH_COMPONENT.test(component)))
        return undefined;
    const registry = DOCKER_HUB_ALIASES.has(registryText.toLowerCase())
        ? DOCKER_HUB
        : registryText.toLowerCase();
    const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
    return { registry, repository };
}
/** The fully qualified name used to compare images: `docker.io/library/nginx`. */
function canonicalName(reference) {
    return `${reference.registry}/${reference.repository}`;
}
function sameRepository(a, b) {
    return canonicalName(a) === canonicalName(b);
}
/**
 * The reference `originalText` with its tag and digest replaced by `tag` and `digest` (either may be
 * left out to drop it); the name keeps the user's spelling, so `nginx` does not become
 * `docker.io/library/nginx` and `localhost:5000/app` keeps its port.
 */
function withTagAndDigest(originalText, tag, digest) {
    const reference = parseImageReference(originalText);
    if (!reference)
        throw new Error(`not an image reference: ${JSON.stringify(originalText)}`);
    if (tag !== undefined && !isValidTag(tag))
        throw new Error(`not an image tag: ${JSON.stringify(tag)}`);
    if (digest !== undefined && !isValidDigest(digest)) {
        throw new Error(`not an image digest: ${JSON.stringify(digest)}`);
    }
    return `${reference.name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
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


/***/ }),

/***/ 8741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ code),
/* harmony export */   o: () => (/* binding */ Markdown)
/* harmony export */ });
/** Small Markdown builder for job summaries and CLI reports: tables, not walls of text. */
class Markdown {
    parts = [];
    heading(text, level = 3) {
        this.parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.parts.push(text);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(items.map((item) => `- ${item}`).join('\n'));
        return this;
    }
    table(header, rows) {
        const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
        this.parts.push([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
        return this;
    }
    toString() {
        return this.parts.length === 0 ? '' : `${this.parts.join('\n\n')}\n`;
    }
}
/** Inline code that survives backticks and pipes inside the value. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text}${fence}`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}


/***/ })

};
