export const id = 383;
export const ids = [383];
export const modules = {

/***/ 383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ actions_bump)
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/oci/auth/credential-helper.js

/** Helper names become part of an executable name, so nothing that could walk the file system. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** docker-credential-helpers' answer when it has nothing for the server (credentials.ErrCredentialsNotFound). */
const NOT_FOUND = /credentials not found/i;
/** The Username a helper returns for an identity token instead of a password. */
const IDENTITY_TOKEN_USERNAME = '<token>';
/**
 * Asks `docker-credential-<helper> get` for a server's credentials, the protocol of
 * docker/docker-credential-helpers: the server URL on stdin, `{ServerURL, Username, Secret}` on stdout.
 * Returns undefined when the helper has none. The secret never reaches argv, logs or messages.
 */
async function credentialsFromHelper(helper, serverUrl, runner) {
    if (!HELPER_NAME.test(helper)) {
        throw new user_error/* UserError */.yo(`invalid Docker credential helper name ${JSON.stringify(helper)}`, {
            hint: 'credsStore and credHelpers name a program docker-credential-<name> on PATH',
        });
    }
    const program = `docker-credential-${helper}`;
    const result = await runner.run(program, ['get'], { input: serverUrl, allowFailure: true });
    if (result.exitCode !== 0) {
        if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr))
            return undefined;
        // Only the first line: helpers explain themselves there, and nothing past it is needed.
        const reason = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
        throw new user_error/* UserError */.yo(`${program} get failed for ${serverUrl} (exit code ${result.exitCode}): ${reason}`, {
            hint: `check that ${program} works: echo ${serverUrl} | ${program} get`,
        });
    }
    let answer;
    try {
        answer = JSON.parse(result.stdout);
    }
    catch {
        throw new user_error/* UserError */.yo(`${program} get answered with something other than JSON for ${serverUrl}`);
    }
    const { Username: username, Secret: secret } = answer;
    if (typeof secret !== 'string' || secret === '')
        return undefined;
    if (username === IDENTITY_TOKEN_USERNAME)
        return { identityToken: secret };
    if (typeof username !== 'string' || username === '') {
        throw new user_error/* UserError */.yo(`${program} get returned a secret without a username for ${serverUrl}`);
    }
    return { username, password: secret };
}

;// CONCATENATED MODULE: ./build/src/oci/auth/docker-config.js




const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key `docker login` uses for Docker Hub, in `auths` and towards credential helpers. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
/**
 * The credentials `docker login` (or docker/login-action) left for `registry` in
 * `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, looked up as the Docker CLI does:
 * a per-registry `credHelpers` entry, else `credsStore`, else the `auths` entry itself.
 */
async function dockerConfigCredentials(registry, sources) {
    const path = (0,external_node_path_.join)(sources.env.DOCKER_CONFIG || (0,external_node_path_.join)(sources.homeDir, '.docker'), 'config.json');
    const config = await readDockerConfig(path);
    if (!config)
        return undefined;
    const host = loginHost(registry);
    const serverUrl = host === 'docker.io' ? DOCKER_HUB_SERVER : host;
    const helper = helperFor(config, host, serverUrl);
    if (helper !== undefined) {
        const fromHelper = await credentialsFromHelper(helper, serverUrl, sources.runner);
        // The Docker CLI's native store also falls back to the file when the helper has nothing.
        if (fromHelper)
            return fromHelper;
    }
    const entry = Object.entries(config.auths ?? {}).find(([key]) => loginHost(key) === host)?.[1];
    return entry ? credentialsFromEntry(entry, path) : undefined;
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error('not an object');
        return parsed;
    }
    catch (error) {
        throw new user_error/* UserError */.yo(`cannot read the Docker config ${path}: ${error.message}`, {
            location: { file: path },
            cause: error,
        });
    }
}
/**
 * The host a login is stored under: `auths` keys may be bare hosts or URLs
 * (`https://ghcr.io`, `http://localhost:5000/v2/`), and Docker Hub has several names.
 */
function loginHost(keyOrRegistry) {
    const host = (keyOrRegistry.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '').toLowerCase();
    return DOCKER_HUB_HOSTS.has(host) ? 'docker.io' : host;
}
function helperFor(config, host, serverUrl) {
    const helpers = config.credHelpers ?? {};
    const perRegistry = helpers[serverUrl] ?? helpers[host];
    if (typeof perRegistry === 'string' && perRegistry !== '')
        return perRegistry;
    return typeof config.credsStore === 'string' && config.credsStore !== '' ? config.credsStore : undefined;
}
function credentialsFromEntry(entry, path) {
    let username = typeof entry.username === 'string' ? entry.username : undefined;
    let password = typeof entry.password === 'string' ? entry.password : undefined;
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new user_error/* UserError */.yo(`a Docker config auth entry in ${path} is not base64 of username:password`, {
                location: { file: path },
            });
        }
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        return { identityToken: entry.identitytoken, ...(username ? { username } : {}) };
    }
    return username !== undefined && password !== undefined && password !== ''
        ? { username, password }
        : undefined;
}

;// CONCATENATED MODULE: ./build/src/oci/auth/github-credentials.js
/**
 * The credentials a GitHub Actions job has for GitHub's container registry: the actor and the job's
 * token (ghcr.io accepts GITHUB_TOKEN when the job has `permissions: packages: write`). Other
 * registries get nothing from the job's environment.
 */
function githubRegistryCredentials(registry, env) {
    if (registry.toLowerCase() !== 'ghcr.io')
        return undefined;
    const token = env.GITHUB_TOKEN;
    const actor = env.GITHUB_ACTOR;
    if (!token || !actor)
        return undefined;
    return { username: actor, password: token };
}

;// CONCATENATED MODULE: ./build/src/oci/auth/resolve-credentials.js



/**
 * Finds credentials for `registry`: explicit ones, else a Docker login (so docker/login-action
 * with a personal token beats the job token), else GITHUB_TOKEN for ghcr.io, else anonymous.
 */
async function resolveRegistryCredentials(registry, sources) {
    if (sources.explicit)
        return { credentials: sources.explicit, source: 'explicit' };
    const fromDocker = await dockerConfigCredentials(registry, {
        env: sources.env,
        homeDir: sources.homeDir ?? (0,external_node_os_.homedir)(),
        runner: sources.runner,
    });
    if (fromDocker)
        return { credentials: fromDocker, source: 'docker-config' };
    const fromGithub = githubRegistryCredentials(registry, sources.env);
    if (fromGithub)
        return { credentials: fromGithub, source: 'github-token' };
    return { credentials: undefined, source: 'anonymous' };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./build/src/oci/retry.js

const DEFAULT_RETRY_POLICY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };
function isRetryableFailure(error) {
    return error instanceof Error && error.retryable === true;
}
/**
 * Runs `operation` again after transient failures (429, 5xx, dropped connections), waiting the
 * registry's `Retry-After` when it sent one and otherwise exponential backoff with full jitter, so
 * that many runners hitting one registry spread out. Each try must start from scratch: an upload
 * restarts with a new POST rather than resuming a session the registry may have dropped.
 */
async function retrying(description, operation, policy, log) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (attempt >= policy.attempts || !isRetryableFailure(error))
                throw error;
            const backoff = Math.random() * policy.baseDelayMs * 2 ** (attempt - 1);
            const delay = Math.min(error.retryAfterMs ?? backoff, policy.maxDelayMs);
            log.debug(`${description}: ${error.message.split('\n')[0]}; retry ${attempt}/${policy.attempts - 1} in ${Math.round(delay)} ms`);
            await (0,external_node_timers_promises_.setTimeout)(delay);
        }
    }
}
/** `Retry-After` (RFC 9110 §10.2.3): delay seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./build/src/oci/registry-error.js


/**
 * A registry answered with an error, or could not be reached. A user error: the registry, the
 * network or the credentials are at fault, never this code, so no stack trace is shown.
 */
class RegistryError extends user_error/* UserError */.yo {
    /** HTTP status; undefined when no response came (network or TLS failure). */
    status;
    errors;
    retryable;
    retryAfterMs;
    constructor(message, options) {
        super(message, { hint: options.hint, cause: options.cause });
        this.name = 'RegistryError';
        this.status = options.status;
        this.errors = options.errors ?? [];
        this.retryable = options.retryable;
        this.retryAfterMs = options.retryAfterMs;
    }
}
function describeRequest({ method, url }) {
    return `${method} ${url.host}${url.pathname}`;
}
/** 429 and the gateway-style 5xx are transient; 501 and 505 will answer the same forever. */
function isTransientStatus(status) {
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** The error for an unexpected response; `hint` explains what the user can do about it. */
function errorFromResponse(request, response, hint) {
    const errors = parseErrorBody(response.body);
    const reasons = errors.map(formatEntry).join('; ');
    const message = `${describeRequest(request)} answered ${response.status}${reasons ? `: ${reasons}` : ''}`;
    const options = {
        status: response.status,
        errors,
        retryable: isTransientStatus(response.status),
    };
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    if (retryAfterMs !== undefined)
        options.retryAfterMs = retryAfterMs;
    if (hint !== undefined)
        options.hint = hint;
    return new RegistryError(message, options);
}
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (!Array.isArray(parsed.errors))
            return [];
        return parsed.errors.filter((entry) => typeof entry === 'object' && entry !== null && typeof entry.code === 'string');
    }
    catch {
        // Proxies and load balancers answer with HTML or nothing; the status alone must do.
        return [];
    }
}
const MAX_DETAIL_LENGTH = 200;
function formatEntry(entry) {
    const message = entry.message ? `: ${entry.message}` : '';
    if (entry.detail === undefined || entry.detail === null)
        return `${entry.code}${message}`;
    const detail = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
    const shortened = detail.length > MAX_DETAIL_LENGTH ? `${detail.slice(0, MAX_DETAIL_LENGTH)}…` : detail;
    return `${entry.code}${message} (${shortened})`;
}
/** Node's codes for a certificate the default store (plus NODE_EXTRA_CA_CERTS) does not trust. */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Failures that another try cannot fix: the name does not resolve, or the certificate is not trusted. */
const PERMANENT_NETWORK_CODES = new Set(['ENOTFOUND', ...UNTRUSTED_CERTIFICATE_CODES]);
/** The error for a request that got no response: fetch's TypeError hides the reason in `cause`. */
function errorFromNetworkFailure(request, error) {
    const code = causeCode(error);
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    const message = `${describeRequest(request)} failed: ${reason}`;
    if (code !== undefined && UNTRUSTED_CERTIFICATE_CODES.has(code)) {
        return new RegistryError(message, {
            retryable: false,
            cause: error,
            hint: `the certificate of ${request.url.host} is not trusted; for a private CA set NODE_EXTRA_CA_CERTS to its PEM file (or run Node with --use-system-ca)`,
        });
    }
    if (code === 'ENOTFOUND') {
        return new RegistryError(message, {
            retryable: false,
            cause: error,
            hint: `the host name ${request.url.hostname} does not resolve; check the registry in the repository input`,
        });
    }
    return new RegistryError(message, {
        retryable: code === undefined || !PERMANENT_NETWORK_CODES.has(code),
        cause: error,
    });
}
function causeCode(error) {
    for (let current = error; current instanceof Error; current = current.cause) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        // AbortSignal.timeout() rejects with a DOMException named TimeoutError and no code.
        if (current.name === 'TimeoutError')
            return 'timeout';
    }
    return undefined;
}
/** Throws the registry's error unless the response has one of the `expected` statuses. */
function expectStatus(request, response, ...expected) {
    if (!expected.includes(response.status))
        throw errorFromResponse(request, response);
}

;// CONCATENATED MODULE: ./build/src/oci/http-exchange.js


/** What fetch allows before giving up on a redirect chain (Fetch spec, HTTP-redirect fetch). */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * One HTTP request, with redirects followed the way fetch follows them (registries send blob
 * GETs to storage backends): a 303, and a 301 or 302 answering a POST, continue as a GET without
 * the body, and the Authorization header is dropped when a redirect leaves the origin. Built on
 * node:http rather than fetch: fetch's HTTP parser is WebAssembly that V8 compiles on a
 * background thread at the first request, about 40 ms of CPU that a short push would otherwise
 * spend, and wait for before exiting. TLS trust is Node's default store plus NODE_EXTRA_CA_CERTS.
 */
async function exchange(request, timeoutMs) {
    const deadline = new Deadline(timeoutMs);
    try {
        let current = request;
        for (let redirects = 0;; redirects++) {
            const response = await deadline.race((signal) => send(current, signal));
            const location = response.headers.get('location');
            if (!REDIRECT_STATUSES.has(response.status) || location === null)
                return response;
            if (redirects === MAX_REDIRECTS)
                throw new Error(`more than ${MAX_REDIRECTS} redirects`);
            current = redirected(current, response.status, new URL(location, current.url));
        }
    }
    catch (error) {
        throw errorFromNetworkFailure(request, error);
    }
    finally {
        deadline.clear();
    }
}
function redirected(request, status, url) {
    const headers = { ...request.headers };
    if (url.origin !== request.url.origin)
        deleteHeader(headers, 'authorization');
    const asGet = status === 303
        ? request.method !== 'HEAD'
        : (status === 301 || status === 302) && request.method === 'POST';
    if (!asGet)
        return { ...request, url, headers };
    for (const name of [
        'content-type',
        'content-length',
        'content-encoding',
        'content-language',
        'content-location',
    ])
        deleteHeader(headers, name);
    return { method: 'GET', url, headers };
}
function deleteHeader(headers, name) {
    for (const key of Object.keys(headers))
        if (key.toLowerCase() === name)
            delete headers[key];
}
function send(request, signal) {
    // fetch named itself `node`; some registry front ends turn away requests that name nothing.
    const headers = { 'user-agent': 'gitops-actions', ...request.headers };
    // As fetch does: a body-carrying method states its length, zero included.
    if (request.method !== 'GET' && request.method !== 'HEAD')
        headers['content-length'] = request.body?.length ?? 0;
    // TLS loads only for an HTTPS registry: with NODE_EXTRA_CA_CERTS set that costs 10-20 ms of start-up.
    const open = request.url.protocol === 'https:' ? process.getBuiltinModule('node:https').request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const outgoing = open(request.url, { method: request.method, headers, signal }, (incoming) => {
            const chunks = [];
            incoming.on('data', (chunk) => chunks.push(chunk));
            incoming.on('error', reject);
            incoming.on('end', () => {
                if (incoming.complete)
                    resolve({
                        status: incoming.statusCode ?? 0,
                        headers: headersOf(incoming),
                        body: Buffer.concat(chunks),
                    });
            });
            // A connection dropped mid-body: as transient as one refused (a settled promise ignores this).
            incoming.on('close', () => {
                if (!incoming.complete)
                    reject(Object.assign(new Error('the connection closed before the response ended'), {
                        code: 'ECONNRESET',
                    }));
            });
        });
        outgoing.on('error', reject);
        outgoing.end(request.body);
    });
}
function headersOf(incoming) {
    const distinct = incoming.headersDistinct;
    return { get: (name) => distinct[name.toLowerCase()]?.join(', ') ?? null };
}
/** One time limit over the whole exchange, redirects and bodies included. */
class Deadline {
    #controller = new AbortController();
    #timer;
    constructor(timeoutMs) {
        this.#timer = setTimeout(() => {
            // Named as AbortSignal.timeout() names it, which errorFromNetworkFailure reports as a timeout.
            const reason = new Error(`no complete answer within ${timeoutMs} ms`);
            reason.name = 'TimeoutError';
            this.#controller.abort(reason);
        }, timeoutMs);
        // A pending limit must not keep the process alive on its own.
        this.#timer.unref();
    }
    async race(run) {
        const signal = this.#controller.signal;
        try {
            return await run(signal);
        }
        catch (error) {
            throw signal.aborted ? signal.reason : error;
        }
    }
    clear() {
        clearTimeout(this.#timer);
    }
}

;// CONCATENATED MODULE: ./build/src/oci/auth/credentials.js
function isIdentityToken(credentials) {
    return 'identityToken' in credentials;
}

;// CONCATENATED MODULE: ./build/src/oci/auth/scopes.js
/**
 * Token scopes (distribution "Token Scope Documentation"): `type:name:action[,action]`, several
 * separated by spaces. The type ends at the first colon and the actions start after the last one.
 */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}
/**
 * The union of scope strings, in a canonical order (resources and actions sorted), so the result
 * is also the key under which a token for exactly this access is cached.
 */
function mergeScopes(...scopes) {
    const actionsByResource = new Map();
    for (const scope of scopes.flatMap((text) => text.split(' ')).filter((text) => text !== '')) {
        const last = scope.lastIndexOf(':');
        if (last <= scope.indexOf(':'))
            continue;
        const resource = scope.slice(0, last);
        const actions = actionsByResource.get(resource) ?? new Set();
        for (const action of scope.slice(last + 1).split(','))
            if (action !== '')
                actions.add(action);
        actionsByResource.set(resource, actions);
    }
    return [...actionsByResource]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
        .join(' ');
}
/** `repository:acme/app:pull,push` as words for a message: `pull and push acme/app`. */
function describeScope(scope) {
    return mergeScopes(scope)
        .split(' ')
        .map((part) => {
        const last = part.lastIndexOf(':');
        const resource = part.slice(part.indexOf(':') + 1, last);
        return `${part
            .slice(last + 1)
            .split(',')
            .join(' and ')} ${resource}`;
    })
        .join(', ');
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./build/src/oci/registry-endpoint.js


/** Whether `hostname` (as URL.hostname gives it, IPv6 in brackets) names this machine. */
function isLoopbackHost(hostname) {
    const bare = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    if (bare === 'localhost' || bare.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(bare) === 4)
        return bare.startsWith('127.');
    return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
}
/**
 * The base URL of a registry's API. HTTPS unless plain HTTP was asked for; plain HTTP beyond
 * loopback is refused unless explicitly allowed, because a typo in a workflow must not send a
 * GitHub token in clear text across the internet.
 */
function registryBaseUrl(registry, options = {}) {
    const base = parseUrl(`${options.plainHttp ? 'http' : 'https'}://${registry}`);
    if (!base || base.pathname !== '/' || base.search !== '' || base.hash !== '' || base.username !== '') {
        throw new user_error/* UserError */.yo(`not a registry host: ${JSON.stringify(registry)}`, {
            hint: 'give the host and optional port only, e.g. ghcr.io or localhost:5000',
        });
    }
    if (options.plainHttp && !options.allowPlainHttpBeyondLoopback && !isLoopbackHost(base.hostname)) {
        throw new user_error/* UserError */.yo(`plain HTTP refused for ${registry}: only loopback registries may be reached without TLS`, {
            hint: 'use HTTPS, or allow plain HTTP beyond loopback explicitly if the network path is trusted',
        });
    }
    return base;
}
/** URL.parse() needs Node 22; engines still admits Node 20. */
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/oci/auth/realm-policy.js


/**
 * Decides whether the token realm a registry named may receive the user's credentials. The realm
 * comes from a response header, so a compromised or spoofed registry could point it anywhere:
 * credentials go only over HTTPS, or over plain HTTP when both ends are this machine (test and
 * local registries), or to the registry's own host when the caller explicitly allowed plain HTTP.
 */
function assertRealmMayReceiveCredentials(realm, registry, allowPlainHttpBeyondLoopback) {
    if (realm.protocol === 'https:')
        return;
    if (realm.protocol === 'http:') {
        if (isLoopbackHost(realm.hostname) && isLoopbackHost(registry.hostname))
            return;
        if (allowPlainHttpBeyondLoopback && realm.hostname === registry.hostname)
            return;
    }
    throw new user_error/* UserError */.yo(`refusing to send credentials for ${registry.host} to the token service ${realm.protocol}//${realm.host}: it is not HTTPS`, {
        hint: 'the registry named an insecure token realm in its WWW-Authenticate header; ask its operator to serve the token endpoint over HTTPS',
    });
}
/** Anonymous token requests carry no secret, but still only over HTTP(S). */
function assertRealmIsHttp(realm, registry) {
    if (realm.protocol === 'https:' || realm.protocol === 'http:')
        return;
    throw new user_error/* UserError */.yo(`the registry ${registry.host} named an unusable token realm (${realm.protocol})`);
}

;// CONCATENATED MODULE: ./build/src/oci/auth/token-request.js




/** The spec's default when the service leaves `expires_in` out. */
const DEFAULT_EXPIRES_IN_SECONDS = 60;
/** Tokens are dropped up to this long before they expire, so none expires between check and use. */
const EXPIRY_MARGIN_MS = 10_000;
/** OAuth2 requires a client_id; the distribution token spec suggests naming the client. */
const CLIENT_ID = 'gitops-actions';
/**
 * Gets a Bearer token for `scope` (distribution "Token Authentication Specification" and "OAuth2
 * Token Authentication"): GET with Basic credentials or none, or a POST form with a refresh token
 * (an identity token) or with the password when the service wants OAuth2.
 */
async function requestBearerToken(request) {
    const realm = parseRealm(request);
    const { credentials } = request;
    if (credentials === undefined)
        assertRealmIsHttp(realm, request.registry);
    else
        assertRealmMayReceiveCredentials(realm, request.registry, request.allowPlainHttpBeyondLoopback);
    const http = buildHttpRequest(realm, request);
    const response = await exchange(http, request.timeoutMs);
    if (response.status !== 200) {
        throw errorFromResponse({ method: http.method, url: realm }, response, response.status === 401 || response.status === 403
            ? `the token service of ${request.registry.host} refused the ${credentials ? `credentials${credentials.username ? ` of ${credentials.username}` : ''}` : 'anonymous request'}; check the username and password or token`
            : undefined);
    }
    return parseTokenResponse(response.body, realm);
}
function parseRealm(request) {
    try {
        return new URL(request.challenge.realm);
    }
    catch (error) {
        throw new RegistryError(`the registry ${request.registry.host} named an invalid token realm`, {
            retryable: false,
            cause: error,
        });
    }
}
function buildHttpRequest(realm, request) {
    const { credentials, challenge } = request;
    const scopes = request.scope.split(' ').filter((part) => part !== '');
    if (credentials !== undefined && isIdentityToken(credentials)) {
        return oauth2Post(realm, challenge, scopes, {
            grant_type: 'refresh_token',
            refresh_token: credentials.identityToken,
        });
    }
    if (credentials !== undefined && request.passwordGrant === 'oauth2-password') {
        return oauth2Post(realm, challenge, scopes, {
            grant_type: 'password',
            username: credentials.username,
            password: credentials.password,
            // Ask for a refresh token, so later scopes are fetched without sending the password again.
            access_type: 'offline',
        });
    }
    const url = new URL(realm);
    if (challenge.service !== undefined)
        url.searchParams.set('service', challenge.service);
    // One `scope` parameter per resource, as the Docker client sends them.
    for (const scope of scopes)
        url.searchParams.append('scope', scope);
    if (credentials === undefined)
        return { method: 'GET', url };
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    return { method: 'GET', url, headers: { authorization: `Basic ${basic}` } };
}
function oauth2Post(realm, challenge, scopes, grant) {
    const form = new URLSearchParams({ ...grant, client_id: CLIENT_ID });
    if (challenge.service !== undefined)
        form.set('service', challenge.service);
    // OAuth2 (RFC 6749 §3.3) puts all scopes in one space-separated parameter.
    if (scopes.length > 0)
        form.set('scope', scopes.join(' '));
    return {
        method: 'POST',
        url: realm,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(form.toString()),
    };
}
function parseTokenResponse(body, realm) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch (error) {
        throw new RegistryError(`the token service ${realm.host} answered with something other than JSON`, {
            retryable: false,
            cause: error,
        });
    }
    // `token` is the Docker name, `access_token` the OAuth2 one; services may send either or both.
    const token = typeof parsed.token === 'string' && parsed.token !== '' ? parsed.token : parsed.access_token;
    if (typeof token !== 'string' || token === '') {
        throw new RegistryError(`the token service ${realm.host} answered without a token`, { retryable: false });
    }
    const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : DEFAULT_EXPIRES_IN_SECONDS;
    const lifetimeMs = expiresIn * 1000;
    const issued = {
        token,
        expiresAt: Date.now() + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2),
    };
    if (typeof parsed.refresh_token === 'string' && parsed.refresh_token !== '') {
        issued.refreshToken = parsed.refresh_token;
    }
    return issued;
}

;// CONCATENATED MODULE: ./build/src/oci/auth/www-authenticate.js
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*(?=\s*(,|$))/;
/**
 * Parses every challenge of a header value. Quoted values may contain commas and escaped quotes, and
 * Headers.get() joins repeated headers with ", ", so one string can hold several challenges.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let rest = header;
    const skip = (pattern) => {
        rest = rest.replace(pattern, '');
    };
    for (;;) {
        skip(/^[\s,]+/);
        const scheme = TOKEN.exec(rest)?.[0];
        if (scheme === undefined)
            break;
        rest = rest.slice(scheme.length);
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        skip(/^\s+/);
        const token68 = TOKEN68.exec(rest)?.[0];
        if (token68 !== undefined && !/^[^=]*=\s*[^=\s,]/.test(rest)) {
            rest = rest.slice(token68.length);
            continue;
        }
        // Parameters follow while the next token is a `name=`; a bare token starts the next challenge.
        for (;;) {
            skip(/^[\s,]+/);
            const param = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(rest);
            if (!param?.[1])
                break;
            rest = rest.slice(param[0].length);
            const value = readValue();
            if (value === undefined)
                return challenges;
            challenge.params[param[1].toLowerCase()] = value;
        }
    }
    return challenges;
    function readValue() {
        if (!rest.startsWith('"')) {
            // RFC 9110 allows only a token here; reading up to the next comma also accepts unquoted URLs.
            const token = /^[^\s,]*/.exec(rest)?.[0] ?? '';
            rest = rest.slice(token.length);
            return token;
        }
        let value = '';
        for (let i = 1; i < rest.length; i++) {
            const char = rest[i];
            if (char === '\\' && i + 1 < rest.length)
                value += rest[++i];
            else if (char === '"') {
                rest = rest.slice(i + 1);
                return value;
            }
            else
                value += char;
        }
        // An unterminated quoted string: nothing after it can be trusted.
        return undefined;
    }
}
/** The Bearer challenge in a header, if any and if it names a realm to ask for tokens. */
function findBearerChallenge(header) {
    const bearer = parseWwwAuthenticate(header ?? '').find((challenge) => challenge.scheme === 'bearer');
    const realm = bearer?.params.realm;
    if (!bearer || realm === undefined)
        return undefined;
    const { service, scope, error } = bearer.params;
    return {
        realm,
        ...(service !== undefined ? { service } : {}),
        ...(scope !== undefined ? { scope } : {}),
        ...(error !== undefined ? { error } : {}),
    };
}
/** Whether the header offers HTTP Basic (htpasswd-protected distribution, many self-hosted registries). */
function offersBasic(header) {
    return parseWwwAuthenticate(header ?? '').some((challenge) => challenge.scheme === 'basic');
}

;// CONCATENATED MODULE: ./build/src/oci/auth/registry-session.js






/**
 * Sends requests to one registry with whatever authentication it asks for. Registries announce it
 * only in the WWW-Authenticate header of a 401, so the first request goes out bare; after that the
 * scheme is known and requests carry Basic credentials or a Bearer token for their scope up front.
 * Tokens are cached per scope until they expire. A 401 is retried once: with credentials or a
 * token, or with a token for the merged scopes when a token lacked one (`insufficient_scope`;
 * distribution 2.8 answers 401, not 403, and names the error only in the header).
 * Any 401 or 403 left over is thrown as a RegistryError whose hint says what to fix.
 */
class RegistrySession {
    #options;
    #scheme = 'unknown';
    #challenge;
    #tokens = new Map();
    /** A refresh token the service gave for the password grant: later grants use it instead. */
    #refreshToken;
    constructor(options) {
        this.#options = options;
        if (options.credentials) {
            options.log.setSecret(isIdentityToken(options.credentials)
                ? options.credentials.identityToken
                : options.credentials.password);
        }
    }
    async send(request) {
        const scope = mergeScopes(request.scope);
        // Upload and blob URLs may point at another origin (a storage backend): it gets no credentials.
        const first = this.#carriesCredentials(request)
            ? await this.#authorizationFor(scope)
            : { kind: 'none' };
        const response = await this.#sendWith(request, first);
        if (response.status !== 401 || !this.#carriesCredentials(request))
            return this.#checked(request, response, first);
        const header = response.headers.get('www-authenticate');
        const challenge = findBearerChallenge(header);
        let retry;
        if (challenge) {
            const wanted = mergeScopes(scope, challenge.scope ?? '');
            // The same token again would be refused again; a new token helps only for new scopes or a stale token.
            const pointless = first.kind === 'bearer' && wanted === first.scope && challenge.error === 'insufficient_scope';
            if (!pointless) {
                this.#scheme = 'bearer';
                this.#challenge = challenge;
                this.#tokens.delete(wanted);
                // The wider token also serves later requests that name only the narrower scope.
                this.#tokens.set(scope, await this.#token(wanted));
                retry = { kind: 'bearer', scope: wanted };
            }
        }
        else if (offersBasic(header) && this.#options.credentials && first.kind !== 'basic') {
            this.#scheme = 'basic';
            retry = { kind: 'basic' };
        }
        if (retry === undefined)
            return this.#checked(request, response, first);
        return this.#checked(request, await this.#sendWith(request, retry), retry);
    }
    #carriesCredentials(request) {
        return request.url.origin === this.#options.registry.origin;
    }
    async #authorizationFor(scope) {
        if (this.#scheme === 'basic')
            return { kind: 'basic' };
        if (this.#scheme === 'bearer') {
            await this.#token(scope);
            return { kind: 'bearer', scope };
        }
        return { kind: 'none' };
    }
    async #token(scope) {
        const cached = this.#tokens.get(scope);
        if (cached && cached.expiresAt > Date.now())
            return cached;
        const options = this.#options;
        const challenge = this.#challenge;
        if (!challenge)
            throw new Error('a Bearer token was needed before the registry named its token realm');
        const credentials = this.#refreshToken !== undefined
            ? { identityToken: this.#refreshToken, username: options.credentials?.username }
            : options.credentials;
        const token = await requestBearerToken({
            challenge,
            scope,
            credentials,
            passwordGrant: options.passwordGrant,
            registry: options.registry,
            allowPlainHttpBeyondLoopback: options.allowPlainHttpBeyondLoopback,
            timeoutMs: options.timeoutMs,
        });
        options.log.setSecret(token.token);
        if (token.refreshToken !== undefined && credentials !== undefined) {
            options.log.setSecret(token.refreshToken);
            this.#refreshToken = token.refreshToken;
        }
        this.#tokens.set(scope, token);
        return token;
    }
    async #sendWith(request, authorization) {
        const headers = { ...request.headers };
        const { credentials } = this.#options;
        if (authorization.kind === 'basic' && credentials && !isIdentityToken(credentials)) {
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        else if (authorization.kind === 'bearer') {
            const token = this.#tokens.get(authorization.scope);
            if (token)
                headers.authorization = `Bearer ${token.token}`;
        }
        const response = await exchange({ ...request, headers }, this.#options.timeoutMs);
        // Path only: upload URLs carry state and possibly signatures in their query.
        this.#options.log.debug(`${request.method} ${request.url.host}${request.url.pathname} → ${response.status}`);
        return response;
    }
    #checked(request, response, sent) {
        if (response.status !== 401 && response.status !== 403)
            return response;
        throw this.#accessError(request, response, sent);
    }
    #accessError(request, response, sent) {
        const { credentials, registry } = this.#options;
        const host = registry.host;
        const insufficient = response.status === 403 ||
            findBearerChallenge(response.headers.get('www-authenticate'))?.error === 'insufficient_scope';
        const who = credentials?.username ? `the user ${credentials.username}` : 'the credentials';
        const access = describeScope(request.scope);
        let hint;
        if (credentials === undefined) {
            hint = `${host} wants credentials to ${access}: log in with docker login, pass a username and password or token, or on GitHub Actions use GITHUB_TOKEN for ghcr.io`;
        }
        else if (insufficient) {
            hint = `${who} may not ${access} on ${host}; on GitHub Actions give the job \`permissions: packages: write\` and the repository write access to the package`;
        }
        else if (sent.kind === 'none') {
            hint = `${host} did not say how to authenticate (no Basic or Bearer challenge)`;
        }
        else {
            hint = `${host} refused ${who}: check the username and the password or token, and that it has not expired`;
        }
        return errorFromResponse(request, response, hint);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/oci/digest.js

/** The OCI content digest of `bytes` (image spec "Digests": `sha256:<64 lowercase hex>`). */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Algorithms the image spec registers; anything else cannot be verified, so it never matches. */
const VERIFIABLE_ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
/** Whether `bytes` hash to `digest` under the digest's own algorithm. */
function matchesDigest(bytes, digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    if (colon < 0 || !VERIFIABLE_ALGORITHMS.has(algorithm))
        return false;
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}` === digest;
}

;// CONCATENATED MODULE: ./build/src/oci/registry-api.js

/** `/v2/<repository>/<path>` on the registry (distribution spec "Endpoints"). */
function repositoryUrl(api, repository, path) {
    return new URL(`/v2/${repository}/${path}`, api.base);
}
/**
 * The `Location` of an upload or blob, which the spec allows absolute or relative
 * (distribution's `http.relativeurls`). Its query is kept: it may carry upload state or signatures.
 */
function locationOf(headers, request) {
    const location = headers.get('location');
    if (!location) {
        throw new RegistryError(`${describeRequest(request)} answered without a Location`, { retryable: true });
    }
    // RFC 9110 §10.2.2: a relative reference resolves against the request's URL.
    return new URL(location, request.url);
}

;// CONCATENATED MODULE: ./build/src/oci/blob-upload.js




/**
 * Uploads one blob (distribution spec "Pushing blobs"): POST opens a session (or mounts the blob from
 * another repository), then a monolithic PUT with `?digest=`, or PATCH chunks and a closing PUT.
 * Any failure leaves the session behind: a retry starts over with a new POST.
 */
async function uploadBlob(api, repository, blob, options) {
    const started = await startUpload(api, repository, blob, options.mountFrom);
    if (started.mounted)
        return 'mounted';
    const minimum = Number(started.response.headers.get('oci-chunk-min-length') ?? 0);
    const chunkSize = Math.max(options.chunkSize, Number.isSafeInteger(minimum) ? minimum : 0);
    let location = started.location;
    const { bytes } = blob;
    if (bytes.length > chunkSize) {
        for (let start = 0; start < bytes.length; start += chunkSize) {
            const chunk = bytes.subarray(start, Math.min(start + chunkSize, bytes.length));
            location = await sendChunk(api, repository, location, chunk, start);
        }
    }
    const url = withDigest(location, blob.descriptor.digest);
    const body = bytes.length > chunkSize ? Buffer.alloc(0) : bytes;
    const request = { method: 'PUT', url };
    const response = await api.session.send({
        ...request,
        scope: pushScope(repository),
        headers: { 'content-type': 'application/octet-stream' },
        body,
    });
    expectStatus(request, response, 201);
    checkDigestHeader(request, response, blob.descriptor.digest);
    return 'uploaded';
}
async function startUpload(api, repository, blob, mountFrom) {
    const url = repositoryUrl(api, repository, 'blobs/uploads/');
    if (mountFrom !== undefined && mountFrom !== repository) {
        const mountUrl = new URL(url);
        mountUrl.searchParams.set('mount', blob.descriptor.digest);
        mountUrl.searchParams.set('from', mountFrom);
        const request = { method: 'POST', url: mountUrl };
        try {
            const response = await api.session.send({
                ...request,
                scope: `${pushScope(repository)} ${repositoryScope(mountFrom, ['pull'])}`,
            });
            expectStatus(request, response, 201, 202);
            if (response.status === 201) {
                checkDigestHeader(request, response, blob.descriptor.digest);
                return { mounted: true };
            }
            // 202: the registry does not mount (or the blob is not there) and opened a plain upload instead.
            return { mounted: false, location: locationOf(response.headers, request), response };
        }
        catch (error) {
            // No pull access to the source repository is no reason to fail: upload the bytes instead.
            if (!(error instanceof RegistryError) || (error.status !== 401 && error.status !== 403))
                throw error;
        }
    }
    const request = { method: 'POST', url };
    const response = await api.session.send({ ...request, scope: pushScope(repository) });
    expectStatus(request, response, 202);
    return { mounted: false, location: locationOf(response.headers, request), response };
}
async function sendChunk(api, repository, location, chunk, start) {
    const request = { method: 'PATCH', url: location };
    const response = await api.session.send({
        ...request,
        scope: pushScope(repository),
        headers: {
            'content-type': 'application/octet-stream',
            // Spec "Pushing a blob in chunks": inclusive byte range, without the RFC 9110 `bytes ` unit.
            'content-range': `${start}-${start + chunk.length - 1}`,
        },
        body: chunk,
    });
    expectStatus(request, response, 202);
    return locationOf(response.headers, request);
}
function pushScope(repository) {
    return repositoryScope(repository, ['pull', 'push']);
}
/**
 * Appends `digest` to an upload URL, keeping its query verbatim: re-encoding it through
 * URLSearchParams could alter a signed `_state` or a storage backend's signature.
 */
function withDigest(location, digest) {
    const url = new URL(location);
    const parameter = `digest=${encodeURIComponent(digest)}`;
    url.search = url.search === '' ? `?${parameter}` : `${url.search}&${parameter}`;
    return url;
}
/** A registry that stored something else than what was sent must not be trusted silently. */
function checkDigestHeader(request, response, expected) {
    const answered = response.headers.get('docker-content-digest');
    if (answered !== null && answered !== expected) {
        throw new RegistryError(`${describeRequest(request)} stored ${answered}, but ${expected} was sent`, {
            retryable: true,
        });
    }
}
/** Refuses a blob whose bytes do not hash to its descriptor: pushing it would corrupt the artifact. */
function assertBlobMatchesDescriptor(blob) {
    const { digest, size } = blob.descriptor;
    if (blob.bytes.length !== size || !matchesDigest(blob.bytes, digest)) {
        throw new Error(`blob bytes do not match their descriptor ${digest} (${size} bytes)`);
    }
}

;// CONCATENATED MODULE: ./build/src/oci/content.js
/**
 * OCI content as the packers produce it and the registry client pushes it (OCI image spec v1.1:
 * descriptors, manifests). Blobs carry their bytes: artifacts are compressed before they are
 * hashed, and a registry needs the digest before a monolithic upload.
 */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';

;// CONCATENATED MODULE: ./build/src/oci/manifests.js





const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/**
 * Sent on every manifest HEAD and GET: without it, registries answer with the Docker v2 schema 1
 * fallback or refuse OCI content (distribution spec "Pulling manifests": the client SHOULD send Accept).
 */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST].join(', ');
/** PUTs a manifest under a tag or digest and returns its digest, checked against the registry's. */
async function putManifest(api, repository, reference, bytes, mediaType) {
    assertMediaTypeMatchesBody(bytes, mediaType);
    const digest = sha256Digest(bytes);
    const request = { method: 'PUT', url: repositoryUrl(api, repository, `manifests/${reference}`) };
    const response = await api.session.send({
        ...request,
        scope: repositoryScope(repository, ['pull', 'push']),
        // The image spec: Content-Type must equal the manifest's own mediaType, or the registry may reject it.
        headers: { 'content-type': mediaType },
        body: bytes,
    });
    expectStatus(request, response, 201);
    const answered = response.headers.get('docker-content-digest');
    if (answered !== null && answered !== digest) {
        throw new RegistryError(`${request.url.host} stored the manifest as ${answered}, but its digest is ${digest}`, {
            retryable: false,
        });
    }
    return digest;
}
/** GETs a manifest; fetched by digest, the bytes are verified against it. */
async function fetchManifest(api, repository, reference) {
    return (await requestManifest(api, repository, reference, { missing: 'error' }));
}
/** GETs the manifest a tag names, or undefined when the tag does not exist: one round trip, not a HEAD and a GET. */
function findManifest(api, repository, tag) {
    return requestManifest(api, repository, tag, { missing: 'undefined' });
}
async function requestManifest(api, repository, reference, options) {
    const request = { method: 'GET', url: repositoryUrl(api, repository, `manifests/${reference}`) };
    const response = await api.session.send({
        ...request,
        scope: repositoryScope(repository, ['pull']),
        headers: { accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404 && options.missing === 'undefined')
        return undefined;
    expectStatus(request, response, 200);
    const bytes = response.body;
    const byDigest = reference.includes(':');
    const digest = byDigest
        ? reference
        : (response.headers.get('docker-content-digest') ?? sha256Digest(bytes));
    if (!matchesDigest(bytes, digest)) {
        throw new RegistryError(`${request.url.host} answered ${repository}@${reference} with content of another digest`, {
            retryable: true,
        });
    }
    return { bytes, mediaType: mediaTypeOf(response.headers, bytes), digest };
}
/** HEADs a tag: its manifest digest, or undefined when the tag does not exist. */
async function headManifest(api, repository, tag) {
    const request = { method: 'HEAD', url: repositoryUrl(api, repository, `manifests/${tag}`) };
    const response = await api.session.send({
        ...request,
        scope: repositoryScope(repository, ['pull']),
        headers: { accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404)
        return undefined;
    expectStatus(request, response, 200);
    // The header is a SHOULD for HEAD; without it, the digest comes from the content itself.
    return response.headers.get('docker-content-digest') ?? (await fetchManifest(api, repository, tag)).digest;
}
function mediaTypeOf(headers, bytes) {
    const header = headers.get('content-type')?.split(';')[0]?.trim();
    if (header && header !== 'application/json' && header !== 'application/octet-stream')
        return header;
    return declaredMediaType(bytes) ?? header ?? 'application/octet-stream';
}
function declaredMediaType(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    }
    catch {
        return undefined;
    }
}
/** A manifest whose body names another mediaType than its Content-Type is a bug of the caller. */
function assertMediaTypeMatchesBody(bytes, mediaType) {
    const declared = declaredMediaType(bytes);
    if (declared !== undefined && declared !== mediaType) {
        throw new Error(`manifest declares mediaType ${declared} but is pushed as ${mediaType}`);
    }
}

;// CONCATENATED MODULE: ./build/src/oci/registry-client.js










const DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
/**
 * A client for one registry speaking the OCI distribution spec v1.1 over Node's fetch. Every
 * operation is retried as a whole on transient failures (see `retrying`), authentication is
 * negotiated per request (see RegistrySession), and content is verified against its digests.
 */
class RegistryClient {
    registry;
    #api;
    #retry;
    #chunkSize;
    #log;
    constructor(options) {
        this.registry = options.registry;
        this.#log = options.log ?? silentLog;
        this.#retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.#chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        const base = registryBaseUrl(options.registry, options);
        const session = new RegistrySession({
            registry: base,
            credentials: options.credentials,
            passwordGrant: options.passwordGrant ?? 'basic-get',
            allowPlainHttpBeyondLoopback: options.allowPlainHttpBeyondLoopback ?? false,
            timeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
            log: this.#log,
        });
        this.#api = { base, session };
    }
    blobExists(repository, digest) {
        return this.#retrying(`check ${repository}@${digest}`, () => this.#headBlob(repository, digest, ['pull']));
    }
    /** The blob's bytes, verified against its digest; registries may redirect to a storage backend. */
    fetchBlob(repository, digest) {
        return this.#retrying(`fetch ${repository}@${digest}`, async () => {
            const request = {
                method: 'GET',
                url: repositoryUrl(this.#api, repository, `blobs/${digest}`),
            };
            const response = await this.#api.session.send({
                ...request,
                scope: repositoryScope(repository, ['pull']),
            });
            expectStatus(request, response, 200);
            if (!matchesDigest(response.body, digest)) {
                throw new RegistryError(`${this.registry} answered ${repository}@${digest} with other content`, {
                    retryable: true,
                });
            }
            return response.body;
        });
    }
    /** Pushes a blob unless the repository has it; a failed upload is retried from a fresh session. */
    async pushBlob(repository, blob, options = {}) {
        assertBlobMatchesDescriptor(blob);
        const { digest } = blob.descriptor;
        return this.#retrying(`push ${repository}@${digest}`, async () => {
            // Checked with push scope, so the token fetched here also serves the upload that may follow.
            if (await this.#headBlob(repository, digest, ['pull', 'push']))
                return 'skipped';
            const uploadOptions = { chunkSize: this.#chunkSize, ...options };
            return uploadBlob(this.#api, repository, blob, uploadOptions);
        });
    }
    /** PUTs manifest bytes exactly as given; returns their digest. */
    pushManifest(repository, reference, bytes, mediaType) {
        return this.#retrying(`push manifest ${repository}:${reference}`, () => putManifest(this.#api, repository, reference, bytes, mediaType));
    }
    getManifest(repository, reference) {
        return this.#retrying(`fetch manifest ${repository}:${reference}`, () => fetchManifest(this.#api, repository, reference));
    }
    /** The manifest `tag` names, or undefined when the tag does not exist. */
    findManifest(repository, tag) {
        return this.#retrying(`fetch manifest ${repository}:${tag}`, () => findManifest(this.#api, repository, tag));
    }
    /** The digest `tag` points at, or undefined when the tag does not exist. */
    resolveTag(repository, tag) {
        return this.#retrying(`resolve ${repository}:${tag}`, () => headManifest(this.#api, repository, tag));
    }
    /**
     * Pushes an artifact: every blob first, then the manifest under each tag, so no tag ever points at
     * a missing blob. Without tags the manifest is pushed by digest only.
     */
    async pushArtifact(repository, packed, tags, options = {}) {
        assertAllBlobsPacked(packed);
        const result = {
            digest: sha256Digest(packed.manifestBytes),
            uploaded: [],
            mounted: [],
            skipped: [],
            tags: [...tags],
        };
        const seen = new Set();
        for (const blob of packed.blobs) {
            if (seen.has(blob.descriptor.digest))
                continue;
            seen.add(blob.descriptor.digest);
            const outcome = await this.pushBlob(repository, blob, options);
            this.#log.debug(`${repository}@${blob.descriptor.digest}: ${outcome}`);
            result[outcome].push(blob.descriptor);
        }
        const references = tags.length > 0 ? tags : [result.digest];
        for (const reference of references) {
            await this.pushManifest(repository, reference, packed.manifestBytes, packed.manifest.mediaType);
        }
        return result;
    }
    async #headBlob(repository, digest, actions) {
        const request = { method: 'HEAD', url: repositoryUrl(this.#api, repository, `blobs/${digest}`) };
        const response = await this.#api.session.send({
            ...request,
            scope: repositoryScope(repository, actions),
        });
        if (response.status === 404)
            return false;
        expectStatus(request, response, 200);
        return true;
    }
    #retrying(description, operation) {
        return retrying(description, operation, this.#retry, this.#log);
    }
}
/** A manifest whose config or layers are not among the blobs would be pushed pointing at nothing. */
function assertAllBlobsPacked(packed) {
    const packedDigests = new Set(packed.blobs.map((blob) => blob.descriptor.digest));
    for (const descriptor of [packed.manifest.config, ...packed.manifest.layers]) {
        if (!packedDigests.has(descriptor.digest)) {
            throw new Error(`packed artifact lacks the blob ${descriptor.digest} its manifest refers to`);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/oci/connect-registry.js


/**
 * A client for `registry` with the credentials that apply: the explicit ones, else a Docker
 * login, else GITHUB_TOKEN for ghcr.io, else anonymous. Says where they came from, never what.
 */
async function connectRegistry(registry, options) {
    const { credentials, source } = await resolveRegistryCredentials(registry, {
        explicit: options.explicit,
        env: options.env,
        runner: options.runner,
    });
    options.log.info(`Registry ${registry}: credentials from ${source}.`);
    return new RegistryClient({ registry, credentials, plainHttp: options.plainHttp, log: options.log });
}

;// CONCATENATED MODULE: ./build/src/image/image-reference.js
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

;// CONCATENATED MODULE: ./build/src/oci/oci-reference.js


const OCI_SCHEME = 'oci://';
/** Docker Hub is named `docker.io` in references but serves the API on another host. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/**
 * Parses `[oci://]registry[:port]/repository[:tag][@digest]` with the grammar bump uses for image
 * references (distribution's reference package), so both actions accept the same names.
 */
function parseOciReference(text) {
    const bare = text.startsWith(OCI_SCHEME) ? text.slice(OCI_SCHEME.length) : text;
    const parsed = parseImageReference(bare);
    if (!parsed) {
        throw new user_error/* UserError */.yo(`not an OCI reference: ${JSON.stringify(text)}`, {
            hint: 'write registry/repository[:tag][@sha256:digest], e.g. ghcr.io/acme/app-manifests:1.2.0 (lowercase repository)',
        });
    }
    const reference = {
        registry: parsed.registry === 'docker.io' ? DOCKER_HUB_API : parsed.registry,
        repository: parsed.repository,
        name: parsed.name,
    };
    if (parsed.tag !== undefined)
        reference.tag = parsed.tag;
    if (parsed.digest !== undefined)
        reference.digest = parsed.digest;
    return reference;
}

;// CONCATENATED MODULE: ./build/src/oci/pin-digest.js



/**
 * The digest a tag names right now, so that an environment can be pinned to exactly what was
 * verified: a tag can move, a digest cannot. Credentials as for a push (Docker config, then
 * GITHUB_TOKEN for ghcr.io); public images need none.
 */
async function resolveTagDigest(image, tag, options) {
    const reference = parseOciReference(image);
    const client = await connectRegistry(reference.registry, options);
    const digest = await client.resolveTag(reference.repository, tag);
    if (digest === undefined) {
        throw new user_error/* UserError */.yo(`pin-digests: ${image}:${tag} does not exist in the registry`, {
            hint: 'push the image first, or check the tag; bump pins only tags that exist',
        });
    }
    return digest;
}

;// CONCATENATED MODULE: ./build/src/git/commit-and-push.js



const FIRST_RETRY_DELAY_MS = 200;
/**
 * Commits the paths and pushes them to the branch. When another job pushed first, fetches,
 * rebases onto the remote branch and tries again, so concurrent bumps of different files all land.
 */
async function commitAndPush(options) {
    const { git, paths, message, remote = 'origin', maxAttempts = 5, log = silentLog } = options;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
    }
    // Resolved before committing so a detached HEAD fails without leaving a stray commit behind.
    const branch = options.branch ?? (await git.currentBranch());
    await git.add(paths);
    if (paths.length === 0 || !(await git.hasStagedChanges(paths))) {
        log.info('Nothing to commit: the files already hold these values.');
        return { sha: undefined, attempts: 0 };
    }
    let sha = await git.commit(message, { author: options.author, paths });
    log.info(`Committed ${sha}.`);
    for (let attempt = 1;; attempt++) {
        const push = await git.push(remote, branch);
        if (push.pushed) {
            log.info(`Pushed ${sha} to ${remote}/${branch}.`);
            return { sha, attempts: attempt };
        }
        if (attempt === maxAttempts) {
            throw new user_error/* UserError */.yo(`Gave up pushing to ${remote}/${branch} after ${attempt} attempts: other pushes kept moving the branch (${push.reason}).`, {
                hint: 'serialise the jobs that push to this branch with a concurrency group, or re-run the job',
            });
        }
        log.info(`Push to ${remote}/${branch} was rejected (${push.reason}); rebasing onto it and retrying (attempt ${attempt + 1} of ${maxAttempts}).`);
        // Jitter keeps concurrent jobs that were rejected together from colliding again in lockstep.
        await (0,external_node_timers_promises_.setTimeout)(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
        const upstream = await git.fetch(remote, branch);
        const rebase = await git.rebase(upstream);
        if (!rebase.rebased) {
            throw new user_error/* UserError */.yo(`Could not rebase onto ${remote}/${branch}: a commit pushed meanwhile changed the same lines in ${rebase.conflicts.join(', ')}. The rebase was aborted, leaving the local commit and working tree as they were.`, {
                hint: 're-run the job so it starts from the new state of the branch; if jobs often race on these files, serialise them with a concurrency group',
            });
        }
        if (rebase.stashed.length > 0) {
            log.warning(`Uncommitted edits to ${rebase.stashed.join(', ')} clashed with ${remote}/${branch}; those files now match it and the edits are kept in git stash.`);
        }
        if ((await git.commitsAhead(upstream)) === 0) {
            log.info(`${remote}/${branch} already has this change; nothing left to push.`);
            return { sha: undefined, attempts: attempt };
        }
        sha = await git.headSha();
    }
}

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
        const log = options.log ?? silentLog;
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
        throw new CommandFailedError('git', args, result);
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
            throw new CommandFailedError('git', args, result);
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
    const cause = new CommandFailedError('git', args, result);
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

;// CONCATENATED MODULE: ./build/src/values/atomic-write.js



/**
 * Writes a set of files all or none. Each content goes to a temporary file beside its target
 * (same directory, so the rename stays on one filesystem and is atomic) as soon as it is staged,
 * keeping the file's mode; only `commit`, once every file is staged, renames them over the
 * originals. The files are independent, so they are written concurrently.
 */
class AtomicWriteBatch {
    staged = [];
    stage(path, content) {
        const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        this.staged.push(writeTemp(path, temp, content).then(() => ({ path, temp }), (error) => ({ path, temp, error })));
    }
    async commit() {
        const staged = await Promise.all(this.staged);
        const failed = staged.find((staging) => staging.error !== undefined);
        if (failed) {
            await this.discard();
            throw failed.error;
        }
        await Promise.all(staged.map(({ temp, path }) => external_node_fs_.promises.rename(temp, path)));
    }
    /** Removes every temporary file; the originals are untouched. */
    async discard() {
        const staged = await Promise.all(this.staged);
        await Promise.all(staged.map(({ temp }) => external_node_fs_.promises.rm(temp, { force: true })));
    }
}
// Read once: the mask new files get, to skip a chmod when it cannot change anything.
const umask = process.umask();
async function writeTemp(path, temp, content) {
    const mode = (await external_node_fs_.promises.stat(path)).mode & 0o7777;
    await external_node_fs_.promises.writeFile(temp, content, { mode, flag: 'wx' });
    if ((mode & ~umask) !== mode)
        await external_node_fs_.promises.chmod(temp, mode);
}

;// CONCATENATED MODULE: ./build/src/runtime/markdown.js
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
/**
 * Inline code that survives backticks and pipes inside the value: the fence is one backtick longer
 * than the longest run inside, padded when the text starts or ends with one (CommonMark 6.1).
 */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * Text from outside (plan values, rule messages) as literal Markdown: HTML and inline syntax
 * escaped, so a value cannot inject markup. Pipes are left to `table`, which escapes them for
 * its cells; outside a table they mean nothing.
 */
function escapeText(text) {
    return escapeHtml(text).replace(/[\\`*_[\]~#]/g, '\\$&');
}
/** Text for HTML contexts such as `<summary>`, where Markdown is not parsed. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./build/src/values/bump-report.js

/** The job summary (and CLI report): what changed where, as a table a reviewer can scan. */
function bumpReport(plan, options) {
    const changes = allChanges(plan);
    const md = new Markdown().heading(options.dryRun ? 'bump (dry run)' : 'bump');
    if (changes.length === 0) {
        return md.paragraph(`No change: the ${plan.fileCount} file(s) already hold these values.`).toString();
    }
    const verb = options.dryRun ? 'Would change' : 'Changed';
    md.paragraph(`${verb} ${changes.length} value(s) in ${plan.bumps.length} of ${plan.fileCount} file(s).`);
    md.table(['File', 'Location', 'From', 'To'], changes.map((change) => [
        code(`${change.file}:${change.line}`),
        code(change.path),
        change.kind === 'created' ? '_(created)_' : code(change.from),
        code(change.to),
    ]));
    if (options.commitSha)
        md.paragraph(`Pushed commit ${code(options.commitSha)}.`);
    return md.toString();
}
function allChanges(plan) {
    return plan.bumps.flatMap((bump) => bump.changes);
}
/** The default commit message: what was set to which version, then every change. */
function defaultCommitMessage(plan, request) {
    const changes = allChanges(plan);
    const version = [request.image?.tag ?? request.marker?.tag, request.image?.digest ?? request.marker?.digest]
        .filter(Boolean)
        .join('@');
    const subject = request.image
        ? `bump: ${request.image.image.original} to ${version}`
        : request.marker
            ? `bump: image policy ${request.marker.policy} to ${version}`
            : `bump: ${request.explicit?.path} to ${request.explicit?.value}`;
    const lines = changes.map((c) => `- ${c.file}:${c.line} ${c.path}: ${c.from || '(created)'} -> ${c.to}`);
    return [subject, '', ...lines].join('\n');
}
const LISTED_CHANGES = 20;
/** One log line a change for a readable run; past a screenful, the summary table has them all. */
function logChanges(changes, log) {
    changes.forEach((change, i) => {
        const line = `${change.file}:${change.line} ${change.path}: ${change.from || '(created)'} -> ${change.to}`;
        if (i < LISTED_CHANGES)
            log.info(line);
        else
            log.debug(line);
    });
    if (changes.length > LISTED_CHANGES) {
        log.info(`... and ${changes.length - LISTED_CHANGES} more (all of them in the summary; every one at debug level)`);
    }
}

;// CONCATENATED MODULE: ./build/src/values/yaml-path.js

const SYNTAX_HINT = 'write keys separated by dots, list indexes as [0] and list items by a field as [name=api]; ' +
    'quote keys that contain dots or brackets: data."app.yaml", images[name="a.b"].newTag';
/**
 * Parses `a.b[0].c`, `images[name=api].newTag`, `data."key.with.dots"`. Documents are not part of
 * a path: a path applies in every document of a file where it exists.
 */
function parseYamlPath(text) {
    return new PathParser(text).parse();
}
/** Formats resolved keys back into the syntax `parseYamlPath` reads: `spec.values.image.tag`, `images[0].newTag`. */
function formatYamlPath(keys) {
    return keys
        .map((key, i) => typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${formatKey(key, /[.[\]]/)}`)
        .join('');
}
/** Formats parsed segments, selectors included, so that `parseYamlPath` reads them back unchanged. */
function formatPathSegments(segments) {
    return segments
        .map((segment, i) => {
        if ('index' in segment)
            return `[${segment.index}]`;
        if ('select' in segment) {
            return `[${formatKey(segment.select.key, /[=\]]/)}=${formatKey(segment.select.value, /\]/)}]`;
        }
        return `${i === 0 ? '' : '.'}${formatKey(segment.key, /[.[\]]/)}`;
    })
        .join('');
}
function formatKey(key, special) {
    const plain = key !== '' && !special.test(key) && !/^["'\s]/.test(key) && !/\s$/.test(key);
    return plain ? key : `"${key.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
class PathParser {
    text;
    pos = 0;
    segments = [];
    constructor(text) {
        this.text = text;
    }
    parse() {
        if (this.text.trim() === '')
            this.fail(0, 'the path is empty');
        this.pos = this.text.length - this.text.trimStart().length;
        const end = this.text.trimEnd().length;
        if (this.peek() === '[')
            this.bracket();
        else
            this.key();
        while (this.pos < end) {
            const c = this.peek();
            if (c === '.') {
                this.pos++;
                if (this.peek() === '[' || this.pos >= end)
                    this.fail(this.pos, 'expected a key after "."');
                this.key();
            }
            else if (c === '[') {
                this.bracket();
            }
            else {
                this.fail(this.pos, `expected "." or "[" but found "${c}"`);
            }
        }
        return this.segments;
    }
    key() {
        const c = this.peek();
        if (c === '"' || c === "'") {
            this.segments.push({ key: this.quoted() });
            return;
        }
        const start = this.pos;
        while (this.pos < this.text.length && !'.[]'.includes(this.peek()))
            this.pos++;
        if (this.peek() === ']')
            this.fail(this.pos, 'unexpected "]" without "["');
        const key = this.text.slice(start, this.pos).trimEnd();
        if (key === '')
            this.fail(start, 'expected a key');
        this.segments.push({ key });
    }
    bracket() {
        const open = this.pos++;
        const digits = /^\d+(?=\])/.exec(this.text.slice(this.pos));
        if (digits) {
            this.segments.push({ index: Number(digits[0]) });
            this.pos += digits[0].length + 1;
            return;
        }
        const key = this.selectorPart('=', 'a field name');
        if (this.peek() !== '=')
            this.fail(this.pos, `expected a list index [0] or a selector [name=value] after "["`);
        this.pos++;
        const value = this.selectorPart(']', 'a value');
        if (this.peek() !== ']')
            this.fail(open, 'missing "]"');
        this.pos++;
        this.segments.push({ select: { key, value } });
    }
    selectorPart(terminator, what) {
        const c = this.peek();
        if (c === '"' || c === "'")
            return this.quoted();
        const start = this.pos;
        while (this.pos < this.text.length && this.peek() !== terminator && this.peek() !== ']')
            this.pos++;
        const part = this.text.slice(start, this.pos).trim();
        if (part === '')
            this.fail(start, `expected ${what} in the selector`);
        return part;
    }
    quoted() {
        const quote = this.peek();
        const open = this.pos++;
        let value = '';
        while (this.pos < this.text.length) {
            const c = this.text.charAt(this.pos++);
            if (c === quote) {
                if (quote === "'" && this.peek() === "'") {
                    value += "'";
                    this.pos++;
                    continue;
                }
                return value;
            }
            if (c === '\\' && quote === '"' && this.pos < this.text.length)
                value += this.text.charAt(this.pos++);
            else
                value += c;
        }
        return this.fail(open, `unterminated ${quote === '"' ? 'double' : 'single'}-quoted key`);
    }
    peek() {
        return this.text.charAt(this.pos);
    }
    fail(offset, problem) {
        throw new user_error/* InputError */.dz(`Invalid input path '${this.text}': ${problem} at column ${offset + 1}`, {
            hint: SYNTAX_HINT,
        });
    }
}

;// CONCATENATED MODULE: ./build/src/values/bump-inputs.js



/** Turns validated inputs into a request, checking the combinations a schema cannot express well. */
function bumpRequest(inputs) {
    if (!inputs.image && !inputs.marker && !inputs.path) {
        throw new user_error/* InputError */.dz('nothing to bump: set image (with tag and/or digest), marker, or path and value', {
            hint: 'e.g. image: ghcr.io/acme/api and tag: 1.4.2, or path: image.tag and value: 1.4.2',
        });
    }
    if ((inputs.image || inputs.marker) && !inputs.tag && !inputs.digest) {
        throw new user_error/* InputError */.dz(`'${inputs.image ? 'image' : 'marker'}' needs 'tag' and/or 'digest': the new version to write`);
    }
    if (inputs['pin-digests'] && (!inputs.image || !inputs.tag || inputs.digest)) {
        throw new user_error/* InputError */.dz("'pin-digests' needs 'image' and 'tag', and no 'digest': it looks the digest up");
    }
    if (!inputs.image && !inputs.marker && (inputs.tag || inputs.digest)) {
        throw new user_error/* InputError */.dz("'tag' and 'digest' go with 'image' or 'marker'", {
            hint: 'for any other key use path and value',
        });
    }
    const image = inputs.image ? parseImageReference(inputs.image) : undefined;
    if (inputs.image && (!image || image.tag !== undefined || image.digest !== undefined)) {
        throw new user_error/* InputError */.dz(`'image' must be a repository without tag or digest, got '${inputs.image}'`, {
            hint: "e.g. ghcr.io/acme/api; the new version goes in 'tag' or 'digest'",
        });
    }
    const version = { tag: inputs.tag, digest: inputs.digest };
    return {
        image: image ? { image, ...version } : undefined,
        marker: inputs.marker ? { policy: inputs.marker, image, ...version } : undefined,
        explicit: inputs.path !== undefined && inputs.value !== undefined
            ? { path: inputs.path, segments: parseYamlPath(inputs.path), value: inputs.value }
            : undefined,
        missing: inputs.missing,
        allowDowngrade: inputs['allow-downgrade'],
        protected: inputs.protected,
    };
}

// EXTERNAL MODULE: ./node_modules/semver/functions/lt.js
var lt = __webpack_require__(3872);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
;// CONCATENATED MODULE: ./build/src/values/version-rules.js
// The functions only, not the package index: that loads ranges and comparators too (see artifact-tags.ts).



/**
 * A semver version as tags are usually written (`1.4.2`, `v1.4.2`, `1.4.2-rc.1`), or undefined
 * for anything else (`latest`, `main-3f2a1c`, a range): those are never compared.
 */
function tagVersion(tag) {
    return parse(tag.replace(/^v(?=\d)/, ''), { loose: false }) ?? undefined;
}
function isDowngrade(from, to) {
    const a = tagVersion(from);
    const b = tagVersion(to);
    return a !== undefined && b !== undefined && lt(b, a);
}
/**
 * Whether a value pins exactly one artifact, as protected environments require: a digest or an
 * exact semver version. `latest`, branch-like tags and ranges (`~1.2`, `>=1.0.0`, `1.x`) are not.
 */
function isPinned(value) {
    const trimmed = value.trim();
    if (isValidDigest(trimmed))
        return true;
    const [tagPart, digestPart] = trimmed.split('@');
    if (digestPart !== undefined)
        return isValidDigest(digestPart);
    const tag = tagPart?.includes(':') ? tagPart.slice(tagPart.lastIndexOf(':') + 1) : (tagPart ?? '');
    return tagVersion(tag) !== undefined;
}

;// CONCATENATED MODULE: ./build/src/values/bump-request.js


/** Refuses, before any file is read, values a protected environment must never receive. */
function checkProtected(request) {
    if (!request.protected)
        return;
    const refused = [];
    for (const query of [request.image, request.marker]) {
        if (query?.tag !== undefined && !isPinned(query.tag) && query.digest === undefined) {
            refused.push(`tag '${query.tag}'`);
        }
    }
    if (request.explicit && !isPinned(request.explicit.value))
        refused.push(`value '${request.explicit.value}'`);
    if (refused.length > 0) {
        throw new user_error/* UserError */.yo(`protected: ${refused.join(' and ')} is not an exact version or digest; a protected environment only receives pinned versions`, {
            hint: "write an exact version such as 1.4.2 (or v1.4.2), or a digest (sha256:...); 'latest', branch tags and ranges like ~1.4 are refused",
        });
    }
}

;// CONCATENATED MODULE: ./build/src/values/closest-candidates.js
/**
 * The candidates most like what the user asked for, for "not found" errors: a typo in
 * `image.tga` or `ghcr.io/acme/apii` should point at the real key or image.
 */
function closestCandidates(wanted, candidates, limit = 5) {
    const unique = [...new Set(candidates)].filter((candidate) => candidate !== '');
    return unique
        .map((candidate) => ({
        candidate,
        distance: editDistance(wanted.toLowerCase(), candidate.toLowerCase()),
    }))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./build/src/values/fast-scan-cursor.js
/** Thrown (never escapes `fastScan`) when the text needs the full parser. */
const UNSURE = new Error('fast scan: not sure, use the full parser');
/** What `mappingIndicator` returns for a line with neither a mapping indicator nor a comment. */
const NO_INDICATOR = -1;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const CR = 0x0d;
/** Characters that cannot start a plain scalar or key, or that need the full parser (`&*!?%`). */
function isIndicator(c) {
    switch (c) {
        case 0x2c: // ,
        case 0x5b: // [
        case 0x5d: // ]
        case 0x7b: // {
        case 0x7d: // }
        case HASH:
        case 0x26: // &
        case 0x2a: // *
        case 0x21: // !
        case 0x7c: // |
        case 0x3e: // >
        case DQUOTE:
        case SQUOTE:
        case 0x25: // %
        case 0x40: // @
        case 0x60: // `
        case 0x3f: // ?
        case COLON:
            return true;
        default:
            return false;
    }
}
/**
 * The text and the line being read. The block scanner extends it; the scanners for flow
 * collections, quoted and block scalars take it as their first argument.
 */
class LineCursor {
    text;
    len;
    bom;
    // The current line: [lineStart, lineEnd) without its line break; the next one at `next`.
    lineNo = 0;
    lineStart = 0;
    lineEnd = 0;
    next;
    constructor(text) {
        this.text = text;
        this.len = text.length;
        this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        this.next = this.bom;
    }
    loadLine(start) {
        const nl = this.text.indexOf('\n', start);
        this.lineNo++;
        this.lineStart = start;
        if (nl === -1) {
            this.lineEnd = this.len;
            this.next = this.len;
        }
        else {
            this.lineEnd = nl > start && this.text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
            this.next = nl + 1;
        }
    }
    skipSpaces(p) {
        while (p < this.lineEnd && this.text.charCodeAt(p) === SPACE)
            p++;
        return p;
    }
    isBlankOrEnd(i) {
        return i >= this.lineEnd || this.text.charCodeAt(i) === SPACE;
    }
    /**
     * One pass over the rest of the line from `p`: the offset of the first `:` followed by a blank
     * or the line end (a mapping indicator); else `-2 - offset` of a comment's ` #`, or NO_INDICATOR.
     */
    mappingIndicator(p) {
        const { text } = this;
        const end = this.lineEnd;
        for (let i = p; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === COLON) {
                if (i + 1 === end || text.charCodeAt(i + 1) === SPACE)
                    return i;
            }
            else if (c === HASH && i > p && text.charCodeAt(i - 1) === SPACE) {
                return -2 - (i - 1);
            }
        }
        return NO_INDICATOR;
    }
    /** After a complete value: blanks, then the end of the line or a comment, whose text is returned. */
    lineComment(end) {
        const q = this.skipSpaces(end);
        if (q === this.lineEnd)
            return undefined;
        if (this.text.charCodeAt(q) !== HASH || q === end)
            throw UNSURE;
        return this.text.slice(q + 1, this.lineEnd).trim();
    }
    scalar(start, end, value, style, comment, type = 'str') {
        const span = { start, end };
        const line = this.lineNo;
        const column = start - this.lineStart + 1;
        // Two literal shapes rather than adding `comment` later: stable hidden classes scan faster.
        return comment === undefined
            ? { kind: 'scalar', value, type, style, span, line, column }
            : { kind: 'scalar', value, type, style, span, line, column, comment };
    }
    /** `key:` or `- ` with nothing after: a null scalar right after the indicator. */
    emptyScalar(at) {
        const q = this.skipSpaces(at);
        const comment = q < this.lineEnd && this.text.charCodeAt(q) === HASH
            ? this.text.slice(q + 1, this.lineEnd).trim()
            : undefined;
        return this.scalar(at, at, '', 'plain', comment, 'null');
    }
}

;// CONCATENATED MODULE: ./build/src/values/fast-scan-block-scalar.js

// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const fast_scan_block_scalar_SPACE = 0x20;
const DASH = 0x2d;
const fast_scan_block_scalar_CR = 0x0d;
/**
 * A literal (`|`) or folded (`>`) block scalar whose header starts at `p` on the current line, in
 * a collection indented by `ownerIndent`. Reads its content lines and leaves the cursor's `next`
 * and `lineNo` at the last of them.
 */
function blockScalar(cur, p, ownerIndent) {
    const { text } = cur;
    let h = p + 1;
    const chomp = text.charCodeAt(h);
    const strip = chomp === DASH;
    if (chomp === 0x2b || (chomp >= 0x30 && chomp <= 0x39))
        throw UNSURE;
    if (strip)
        h++;
    const headerEnd = h;
    const comment = cur.lineComment(headerEnd);
    const header = text.slice(p, cur.lineEnd);
    const line = cur.lineNo;
    const column = p - cur.lineStart + 1;
    const lineBreak = text.charCodeAt(cur.lineEnd) === fast_scan_block_scalar_CR ? '\r\n' : '\n';
    const folded = text.charCodeAt(p) === 0x3e;
    let indent = -1;
    let leadingBlanks = 0;
    let longestLeadingBlank = 0;
    let blanks = 0;
    let value = '';
    let contentEnd = -1;
    let lastLineNo = cur.lineNo;
    let lastNext = cur.next;
    let cursor = cur.next;
    let lineNo = cur.lineNo;
    while (cursor < cur.len) {
        const nl = text.indexOf('\n', cursor);
        const next = nl === -1 ? cur.len : nl + 1;
        const end = nl === -1 ? cur.len : text.charCodeAt(nl - 1) === fast_scan_block_scalar_CR && nl > cursor ? nl - 1 : nl;
        lineNo++;
        let q = cursor;
        while (q < end && text.charCodeAt(q) === fast_scan_block_scalar_SPACE)
            q++;
        const spaces = q - cursor;
        if (q === end) {
            if (indent === -1) {
                leadingBlanks++;
                if (spaces > longestLeadingBlank)
                    longestLeadingBlank = spaces;
            }
            else {
                // A blank line longer than the indentation is content made of spaces.
                if (spaces > indent)
                    throw UNSURE;
                blanks++;
            }
            cursor = next;
            continue;
        }
        if (indent === -1) {
            if (spaces <= ownerIndent)
                break;
            indent = spaces;
            if (longestLeadingBlank > indent)
                throw UNSURE;
        }
        else if (spaces < indent) {
            break;
        }
        // More-indented lines of a folded scalar keep their line breaks; the full parser knows how.
        if (folded && spaces > indent)
            throw UNSURE;
        const content = text.slice(cursor + indent, end);
        if (contentEnd === -1)
            value = content;
        else if (folded)
            value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + content;
        else
            value += '\n'.repeat(blanks + 1) + content;
        blanks = 0;
        contentEnd = end;
        lastLineNo = lineNo;
        lastNext = next;
        cursor = next;
    }
    if (contentEnd === -1)
        throw UNSURE;
    cur.next = lastNext;
    cur.lineNo = lastLineNo;
    const node = {
        kind: 'scalar',
        value: '\n'.repeat(leadingBlanks) + value + (strip ? '' : '\n'),
        type: 'str',
        style: folded ? 'folded' : 'literal',
        span: { start: p, end: contentEnd },
        line,
        column,
        block: { header, indent, lineBreak },
    };
    if (comment !== undefined)
        node.comment = comment;
    return node;
}

;// CONCATENATED MODULE: ./build/src/values/fast-scan-quoted.js
/** Single- and double-quoted scalars that open and close on the current line (keys and values). */

// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const fast_scan_quoted_DQUOTE = 0x22;
const fast_scan_quoted_SQUOTE = 0x27;
const BACKSLASH = 0x5c;
/** The offset after the closing quote of a quoted scalar that opens at `p` and closes on this line. */
function quotedEnd(cur, p) {
    const { text } = cur;
    const quote = text.charCodeAt(p);
    let i = p + 1;
    for (;;) {
        i = text.indexOf(quote === fast_scan_quoted_DQUOTE ? '"' : "'", i);
        if (i === -1 || i >= cur.lineEnd)
            throw UNSURE;
        if (quote === fast_scan_quoted_SQUOTE) {
            if (text.charCodeAt(i + 1) !== fast_scan_quoted_SQUOTE)
                return i + 1;
            i += 2;
            continue;
        }
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return i + 1;
        i++;
    }
}
function quotedValue(cur, p, end) {
    const raw = cur.text.slice(p + 1, end - 1);
    if (cur.text.charCodeAt(p) === fast_scan_quoted_SQUOTE)
        return raw.indexOf("'") === -1 ? raw : raw.replace(/''/g, "'");
    return raw.indexOf('\\') === -1 ? raw : unescapeDoubleQuoted(raw);
}
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
};
function unescapeDoubleQuoted(raw) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charAt(i);
        if (c !== '\\') {
            out += c;
            continue;
        }
        const e = raw.charAt(++i);
        const simple = ESCAPES[e];
        if (simple !== undefined) {
            out += simple;
            continue;
        }
        const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const hex = raw.slice(i + 1, i + 1 + digits);
        if (digits === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits)
            throw UNSURE;
        out += String.fromCodePoint(parseInt(hex, 16));
        i += digits;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/values/scalar-render.js
/**
 * How a plain scalar loads under the YAML 1.2 core schema, the `yaml` package's default: the same
 * tests, in the same order. Only a few first characters can start a non-string, so most scalars
 * are decided without a regular expression.
 */
function plainScalarType(text) {
    if (text === '')
        return 'null';
    switch (text.charCodeAt(0)) {
        case 0x7e: // ~
            return text.length === 1 ? 'null' : 'str';
        case 0x6e: // n
        case 0x4e: // N
            return text === 'null' || text === 'Null' || text === 'NULL' ? 'null' : 'str';
        case 0x74: // t
        case 0x54: // T
        case 0x66: // f
        case 0x46: // F
            return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text) ? 'bool' : 'str';
        case 0x2b: // +
        case 0x2d: // -
        case 0x2e: // .
        case 0x30:
        case 0x31:
        case 0x32:
        case 0x33:
        case 0x34:
        case 0x35:
        case 0x36:
        case 0x37:
        case 0x38:
        case 0x39:
            if (isDecimalInteger(text))
                return 'int';
            if (/^(?:0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text))
                return 'int';
            if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
                /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
                /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) {
                return 'float';
            }
            return 'str';
        default:
            return 'str';
    }
}
/** `[-+]?[0-9]+` without a regular expression: ports, replicas and sizes are everywhere. */
function isDecimalInteger(text) {
    const first = text.charCodeAt(0);
    let i = first === 0x2b || first === 0x2d ? 1 : 0;
    if (i === text.length)
        return false;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x30 || c > 0x39)
            return false;
    }
    return true;
}
/**
 * The source text that replaces `node.span` so the scalar loads as `value`, in the node's own
 * style whenever that style can hold the value:
 *
 * - plain stays plain when the text, written plain, loads back as the same string and cannot be
 *   misread (see `isSafePlainString`); otherwise it becomes double-quoted. A plain scalar that
 *   was not a string (`replicas: 3`, `enabled: true`) stays plain when the new text loads as the
 *   same type without losing anything, so numbers stay numbers: `4`, `1.5`, `false` stay plain,
 *   but `1.10` (which would load as 1.1) or `1e3` are written as strings, like any other value.
 * - single and double quotes are kept, escaped as needed; a single-quoted scalar that would need
 *   an escape (a line break, a control character) becomes double-quoted.
 * - block scalars keep their header (comment included) and indentation; only the chomping
 *   indicator follows the value's final line break. A folded scalar whose value has line breaks
 *   becomes literal; values a block scalar cannot hold exactly become double-quoted.
 * - an empty value (`key:`) gets a separating space: `key: 1.2.3`.
 */
function renderScalar(node, value) {
    const text = renderInStyle(node, value);
    return node.span.start === node.span.end && text !== '' ? ` ${text}` : text;
}
/** A new scalar with no style to keep (created keys): plain if that is safe, else double-quoted. */
function renderStringScalar(value) {
    return isSafePlainString(value) ? value : doubleQuoted(value);
}
/** A map key for created entries: plain when it reads back as the same string key. */
function renderKey(key) {
    return renderStringScalar(key);
}
function renderInStyle(node, value) {
    switch (node.style) {
        case 'plain':
            return keepsTypeLosslessly(node.type, value) ? value : renderStringScalar(value);
        case 'single':
            return needsEscape(value) ? doubleQuoted(value) : `'${value.replace(/'/g, "''")}'`;
        case 'double':
            return doubleQuoted(value);
        case 'literal':
        case 'folded':
            return (node.block && scalar_render_blockScalar(node.block, node.style, value)) ?? doubleQuoted(value);
    }
}
/** The text, written plain, loads as a `type` that prints back as the very same text. */
function keepsTypeLosslessly(type, value) {
    if (type === 'str' || plainScalarType(value) !== type || !isPlainSyntax(value))
        return false;
    switch (type) {
        case 'int':
        case 'float':
            return String(Number(value)) === value;
        case 'bool':
            return value === 'true' || value === 'false';
        case 'null':
            return true;
    }
}
/** Line breaks and characters YAML only writes as escapes (C0/C1 controls, DEL, BOM, separators). */
function isEscapedOnly(code) {
    return ((code <= 0x1f && code !== 0x09) ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0xfeff);
}
function needsEscape(text) {
    for (let i = 0; i < text.length; i++)
        if (isEscapedOnly(text.charCodeAt(i)))
            return true;
    return false;
}
const YAML_1_1_NON_STRINGS = [
    /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    /^(?:~|null|Null|NULL)$/,
    /^[-+]?(?:0b[0-1_]+|0[0-7_]+|[0-9][0-9_]*|0x[0-9a-fA-F_]+)$/,
    /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
    /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
    /^(?:<<|=)$/,
];
/**
 * A string may be written plain when it loads back as that string under the YAML 1.2 core schema
 * and also under YAML 1.1: Helm and Kubernetes read values with go-yaml, where `on`, `1_000`,
 * `0755` or `1:30` are not strings. Flow indicators are refused too, so the text is also safe
 * inside `[...]` and `{...}`.
 */
function isSafePlainString(value) {
    return (isPlainSyntax(value) &&
        plainScalarType(value) === 'str' &&
        !YAML_1_1_NON_STRINGS.some((pattern) => pattern.test(value)));
}
/** The text can stand as a plain scalar: no indicator up front, no `: ` or ` #`, no flow indicators. */
function isPlainSyntax(value) {
    if (value === '' || needsEscape(value) || /^[\s]|[\s]$/.test(value))
        return false;
    if (/^[,[\]{}#&*!|>'"%@`]/.test(value) || /^[-?:](?:\s|$)/.test(value))
        return false;
    return !/[,[\]{}]|:\s|:$|\s#/.test(value);
}
function doubleQuoted(value) {
    let out = '"';
    for (const char of value) {
        const code = char.codePointAt(0) ?? 0;
        if (char === '"' || char === '\\')
            out += `\\${char}`;
        else if (char === '\n')
            out += '\\n';
        else if (char === '\t')
            out += '\\t';
        else if (char === '\r')
            out += '\\r';
        else if (isEscapedOnly(code))
            out += code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
        else
            out += char;
    }
    return `${out}"`;
}
function hex(code, digits) {
    return code.toString(16).toUpperCase().padStart(digits, '0');
}
/**
 * Rewrites a block scalar's content under its own header, or returns undefined when the value
 * needs what a block scalar cannot give without an indentation indicator or a keep chomp.
 */
function scalar_render_blockScalar(block, style, value) {
    const header = /^([|>])([-+0-9]*)(.*)$/.exec(block.header);
    if (!header || /[0-9]/.test(header[2] ?? '') || block.indent < 1)
        return undefined;
    const clip = value.endsWith('\n');
    const body = clip ? value.slice(0, -1) : value;
    if (body.endsWith('\n') || (clip && body === ''))
        return undefined;
    const lines = body.split('\n');
    const first = lines.find((line) => line !== '') ?? '';
    if (/^[ \t]/.test(first) || lines.some((line) => needsEscape(line) || /^[ \t]+$/.test(line))) {
        return undefined;
    }
    const indicator = style === 'folded' && lines.length > 1 ? '|' : header[1];
    const pad = ' '.repeat(block.indent);
    const content = body === '' ? [] : lines.map((line) => (line === '' ? '' : pad + line));
    return [`${indicator}${clip ? '' : '-'}${header[3]}`, ...content].join(block.lineBreak);
}

;// CONCATENATED MODULE: ./build/src/values/fast-scan-flow.js
/** Flow collections (`[a, b]`, `{k: v}`) that open and close on the current line. */



// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const fast_scan_flow_SPACE = 0x20;
const fast_scan_flow_HASH = 0x23;
const fast_scan_flow_DASH = 0x2d;
const fast_scan_flow_COLON = 0x3a;
const fast_scan_flow_DQUOTE = 0x22;
const fast_scan_flow_SQUOTE = 0x27;
/** Characters that end or may end a plain scalar in a flow collection: `,[]{}`, `:` and `#`. */
const FLOW_PLAIN_STOP = new Uint8Array(128);
for (const c of ',[]{}:#')
    FLOW_PLAIN_STOP[c.charCodeAt(0)] = 1;
function flowCollection(cur, p) {
    const { text } = cur;
    const isMap = text.charCodeAt(p) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const node = isMap
        ? {
            kind: 'map',
            flow: true,
            entries: [],
            span: { start: p, end: p },
            indent: p - cur.lineStart,
            line: cur.lineNo,
            column: p - cur.lineStart + 1,
        }
        : {
            kind: 'seq',
            flow: true,
            items: [],
            span: { start: p, end: p },
            indent: p - cur.lineStart,
            line: cur.lineNo,
            column: p - cur.lineStart + 1,
        };
    let q = cur.skipSpaces(p + 1);
    while (text.charCodeAt(q) !== close) {
        if (q >= cur.lineEnd)
            throw UNSURE;
        if (node.kind === 'seq') {
            const item = flowNode(cur, q);
            node.items.push(item);
            q = cur.skipSpaces(item.span.end);
        }
        else {
            const keyStart = q;
            const keyNode = flowNode(cur, q, true);
            if (keyNode.kind !== 'scalar' || keyNode.type !== 'str')
                throw UNSURE;
            const colon = cur.skipSpaces(keyNode.span.end);
            if (text.charCodeAt(colon) !== fast_scan_flow_COLON || text.charCodeAt(colon + 1) !== fast_scan_flow_SPACE)
                throw UNSURE;
            for (const entry of node.entries)
                if (entry.key === keyNode.value)
                    throw UNSURE;
            q = cur.skipSpaces(colon + 1);
            const c = text.charCodeAt(q);
            const value = c === 0x2c || c === close ? cur.emptyScalar(colon + 1) : flowNode(cur, q);
            node.entries.push({
                key: keyNode.value,
                keySpan: { start: keyStart, end: keyNode.span.end },
                line: cur.lineNo,
                value,
            });
            q = cur.skipSpaces(Math.max(value.span.end, colon + 1));
        }
        const c = text.charCodeAt(q);
        if (c === 0x2c)
            q = cur.skipSpaces(q + 1);
        else if (c !== close)
            throw UNSURE;
    }
    node.span.end = q + 1;
    return node;
}
function flowNode(cur, p, isKey = false) {
    const { text } = cur;
    const c = text.charCodeAt(p);
    if (c === 0x5b || c === 0x7b) {
        if (isKey)
            throw UNSURE;
        return flowCollection(cur, p);
    }
    if (c === fast_scan_flow_DQUOTE || c === fast_scan_flow_SQUOTE) {
        const end = quotedEnd(cur, p);
        return cur.scalar(p, end, quotedValue(cur, p, end), c === fast_scan_flow_DQUOTE ? 'double' : 'single', undefined);
    }
    if (isIndicator(c) || ((c === fast_scan_flow_DASH || c === 0x3f || c === fast_scan_flow_COLON) && isFlowBreak(cur, p + 1)))
        throw UNSURE;
    let end = p;
    for (; end < cur.lineEnd; end++) {
        const ch = text.charCodeAt(end);
        if (ch >= 128 || FLOW_PLAIN_STOP[ch] === 0)
            continue;
        if (ch === fast_scan_flow_COLON) {
            if (isFlowBreak(cur, end + 1))
                break;
        }
        else if (ch === fast_scan_flow_HASH) {
            if (text.charCodeAt(end - 1) === fast_scan_flow_SPACE)
                throw UNSURE;
        }
        else {
            break;
        }
    }
    while (end > p && text.charCodeAt(end - 1) === fast_scan_flow_SPACE)
        end--;
    if (end === p)
        throw UNSURE;
    if (!isKey && text.charCodeAt(end) === fast_scan_flow_COLON)
        throw UNSURE; // `[a: b]`, a single-pair map
    const value = text.slice(p, end);
    return cur.scalar(p, end, value, 'plain', undefined, plainScalarType(value));
}
/** After `:` or a leading `-?:` in flow context: a blank, a flow indicator or the line end. */
function isFlowBreak(cur, i) {
    if (i >= cur.lineEnd)
        return true;
    const c = cur.text.charCodeAt(i);
    return c === fast_scan_flow_SPACE || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

;// CONCATENATED MODULE: ./build/src/values/text-edit.js
/**
 * Splices the edits into the text. Edits may come in any order but must not overlap: two edits
 * touching the same bytes mean two targets disagree, which is a bug upstream, never a merge.
 * Insertions at the same offset are applied in the order given.
 */
function applyEdits(text, edits) {
    const sorted = edits
        .map((edit, order) => ({ edit, order }))
        .sort((a, b) => a.edit.span.start - b.edit.span.start || a.order - b.order)
        .map(({ edit }) => edit);
    const parts = [];
    let cursor = 0;
    for (const { span, text: replacement } of sorted) {
        if (span.start < 0 || span.end < span.start || span.end > text.length) {
            throw new Error(`Edit span ${span.start}..${span.end} is outside the text (length ${text.length})`);
        }
        if (span.start < cursor) {
            throw new Error(`Edits overlap at offset ${span.start} (the previous edit ends at ${cursor})`);
        }
        parts.push(text.slice(cursor, span.start), replacement);
        cursor = span.end;
    }
    parts.push(text.slice(cursor));
    return parts.join('');
}
/** 1-based line and column of an offset; a BOM at the start of the text does not count as a column. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
        line++;
        lineStart = nl + 1;
    }
    return { line, column: Math.max(offset, lineStart) - lineStart + 1 };
}
/** The line break of the first line: inserted lines use it so CRLF files stay CRLF. */
function detectEol(text) {
    const nl = text.indexOf('\n');
    return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

;// CONCATENATED MODULE: ./build/src/values/fast-scan.js






/**
 * A line scanner for the block-style YAML that value files are written in. It builds the same
 * model as `fullParse` at a fraction of the cost (no tokens, no per-character allocation: it
 * slices keys and values only), and gives up, returning undefined, on anything it does not fully
 * understand: anchors, aliases, tags, complex keys, directives, tabs, multi-line flow collections
 * and multi-line plain or quoted scalars, keep chomping, duplicate keys, and every inconsistency,
 * which may be an error that the full parser reports properly.
 */
function fastScan(name, text) {
    if (text.indexOf('\t') !== -1 || hasLoneCarriageReturn(text))
        return undefined;
    try {
        return { name, text, eol: detectEol(text), documents: new LineScanner(text).scan() };
    }
    catch (error) {
        if (error === UNSURE)
            return undefined;
        throw error;
    }
}
// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const fast_scan_SPACE = 0x20;
const fast_scan_HASH = 0x23;
const fast_scan_DASH = 0x2d;
const fast_scan_COLON = 0x3a;
const DOT = 0x2e;
const fast_scan_DQUOTE = 0x22;
const fast_scan_SQUOTE = 0x27;
function hasLoneCarriageReturn(text) {
    for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
        if (text.charCodeAt(cr + 1) !== 0x0a)
            return true;
    }
    return false;
}
/**
 * Documents and block structure, line by line, and the values that start on a block line. Flow
 * collections, quoted and block scalars are read by their own `fast-scan-*` modules, which share
 * `LineCursor` with this class.
 */
class LineScanner extends LineCursor {
    documents = [];
    frames = [];
    // The document being read.
    docStart;
    docRoot = null;
    docHasMarker = false;
    /** Where a document that follows `...` without `---` would start, or -1 while none ended. */
    docEndedAt = -1;
    /** Indentation of the key or `-` whose value is still empty, or -1. */
    pendingOwner = -1;
    pendingIsMapKey = false;
    constructor(text) {
        super(text);
        this.docStart = this.bom;
    }
    scan() {
        const { text } = this;
        while (this.next < this.len) {
            this.loadLine(this.next);
            let p = this.lineStart;
            while (p < this.lineEnd && text.charCodeAt(p) === fast_scan_SPACE)
                p++;
            if (p === this.lineEnd)
                continue;
            const c = text.charCodeAt(p);
            if (c === fast_scan_HASH)
                continue;
            if (p === this.lineStart) {
                if (c === fast_scan_DASH && this.isMarker(p, '---')) {
                    this.startMarkedDocument(p);
                    continue;
                }
                if (c === DOT && this.isMarker(p, '...')) {
                    this.endDocument();
                    continue;
                }
                if (c === 0x25)
                    throw UNSURE; // % directive
            }
            if (this.docEndedAt !== -1)
                this.startDocumentAfterEnd();
            this.contentLine(p);
        }
        if (this.docExists() || this.documents.length === 0)
            this.pushDocument(this.len);
        return this.documents;
    }
    /** `---` or `...` at column 0, alone or followed by a comment. */
    isMarker(p, marker) {
        if (!this.text.startsWith(marker, p))
            return false;
        const after = p + 3;
        if (after === this.lineEnd)
            return true;
        if (this.text.charCodeAt(after) !== fast_scan_SPACE)
            return false;
        const q = this.skipSpaces(after);
        if (q === this.lineEnd || this.text.charCodeAt(q) === fast_scan_HASH)
            return true;
        throw UNSURE; // content on the marker line: `--- |`, `--- {a: 1}`
    }
    // ---- documents --------------------------------------------------------------------------
    /** Comments alone do not make a document; a marker or content does. */
    docExists() {
        return this.docRoot !== null || this.docHasMarker || this.docEndedAt !== -1;
    }
    startMarkedDocument(lineStart) {
        if (this.docExists()) {
            this.pushDocument(lineStart);
            this.docStart = lineStart;
        }
        this.docHasMarker = true;
    }
    endDocument() {
        if ((this.docRoot === null && !this.docHasMarker) || this.docEndedAt !== -1)
            throw UNSURE;
        this.closeFrames();
        this.docEndedAt = this.next;
    }
    startDocumentAfterEnd() {
        const start = this.docEndedAt;
        this.pushDocument(start);
        this.docStart = start;
    }
    pushDocument(end) {
        this.closeFrames();
        this.documents.push({
            index: this.documents.length,
            root: this.docRoot,
            span: { start: this.docStart, end },
        });
        this.docRoot = null;
        this.docHasMarker = false;
        this.docEndedAt = -1;
    }
    // ---- block structure --------------------------------------------------------------------
    contentLine(p) {
        const indent = p - this.lineStart;
        const isSeqItem = this.isSeqIndicator(p);
        if (this.pendingOwner !== -1) {
            const owner = this.pendingOwner;
            this.pendingOwner = -1;
            if (indent > owner || (indent === owner && isSeqItem && this.pendingIsMapKey)) {
                const frame = this.frames[this.frames.length - 1];
                if (!frame)
                    throw UNSURE;
                const node = this.blockNode(p, false);
                if (frame.node.kind === 'map') {
                    const entry = frame.node.entries[frame.node.entries.length - 1];
                    if (!entry)
                        throw UNSURE;
                    entry.value = node;
                }
                else {
                    frame.node.items[frame.node.items.length - 1] = node;
                }
                return;
            }
        }
        let top = this.frames[this.frames.length - 1];
        while (top && (top.indent > indent || (top.indent === indent && top.node.kind === 'seq' && !isSeqItem))) {
            this.popFrame();
            top = this.frames[this.frames.length - 1];
        }
        if (!top) {
            if (this.docRoot !== null)
                throw UNSURE;
            this.docRoot = this.blockNode(p, false);
            return;
        }
        if (top.indent !== indent)
            throw UNSURE;
        if (top.node.kind === 'seq')
            this.seqItem(top.node, p);
        else if (isSeqItem)
            throw UNSURE;
        else
            this.mapEntry(top, p);
    }
    isSeqIndicator(p) {
        return (this.text.charCodeAt(p) === fast_scan_DASH && (p + 1 === this.lineEnd || this.text.charCodeAt(p + 1) === fast_scan_SPACE));
    }
    /** A node starting at `p`: a block sequence or map (pushed as frames), or a scalar if allowed. */
    blockNode(p, allowScalar) {
        const column = p - this.lineStart;
        if (this.isSeqIndicator(p)) {
            const seq = {
                kind: 'seq',
                flow: false,
                items: [],
                span: { start: p, end: p },
                indent: column,
                line: this.lineNo,
                column: column + 1,
            };
            this.frames.push({ node: seq, indent: column, keys: undefined });
            this.seqItem(seq, p);
            return seq;
        }
        if (this.keyEnd(p) !== -1) {
            const map = {
                kind: 'map',
                flow: false,
                entries: [],
                span: { start: p, end: p },
                indent: column,
                line: this.lineNo,
                column: column + 1,
            };
            const frame = { node: map, indent: column, keys: undefined };
            this.frames.push(frame);
            this.mapEntry(frame, p);
            return map;
        }
        if (!allowScalar)
            throw UNSURE;
        return this.inlineValue(p, this.frames[this.frames.length - 1]?.indent ?? -1);
    }
    seqItem(seq, dash) {
        const p = this.skipSpaces(dash + 1);
        if (p === this.lineEnd || this.text.charCodeAt(p) === fast_scan_HASH) {
            seq.items.push(this.emptyScalar(dash + 1));
            this.pendingOwner = seq.indent;
            this.pendingIsMapKey = false;
            return;
        }
        seq.items.push(this.blockNode(p, true));
    }
    mapEntry(frame, p) {
        const map = frame.node;
        const keyEnd = this.keyEnd(p);
        if (keyEnd === -1)
            throw UNSURE;
        const key = this.keyText;
        if (frame.keys) {
            if (frame.keys.has(key))
                throw UNSURE;
            frame.keys.add(key);
        }
        else {
            const { entries } = map;
            for (let i = 0; i < entries.length; i++)
                if (entries[i]?.key === key)
                    throw UNSURE;
            if (entries.length >= 8)
                frame.keys = new Set(entries.map((entry) => entry.key)).add(key);
        }
        const colon = this.colonAt;
        const keySpan = { start: p, end: keyEnd };
        const line = this.lineNo;
        const q = this.skipSpaces(colon + 1);
        let value;
        if (q === this.lineEnd || this.text.charCodeAt(q) === fast_scan_HASH) {
            value = this.emptyScalar(colon + 1);
            this.pendingOwner = frame.indent;
            this.pendingIsMapKey = true;
        }
        else {
            value = this.inlineValue(q, frame.indent);
        }
        map.entries.push({ key, keySpan, line, value });
    }
    // Set by keyEnd: the key's loaded text and the offset of its `:`.
    keyText = '';
    colonAt = -1;
    /**
     * The end of the implicit key starting at `p` (`key:`, `"a.b":`, `'x':`), followed by `: ` or
     * `:` at the end of the line; -1 when the line holds no key there.
     */
    keyEnd(p) {
        const { text } = this;
        const c = text.charCodeAt(p);
        let end;
        if (c === fast_scan_DQUOTE || c === fast_scan_SQUOTE) {
            end = quotedEnd(this, p);
            const colon = this.skipSpaces(end);
            if (text.charCodeAt(colon) !== fast_scan_COLON || !this.isBlankOrEnd(colon + 1))
                return -1;
            this.keyText = quotedValue(this, p, end);
            this.colonAt = colon;
            return end;
        }
        if (isIndicator(c) || c === fast_scan_DASH)
            return -1;
        const colon = this.mappingIndicator(p);
        if (colon < 0)
            return -1;
        end = colon;
        while (end > p && text.charCodeAt(end - 1) === fast_scan_SPACE)
            end--;
        if (end - p > 1024)
            throw UNSURE;
        const key = text.slice(p, end);
        // Non-string keys (`80:`, `true:`) compare by value in the full parser; leave them to it.
        if (plainScalarType(key) !== 'str')
            throw UNSURE;
        this.keyText = key;
        this.colonAt = colon;
        return end;
    }
    popFrame() {
        const frame = this.frames.pop();
        if (!frame)
            return;
        const { node } = frame;
        const last = node.kind === 'map' ? node.entries[node.entries.length - 1]?.value : node.items[node.items.length - 1];
        if (last)
            node.span.end = last.span.end;
    }
    closeFrames() {
        this.pendingOwner = -1;
        while (this.frames.length > 0)
            this.popFrame();
    }
    // ---- values on one line ----------------------------------------------------------------
    /** The value starting at `p` (not blank, not a comment), owned by a collection at `ownerIndent`. */
    inlineValue(p, ownerIndent) {
        const c = this.text.charCodeAt(p);
        if (c === fast_scan_DQUOTE || c === fast_scan_SQUOTE) {
            const end = quotedEnd(this, p);
            return this.scalar(p, end, quotedValue(this, p, end), c === fast_scan_DQUOTE ? 'double' : 'single', this.lineComment(end));
        }
        if (c === 0x5b || c === 0x7b) {
            const node = flowCollection(this, p);
            this.lineComment(node.span.end);
            return node;
        }
        if (c === 0x7c || c === 0x3e)
            return blockScalar(this, p, ownerIndent);
        if (isIndicator(c) || ((c === fast_scan_DASH || c === 0x3f || c === fast_scan_COLON) && this.isBlankOrEnd(p + 1)))
            throw UNSURE;
        return this.plainScalar(p);
    }
    plainScalar(p) {
        const { text } = this;
        const found = this.mappingIndicator(p);
        if (found >= 0)
            throw UNSURE; // `a: b: c`
        const commentAt = found === NO_INDICATOR ? -1 : -2 - found;
        let end = commentAt === -1 ? this.lineEnd : commentAt;
        while (end > p && text.charCodeAt(end - 1) === fast_scan_SPACE)
            end--;
        if (text.charCodeAt(end - 1) === fast_scan_COLON)
            throw UNSURE;
        const value = text.slice(p, end);
        const comment = commentAt === -1 ? undefined : text.slice(commentAt + 2, this.lineEnd).trim();
        return this.scalar(p, end, value, 'plain', comment, plainScalarType(value));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/src/values/full-parse.js



/**
 * Builds the model from the `yaml` package's full parse: every construct YAML allows, anchors,
 * aliases and tags included. For text the fast scanner accepts, the model is identical to its
 * one; the spans and comments are taken from the text by the same rules, not from `yaml`'s
 * ranges (which include trailing line breaks, and put empty values after the blanks).
 */
function fullParse(name, text) {
    const tokens = Array.from(new dist/* Parser */.iX().parse(text));
    const composer = new dist/* Composer */.Dk();
    const parsed = Array.from(composer.compose(tokens));
    const errors = [...parsed.flatMap((doc) => doc.errors), ...composer.streamInfo().errors];
    const lines = new LineIndex(text);
    const first = errors.sort((a, b) => a.pos[0] - b.pos[0])[0];
    if (first) {
        const { line, column } = lines.position(Math.min(first.pos[0], text.length));
        const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? first.code;
        throw new user_error/* UserError */.yo(`${name}:${line}:${column}: invalid YAML: ${reason}`, {
            location: { file: name, line, column },
            hint: 'fix the YAML at that position (an editor with YAML support or yamllint shows the problem); nothing was changed',
        });
    }
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = documentStarts(tokens, bom);
    const builder = new ModelBuilder(text, lines);
    const documents = parsed.map((doc, index) => ({
        index,
        root: builder.root(doc),
        span: { start: starts[index] ?? bom, end: starts[index + 1] ?? text.length },
    }));
    if (documents.length === 0)
        documents.push({ index: 0, root: null, span: { start: bom, end: text.length } });
    return { name, text, eol: detectEol(text), documents };
}
/**
 * Where each document starts: the first at the beginning of the text, the others at their `---`,
 * or right after the line of the `...` that ended the previous one.
 */
function documentStarts(tokens, bom) {
    const starts = [];
    let afterEnd = bom;
    for (const token of tokens) {
        if (token.type === 'document') {
            const marker = token.start.find((t) => t.type === 'doc-start');
            starts.push(starts.length === 0 ? bom : (marker?.offset ?? afterEnd));
        }
        else if (token.type === 'doc-end') {
            const last = token.end?.[token.end.length - 1];
            afterEnd = last ? last.offset + last.source.length : token.offset + token.source.length;
        }
    }
    return starts;
}
const STYLES = {
    PLAIN: 'plain',
    QUOTE_SINGLE: 'single',
    QUOTE_DOUBLE: 'double',
    BLOCK_LITERAL: 'literal',
    BLOCK_FOLDED: 'folded',
};
const TYPES = {
    'tag:yaml.org,2002:str': 'str',
    'tag:yaml.org,2002:int': 'int',
    'tag:yaml.org,2002:float': 'float',
    'tag:yaml.org,2002:bool': 'bool',
    'tag:yaml.org,2002:null': 'null',
};
class ModelBuilder {
    text;
    lines;
    schema;
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    root(doc) {
        this.schema = doc.schema;
        const contents = doc.contents;
        if (contents === null)
            return null;
        if ((0,dist/* isScalar */.jn)(contents) &&
            contents.source === '' &&
            !contents.anchor &&
            !contents.tag &&
            contents.type === 'PLAIN') {
            return null;
        }
        return this.node(contents, -1);
    }
    /** `ownerIndent`: indentation of the block collection holding the node (-1 at the root). */
    node(node, ownerIndent) {
        const [start, end] = node.range ?? [0, 0, 0];
        if ((0,dist/* isScalar */.jn)(node))
            return this.scalar(node, ownerIndent);
        if ((0,dist/* isAlias */.Vj)(node))
            return { kind: 'alias', name: node.source, span: { start, end }, ...this.lines.position(start) };
        const position = this.lines.position(start);
        const indent = position.column - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const flow = node.flow === true;
            const entries = node.items.map((pair) => {
                const key = pair.key;
                const [keyStart, keyEnd] = key?.range ?? [start, start];
                const value = pair.value;
                return {
                    key: key === null
                        ? ''
                        : (0,dist/* isScalar */.jn)(key)
                            ? String(key.source ?? key.value)
                            : this.text.slice(keyStart, keyEnd),
                    keySpan: { start: keyStart, end: keyEnd },
                    line: this.lines.position(keyStart).line,
                    value: value === null ? this.emptyScalar(keyEnd) : this.node(value, indent),
                };
            });
            const last = entries[entries.length - 1]?.value.span.end;
            const span = { start, end: flow ? end : (last ?? end) };
            const map = { kind: 'map', flow, entries, span, indent, ...position };
            if (node.anchor)
                map.anchor = node.anchor;
            return map;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const flow = node.flow === true;
            const items = node.items.map((item) => this.node(item, indent));
            const last = items[items.length - 1]?.span.end;
            const span = { start, end: flow ? end : (last ?? end) };
            const seq = { kind: 'seq', flow, items, span, indent, ...position };
            if (node.anchor)
                seq.anchor = node.anchor;
            return seq;
        }
        throw new Error(`unexpected YAML node at offset ${start}`);
    }
    scalar(node, ownerIndent) {
        const [rangeStart, rangeEnd] = node.range ?? [0, 0, 0];
        const style = STYLES[node.type ?? 'PLAIN'] ?? 'plain';
        const value = node.source ?? '';
        let span = { start: rangeStart, end: rangeEnd };
        if (style === 'plain' && rangeStart === rangeEnd)
            span = this.emptySpan(rangeStart);
        const block = style === 'literal' || style === 'folded';
        if (block)
            span = { start: rangeStart, end: this.blockEnd(rangeStart, rangeEnd) };
        const result = {
            kind: 'scalar',
            value,
            type: this.type(node, style, value),
            style,
            span,
            ...this.lines.position(span.start),
        };
        const comment = block ? this.commentAfter(this.headerEnd(span.start)) : this.commentAfter(span.end);
        if (comment !== undefined)
            result.comment = comment;
        if (node.anchor)
            result.anchor = node.anchor;
        if (node.tag)
            result.tag = node.tag;
        if (block)
            result.block = this.blockLayout(span, ownerIndent, value);
        return result;
    }
    /** The type `yaml` resolved, found the way it finds it: an explicit tag, else the first default tag whose test matches. */
    type(node, style, value) {
        if (node.tag)
            return TYPES[node.tag] ?? 'str';
        if (style !== 'plain')
            return 'str';
        const tag = this.schema?.tags.find((t) => t.default === true && t.test?.test(value));
        return (tag && TYPES[tag.tag]) ?? 'str';
    }
    /** `yaml` puts an empty value after the blanks that follow its indicator; the model puts it right after. */
    emptySpan(offset) {
        let at = offset;
        while (at > 0 && (this.text.charCodeAt(at - 1) === 0x20 || this.text.charCodeAt(at - 1) === 0x09))
            at--;
        return { start: at, end: at };
    }
    emptyScalar(offset) {
        const span = this.emptySpan(offset);
        const result = {
            kind: 'scalar',
            value: '',
            type: 'null',
            style: 'plain',
            span,
            ...this.lines.position(span.start),
        };
        const comment = this.commentAfter(span.end);
        if (comment !== undefined)
            result.comment = comment;
        return result;
    }
    /** End of the last content line that holds more than blanks, or of the header when none does. */
    blockEnd(start, rangeEnd) {
        let last = rangeEnd - 1;
        while (last > start && /[\s]/.test(this.text.charAt(last)))
            last--;
        const headerEnd = this.headerEnd(start);
        if (last < this.lineEndAt(start))
            return headerEnd;
        return this.lineEndAt(last);
    }
    /** After `|` or `>` and its indentation and chomping indicators. */
    headerEnd(start) {
        let at = start + 1;
        while (/[-+0-9]/.test(this.text.charAt(at)))
            at++;
        return at;
    }
    /** The content column is the first content line's, less the spaces the value keeps (`|2`). */
    blockLayout(span, ownerIndent, value) {
        const headerLineEnd = this.lineEndAt(span.start);
        const lineBreak = this.text.charCodeAt(headerLineEnd) === 0x0d ? '\r\n' : '\n';
        let indent = ownerIndent + 2;
        const firstContent = /[^\s]/.exec(this.text.slice(headerLineEnd, span.end));
        if (firstContent) {
            const offset = headerLineEnd + firstContent.index;
            const kept = /^\n*( *)/.exec(value)?.[1]?.length ?? 0;
            indent = offset - (this.text.lastIndexOf('\n', offset) + 1) - kept;
        }
        return { header: this.text.slice(span.start, headerLineEnd), indent, lineBreak };
    }
    /** A comment that follows `offset` on the same line, blanks in between. */
    commentAfter(offset) {
        let at = offset;
        while (this.text.charCodeAt(at) === 0x20 || this.text.charCodeAt(at) === 0x09)
            at++;
        if (this.text.charCodeAt(at) !== 0x23)
            return undefined;
        return this.text.slice(at + 1, this.lineEndAt(at)).trim();
    }
    /** The end of the line holding `offset`, before its line break. */
    lineEndAt(offset) {
        const nl = this.text.indexOf('\n', offset);
        const end = nl === -1 ? this.text.length : nl;
        return end > offset && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    }
}
/** Line starts for offset to line/column conversion, binary-searched. */
class LineIndex {
    starts;
    constructor(text) {
        this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
            this.starts.push(nl + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
    }
}

;// CONCATENATED MODULE: ./build/src/values/load-yaml.js


/**
 * Reads a YAML file into the model: the fast scanner for the common block-style files, the full
 * parser for everything it is unsure about. Malformed YAML is a `UserError` naming the file,
 * line and column, from the full parser.
 */
function loadYaml(name, text) {
    return fastScan(name, text) ?? fullParse(name, text);
}

;// CONCATENATED MODULE: ./build/src/values/navigate.js


/**
 * Follows a path in every document of a file. Aliases are not followed: a value reached through
 * `*alias` is edited where its anchor stands, never through the alias.
 */
function resolvePath(file, segments) {
    const matches = [];
    const nearby = [];
    let depth = 0;
    for (const document of file.documents) {
        const resolved = resolveInDocument(document, segments);
        matches.push(...resolved.matches);
        if (resolved.matches.length > 0)
            depth = segments.length;
        else if (resolved.miss) {
            depth = Math.max(depth, resolved.miss.missingAt);
            nearby.push(...nearbyPaths(document, segments, resolved.miss));
        }
    }
    const candidates = matches.length > 0 ? [] : closestCandidates(formatPathSegments(segments), nearby);
    return { matches, candidates, depth };
}
function resolveInDocument(document, segments) {
    const matches = [];
    let miss;
    const stop = (missingAt, lineage, keys) => {
        if (!miss || missingAt > miss.missingAt)
            miss = { missingAt, parent: lineage[lineage.length - 1] ?? null, lineage, keys };
    };
    const follow = (node, at, lineage, keys) => {
        const segment = segments[at];
        if (!segment) {
            matches.push({ node, keys, document: document.index });
            return;
        }
        const next = children(node, segment);
        if (next.length === 0)
            stop(at, lineage, keys);
        for (const child of next)
            follow(child.node, at + 1, [...lineage, child.node], [...keys, child.key]);
    };
    if (document.root === null)
        stop(0, [], []);
    else
        follow(document.root, 0, [document.root], []);
    return { matches, miss };
}
function children(node, segment) {
    if ('key' in segment) {
        if (node.kind !== 'map')
            return [];
        const entry = node.entries.find((e) => e.key === segment.key);
        return entry ? [{ node: entry.value, key: entry.key }] : [];
    }
    if (node.kind !== 'seq')
        return [];
    if ('index' in segment) {
        const item = node.items[segment.index];
        return item ? [{ node: item, key: segment.index }] : [];
    }
    const { key, value } = segment.select;
    return node.items.flatMap((item, index) => item.kind === 'map' &&
        item.entries.some((e) => e.key === key && e.value.kind === 'scalar' && e.value.value === value)
        ? [{ node: item, key: index }]
        : []);
}
/** Leaf paths listed for suggestions stop here, so a huge file cannot make an error slow. */
const MAX_LEAVES = 5000;
/**
 * What exists near a missing path: the children of the node where it stopped (as full paths,
 * list items by their `name` when they have one), and every value path elsewhere in the document
 * that ends with the same key (the user may have left out or added a prefix such as `spec.values`).
 */
function nearbyPaths(document, segments, miss) {
    const paths = [];
    const prefix = formatPathSegments(segments.slice(0, miss.missingAt));
    const join = (child) => (prefix === '' ? child.replace(/^\./, '') : `${prefix}${child}`);
    const parent = miss.parent;
    if (parent?.kind === 'map') {
        for (const entry of parent.entries)
            paths.push(join(`.${formatYamlPath([entry.key])}`));
    }
    else if (parent?.kind === 'seq') {
        parent.items.forEach((item, index) => {
            const name = item.kind === 'map' ? item.entries.find((e) => e.key === 'name')?.value : undefined;
            paths.push(join(name?.kind === 'scalar'
                ? formatPathSegments([{ select: { key: 'name', value: name.value } }])
                : `[${index}]`));
        });
    }
    const last = segments[segments.length - 1];
    if (last && 'key' in last) {
        for (const keys of leafPaths(document.root)) {
            if (keys[keys.length - 1] === last.key)
                paths.push(formatYamlPath(keys));
        }
    }
    return paths;
}
function leafPaths(root) {
    const leaves = [];
    const visit = (node, keys) => {
        if (leaves.length >= MAX_LEAVES)
            return;
        if (node.kind === 'map')
            for (const entry of node.entries)
                visit(entry.value, [...keys, entry.key]);
        else if (node.kind === 'seq')
            node.items.forEach((item, index) => visit(item, [...keys, index]));
        else
            leaves.push(keys);
    };
    if (root)
        visit(root, []);
    return leaves;
}

;// CONCATENATED MODULE: ./build/src/values/insert-missing.js




/**
 * The edit that creates the missing part of `segments` in `document`, ending in `value` (written
 * as a string that stays a string). Missing keys go at the end of the deepest existing map, a
 * missing `[name=X]` item at the end of its list as `- name: X` with the rest under it (how a
 * Kustomize `images:` entry is added), in the file's own indentation and line breaks. Flow
 * collections get flow entries. No other line changes.
 */
function insertMissing(file, document, segments, value) {
    const { matches, miss } = resolveInDocument(document, segments);
    if (matches.length > 0 || !miss) {
        throw new Error(`${formatPathSegments(segments)} already exists in ${file.name}`);
    }
    const path = formatPathSegments(segments);
    const fail = (reason, node) => {
        const location = node ? { file: file.name, line: node.line, column: node.column } : { file: file.name };
        throw new user_error/* UserError */.yo(`${file.name}${node ? `:${node.line}` : ''}: cannot create '${path}': ${reason}`, {
            location,
            hint: 'create the missing part by hand once, or point the path at a map or list that exists',
        });
    };
    const rest = creatable(segments.slice(miss.missingAt), (reason) => fail(reason, miss.parent));
    const first = rest[0];
    const parent = miss.parent;
    const layout = new Layout(file, blockStyle(file));
    if (parent === null)
        return layout.intoEmptyDocument(document, rest, value);
    switch (parent.kind) {
        case 'map':
            if (!('key' in first))
                return fail(`${describeParent(miss)} is a map, not a list`, parent);
            return parent.flow
                ? layout.intoFlowMap(parent, rest, value)
                : layout.intoBlockCollection(parent, rest, value);
        case 'seq':
            if (!('select' in first))
                return fail(`${describeParent(miss)} is a list; select an item with [name=value]`, parent);
            return parent.flow
                ? layout.intoFlowSeq(parent, rest, value)
                : layout.intoBlockCollection(parent, rest, value);
        case 'alias':
            return fail(`${describeParent(miss)} is an alias (*${parent.name}); create it where the anchor is`, parent);
        case 'scalar':
            if (parent.span.start !== parent.span.end)
                return fail(`${describeParent(miss)} holds the value '${parent.value}'`, parent);
            return layout.underEmptyValue(parent, miss.lineage[miss.lineage.length - 2], rest, value);
    }
}
/** The segments still to create, refusing what cannot be created from a path alone. */
function creatable(segments, refuse) {
    const rest = segments.map((segment) => {
        if (!('index' in segment))
            return segment;
        return refuse(`list item [${segment.index}] does not exist; only keys and [name=value] items can be created`);
    });
    const last = rest[rest.length - 1];
    if (!last || !('key' in last))
        refuse('the path must end with a key to hold the value');
    rest.forEach((segment, i) => {
        const next = rest[i + 1];
        if (!('select' in segment) || !next)
            return;
        if ('select' in next)
            refuse('an item selected by [field=value] is a map, not a list');
        else if (next.key === segment.select.key) {
            refuse(`the new item's ${next.key} is already set by [${segment.select.key}=${segment.select.value}]`);
        }
    });
    return rest;
}
function describeParent(miss) {
    return miss.keys.length === 0
        ? 'the document'
        : `'${formatPathSegments(miss.keys.map((k) => (typeof k === 'number' ? { index: k } : { key: k })))}'`;
}
class Layout {
    file;
    style;
    text;
    constructor(file, style) {
        this.file = file;
        this.style = style;
        this.text = file.text;
    }
    /** New entries or items after the last line of a block map or sequence. */
    intoBlockCollection(collection, rest, value) {
        const lines = indentLines(this.blockLines(rest, value), collection.indent);
        return this.insertAfterLine(this.lastLineEnd(collection), lines);
    }
    intoFlowMap(map, rest, value) {
        const last = map.entries[map.entries.length - 1]?.value;
        const entry = flowEntry(rest, value);
        if (!last)
            return insertAt(map.span.start + 1, entry);
        // After an empty value (`{a: }`) a comma right after the `:` would read as part of a key.
        return insertAt(last.span.end, `${last.span.start === last.span.end ? ' ' : ''}, ${entry}`);
    }
    intoFlowSeq(seq, rest, value) {
        const last = seq.items[seq.items.length - 1];
        const item = flowItem(rest, value);
        return last ? insertAt(last.span.end, `, ${item}`) : insertAt(seq.span.start + 1, item);
    }
    /** `key:` with nothing after it: the new content nests under that key (or `-`). */
    underEmptyValue(empty, owner, rest, value) {
        if (owner?.kind !== 'map' && owner?.kind !== 'seq') {
            throw new Error(`empty value at line ${empty.line} has no collection around it`);
        }
        if (owner.flow)
            return insertAt(empty.span.start, ` ${insert_missing_flowNode(rest, value)}`);
        const first = rest[0];
        const nested = owner.kind === 'seq' ? this.style.item : 'select' in first ? this.style.sequence : this.style.step;
        const lines = indentLines(this.blockLines(rest, value), owner.indent + nested);
        return this.insertAfterLine(this.lineEnd(empty.span.start), lines);
    }
    /** Before a `...` that ends the document, else at its end, on lines of their own. */
    intoEmptyDocument(document, rest, value) {
        const { text } = this;
        const lines = this.blockLines(rest, value);
        const endMarker = /^\.\.\.(?=[ \r\n]|$)/m.exec(text.slice(document.span.start, document.span.end));
        const at = endMarker ? document.span.start + endMarker.index : document.span.end;
        const eol = this.file.eol;
        const body = lines.join(eol);
        // At a line start (the text is empty or the line before is complete) the new lines end with a
        // line break; after an unterminated last line they start with one, keeping it unterminated.
        const atLineStart = at === document.span.start || text.charAt(at - 1) === '\n';
        return insertAt(at, atLineStart ? body + eol : eol + body);
    }
    /** Block lines (relative indentation) that create `rest`, the last one holding `value`. */
    blockLines(rest, value) {
        const [segment, ...more] = rest;
        if (!segment)
            return [];
        if ('select' in segment) {
            const content = [
                `${renderKey(segment.select.key)}: ${renderStringScalar(segment.select.value)}`,
                ...this.blockLines(more, value),
            ];
            const pad = ' '.repeat(this.style.item);
            return content.map((line, i) => (i === 0 ? `-${pad.slice(1)}${line}` : pad + line));
        }
        const key = renderKey(segment.key);
        const next = more[0];
        if (!next)
            return [`${key}: ${renderStringScalar(value)}`];
        const nested = 'select' in next ? this.style.sequence : this.style.step;
        return [`${key}:`, ...indentLines(this.blockLines(more, value), nested)];
    }
    /**
     * The end of the line where a collection's last node ends. A keep-chomped block scalar (`|+`)
     * owns the blank lines after it, so new lines go after those.
     */
    lastLineEnd(node) {
        let last = node;
        while (last && (last.kind === 'map' || last.kind === 'seq')) {
            last =
                last.kind === 'map'
                    ? last.entries[last.entries.length - 1]?.value
                    : last.items[last.items.length - 1];
        }
        let end = this.lineEnd(node.span.end);
        if (last?.kind === 'scalar' && last.block && /^[|>][0-9]*\+/.test(last.block.header)) {
            for (let nl = this.text.indexOf('\n', end); nl !== -1 && nl + 1 < this.text.length; nl = this.text.indexOf('\n', end)) {
                const next = this.lineEnd(nl + 1);
                if (this.text.slice(nl + 1, next).trim() !== '')
                    break;
                end = next;
            }
        }
        return end;
    }
    insertAfterLine(lineEnd, lines) {
        const eol = this.file.eol;
        return insertAt(lineEnd, eol + lines.join(eol));
    }
    lineEnd(offset) {
        const nl = this.text.indexOf('\n', offset);
        const end = nl === -1 ? this.text.length : nl;
        return end > offset && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    }
}
function insertAt(offset, text) {
    return { span: { start: offset, end: offset }, text };
}
function indentLines(lines, indent) {
    const pad = ' '.repeat(indent);
    return lines.map((line) => pad + line);
}
function flowEntry(rest, value) {
    const [segment, ...more] = rest;
    if (!segment || 'select' in segment)
        throw new Error('a flow map entry needs a key');
    return `${renderKey(segment.key)}: ${insert_missing_flowNode(more, value)}`;
}
function insert_missing_flowNode(rest, value) {
    const [segment] = rest;
    if (!segment)
        return renderStringScalar(value);
    return 'key' in segment ? `{${flowEntry(rest, value)}}` : `[${flowItem(rest, value)}]`;
}
/** The list item a `[field=value]` selector creates: `{name: api, newTag: v1}`. */
function flowItem(rest, value) {
    const [segment, ...more] = rest;
    if (!segment || !('select' in segment))
        throw new Error('a created list item needs a [field=value] selector');
    const name = `${renderKey(segment.select.key)}: ${renderStringScalar(segment.select.value)}`;
    return `{${more.length > 0 ? `${name}, ${flowEntry(more, value)}` : name}}`;
}
/** The indentation the file already uses, by majority; 2-space maps and indented lists when it has none. */
function blockStyle(file) {
    const tallies = {
        step: new Map(),
        sequence: new Map(),
        item: new Map(),
    };
    const count = (tally, n) => tally.set(n, (tally.get(n) ?? 0) + 1);
    const visit = (node) => {
        if (node.kind === 'map') {
            for (const { value, line } of node.entries) {
                const nestedBlock = !node.flow && (value.kind === 'map' || value.kind === 'seq') && !value.flow;
                if (nestedBlock && value.line > line) {
                    count(value.kind === 'map' ? tallies.step : tallies.sequence, value.indent - node.indent);
                }
                visit(value);
            }
        }
        else if (node.kind === 'seq') {
            for (const item of node.items) {
                if (!node.flow && item.kind === 'map' && !item.flow)
                    count(tallies.item, item.indent - node.indent);
                visit(item);
            }
        }
    };
    for (const document of file.documents)
        if (document.root)
            visit(document.root);
    const step = majority(tallies.step) ?? 2;
    return { step, sequence: majority(tallies.sequence) ?? step, item: majority(tallies.item) ?? 2 };
}
function majority(tally) {
    let best;
    for (const [value, count] of tally) {
        if (!best || count > best[1] || (count === best[1] && value < best[0]))
            best = [value, count];
    }
    return best?.[0];
}

;// CONCATENATED MODULE: ./build/src/values/targets/tag-digest-update.js
/**
 * The new value of a separate digest field, or undefined when it stays. A digest pins the old
 * image and takes precedence over the tag (Helm charts and Kustomize alike), so a tag-only bump
 * empties it; otherwise the bump would change nothing that is deployed.
 */
function digestFieldValue(query, current) {
    if (query.digest !== undefined)
        return query.digest;
    if (query.tag !== undefined && current !== '')
        return '';
    return undefined;
}
/**
 * The tag and digest of a reference written in one string (`name:tag@digest`) after the bump.
 * A tag-only bump drops the old digest for the same reason as {@link digestFieldValue}.
 */
function inlineTagAndDigest(query, current) {
    return {
        tag: query.tag ?? current.tag,
        digest: query.digest ?? (query.tag === undefined ? current.digest : undefined),
    };
}
/** The version fields of a target whose tag goes from `from` to `to`; empty when it is no tag change. */
function versionChange(from, to) {
    if (to === undefined)
        return {};
    return from === undefined || from === '' ? { toVersion: to } : { fromVersion: from, toVersion: to };
}

;// CONCATENATED MODULE: ./build/src/values/targets/tree-navigation.js
class Visit {
    node;
    up;
    key;
    parent;
    path;
    constructor(node, up, key, parent) {
        this.node = node;
        this.up = up;
        this.key = key;
        this.parent = parent;
    }
    get keys() {
        this.path ??= this.up === undefined ? [] : [...this.up.keys, this.key];
        return this.path;
    }
}
/** Every node under `root`, parents before children, in document order. Aliases are not followed. */
function* walkNodes(root) {
    if (root === null)
        return;
    const pending = [new Visit(root, undefined, undefined)];
    for (let visited = pending.pop(); visited !== undefined; visited = pending.pop()) {
        yield visited;
        const { node } = visited;
        if (node.kind === 'map') {
            for (let i = node.entries.length - 1; i >= 0; i--) {
                const entry = node.entries[i];
                pending.push(new Visit(entry.value, visited, entry.key, { map: node, key: entry.key }));
            }
        }
        else if (node.kind === 'seq') {
            for (let i = node.items.length - 1; i >= 0; i--)
                pending.push(new Visit(node.items[i], visited, i));
        }
    }
}
function entryValue(map, key) {
    return map.entries.find((entry) => entry.key === key)?.value;
}
function scalarEntry(map, key) {
    const value = entryValue(map, key);
    return value?.kind === 'scalar' ? value : undefined;
}
/** The text of a non-empty string scalar at `key`, the way names and kinds are written. */
function textEntry(map, key) {
    const value = scalarEntry(map, key);
    return value?.type === 'str' && value.value !== '' ? value.value : undefined;
}
/** The node at `keys` below `node`, without following aliases. */
function nodeAt(node, keys) {
    let current = node;
    for (const key of keys) {
        if (current?.kind === 'map' && typeof key === 'string')
            current = entryValue(current, key);
        else if (current?.kind === 'seq' && typeof key === 'number')
            current = current.items[key];
        else
            return undefined;
    }
    return current;
}

;// CONCATENATED MODULE: ./build/src/values/targets/image-blocks.js



/**
 * Reads `{registry?, repository, tag?, digest?}`, `{name, tag, digest?}` or `{image, tag|digest}`.
 * `name` and `image` need a sibling tag key, because alone they are a Kubernetes container
 * (`{name: api, image: ghcr.io/acme/api:1}`) or any other named thing.
 */
function readImageBlock(map) {
    const tagValue = entryValue(map, 'tag');
    const digestValue = entryValue(map, 'digest');
    // An alias or a nested map under tag/digest cannot be edited in place: not a block we handle.
    if ((tagValue && tagValue.kind !== 'scalar') || (digestValue && digestValue.kind !== 'scalar'))
        return undefined;
    const path = textEntry(map, 'repository') ??
        (tagValue ? textEntry(map, 'name') : undefined) ??
        (tagValue || digestValue ? textEntry(map, 'image') : undefined);
    if (path === undefined)
        return undefined;
    const registry = textEntry(map, 'registry');
    const name = registry === undefined ? path : `${registry.replace(/\/+$/, '')}/${path}`;
    const reference = parseImageReference(name);
    if (!reference || reference.tag !== undefined || reference.digest !== undefined)
        return undefined;
    return { name, reference, tag: tagValue, digest: digestValue };
}
/** Image blocks at any depth (Helm values, HelmRelease `spec.values`, Argo CD `valuesObject`). */
function findImageBlocks(file, query) {
    const findings = { targets: [], missing: [], candidates: [] };
    for (const document of file.documents) {
        for (const visited of walkNodes(document.root)) {
            const { node } = visited;
            if (node.kind !== 'map')
                continue;
            const block = readImageBlock(node);
            if (!block)
                continue;
            findings.candidates.push(block.name);
            if (!sameRepository(block.reference, query.image))
                continue;
            const edits = blockEdits(block, query, document.index, visited.keys);
            findings.targets.push(...edits.targets);
            findings.missing.push(...edits.missing);
        }
    }
    return findings;
}
function blockEdits(block, query, document, keys) {
    const targets = [];
    const missing = [];
    const target = (key, node, newValue, from, to) => ({
        document,
        node,
        keys: [...keys, key],
        newValue,
        ...versionChange(from, to),
        kind: 'image-block',
    });
    const missingKey = (key, value) => ({
        missing: 'key',
        kind: 'image-block',
        document,
        parentKeys: keys,
        key,
        value,
    });
    const { tag, digest } = block;
    const [tagText = '', embeddedDigest] = tag ? tag.value.split('@', 2) : [];
    if (tag && embeddedDigest !== undefined && !digest) {
        // Charts without a digest key accept `tag: 1.2.3@sha256:...`; keep that form.
        const next = inlineTagAndDigest(query, { tag: tagText || undefined, digest: embeddedDigest });
        const newValue = `${next.tag ?? ''}${next.digest === undefined ? '' : `@${next.digest}`}`;
        targets.push(target('tag', tag, newValue, tagText, query.tag));
        return { targets, missing };
    }
    if (query.tag !== undefined) {
        if (tag)
            targets.push(target('tag', tag, query.tag, tagText, query.tag));
        else
            missing.push(missingKey('tag', query.tag));
    }
    if (digest) {
        const newDigest = digestFieldValue(query, digest.value);
        if (newDigest !== undefined)
            targets.push(target('digest', digest, newDigest));
    }
    else if (query.digest !== undefined) {
        missing.push(missingKey('digest', query.digest));
    }
    return { targets, missing };
}

;// CONCATENATED MODULE: ./build/src/values/targets/image-strings.js




const HOST_ONLY = /^(?:localhost|[^/]*\.[^/]*)$/;
/**
 * Whole-reference strings anywhere (`image: ghcr.io/acme/api:1.2.3`, list items, HelmRelease
 * values). Only the tag and digest change; the name stays as written.
 */
function findImageStrings(file, query) {
    const findings = { targets: [], missing: [], candidates: [] };
    for (const document of file.documents) {
        for (const visited of walkNodes(document.root)) {
            const reference = imageString(visited);
            if (!reference)
                continue;
            findings.candidates.push(reference.name);
            if (!sameRepository(reference, query.image) || visited.node.kind !== 'scalar')
                continue;
            findings.targets.push({
                document: document.index,
                node: visited.node,
                keys: visited.keys,
                newValue: retaggedReference(reference, query),
                ...versionChange(reference.tag, query.tag),
                kind: 'image-string',
            });
        }
    }
    return findings;
}
/** `reference` as written, with the tag and digest the bump asks for. */
function retaggedReference(reference, query) {
    const next = inlineTagAndDigest(query, reference);
    return withTagAndDigest(reference.original, next.tag, next.digest);
}
/**
 * The image a string scalar names, when it evidently is one. Any lowercase word parses as a Docker
 * Hub image, so an untagged string counts only as the value of an `image` key that is not part of
 * an image block (there the block's `tag` is what changes); `app: nginx` stays a label. A lone
 * host (`localhost:5000`, `registry.example.com:443`) parses as `name:tag` but is an address.
 */
function imageString({ node, parent }) {
    if (node.kind !== 'scalar' || node.type !== 'str')
        return undefined;
    // Without ':' or '@' a string has no tag or digest, and counts only under an `image` key: most
    // scalars of a values file end here without being parsed.
    if (parent?.key !== 'image' && !/[:@]/.test(node.value))
        return undefined;
    // `sha256:<hex>` reads as image `sha256` with a hex tag, but it is a digest value.
    if (isValidDigest(node.value))
        return undefined;
    const reference = parseImageReference(node.value);
    if (!reference || HOST_ONLY.test(reference.name))
        return undefined;
    if (reference.tag !== undefined || reference.digest !== undefined)
        return reference;
    return parent?.key === 'image' && !readImageBlock(parent.map) ? reference : undefined;
}

;// CONCATENATED MODULE: ./build/src/values/targets/argocd-application.js




const ARGOCD_API = 'argoproj.io/';
/**
 * Argo CD Applications: `kustomize.images` strings (`[alias=]name[:tag][@digest]`) and Helm
 * `parameters` (`image.repository` + `image.tag`) in `spec.source` and every `spec.sources` item.
 */
function findArgoCdApplicationImages(file, query) {
    const findings = { targets: [], missing: [], candidates: [] };
    for (const document of file.documents) {
        for (const source of applicationSources(document.root)) {
            addKustomizeImages(findings, source, query, document.index);
            addHelmParameters(findings, source, query, document.index);
        }
    }
    return findings;
}
function applicationSources(root) {
    if (root?.kind !== 'map' || textEntry(root, 'kind') !== 'Application')
        return [];
    if (!(textEntry(root, 'apiVersion') ?? '').startsWith(ARGOCD_API))
        return [];
    const sources = [];
    const single = nodeAt(root, ['spec', 'source']);
    if (single?.kind === 'map')
        sources.push({ node: single, keys: ['spec', 'source'] });
    const many = nodeAt(root, ['spec', 'sources']);
    for (const [index, item] of many?.kind === 'seq' ? many.items.entries() : []) {
        if (item.kind === 'map')
            sources.push({ node: item, keys: ['spec', 'sources', index] });
    }
    return sources;
}
function addKustomizeImages(findings, source, query, document) {
    const images = nodeAt(source.node, ['kustomize', 'images']);
    for (const [index, item] of images?.kind === 'seq' ? images.items.entries() : []) {
        if (item.kind !== 'scalar' || item.type !== 'str')
            continue;
        // `alias=image` retargets the image Kustomize knows as `alias`, as `kustomize edit set image` does.
        const equals = item.value.indexOf('=');
        const alias = equals === -1 ? undefined : item.value.slice(0, equals);
        const reference = parseImageReference(item.value.slice(equals + 1));
        if (!reference)
            continue;
        const aliasReference = alias === undefined ? undefined : parseImageReference(alias);
        findings.candidates.push(...(aliasReference ? [aliasReference.name] : []), reference.name);
        const matches = sameRepository(reference, query.image) ||
            (aliasReference !== undefined && sameRepository(aliasReference, query.image));
        if (!matches)
            continue;
        findings.targets.push({
            document,
            node: item,
            keys: [...source.keys, 'kustomize', 'images', index],
            newValue: `${alias === undefined ? '' : `${alias}=`}${retaggedReference(reference, query)}`,
            ...versionChange(reference.tag, query.tag),
            kind: 'argocd-kustomize',
        });
    }
}
function addHelmParameters(findings, source, query, document) {
    const parameters = helmParameters(source);
    for (const [name, repository] of parameters) {
        if (name !== 'image.repository' && !name.endsWith('.image.repository'))
            continue;
        if (repository.value.type !== 'str' || repository.value.value === '')
            continue;
        const prefix = name.slice(0, -'repository'.length);
        const registry = parameters.get(`${prefix}registry`)?.value.value;
        const imageName = registry
            ? `${registry.replace(/\/+$/, '')}/${repository.value.value}`
            : repository.value.value;
        const reference = parseImageReference(imageName);
        if (!reference || reference.tag !== undefined || reference.digest !== undefined)
            continue;
        findings.candidates.push(imageName);
        if (!sameRepository(reference, query.image))
            continue;
        const tag = parameters.get(`${prefix}tag`);
        if (tag && query.tag !== undefined) {
            findings.targets.push({
                document,
                node: tag.value,
                keys: tag.keys,
                newValue: query.tag,
                ...versionChange(tag.value.value, query.tag),
                kind: 'argocd-helm-parameter',
            });
        }
        const digest = parameters.get(`${prefix}digest`);
        const newDigest = digest ? digestFieldValue(query, digest.value.value) : undefined;
        if (digest && newDigest !== undefined) {
            findings.targets.push({
                document,
                node: digest.value,
                keys: digest.keys,
                newValue: newDigest,
                kind: 'argocd-helm-parameter',
            });
        }
    }
}
/** `helm.parameters` by name; of duplicate names the last wins, as it does when Argo CD renders. */
function helmParameters(source) {
    const parameters = new Map();
    const list = nodeAt(source.node, ['helm', 'parameters']);
    for (const [index, item] of list?.kind === 'seq' ? list.items.entries() : []) {
        if (item.kind !== 'map')
            continue;
        const name = textEntry(item, 'name');
        const value = scalarEntry(item, 'value');
        if (name === undefined || !value)
            continue;
        parameters.set(name, { value, keys: [...source.keys, 'helm', 'parameters', index, 'value'] });
    }
    return parameters;
}

;// CONCATENATED MODULE: ./build/src/values/targets/flux-markers.js



const FIELDS = new Set(['tag', 'name', 'digest']);
/**
 * Values marked for Flux image automation: `# {"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}`
 * on the value's line, updated the way the image-automation-controller would.
 */
function findFluxMarkers(file, query) {
    const findings = { targets: [], missing: [], candidates: [] };
    const [wantedNamespace, wantedPolicy] = query.policy.includes(':')
        ? query.policy.split(':', 2)
        : [undefined, query.policy];
    for (const document of file.documents) {
        for (const visited of walkNodes(document.root)) {
            const { node } = visited;
            if (node.kind !== 'scalar' || node.comment === undefined)
                continue;
            const marker = parseSetterMarker(node.comment);
            if (!marker)
                continue;
            findings.candidates.push(`${marker.namespace}:${marker.policy}`);
            if (marker.policy !== wantedPolicy)
                continue;
            if (wantedNamespace !== undefined && marker.namespace !== wantedNamespace)
                continue;
            const update = markerUpdate(marker.field, node, query);
            if (update)
                findings.targets.push({
                    document: document.index,
                    node,
                    keys: visited.keys,
                    ...update,
                    kind: 'flux-marker',
                });
        }
    }
    return findings;
}
/** The marker in a line comment, or undefined for any other comment. */
function parseSetterMarker(comment) {
    const start = comment.indexOf('{');
    const end = comment.lastIndexOf('}');
    if (start === -1 || end < start)
        return undefined;
    let setter;
    try {
        setter = JSON.parse(comment.slice(start, end + 1))['$imagepolicy'];
    }
    catch {
        return undefined;
    }
    if (typeof setter !== 'string')
        return undefined;
    const [namespace, policy, field, ...rest] = setter.trim().split(':');
    if (!namespace || !policy || rest.length > 0)
        return undefined;
    if (field === undefined)
        return { namespace, policy, field: 'image' };
    return FIELDS.has(field) ? { namespace, policy, field: field } : undefined;
}
function markerUpdate(field, node, query) {
    switch (field) {
        case 'tag':
            return query.tag === undefined
                ? undefined
                : { newValue: query.tag, ...versionChange(node.value, query.tag) };
        case 'digest':
            return query.digest === undefined ? undefined : { newValue: query.digest };
        case 'name':
            return query.image === undefined ? undefined : { newValue: query.image.name };
        case 'image':
            return imageUpdate(node, query);
    }
}
/**
 * The whole reference keeps its name as written when it is the query's image (or no image is
 * given); a different or unreadable current value takes the query's image, as Flux writes the
 * policy's image over whatever stood there.
 */
function imageUpdate(node, query) {
    const current = node.type === 'str' ? parseImageReference(node.value) : undefined;
    if (current && (query.image === undefined || sameRepository(current, query.image))) {
        if (query.tag === undefined && query.digest === undefined)
            return undefined;
        const next = inlineTagAndDigest(query, current);
        return {
            newValue: withTagAndDigest(current.original, next.tag, next.digest),
            ...versionChange(current.tag, query.tag),
        };
    }
    if (query.image === undefined || (query.tag === undefined && query.digest === undefined))
        return undefined;
    return { newValue: withTagAndDigest(query.image.name, query.tag, query.digest) };
}

;// CONCATENATED MODULE: ./build/src/values/targets/kustomize-images.js




const KUSTOMIZE_API = 'kustomize.config.k8s.io/';
const FLUX_KUSTOMIZE_API = 'kustomize.toolkit.fluxcd.io/';
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/**
 * Kustomize `images:` entries `{name, newName?, newTag?, digest?}`, matched by `name` or `newName`.
 * Flux Kustomizations carry the same list under `spec.images`.
 */
function findKustomizeImages(file, query) {
    const findings = { targets: [], missing: [], candidates: [] };
    for (const document of file.documents) {
        const list = imagesList(file, document);
        if (!list)
            continue;
        const items = nodeAt(document.root ?? undefined, list.keys);
        let matched = false;
        for (const [index, item] of items?.kind === 'seq' ? items.items.entries() : []) {
            if (item.kind !== 'map')
                continue;
            const names = [textEntry(item, 'name'), textEntry(item, 'newName')].filter((name) => name !== undefined);
            findings.candidates.push(...names);
            const matches = names.some((name) => {
                const reference = parseImageReference(name);
                return reference !== undefined && sameRepository(reference, query.image);
            });
            if (!matches)
                continue;
            matched = true;
            addEntryEdits(findings, item, query, document.index, [...list.keys, index]);
        }
        if (!matched && list.acceptsNewEntry && (query.tag !== undefined || query.digest !== undefined)) {
            findings.missing.push({
                missing: 'entry',
                kind: 'kustomize',
                document: document.index,
                parentKeys: list.keys,
                entry: {
                    name: query.image.name,
                    ...(query.tag === undefined ? {} : { newTag: query.tag }),
                    ...(query.digest === undefined ? {} : { digest: query.digest }),
                },
            });
        }
    }
    return findings;
}
function imagesList(file, document) {
    const root = document.root;
    if (root?.kind !== 'map')
        return undefined;
    const kind = textEntry(root, 'kind');
    const apiVersion = textEntry(root, 'apiVersion') ?? '';
    if (kind === 'Kustomization' && apiVersion.startsWith(FLUX_KUSTOMIZE_API)) {
        return { keys: ['spec', 'images'], acceptsNewEntry: false };
    }
    if (kind === 'Kustomization' || kind === 'Component') {
        return apiVersion === '' || apiVersion.startsWith(KUSTOMIZE_API)
            ? { keys: ['images'], acceptsNewEntry: true }
            : undefined;
    }
    if (kind !== undefined)
        return undefined;
    // Without a kind, a top-level `images:` list is Kustomize's only if it reads like one: other
    // files (Helm values) use that key too.
    const images = nodeAt(root, ['images']);
    const looksLikeKustomize = KUSTOMIZATION_FILES.has((0,external_node_path_.basename)(file.name)) ||
        (images?.kind === 'seq' &&
            images.items.length > 0 &&
            images.items.every((item) => item.kind === 'map' && textEntry(item, 'name') !== undefined));
    return images?.kind === 'seq' && looksLikeKustomize
        ? { keys: ['images'], acceptsNewEntry: true }
        : undefined;
}
function addEntryEdits(findings, item, query, document, keys) {
    const newTag = entryValue(item, 'newTag');
    const digest = entryValue(item, 'digest');
    // A key written as an alias or a map is present but not editable here: neither target nor missing.
    if (query.tag !== undefined) {
        if (newTag?.kind === 'scalar') {
            findings.targets.push({
                document,
                node: newTag,
                keys: [...keys, 'newTag'],
                newValue: query.tag,
                ...versionChange(newTag.value, query.tag),
                kind: 'kustomize',
            });
        }
        else if (!newTag) {
            findings.missing.push({
                missing: 'key',
                kind: 'kustomize',
                document,
                parentKeys: keys,
                key: 'newTag',
                value: query.tag,
            });
        }
    }
    if (digest?.kind === 'scalar') {
        const newDigest = digestFieldValue(query, digest.value);
        if (newDigest !== undefined) {
            findings.targets.push({
                document,
                node: digest,
                keys: [...keys, 'digest'],
                newValue: newDigest,
                kind: 'kustomize',
            });
        }
    }
    else if (!digest && query.digest !== undefined) {
        findings.missing.push({
            missing: 'key',
            kind: 'kustomize',
            document,
            parentKeys: keys,
            key: 'digest',
            value: query.digest,
        });
    }
}

;// CONCATENATED MODULE: ./build/src/values/targets/index.js





/**
 * Every place in `file` that pins `query.image`, in file order. The structured finders run first so
 * that a scalar they also find as a plain image string keeps their kind.
 */
function findImageTargets(file, query) {
    const all = [findImageBlocks, findKustomizeImages, findArgoCdApplicationImages, findImageStrings].map((find) => find(file, query));
    const seen = new Set();
    return {
        targets: all
            .flatMap((findings) => findings.targets)
            .filter((target) => !seen.has(target.node) && seen.add(target.node))
            .sort((a, b) => a.node.span.start - b.node.span.start),
        missing: all.flatMap((findings) => findings.missing),
        candidates: [...new Set(all.flatMap((findings) => findings.candidates))],
    };
}
function findMarkerTargets(file, query) {
    const findings = findFluxMarkers(file, query);
    return { ...findings, candidates: [...new Set(findings.candidates)] };
}

;// CONCATENATED MODULE: ./build/src/values/plan-file-bump.js









/**
 * Plans the bump of one file: finds every target, renders each new scalar in the style of the
 * one it replaces and splices it in; nothing else in the text moves. Missing keys are created
 * one at a time, re-reading the file in between, so each insertion sees the text it lands in.
 */
function planFileBump(file, text, request, options = {}) {
    const plan = {
        file,
        bump: undefined,
        found: { image: false, marker: false, explicit: false },
        candidates: { image: [], marker: [], explicit: [] },
    };
    if (!options.exhaustive && !mayContainTarget(text, request))
        return plan;
    const yaml = loadYaml(file, text);
    const edits = [];
    const missing = [];
    if (request.image) {
        const findings = findImageTargets(yaml, request.image);
        // A Kustomization without an entry for the image yields a proposed new entry: that is not
        // finding the image, only where it could be created.
        plan.found.image = findings.targets.length > 0 || findings.missing.some((m) => m.missing === 'key');
        plan.candidates.image = findings.candidates;
        edits.push(...findings.targets.map((target) => targetEdit(yaml, target, request)));
        missing.push(...findings.missing);
    }
    if (request.marker) {
        const findings = findMarkerTargets(yaml, request.marker);
        plan.found.marker = findings.targets.length > 0;
        plan.candidates.marker = findings.candidates;
        edits.push(...findings.targets.map((target) => targetEdit(yaml, target, request)));
    }
    const explicitMissing = [];
    if (request.explicit) {
        const { segments, value } = request.explicit;
        const resolved = resolvePath(yaml, segments);
        plan.found.explicit = resolved.matches.length > 0;
        plan.candidates.explicit = resolved.candidates;
        for (const match of resolved.matches) {
            if (match.node.kind !== 'scalar') {
                throw new user_error/* UserError */.yo(`${file}:${match.node.line}: '${request.explicit.path}' is a ${match.node.kind === 'alias' ? 'alias' : match.node.kind === 'map' ? 'mapping' : 'sequence'}, not a value`, {
                    location: { file, line: match.node.line, column: match.node.column },
                    hint: 'point path at the scalar to change, e.g. image.tag rather than image',
                });
            }
            edits.push(scalarEdit(yaml, match.node, match.keys, value, 'path', request, match.node.value, value));
        }
        if (resolved.matches.length === 0 && request.missing === 'create') {
            explicitMissing.push(segments);
        }
    }
    const unique = dedupe(edits).filter(({ change }) => change.from !== change.to || change.kind === 'created');
    let after = applyEdits(text, unique.map(({ edit }) => edit));
    const changes = unique.map(({ change }) => change);
    if (request.missing === 'create') {
        for (const target of missing)
            after = createMissing(file, after, target, changes, request.explicit);
        for (const segments of explicitMissing) {
            after = createAtPath(file, after, segments, request.explicit?.value ?? '', changes);
        }
    }
    if (after !== text)
        plan.bump = { file, after, changes: sortChanges(changes) };
    return plan;
}
/**
 * Cheap pre-check: a file whose text cannot hold the target is not parsed at all. `exhaustive`
 * turns it off where what the file holds matters, such as the candidates for a not-found error.
 */
function mayContainTarget(text, request) {
    if (request.missing === 'create')
        return true;
    if (request.image && text.includes(lastSegment(request.image.image.repository)))
        return true;
    if (request.marker && text.includes('$imagepolicy'))
        return true;
    if (request.explicit) {
        // Under missing: error a file without the path fails the run, and its keys are the hint.
        if (request.missing === 'error')
            return true;
        const last = request.explicit.segments.findLast((segment) => 'key' in segment);
        if (!last || !('key' in last) || text.includes(last.key))
            return true;
    }
    return false;
}
function lastSegment(repository) {
    return repository.slice(repository.lastIndexOf('/') + 1);
}
function targetEdit(yaml, target, request) {
    return scalarEdit(yaml, target.node, target.keys, target.newValue, target.kind, request, target.fromVersion, target.toVersion);
}
function scalarEdit(yaml, node, keys, value, kind, request, fromVersion, toVersion) {
    const path = formatYamlPath(keys);
    if (!request.allowDowngrade &&
        fromVersion !== undefined &&
        toVersion !== undefined &&
        isDowngrade(fromVersion, toVersion)) {
        throw new user_error/* UserError */.yo(`${yaml.name}:${node.line}: ${path}: refusing to downgrade ${fromVersion} to ${toVersion}`, {
            location: { file: yaml.name, line: node.line, column: node.column },
            hint: 'set allow-downgrade: true to roll back on purpose',
        });
    }
    return {
        edit: {
            span: node.span,
            text: node.value === value ? yaml.text.slice(node.span.start, node.span.end) : renderScalar(node, value),
        },
        change: { file: yaml.name, line: node.line, path, from: node.value, to: value, kind },
    };
}
function dedupe(edits) {
    const seen = new Map();
    for (const planned of edits) {
        const other = seen.get(planned.edit.span.start);
        if (other && other.change.to !== planned.change.to) {
            throw new user_error/* UserError */.yo(`${planned.change.file}:${planned.change.line}: ${planned.change.path} would be set to both '${other.change.to}' and '${planned.change.to}'`, {
                hint: 'the image, marker and path given match the same value with different results; run them separately',
            });
        }
        seen.set(planned.edit.span.start, planned);
    }
    return [...seen.values()];
}
function createMissing(file, text, target, changes, _explicit) {
    const parent = target.parentKeys.map((key) => typeof key === 'number' ? { index: key } : { key });
    if (target.missing === 'key') {
        return createAtPath(file, text, [...parent, { key: target.key }], target.value, changes, target.document);
    }
    const select = { select: { key: 'name', value: target.entry.name } };
    let result = text;
    for (const key of ['newTag', 'digest']) {
        const value = target.entry[key];
        if (value !== undefined) {
            result = createAtPath(file, result, [...parent, select, { key }], value, changes, target.document);
        }
    }
    return result;
}
/**
 * Adds a missing path. In a multi-document file the document is the one given, or else the one
 * that holds the longest part of the path: creating a key in every document would be a guess.
 */
function createAtPath(file, text, segments, value, changes, documentIndex) {
    const yaml = loadYaml(file, text);
    const document = documentIndex !== undefined ? yaml.documents[documentIndex] : chooseDocumentForPath(yaml, segments);
    if (!document)
        return text;
    const edit = insertMissing(yaml, document, segments, value);
    const after = applyEdits(text, [edit]);
    const line = after.slice(0, edit.span.start).split('\n').length +
        (edit.text.startsWith('\n') || edit.text.startsWith('\r\n') ? 1 : 0);
    changes.push({ file, line, path: formatPathSegments(segments), from: '', to: value, kind: 'created' });
    return after;
}
function chooseDocumentForPath(yaml, segments) {
    const nonEmpty = yaml.documents.filter((document) => document.root !== null);
    if (yaml.documents.length === 1)
        return yaml.documents[0];
    const depths = nonEmpty.map((document) => ({
        document,
        depth: resolvePath({ ...yaml, documents: [document] }, segments).depth,
    }));
    const best = Math.max(...depths.map(({ depth }) => depth));
    const winners = depths.filter(({ depth }) => depth === best);
    if (winners.length !== 1 || best === 0) {
        throw new user_error/* UserError */.yo(`${yaml.name}: cannot tell which of its ${yaml.documents.length} documents should receive '${formatPathSegments(segments)}'`, { hint: 'create the parent key in the right document first, or list a single-document file' });
    }
    return winners[0]?.document;
}
function sortChanges(changes) {
    return [...changes].sort((a, b) => a.line - b.line);
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./build/src/values/value-files.js




/**
 * Expands the `files` globs inside the workspace. Anything that resolves outside it, through
 * `..`, an absolute path or a symlink, is refused: a bump must never write elsewhere on the runner.
 */
async function resolveValueFiles(workspace, patterns) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    for (const pattern of patterns) {
        const bare = pattern.startsWith('!') ? pattern.slice(1) : pattern;
        if ((0,external_node_path_.isAbsolute)(bare) || bare.split(/[\\/]/).includes('..')) {
            throw new user_error/* UserError */.yo(`files: '${pattern}' points outside the workspace`, {
                hint: 'write globs relative to the workspace (GITHUB_WORKSPACE), e.g. environments/staging/**/*.yaml',
            });
        }
    }
    const matches = await (0,tinyglobby_dist/* glob */.TI)([...patterns], {
        cwd: root,
        dot: true,
        onlyFiles: true,
        // Symlinked files and folders are listed, then refused below when they lead outside.
        followSymbolicLinks: true,
        expandDirectories: false,
        ignore: ['**/.git/**'],
    });
    const files = [...new Set(matches)].sort();
    for (const file of files) {
        const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, file));
        if (real !== root && !real.startsWith(root + external_node_path_.sep)) {
            throw new user_error/* UserError */.yo(`files: '${file}' is a symlink to ${real}, outside the workspace`, {
                hint: 'bump only edits files inside the workspace; point the glob at the real file instead',
            });
        }
    }
    if (files.length === 0) {
        throw new user_error/* UserError */.yo(`files: no file matches ${patterns.map((p) => `'${p}'`).join(', ')} in ${root}`, {
            hint: 'globs are relative to the workspace; check the path and that the repository is checked out',
        });
    }
    return files;
}
function workspacePath(workspace, file) {
    return (0,external_node_path_.resolve)(workspace, file);
}

;// CONCATENATED MODULE: ./build/src/values/plan-bump.js






/**
 * Plans the whole run before anything is written: every file is read and planned, and any
 * problem in any file fails the run (all or nothing), with every problem listed at once.
 */
async function planBump(workspace, files, request) {
    checkProtected(request);
    const problems = [];
    let plans = planFiles(workspace, files, request, problems);
    if (problems.length === 0 && request.missing === 'error' && nothingFound(plans, request)) {
        // Files the pre-check skipped hold the candidates the error should name: read them all.
        plans = planFiles(workspace, files, request, problems, { exhaustive: true });
    }
    if (problems.length === 0 && request.missing === 'error')
        problems.push(...notFound(plans, request));
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1) {
        throw new user_error/* UserError */.yo(`${problems.length} problems, nothing was written:\n${problems.map((p) => `  - ${p.message.replace(/\n/g, '\n    ')}`).join('\n')}`, { location: problems.find((p) => p.location)?.location });
    }
    return { bumps: plans.flatMap((plan) => (plan.bump ? [plan.bump] : [])), fileCount: files.length };
}
function planFiles(workspace, files, request, problems, options = {}) {
    const plans = [];
    for (const file of files) {
        // Synchronous on purpose: planning is CPU-bound and one awaited read per file costs about
        // twenty times more in round trips than the read itself (measured on 1,000 files).
        const text = (0,external_node_fs_.readFileSync)(workspacePath(workspace, file), 'utf8');
        try {
            plans.push(planFileBump(file, text, request, options));
        }
        catch (error) {
            if (!(error instanceof user_error/* UserError */.yo))
                throw error;
            problems.push(error);
        }
    }
    return plans;
}
function nothingFound(plans, request) {
    return ((request.image !== undefined && !plans.some((p) => p.found.image)) ||
        (request.marker !== undefined && !plans.some((p) => p.found.marker)));
}
/**
 * An explicit path must exist in every file listed: the user named both. An image or marker
 * only has to be found somewhere: a glob over an environment also matches files about other things.
 */
function notFound(plans, request) {
    const problems = [];
    const hint = 'check the spelling, or set missing: create to add it (missing: ignore to skip)';
    if (request.explicit) {
        for (const plan of plans.filter((p) => !p.found.explicit)) {
            const near = closestCandidates(request.explicit.path, plan.candidates.explicit);
            problems.push(new user_error/* UserError */.yo(`${plan.file}: path '${request.explicit.path}' not found${near.length ? `; closest: ${near.join(', ')}` : ''}`, { hint, location: { file: plan.file } }));
        }
    }
    if (request.image && !plans.some((p) => p.found.image)) {
        const wanted = request.image.image.original;
        const near = closestCandidates(wanted, plans.flatMap((p) => p.candidates.image));
        problems.push(new user_error/* UserError */.yo(`image '${wanted}' not found in ${describeFiles(plans)}${near.length ? `; images seen: ${near.join(', ')}` : ''}`, { hint }));
    }
    if (request.marker && !plans.some((p) => p.found.marker)) {
        const near = closestCandidates(request.marker.policy, plans.flatMap((p) => p.candidates.marker));
        problems.push(new user_error/* UserError */.yo(`no setter marker for image policy '${request.marker.policy}' in ${describeFiles(plans)}${near.length ? `; policies seen: ${near.join(', ')}` : ''}`, { hint: 'markers look like # {"$imagepolicy": "namespace:policy"} at the end of the line to update' }));
    }
    return problems;
}
function describeFiles(plans) {
    return plans.length === 1 ? (plans[0]?.file ?? '') : `any of ${plans.length} files`;
}

;// CONCATENATED MODULE: ./build/src/actions/bump.js









const bump = {
    async run(inputs, { log, github, env }) {
        const request = bumpRequest(inputs);
        if (inputs['pin-digests'] && request.image?.tag) {
            const { image, tag } = request.image;
            request.image.digest = await log.group(`Resolve ${image.original}:${tag}`, async () => {
                const digest = await resolveTagDigest(image.original, tag, {
                    env,
                    runner: new NodeCommandRunner(log),
                    plainHttp: inputs['plain-http'],
                    log,
                });
                log.info(`${image.original}:${tag} is ${digest}.`);
                return digest;
            });
        }
        const workspace = github.workspace;
        const files = await log.group('Find value files', async () => {
            const found = await resolveValueFiles(workspace, inputs.files);
            log.info(`${found.length} file(s) match.`);
            return found;
        });
        const plan = await log.group('Plan changes', () => planBump(workspace, files, request));
        logChanges(allChanges(plan), log);
        let commitSha = '';
        if (!inputs['dry-run'] && plan.bumps.length > 0) {
            await log.group('Write files', () => {
                const writes = new AtomicWriteBatch();
                for (const b of plan.bumps)
                    writes.stage(workspacePath(workspace, b.file), b.after);
                return writes.commit();
            });
            if (inputs.commit) {
                commitSha = await log.group('Commit and push', async () => {
                    const auth = inputs.token ? { serverUrl: github.serverUrl, token: inputs.token } : undefined;
                    const git = new Git(new NodeCommandRunner(log), workspace, { auth, log });
                    const paths = plan.bumps.map((b) => workspacePath(workspace, b.file));
                    const message = inputs['commit-message'] ?? defaultCommitMessage(plan, request);
                    return (await commitAndPush({ git, paths, message, log })).sha ?? '';
                });
            }
        }
        return {
            outputs: {
                changed: String(plan.bumps.length > 0),
                'changed-files': plan.bumps.map((b) => b.file).join('\n'),
                changes: JSON.stringify(allChanges(plan).map(({ file, line, path, from, to }) => ({ file, line, path, from, to }))),
                'commit-sha': commitSha,
            },
            report: bumpReport(plan, { dryRun: inputs['dry-run'], commitSha }),
        };
    },
};
/* harmony default export */ const actions_bump = (bump);


/***/ })

};
