export const id = 887;
export const ids = [887];
export const modules = {

/***/ 8887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ oci_push)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/exec/lazy-command-runner.js
/**
 * A NodeCommandRunner loaded on its first command: most runs start no program (no credential
 * helper, source and revision given), and loading child_process costs start-up time.
 */
class LazyCommandRunner {
    log;
    #runner;
    constructor(log) {
        this.log = log;
    }
    async run(command, args, options) {
        this.#runner ??= __webpack_require__.e(/* import() */ 990).then(__webpack_require__.bind(__webpack_require__, 9990)).then(({ NodeCommandRunner }) => new NodeCommandRunner(this.log));
        return (await this.#runner).run(command, args, options);
    }
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(8780);
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

// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/oci/artifact-tags.js
// The two functions only: the package's index also loads ranges and comparators (88 KB bundled),
// which cost a push 10-25 ms of start-up.




/** `1.2.3` or `v1.2.3`: a release version, which an artifact tag may only ever name once. */
function isExactVersionTag(tag) {
    return valid(tag.replace(/^v(?=\d)/, '')) !== null;
}
/**
 * The tags to push: as given, checked against the distribution spec's tag grammar, plus with
 * `semverTags` the floating `1.2` and `1` of each release version (`v` kept), never of a
 * prerelease, which must not move a release line.
 */
function artifactTags(tags, options) {
    const result = [];
    for (const tag of tags) {
        if (tag.includes('+')) {
            throw new user_error/* InputError */.dz(`tags: '${tag}' contains '+', which OCI tags cannot`, {
                hint: `write it with '_' instead: '${tag.replace(/\+/g, '_')}' (what Helm does for chart versions)`,
            });
        }
        if (!isValidTag(tag)) {
            throw new user_error/* InputError */.dz(`tags: '${tag}' is not a valid tag`, {
                hint: "a tag has at most 128 letters, digits, '_', '.' and '-', and does not start with '.' or '-'",
            });
        }
        result.push(tag);
        const version = options.semverTags ? parse(tag.replace(/^v(?=\d)/, '')) : null;
        if (version && version.prerelease.length === 0) {
            const prefix = tag.startsWith('v') ? 'v' : '';
            result.push(`${prefix}${version.major}.${version.minor}`, `${prefix}${version.major}`);
        }
    }
    return [...new Set(result)];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: ./build/src/runtime/log.js
var runtime_log = __webpack_require__(772);
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

// EXTERNAL MODULE: ./build/src/oci/content.js
var content = __webpack_require__(2102);
;// CONCATENATED MODULE: ./build/src/oci/manifests.js





const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/**
 * Sent on every manifest HEAD and GET: without it, registries answer with the Docker v2 schema 1
 * fallback or refuse OCI content (distribution spec "Pulling manifests": the client SHOULD send Accept).
 */
const MANIFEST_ACCEPT = [content/* OCI_MANIFEST */.EG, content/* OCI_INDEX */.$p, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST].join(', ');
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
        this.#log = options.log ?? runtime_log/* silentLog */.a;
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/exec/command.js
var command = __webpack_require__(5002);
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
        throw new command/* CommandFailedError */.j('git', args, result);
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
            throw new command/* CommandFailedError */.j('git', args, result);
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
    const cause = new command/* CommandFailedError */.j('git', args, result);
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

// EXTERNAL MODULE: ./build/src/oci/artifacts/flux-artifact.js
var flux_artifact = __webpack_require__(3823);
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

;// CONCATENATED MODULE: ./build/src/oci/oci-push-inputs.js





/** Where to push, and where blobs may be mounted from: the same registry, no tag or digest. */
function parseRepositories(inputs) {
    const repository = parseOciReference(inputs.repository);
    if (repository.tag !== undefined || repository.digest !== undefined) {
        throw new user_error/* InputError */.dz(`'repository' takes no tag or digest, got '${inputs.repository}'`, {
            hint: "put the tags in 'tags', one per line",
        });
    }
    const mountFrom = inputs['mount-from'] ? parseOciReference(inputs['mount-from']) : undefined;
    if (mountFrom && mountFrom.registry !== repository.registry) {
        throw new user_error/* InputError */.dz(`'mount-from' must be on ${repository.registry}, got '${inputs['mount-from']}'`, {
            hint: 'registries mount blobs only between repositories they hold themselves',
        });
    }
    return { repository, mountFrom };
}
function parseAnnotations(lines = []) {
    return Object.fromEntries(lines.map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }));
}
/**
 * Where the content came from, for the source and revision annotations Flux shows: the inputs,
 * else the workflow's context, else the local checkout (CLI use). Flux needs both.
 */
async function sourceAndRevision(inputs, github, log) {
    let source = inputs.source ?? (github.repository ? `${github.serverUrl}/${github.repository}` : undefined);
    let revision = inputs.revision ?? (github.sha ? (0,flux_artifact/* formatFluxRevision */.Y5)({ ref: github.ref, sha: github.sha }) : undefined);
    if (source === undefined || revision === undefined) {
        const git = new Git(new LazyCommandRunner(log), github.workspace, { log });
        try {
            source ??= await git.remoteUrl();
            revision ??= (0,flux_artifact/* formatFluxRevision */.Y5)({ ref: await currentRef(git), sha: await git.headSha() });
        }
        catch (error) {
            log.debug(`no git context: ${error.message}`);
        }
    }
    if (source === undefined || revision === undefined) {
        const missing = source === undefined ? "'source'" : "'revision'";
        const why = source === undefined
            ? "no GITHUB_REPOSITORY and no 'origin' remote"
            : 'no GITHUB_SHA and no git commit';
        throw new user_error/* InputError */.dz(`${missing} is needed: ${why} in ${github.workspace}`, {
            hint: 'set source (e.g. https://github.com/acme/app) and revision (e.g. main@sha1:<commit>)',
        });
    }
    return { source, revision };
}
async function currentRef(git) {
    try {
        return `refs/heads/${await git.currentBranch()}`;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./build/src/oci/artifacts/artifact-manifest.js
var artifact_manifest = __webpack_require__(5047);
;// CONCATENATED MODULE: ./build/src/oci/package-artifact.js



/**
 * Packs the directory as its kind and says where each result goes: one target, or for
 * terraform-module the Flux form for tofu-controller and the OpenTofu form under suffixed tags.
 * A Helm chart goes where `helm push` puts it: `<repository>/<chart name>`, tagged with its
 * version besides the tags given. A Flux form is read only when published (see FluxPackage), so
 * that an unchanged re-push is found before anything is compressed. The other packers load with
 * their kind: a Flux push, the common one, needs neither the YAML parser (Chart.yaml) nor zip.
 */
async function packageTargets(request) {
    const { repository, tags } = request;
    const at = (packed, targetTags, child) => ({
        repository: child ? `${repository.repository}/${child}` : repository.repository,
        name: child ? `${repository.name}/${child}` : repository.name,
        tags: targetTags,
        packed,
    });
    switch (request.kind) {
        case 'flux':
            return [at((0,flux_artifact/* packFluxArtifact */.nz)(request.path, request.pack), tags)];
        case 'opentofu-module': {
            const { packOpenTofuModule } = await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 8158));
            return [at((0,artifact_manifest/* alreadyPacked */.Nl)(await packOpenTofuModule(request.path, request.pack)), tags)];
        }
        case 'helm-chart': {
            const { packHelmChart } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(390)]).then(__webpack_require__.bind(__webpack_require__, 2390));
            const chart = await packHelmChart(request.path, request.pack);
            return [at((0,artifact_manifest/* alreadyPacked */.Nl)(chart.artifact), [...new Set([chart.tag, ...tags])], chart.name)];
        }
        case 'terraform-module': {
            const { packTerraformModule } = await __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 8628));
            const forms = await packTerraformModule(request.path, request.pack);
            return [
                at(forms.flux, tags),
                at((0,artifact_manifest/* alreadyPacked */.Nl)(forms.opentofu), artifactTags(tags.map((tag) => `${tag}${request.moduleTagSuffix}`), { semverTags: false })),
            ];
        }
    }
}

;// CONCATENATED MODULE: ./build/src/oci/publish-artifact.js



/**
 * Pushes an artifact unless the registry already has the same content under a tag: identical
 * config and layers make a tag `unchanged` (the created time does not count), and the existing
 * manifest stays. A kind whose config pins its uncompressed layers (Flux) is compared by that
 * config before anything is compressed, so an unchanged re-push never runs gzip. An exact version
 * tag that names different content is refused unless `overwrite`: consumers pin versions and
 * must never see one change under them.
 */
async function publishArtifact(client, target, options) {
    const outcome = { target, uploaded: 0, mounted: 0, skipped: 0, unchangedTags: [] };
    if (!client) {
        const packed = await target.packed.pack();
        return {
            ...outcome,
            digest: sha256Digest(packed.manifestBytes),
            operation: 'dry-run',
            size: totalSize(packed.manifestBytes, packed.manifest),
        };
    }
    // Started before the registry is asked, so that reading the tree overlaps the round trips;
    // nothing is compressed until `pack` says so. Awaited below, or superseded by `pack`.
    const identity = target.packed.identify?.();
    identity?.catch(() => undefined);
    const existing = await existingManifests(client, target).catch(async (error) => {
        // A problem of the tree itself (nothing to package, a link leading outside) is the one to
        // fix first, whatever the registry answered meanwhile.
        const treeProblem = await identity?.then(() => undefined, (problem) => problem);
        throw treeProblem instanceof user_error/* UserError */.yo ? treeProblem : error;
    });
    // Every tag exists: most likely nothing changed, so reading need not keep the content. A tag
    // that does not exist will be pushed whatever the others hold: compress while reading.
    if (existing.length === target.tags.length)
        target.packed.identityOnly?.();
    else if (existing.length > 0)
        target.packed.pack().catch(() => undefined);
    const matches = existing.length === 0 ? undefined : await sameContentAs(target.packed, identity);
    const unchanged = new Map();
    const conflicts = [];
    for (const found of existing) {
        if (matches?.(found.manifest)) {
            unchanged.set(found.tag, found);
        }
        else if (isExactVersionTag(found.tag) && !options.overwrite) {
            conflicts.push(`${target.name}:${found.tag} (now ${found.digest})`);
        }
    }
    if (conflicts.length > 0) {
        const verb = conflicts.length === 1 ? 'holds' : 'hold';
        throw new user_error/* UserError */.yo(`refusing to change released versions: ${conflicts.join(', ')} already ${verb} different content`, {
            hint: 'release the change under a new version, or set overwrite: true if you really mean to replace it',
        });
    }
    const unchangedTags = [...unchanged.keys()];
    const toPush = target.tags.filter((tag) => !unchanged.has(tag));
    if (toPush.length === 0) {
        options.log.info(`${target.name}: every tag already holds this content; nothing pushed.`);
        const first = unchanged.get(target.tags[0]);
        return {
            ...outcome,
            digest: first.digest,
            operation: 'unchanged',
            unchangedTags,
            size: totalSize(first.bytes, first.manifest),
        };
    }
    const packed = await target.packed.pack();
    const result = await client.pushArtifact(target.repository, packed, toPush, {
        mountFrom: options.mountFrom,
    });
    return {
        ...outcome,
        digest: result.digest,
        operation: 'pushed',
        unchangedTags,
        uploaded: result.uploaded.length,
        mounted: result.mounted.length,
        skipped: result.skipped.length,
        size: totalSize(packed.manifestBytes, packed.manifest),
    };
}
/** The manifests the target's tags name now, a GET per tag (a HEAD first would cost a round trip more). */
async function existingManifests(client, target) {
    const existing = [];
    for (const tag of target.tags) {
        const found = await client.findManifest(target.repository, tag);
        if (found === undefined)
            continue;
        const { bytes, digest } = found;
        existing.push({ tag, digest, bytes, manifest: JSON.parse(bytes.toString('utf8')) });
    }
    return existing;
}
/**
 * How to tell an existing manifest holds this content: by the kind's content identity when it
 * has one (no compression needed), else by the packed artifact's config and layer digests.
 */
async function sameContentAs(artifact, identifying) {
    if (identifying) {
        const identity = await identifying;
        return (existing) => existing.artifactType === identity.artifactType &&
            existing.config?.digest === identity.config.digest &&
            existing.layers?.length === identity.layerMediaTypes.length &&
            existing.layers.every((layer, i) => layer.mediaType === identity.layerMediaTypes[i]);
    }
    const packed = (await artifact.pack()).manifest;
    return (existing) => existing.artifactType === packed.artifactType &&
        existing.config?.digest === packed.config.digest &&
        existing.layers?.length === packed.layers.length &&
        existing.layers.every((layer, i) => layer.digest === packed.layers[i]?.digest);
}
/** What the artifact takes in the registry: the manifest and every blob it names. */
function totalSize(manifestBytes, manifest) {
    return [manifest.config, ...manifest.layers].reduce((sum, blob) => sum + blob.size, manifestBytes.length);
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

;// CONCATENATED MODULE: ./build/src/oci/push-report.js

const LISTED_FILES = 25;
/** The job summary: what went where, by digest, and what the artifact holds. */
function pushReport(outcomes, kind) {
    const md = new Markdown().heading(`oci-push (${kind})`);
    md.table(['Artifact', 'Tags', 'Digest', 'Result', 'Size'], outcomes.map((outcome) => [
        code(outcome.target.name),
        outcome.target.tags.map(code).join(' '),
        code(outcome.digest),
        describe(outcome),
        formatBytes(outcome.size),
    ]));
    const files = outcomes[0]?.target.packed.files ?? [];
    md.paragraph(`${files.length} file(s) in the artifact${files.length > LISTED_FILES ? `, the first ${LISTED_FILES}` : ''}:`);
    md.list(files.slice(0, LISTED_FILES).map(code));
    return md.toString();
}
function describe(outcome) {
    switch (outcome.operation) {
        case 'dry-run':
            return 'dry run: not pushed';
        case 'unchanged':
            return 'unchanged: the registry already had it';
        case 'pushed':
            return `pushed: ${outcome.uploaded} blob(s) uploaded, ${outcome.mounted ? `${outcome.mounted} mounted, ` : ''}${outcome.skipped} already there${outcome.unchangedTags.length ? `; ${outcome.unchangedTags.join(', ')} unchanged` : ''}`;
    }
}
function formatBytes(size) {
    if (size < 1024)
        return `${size} B`;
    if (size < 1024 * 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./build/src/actions/oci-push.js








const ociPush = {
    async run(inputs, { log, github, env }) {
        const { repository, mountFrom } = parseRepositories(inputs);
        const tags = artifactTags(inputs.tags, { semverTags: inputs['semver-tags'] });
        const { source, revision } = await sourceAndRevision(inputs, github, log);
        const targets = await log.group(`Package ${inputs.path} as ${inputs.kind}`, () => packageTargets({
            kind: inputs.kind,
            path: (0,external_node_path_.resolve)(github.workspace, inputs.path),
            repository,
            tags,
            moduleTagSuffix: inputs['module-tag-suffix'],
            pack: {
                source,
                revision,
                reproducible: inputs.reproducible,
                annotations: parseAnnotations(inputs.annotations),
                ignorePaths: inputs['ignore-paths'],
                symlinks: inputs['follow-symlinks'] ? 'follow-inside' : 'refuse',
            },
        }));
        const client = inputs['dry-run']
            ? undefined
            : await connectRegistry(repository.registry, {
                explicit: inputs.password
                    ? { username: inputs.username ?? 'oauth2', password: inputs.password }
                    : undefined,
                env,
                runner: new LazyCommandRunner(log),
                plainHttp: inputs['plain-http'],
                log,
            });
        const outcomes = [];
        for (const target of targets) {
            outcomes.push(await log.group(`Push ${target.name}:${target.tags.join(',')}`, () => publishArtifact(client, target, {
                overwrite: inputs.overwrite,
                log,
                mountFrom: mountFrom?.repository,
            })));
        }
        const [main] = outcomes;
        return {
            outputs: {
                digest: main.digest,
                ref: `${main.target.name}@${main.digest}`,
                url: `oci://${main.target.name}:${main.target.tags[0]}`,
                tags: main.target.tags.join('\n'),
                operation: outcomes.every((o) => o.operation === 'unchanged') ? 'unchanged' : main.operation,
                size: String(main.size),
            },
            report: pushReport(outcomes, inputs.kind),
        };
    },
};
/* harmony default export */ const oci_push = (ociPush);


/***/ }),

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

/***/ 5047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   BV: () => (/* binding */ assembleArtifact),
/* harmony export */   DE: () => (/* binding */ blobOf),
/* harmony export */   Nl: () => (/* binding */ alreadyPacked)
/* harmony export */ });
/* unused harmony export sha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2102);
/* harmony import */ var _utf8_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7365);



/** The OCI empty descriptor's content (image-spec v1.1, "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = blobOf(_content_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_CONFIG */ .Vt, Buffer.from('{}'));
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function blobOf(mediaType, bytes, digest = sha256Digest(bytes)) {
    return { descriptor: { mediaType, digest, size: bytes.length }, bytes };
}
/**
 * The manifest and the exact bytes to push. The bytes are built field by field in the order of
 * image-spec's Go structs, with annotation keys sorted, so the same parts always give the same
 * manifest digest (JSON.stringify alone would move integer-like keys first).
 */
function assembleArtifact(parts) {
    const annotations = Object.keys(parts.annotations).length > 0 ? { ...parts.annotations } : undefined;
    const manifest = {
        schemaVersion: 2,
        mediaType: _content_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG,
        ...(parts.artifactType !== undefined && { artifactType: parts.artifactType }),
        config: parts.config.descriptor,
        layers: parts.layers.map((layer) => layer.descriptor),
        ...(annotations && { annotations }),
    };
    return {
        manifest,
        manifestBytes: Buffer.from(manifestJson(manifest)),
        blobs: [parts.config, ...parts.layers],
        files: parts.files,
    };
}
/** A package for an artifact packed already: kinds without a content identity pack up front. */
function alreadyPacked(packed) {
    return { files: packed.files, pack: () => Promise.resolve(packed) };
}
function manifestJson(manifest) {
    return jsonObject([
        ['schemaVersion', String(manifest.schemaVersion)],
        ['mediaType', JSON.stringify(manifest.mediaType)],
        ['artifactType', optionalString(manifest.artifactType)],
        ['config', descriptorJson(manifest.config)],
        ['layers', `[${manifest.layers.map(descriptorJson).join(',')}]`],
        ['annotations', manifest.annotations && annotationsJson(manifest.annotations)],
    ]);
}
function descriptorJson(descriptor) {
    return jsonObject([
        ['mediaType', JSON.stringify(descriptor.mediaType)],
        ['digest', JSON.stringify(descriptor.digest)],
        ['size', String(descriptor.size)],
        ['annotations', descriptor.annotations && annotationsJson(descriptor.annotations)],
        ['artifactType', optionalString(descriptor.artifactType)],
    ]);
}
function annotationsJson(annotations) {
    return jsonObject(Object.keys(annotations)
        .sort(_utf8_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareUtf8 */ .z)
        .map((key) => [key, JSON.stringify(annotations[key])]));
}
/** Members whose JSON is undefined are left out, as Go's `omitempty` does. */
function jsonObject(members) {
    const present = members.filter((member) => member[1] !== undefined);
    return `{${present.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;
}
function optionalString(value) {
    return value === undefined ? undefined : JSON.stringify(value);
}


/***/ }),

/***/ 3823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ formatFluxRevision),
/* harmony export */   a: () => (/* binding */ fluxArtifactFromTree),
/* harmony export */   nz: () => (/* binding */ packFluxArtifact)
/* harmony export */ });
/* unused harmony exports FLUX_CONFIG_MEDIA_TYPE, FLUX_CONTENT_MEDIA_TYPE */
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6128);
/* harmony import */ var _artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5047);
/* harmony import */ var _ignore_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8811);
/* harmony import */ var _pack_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7265);
/* harmony import */ var _source_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2899);
/* harmony import */ var _gzip_layer_writer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3582);
/* harmony import */ var _tar_layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4460);







/** Flux's media types (RFC-0003), as `flux push artifact` writes them. */
const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
/**
 * Packs a directory of manifests (or one file) for a Flux OCIRepository: Flux's default ignore
 * list plus `ignorePaths`, one tar+gzip layer with directory entries (as Flux's own builder
 * writes them), and the config Flux writes. Nothing is read until the package is asked for.
 */
function packFluxArtifact(path, options) {
    const ignore = new _ignore_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .IgnoreRules */ .w0([..._ignore_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .FLUX_DEFAULT_IGNORE */ .dD, ...(options.ignorePaths ?? [])]);
    const tree = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .readSourceTree */ .mg)(path, { ignore, symlinks: options.symlinks, allowSingleFile: true });
    return fluxArtifactFromTree(tree, options);
}
/** The Flux form of an already opened tree (the terraform-module packer shares one walk). */
function fluxArtifactFromTree(tree, options) {
    for (const [name, value] of [
        ['source', options.source],
        ['revision', options.revision],
    ]) {
        if (value.trim() === '') {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`a Flux artifact needs a ${name}`, {
                hint: 'Flux shows the source and revision annotations in `flux get sources oci`',
            });
        }
    }
    const annotations = (0,_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .withUserAnnotations */ .G_)({
        [_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_SOURCE */ .KM]: options.source,
        [_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_REVISION */ .qK]: options.revision,
        [_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_CREATED */ .H]: (0,_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .createdTimestamp */ .jt)(options),
    }, options);
    return new FluxPackage(tree, annotations);
}
const TAR_OPTIONS = { directories: true };
/**
 * The tree is read once. `identify` starts reading without compressing (the tar kept in memory)
 * and answers with the config as soon as the diff ID is known; `pack` compresses, from the start
 * or from wherever the reading has got to, so a caller may start `identify`, learn that nothing
 * needs comparing, and `pack` without having waited. The bytes are the same either way.
 */
class FluxPackage {
    annotations;
    files;
    #tree;
    /** The same tree without recording, for a second reading after `identityOnly`. */
    #unrecorded;
    #layer;
    #packed;
    constructor(tree, annotations) {
        this.annotations = annotations;
        const recorded = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .recordingFiles */ .hh)(tree);
        this.files = recorded.files;
        this.#tree = recorded.tree;
        this.#unrecorded = tree;
    }
    identityOnly() {
        this.#layer?.writer.keepNothing();
    }
    async identify() {
        const diffId = await this.#written({ compress: false }).diffId;
        return { config: fluxConfig(diffId).descriptor, layerMediaTypes: [FLUX_CONTENT_MEDIA_TYPE] };
    }
    pack() {
        return (this.#packed ??= this.#assemble());
    }
    async #assemble() {
        // After identityOnly nothing was kept: the content changed after all, so read it again.
        if (this.#layer?.writer.keepsNothing)
            this.#layer = this.#writing(this.#unrecorded, { compress: true });
        const { writer, diffId } = this.#written({ compress: true });
        writer.compress();
        await diffId;
        const layer = await writer.compressed();
        return (0,_artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleArtifact */ .BV)({
            files: this.files,
            config: fluxConfig(layer.diffId),
            layers: [(0,_artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .blobOf */ .DE)(FLUX_CONTENT_MEDIA_TYPE, layer.bytes, layer.digest)],
            annotations: this.annotations,
        });
    }
    /** Starts writing the tar on first use. */
    #written(options) {
        this.#layer ??= this.#writing(this.#tree, options);
        return this.#layer;
    }
    #writing(tree, options) {
        const writer = new _gzip_layer_writer_js__WEBPACK_IMPORTED_MODULE_5__/* .GzipLayerWriter */ .XF(options);
        return { writer, diffId: (0,_tar_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTar */ .F)(tree, TAR_OPTIONS, writer).then(() => writer.endStream()) };
    }
}
/**
 * `flux push artifact` starts from go-containerregistry's empty image and appends the layer, so
 * its config is that library's image config with zero times and the layer's diff ID — 233
 * bytes. Written the same here, so tools comparing configs see a Flux artifact; source-controller
 * itself never reads it.
 */
function fluxConfig(diffId) {
    const zeroTime = '0001-01-01T00:00:00Z';
    return (0,_artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .blobOf */ .DE)(FLUX_CONFIG_MEDIA_TYPE, Buffer.from(`{"architecture":"","created":"${zeroTime}","history":[{"created":"${zeroTime}"}],"os":"",` +
        `"rootfs":{"type":"layers","diff_ids":["${diffId}"]},"config":{}}`));
}
/**
 * Flux's revision format (RFC-0005): `main@sha1:<sha>` for a branch, `v1.2.0@sha1:<sha>` for a
 * tag, the full ref for any other (`refs/pull/7/merge@sha1:<sha>`), `sha1:<sha>` without one.
 */
function formatFluxRevision(git) {
    const sha = git.sha.toLowerCase();
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`"${git.sha}" is not a full commit hash`, {
            hint: 'pass the 40-character commit SHA',
        });
    }
    const digest = `${sha.length === 40 ? 'sha1' : 'sha256'}:${sha}`;
    const ref = git.ref ?? '';
    const name = ref.replace(/^refs\/(?:heads|tags)\//, '');
    return name === '' ? digest : `${name}@${digest}`;
}


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dd: () => (/* binding */ DEFLATE_LEVEL),
  XF: () => (/* binding */ GzipLayerWriter)
});

// UNUSED EXPORTS: GZIP_HEADER

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/chunked-stream.js
/**
 * Uncompressed archive bytes written in place into 1 MiB chunks: files are read into `chunk`,
 * headers encoded in it, so packing allocates nothing per entry. Each filled chunk goes to
 * `take`. The chunk boundaries are part of the output (gzip deflates every chunk on its own), so
 * they depend on the sequence of writes only: a chunk is handed on when full, or early when the
 * next header does not fit in what is left. Every chunk starts zero-filled, so writers skip
 * zeroing padding and empty fields (a fresh 1 MiB allocation comes from zeroed pages anyway).
 */
const CHUNK_LENGTH = 1 << 20;
/** Recycled chunks kept for reuse: about as many as are deflating at once. */
const MAX_SPARES = 8;
class ChunkedStream {
    /** The buffer being filled; `used` bytes of it are written, the rest is zero. Replaced on every hand-over. */
    chunk = Buffer.alloc(CHUNK_LENGTH);
    used = 0;
    get free() {
        return this.chunk.length - this.used;
    }
    /** Makes sure `length` contiguous bytes (at most one chunk) are free in `chunk`. */
    async reserve(length) {
        if (this.free < length)
            await this.flush();
    }
    /** Hands the filled part of the chunk on and starts a new chunk. */
    async flush() {
        if (this.used > 0)
            await this.handOver(false);
    }
    /** Hands on the last chunk, empty or not: the stream ends with it. */
    end() {
        return this.handOver(true);
    }
    /**
     * A chunk `take` is done with, zeroed and filled again instead of a new allocation: fresh
     * memory costs a page fault per 4 KiB on first write, a tenth of packing a large tree.
     */
    recycle(data) {
        if (this.spares.length < MAX_SPARES)
            this.spares.push(Buffer.from(data.buffer, data.byteOffset, CHUNK_LENGTH));
    }
    spares = [];
    handOver(last) {
        const data = this.chunk.subarray(0, this.used);
        this.chunk = this.spares.pop()?.fill(0) ?? Buffer.alloc(CHUNK_LENGTH);
        this.used = 0;
        return this.take(data, last);
    }
}

;// CONCATENATED MODULE: ./build/src/oci/artifacts/gzip-layer-writer.js





const deflateRawAsync = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
/**
 * Gzip for layers. Chunks deflate in parallel the way pigz does it: each one is a separate raw
 * deflate primed with the 32 KiB before it (so matches still reach back across the boundary) and
 * ended with a sync flush, which leaves it byte-aligned so the pieces concatenate into one valid
 * stream; only the last one is finished. The output depends on the bytes and the chunk
 * boundaries only (see ChunkedStream), never on thread timing or on whether the chunks are
 * compressed as they are written or later from a captured stream.
 *
 * The gzip framing is written here, not by zlib, so that it is the same everywhere: no file
 * name, mtime 0, XFL 0 and OS 255 ("unknown", what Go's gzip writes) — zlib's own header
 * records the build platform. The deflate data is whatever Node's bundled zlib produces at
 * level 6: the same across runs and machines for one zlib build (`process.versions.zlib`; the
 * builds in Node 20 and 24 agree), while another zlib build may encode the same tar differently.
 */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** zlib's default level, as `gzip` uses; the zip writer deflates at the same level. */
const DEFLATE_LEVEL = 6;
/** Deflate's window: the most a match can reach back. */
const WINDOW = 32 * 1024;
/**
 * Chunks deflating at once: one per core, at least two so that reading overlaps deflating, at
 * most libuv's default thread-pool size.
 */
const PARALLEL_CHUNKS = Math.max(2, Math.min(4, (0,external_node_os_.availableParallelism)()));
/**
 * A layer written once and compressed when asked: with `compress: false` the uncompressed chunks
 * are hashed and kept, so the diff ID is known before any deflate runs; `compress()` (called at
 * any point, before or after the end) deflates the kept chunks and every later one as it comes.
 * Either way the gzip is the same: only the chunks and their boundaries decide it.
 */
class GzipLayerWriter extends ChunkedStream {
    gzip;
    /** Chunks not handed to the compressor yet. */
    pending = [];
    ended = false;
    /** Set by keepNothing. */
    digestOnly = false;
    uncompressedHash = (0,external_node_crypto_.createHash)('sha256');
    diffId;
    constructor(options = { compress: true }) {
        super();
        if (options.compress)
            this.compress();
    }
    compress() {
        if (this.digestOnly)
            throw new Error('the uncompressed layer was not kept');
        this.gzip ??= new ParallelGzip((chunk) => this.recycle(chunk));
    }
    /**
     * Only the diff ID is wanted (the registry holds every tag, so only a comparison is left): the
     * kept chunks are dropped and each later one is recycled once hashed, which spares allocating
     * and faulting in memory for the whole layer. Nothing can be compressed afterwards.
     */
    keepNothing() {
        if (this.gzip)
            return;
        this.digestOnly = true;
        // Hashed already; their memory, faulted in once, serves the chunks still to come.
        for (const chunk of this.pending.splice(0))
            this.recycle(chunk);
    }
    get keepsNothing() {
        return this.digestOnly;
    }
    /** Ends the uncompressed stream; its digest is the layer's diff ID. */
    async endStream() {
        await this.end();
        this.diffId = `sha256:${this.uncompressedHash.digest('hex')}`;
        return this.diffId;
    }
    /** The layer, compressing whatever is left; only after the stream ended. */
    async compressed() {
        if (this.diffId === undefined)
            throw new Error('the layer stream has not ended');
        this.compress();
        await this.drain();
        return { ...(await this.gzip.finish()), diffId: this.diffId };
    }
    async finish() {
        await this.endStream();
        return this.compressed();
    }
    async take(data, last) {
        this.uncompressedHash.update(data);
        if (this.digestOnly)
            return this.recycle(data);
        this.pending.push(data);
        this.ended = last;
        if (this.gzip)
            return this.drain();
        // Kept, not compressed: let the event loop turn, so that an answer arriving meanwhile (the
        // registry saying the tag is new) can switch compression on while the tree is still read.
        return new Promise((resolve) => setImmediate(resolve));
    }
    async drain() {
        const gzip = this.gzip;
        while (this.pending.length > 0) {
            const chunk = this.pending.shift();
            await gzip.write(chunk, this.ended && this.pending.length === 0);
        }
    }
}
class ParallelGzip {
    release;
    crc = 0;
    uncompressedLength = 0;
    compressedHash = (0,external_node_crypto_.createHash)('sha256').update(GZIP_HEADER);
    compressed = [GZIP_HEADER];
    deflating = [];
    window;
    /** `release` gets each input chunk back once deflated, for reuse. */
    constructor(release) {
        this.release = release;
    }
    /** Starts deflating `data` on the thread pool; waits only when enough chunks are in flight. */
    async write(data, last) {
        this.crc = (0,external_node_zlib_.crc32)(data, this.crc);
        this.uncompressedLength += data.length;
        // One output buffer per chunk: zlib hands back each full buffer via the event loop.
        const options = {
            level: DEFLATE_LEVEL,
            finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
            chunkSize: CHUNK_LENGTH,
        };
        if (this.window)
            options.dictionary = this.window;
        const output = deflateRawAsync(data, options);
        // Marked handled: when packing stops early on a user error nobody awaits this chunk.
        output.catch(() => undefined);
        this.deflating.push({ input: data, output });
        // A copy: this chunk is recycled once deflated, possibly before the next one starts.
        this.window = Buffer.from(data.subarray(Math.max(0, data.length - WINDOW)));
        if (this.deflating.length >= PARALLEL_CHUNKS)
            await this.collectOldest();
    }
    async finish() {
        while (this.deflating.length > 0)
            await this.collectOldest();
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        // ISIZE is the length modulo 2^32 (RFC 1952).
        trailer.writeUInt32LE(this.uncompressedLength % 2 ** 32, 4);
        this.collect(trailer);
        return {
            bytes: Buffer.concat(this.compressed),
            digest: `sha256:${this.compressedHash.digest('hex')}`,
        };
    }
    async collectOldest() {
        const { input, output } = this.deflating.shift();
        this.collect(await output);
        this.release(input);
    }
    collect(bytes) {
        this.compressed.push(bytes);
        this.compressedHash.update(bytes);
    }
}


/***/ }),

/***/ 8811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dD: () => (/* binding */ FLUX_DEFAULT_IGNORE),
/* harmony export */   w0: () => (/* binding */ IgnoreRules),
/* harmony export */   ww: () => (/* binding */ MODULE_DEFAULT_IGNORE)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6128);


/**
 * What `flux push artifact` leaves out unless told otherwise: its `--ignore-paths` default is
 * Flux's VCS list plus its extension list (fluxcd/pkg sourceignore `ExcludeVCS` and
 * `ExcludeExt`). Here user patterns are added after these instead of replacing them, so a
 * negation such as `!logo.png` re-includes a file.
 */
const FLUX_DEFAULT_IGNORE = [
    '.git/',
    '.gitignore',
    '.gitmodules',
    '.gitattributes',
    '*.jpg',
    '*.jpeg',
    '*.gif',
    '*.png',
    '*.wmv',
    '*.flv',
    '*.tar.gz',
    '*.zip',
];
/**
 * Never part of a module package: the repository, OpenTofu's working directory (downloaded
 * providers and modules) and state files, which can hold secrets.
 */
const MODULE_DEFAULT_IGNORE = ['.git/', '.terraform/', '*.tfstate', '*.tfstate.*'];
/**
 * Gitignore rules over paths relative to the packed directory (`a/b.yaml`; directories are
 * asked about with their own flag so directory-only patterns like `build/` apply). Matching is
 * case-sensitive, as git is on Linux; later patterns win, so `!keep.png` after `*.png` keeps it.
 */
class IgnoreRules {
    patterns;
    /** Undefined when the name patterns answer for every pattern. */
    matcher;
    /** Set when no pattern negates: the plain name patterns, matched without the general matcher. */
    names;
    constructor(patterns) {
        const lines = patterns.flatMap((pattern) => pattern.split(/\r?\n/));
        lines.forEach(refuseOutsidePattern);
        this.patterns = lines;
        // Without negations a path is ignored when any pattern matches it or a parent, so the plain
        // name patterns (all of Flux's defaults) can be answered on their own. That saves the
        // general matcher's regexes on every path: a tenth of packing 12,000 small files.
        const negates = lines.some((line) => line.startsWith('!'));
        this.names = negates ? undefined : NamePatterns.from(lines);
        const general = this.names
            ? lines.filter((line) => !NamePatterns.accepts(line) && !isBlank(line))
            : lines;
        // `ignore` ships CommonJS with its factory on `default` too; NodeNext types only that one.
        this.matcher = general.length > 0 ? ignore__WEBPACK_IMPORTED_MODULE_0__["default"]({ ignorecase: false }).add(general) : undefined;
    }
    ignores(relativePath, isDirectory) {
        if (this.names?.matchesPath(relativePath, isDirectory))
            return true;
        return this.generalIgnores(relativePath, isDirectory);
    }
    /**
     * `ignores` for an entry named `name` at `relativePath` whose parent directories are known to
     * be kept, as in a walk that never enters an ignored directory: the name patterns then need to
     * look at the name alone.
     */
    ignoresChild(name, relativePath, isDirectory) {
        if (this.names?.matchesName(name, isDirectory))
            return true;
        return this.generalIgnores(relativePath, isDirectory);
    }
    generalIgnores(relativePath, isDirectory) {
        return this.matcher?.ignores(isDirectory ? `${relativePath}/` : relativePath) ?? false;
    }
}
/**
 * Patterns that are a plain name (`.git/`, `Thumbs.db`) or `*` and a plain suffix (`*.png`):
 * having no slash inside, gitignore matches them against the name of the path and of each
 * parent directory; a trailing slash limits them to directories.
 */
class NamePatterns {
    static SHAPE = /^(\*)?([\w.-]+)(\/)?$/;
    names = new Set();
    directoryNames = new Set();
    suffixes = [];
    directorySuffixes = [];
    static accepts(line) {
        return NamePatterns.SHAPE.test(line);
    }
    static from(lines) {
        const patterns = new NamePatterns();
        for (const line of lines) {
            const shape = NamePatterns.SHAPE.exec(line);
            if (!shape)
                continue;
            const [, star, body = '', slash] = shape;
            if (star)
                (slash ? patterns.directorySuffixes : patterns.suffixes).push(body);
            else
                (slash ? patterns.directoryNames : patterns.names).add(body);
        }
        return patterns;
    }
    matchesPath(relativePath, isDirectory) {
        let start = 0;
        for (;;) {
            const end = relativePath.indexOf('/', start);
            const last = end === -1;
            const name = relativePath.slice(start, last ? undefined : end);
            if (this.matchesName(name, last ? isDirectory : true))
                return true;
            if (last)
                return false;
            start = end + 1;
        }
    }
    matchesName(name, isDirectory) {
        if (this.names.has(name) || endsWithAny(name, this.suffixes))
            return true;
        if (!isDirectory)
            return false;
        return this.directoryNames.has(name) || endsWithAny(name, this.directorySuffixes);
    }
}
/** A loop rather than `some`: asked for every entry of a tree, a closure per call adds up. */
function endsWithAny(name, suffixes) {
    for (const suffix of suffixes)
        if (name.endsWith(suffix))
            return true;
    return false;
}
/** Blank lines and comments, which gitignore skips. */
function isBlank(line) {
    return line.trim() === '' || line.startsWith('#');
}
/**
 * Gitignore patterns never start with `./` or `../`: git would silently match nothing, which
 * here would ship files the user meant to leave out.
 */
function refuseOutsidePattern(line) {
    const body = line.startsWith('!') ? line.slice(1) : line;
    if (body.startsWith('./') || body.startsWith('../') || body === '.' || body === '..') {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`ignore pattern "${line}" is relative to the current directory`, {
            hint: 'ignore-paths use .gitignore syntax relative to the packed directory: write "docs/" for any docs directory or "/docs/" for the top-level one',
        });
    }
}


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ withUserAnnotations),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   KM: () => (/* binding */ ANNOTATION_SOURCE),
/* harmony export */   jt: () => (/* binding */ createdTimestamp),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION)
/* harmony export */ });
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6128);

const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
/** RFC 3339 in UTC to the second, as Flux and Helm write it. */
function createdTimestamp(options) {
    const date = options.reproducible ? new Date(0) : (options.now ?? (() => new Date()))();
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The packer's annotations with the user's on top; empty keys are refused. */
function withUserAnnotations(own, options) {
    const user = options.annotations ?? {};
    for (const key of Object.keys(user)) {
        if (key.trim() === '')
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('an annotation has an empty key', { hint: 'write annotations as key=value' });
    }
    return { ...own, ...user };
}


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yd: () => (/* binding */ explainFileError),
/* harmony export */   hh: () => (/* binding */ recordingFiles),
/* harmony export */   kp: () => (/* binding */ listSourceTree),
/* harmony export */   mg: () => (/* binding */ readSourceTree),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6128);
/* harmony import */ var _utf8_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7365);




/** Opens a directory for packing: ignored paths left out, symlinks per the policy. */
function readSourceTree(root, options) {
    const absoluteRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const rootStat = statOrExplain(absoluteRoot, root);
    if (rootStat.isFile() && options.allowSingleFile) {
        // The file's directory stands as the root, so messages name the file as the user did.
        return { root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(root), entries: [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(root), type: 'file', source: absoluteRoot }] };
    }
    if (!rootStat.isDirectory()) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${root} is not a directory`, {
            hint: 'point the path input at the directory to package',
        });
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absoluteRoot);
    return {
        root,
        entries: { [Symbol.iterator]: () => new TreeWalk(root, realRoot, options).walk(absoluteRoot) },
    };
}
/** The tree, recording the paths of its files as an archive writer walks them. */
function recordingFiles(tree) {
    const files = [];
    const entries = {
        *[Symbol.iterator]() {
            for (const entry of tree.entries) {
                if (entry.type === 'file')
                    files.push(entry.path);
                yield entry;
            }
        },
    };
    return { tree: { root: tree.root, entries }, files };
}
/** Walks the whole tree now: for packers that inspect the entries before archiving them. */
function listSourceTree(tree) {
    return { root: tree.root, entries: [...tree.entries] };
}
class TreeWalk {
    root;
    realRoot;
    options;
    files = 0;
    ignored = 0;
    policy;
    /**
     * Real paths of the directories being walked, root first, so a followed link back up the tree
     * is caught instead of recursing forever.
     */
    ancestors;
    constructor(root, realRoot, options) {
        this.root = root;
        this.realRoot = realRoot;
        this.options = options;
        this.policy = options.symlinks ?? 'refuse';
        this.ancestors = [realRoot];
    }
    /**
     * Depth first, with a stack of the directories being listed rather than a generator per level,
     * through which every entry of a deep tree would otherwise be handed up one level at a time.
     */
    *walk(absoluteRoot) {
        const open = [{ children: this.sortedChildren(absoluteRoot, '', this.realRoot), next: 0 }];
        while (open.length > 0) {
            const directory = open[open.length - 1];
            const child = directory.children[directory.next++];
            if (child === undefined) {
                open.pop();
                // The root's own real path stays: it is where every followed link must lead.
                if (open.length > 0)
                    this.ancestors.pop();
                continue;
            }
            yield { path: child.relative, type: child.type, source: child.path };
            if (child.type === 'directory') {
                this.ancestors.push(child.realPath);
                open.push({ children: this.sortedChildren(child.path, child.relative, child.realPath), next: 0 });
            }
            else {
                this.files++;
            }
        }
        if (this.files > 0)
            return;
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(this.ignored > 0
            ? `nothing to package in ${this.root}: every file in it is ignored (${this.ignored} paths matched)`
            : `nothing to package in ${this.root}: it contains no files`, {
            hint: this.ignored > 0
                ? `check ignore-paths; the rules in effect are: ${this.options.ignore.patterns.join(', ')}`
                : 'point the path input at the directory that holds the files',
        });
    }
    sortedChildren(path, relative, realPath) {
        return this.children(path, relative, realPath).sort((a, b) => (0,_utf8_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareUtf8 */ .z)(a.key, b.key));
    }
    /** The directory's entries that get packed, symlinks resolved (or refused), unsorted. */
    children(path, relative, realPath) {
        const children = [];
        for (const dirent of this.list(path, relative)) {
            const childRelative = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
            const childPath = `${path}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${dirent.name}`;
            const isDirectory = dirent.isDirectory();
            // Git records a symlink as a file, so directory-only patterns do not match the link itself.
            if (this.skip(dirent.name, childRelative, isDirectory))
                continue;
            if (isDirectory) {
                children.push(child(dirent.name, childRelative, childPath, 'directory', `${realPath}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${dirent.name}`));
            }
            else if (dirent.isFile()) {
                children.push(child(dirent.name, childRelative, childPath, 'file', ''));
            }
            else if (dirent.isSymbolicLink()) {
                const target = this.followLink(childPath, childRelative);
                if (target)
                    children.push(child(dirent.name, childRelative, target.path, target.type, target.path));
            }
            else {
                throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${this.display(childRelative)} is not a regular file, directory or symlink`, {
                    hint: 'sockets, pipes and devices cannot be packaged: add the path to ignore-paths',
                });
            }
        }
        return children;
    }
    /** The target to pack in the link's place; undefined when it is a directory that is ignored. */
    followLink(path, relative) {
        const shown = `${this.display(relative)} -> ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path)}`;
        if (this.policy === 'refuse') {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} is not packaged by default`, {
                hint: 'replace the link with the file it points at, add it to ignore-paths, or allow links that stay inside the directory (follow-symlinks)',
            });
        }
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        }
        catch (error) {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} points at nothing`, {
                hint: 'fix or remove the dangling link, or add it to ignore-paths',
                cause: error,
            });
        }
        // A link to the root itself stays inside; it is refused below as a loop.
        if (target !== this.realRoot && !target.startsWith(`${this.realRoot}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`)) {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} leads outside ${this.root}`, {
                hint: 'only links to files inside the packaged directory are followed: copy the target in, or add the link to ignore-paths',
            });
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
            return { path: target, type: 'file' };
        if (this.skip((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(relative), relative, true))
            return undefined;
        if (this.ancestors.includes(target)) {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} points back at a directory that contains it`, {
                hint: 'remove the loop or add the link to ignore-paths',
            });
        }
        return { path: target, type: 'directory' };
    }
    list(path, relative) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { withFileTypes: true });
        }
        catch (error) {
            throw explainFileError(error, relative === '' ? this.root : this.display(relative));
        }
    }
    /** Only for an entry of a directory the walk entered: its parents are kept. */
    skip(name, relative, isDirectory) {
        const ignored = this.options.ignore.ignoresChild(name, relative, isDirectory);
        if (ignored)
            this.ignored++;
        return ignored;
    }
    display(relative) {
        return shownPath(this.root, relative);
    }
}
function child(name, relative, path, type, realPath) {
    return { relative, path, type, realPath, key: type === 'directory' ? `${name}/` : name };
}
/** A path inside the tree as the user would type it: the root they named, then the entry. */
function shownPath(root, relative) {
    return `${root.replace(/[\\/]+$/, '')}/${relative}`;
}
function statOrExplain(path, shown) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        throw explainFileError(error, shown);
    }
}
/** Turns the file-system errors a user can fix into messages that name the path and the fix. */
function explainFileError(error, shown) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} does not exist`, {
                hint: 'check the path input; relative paths start at the workspace',
                cause: error,
            });
        case 'EACCES':
        case 'EPERM':
            return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} cannot be read (permission denied)`, {
                hint: 'make it readable (chmod a+r, and a+x for directories) or add it to ignore-paths',
                cause: error,
            });
        case 'ENOTDIR':
        case 'ELOOP':
            return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} cannot be read (${code})`, { hint: 'check the path', cause: error });
        default:
            return error;
    }
}


/***/ }),

/***/ 4460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ writeTar),
  Z: () => (/* binding */ writeTarGzip)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
// EXTERNAL MODULE: ./build/src/oci/artifacts/gzip-layer-writer.js + 1 modules
var gzip_layer_writer = __webpack_require__(3582);
// EXTERNAL MODULE: ./build/src/oci/artifacts/source-tree.js
var source_tree = __webpack_require__(2899);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/tar-header.js
/**
 * POSIX ustar headers (pax extended headers for what ustar cannot hold), with every field that
 * varies between machines fixed: uid/gid 0, empty user and group names, mtime 0. Written in
 * place into the caller's buffer, so packing thousands of files allocates nothing per header.
 */
const TAR_BLOCK = 512;
/** Two zero blocks end a tar archive. */
const TAR_END_LENGTH = 2 * TAR_BLOCK;
const NAME_FIELD = 100;
/** The largest size an 11-digit octal field holds; larger files need a pax `size` record. */
const MAX_OCTAL_SIZE = 0o77777777777;
const TYPE_FLAG = { file: 0x30, directory: 0x35, pax: 0x78 };
/** Bytes the header of this entry takes: one block, or a pax header and its records before it. */
function tarHeaderLength(header) {
    if (fitsUstar(header))
        return TAR_BLOCK;
    const records = paxRecords(header);
    return 2 * TAR_BLOCK + paddedToBlock(Buffer.byteLength(records));
}
/**
 * Writes the header (and pax header, if needed) at `offset`; returns the bytes written. The
 * target bytes must be zero (ChunkedStream's are): unset fields and padding are left as found.
 */
function writeTarHeader(target, offset, header) {
    let at = offset;
    if (!fitsUstar(header)) {
        const records = paxRecords(header);
        const length = Buffer.byteLength(records);
        writeBlock(target, at, { name: 'PaxHeader', type: 'pax', mode: 0o644, size: length });
        at += TAR_BLOCK;
        target.write(records, at, 'utf8');
        at += paddedToBlock(length);
    }
    writeBlock(target, at, header);
    return at + TAR_BLOCK - offset;
}
function paddedToBlock(length) {
    return Math.ceil(length / TAR_BLOCK) * TAR_BLOCK;
}
/** Whether the plain header holds the entry: an ASCII name (the common case, scanned here) or a short UTF-8 one. */
function fitsUstar(header) {
    if (header.size > MAX_OCTAL_SIZE)
        return false;
    const { name } = header;
    if (name.length > NAME_FIELD)
        return false;
    for (let i = 0; i < name.length; i++)
        if (name.charCodeAt(i) >= 0x80)
            return Buffer.byteLength(name) <= NAME_FIELD;
    return true;
}
/**
 * Pax records for a name longer than the ustar name field or a size beyond 8 GiB. Names always
 * go through pax rather than the ustar prefix field: one rule, and every reader knows pax.
 */
function paxRecords(header) {
    let records = '';
    if (Buffer.byteLength(header.name) > NAME_FIELD)
        records += paxRecord('path', header.name);
    if (header.size > MAX_OCTAL_SIZE)
        records += paxRecord('size', String(header.size));
    return records === '' ? undefined : records;
}
/** `<length> <key>=<value>\n`, where the length counts its own digits too. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyLength = Buffer.byteLength(body);
    let digits = String(bodyLength).length;
    while (String(bodyLength + digits).length !== digits)
        digits++;
    return `${bodyLength + digits}${body}`;
}
/**
 * What every header holds alike, from the mode field (100) to the end of the magic (265): uid,
 * gid and mtime 0, the checksum field as blanks (as it is summed), `ustar\0` and version `00`.
 * Mode, size and type flag are zero here and written over. uname, gname, devmajor, devminor and
 * prefix stay zero-filled.
 */
const FIXED_FROM = 100;
const FIXED = (() => {
    const block = Buffer.alloc(TAR_BLOCK);
    writeOctal(block, 108, 8, 0); // uid
    writeOctal(block, 116, 8, 0); // gid
    writeOctal(block, 136, 12, 0); // mtime
    block.fill(0x20, 148, 156);
    block.write('ustar\u000000', 257, 8, 'latin1');
    return block.subarray(FIXED_FROM, 265);
})();
const FIXED_SUM = FIXED.reduce((sum, byte) => sum + byte, 0);
/**
 * One header block. The checksum is the sum of the block's bytes with the checksum field as
 * blanks: the fixed fields' sum is known, the rest is added up as each field is written, so
 * the block is never read back.
 */
function writeBlock(target, offset, header) {
    target.set(FIXED, offset + FIXED_FROM);
    let checksum = FIXED_SUM + writeName(target, offset, header.name);
    checksum += writeOctal(target, offset + 100, 8, header.mode);
    checksum += writeOctal(target, offset + 124, 12, header.size > MAX_OCTAL_SIZE ? 0 : header.size);
    const flag = TYPE_FLAG[header.type];
    target[offset + 156] = flag;
    checksum += flag;
    writeOctal(target, offset + 148, 7, checksum);
    target[offset + 155] = 0x20;
}
/**
 * Writes the name field and returns the sum of its bytes. An ASCII name is copied a character
 * at a time; any other is encoded as UTF-8, cut (never mid-character) to the field when too long:
 * the pax record holds it whole.
 */
function writeName(target, offset, name) {
    let sum = 0;
    const length = Math.min(name.length, NAME_FIELD);
    for (let i = 0; i < length; i++) {
        const code = name.charCodeAt(i);
        if (code >= 0x80) {
            const written = target.write(name, offset, NAME_FIELD, 'utf8');
            sum = 0;
            for (let j = offset; j < offset + written; j++)
                sum += target[j];
            return sum;
        }
        target[offset + i] = code;
        sum += code;
    }
    return sum;
}
/** Zero-padded octal digits and a NUL, written digit by digit; returns the sum of the bytes. */
function writeOctal(target, offset, width, value) {
    let rest = value;
    let sum = 0;
    for (let i = offset + width - 2; i >= offset; i--) {
        const digit = 0x30 + (rest % 8);
        target[i] = digit;
        sum += digit;
        rest = Math.floor(rest / 8);
    }
    target[offset + width - 1] = 0;
    return sum;
}

;// CONCATENATED MODULE: ./build/src/oci/artifacts/tar-layer.js





/**
 * A gzipped tar of the tree, byte-for-byte the same for the same content: entries in the tree's
 * bytewise order, modes reduced to 0644 or 0755 (git's rule: executable when the owner may run
 * it), directories 0755, owners and times zeroed. The tree's root gets no entry of its own.
 */
async function writeTarGzip(tree, options) {
    const writer = new gzip_layer_writer/* GzipLayerWriter */.XF();
    await writeTar(tree, options, writer);
    return writer.finish();
}
/**
 * Entries are written synchronously into the current chunk, each file read straight into it.
 * One thread does it all: on two cores a reading worker thread was slower (its start, the copy
 * out of its buffers and the contention with the deflate threads cost more than it saved: a
 * 45 MiB tree of 12,000 files packed in 260-300 ms alone against 310-510 ms with it).
 */
async function writeTar(tree, options, writer) {
    const prefix = options.prefix ?? '';
    // The loop runs without a pause until a chunk fills: let the caller's requests go out first (a
    // re-push asks the registry for its tags while the tree is read).
    await new Promise((resolve) => setImmediate(resolve));
    for (const entry of tree.entries) {
        const pending = entry.type === 'file'
            ? readInPlace(writer, tree, entry, prefix)
            : options.directories
                ? writeHeader(writer, { name: `${prefix}${entry.path}/`, type: 'directory', mode: 0o755, size: 0 })
                : undefined;
        // Only a full chunk makes anything wait: an await per entry would cost more than most files.
        if (pending)
            await pending;
    }
    await writer.reserve(TAR_END_LENGTH);
    writer.used += TAR_END_LENGTH;
}
/** Git's rule for modes: executable when the owner may run it. */
function tarMode(mode) {
    return mode & 0o100 ? 0o755 : 0o644;
}
/**
 * A file, read straight into the chunk: at once (returning nothing to await) when its header and
 * content fit in what is left of the chunk, as nearly every file does; else across chunks.
 */
function readInPlace(writer, tree, entry, prefix) {
    const fd = openFile(tree, entry);
    let rest;
    try {
        const { size, mode } = (0,external_node_fs_.fstatSync)(fd);
        const header = writeHeader(writer, {
            name: `${prefix}${entry.path}`,
            type: 'file',
            mode: tarMode(mode),
            size,
        });
        if (header === undefined && readInto(writer, fd, size))
            return undefined;
        rest = (async () => {
            if (header !== undefined) {
                await header;
                if (readInto(writer, fd, size))
                    return;
            }
            await readAcrossChunks(writer, tree, entry, fd, size);
        })().finally(() => (0,external_node_fs_.closeSync)(fd));
        return rest;
    }
    finally {
        if (rest === undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function shrank(shown) {
    return new user_error/* UserError */.yo(`${shown} shrank while it was being packaged`, {
        hint: 'package the directory when nothing else is writing to it',
    });
}
/** Awaits nothing when the header fits in the current chunk. */
function writeHeader(writer, header) {
    const length = tarHeaderLength(header);
    if (writer.free < length)
        return writer.flush().then(() => writeHeader(writer, header));
    writer.used += writeTarHeader(writer.chunk, writer.used, header);
    return undefined;
}
function openFile(tree, entry) {
    try {
        return (0,external_node_fs_.openSync)(entry.source, 'r');
    }
    catch (error) {
        throw (0,source_tree/* explainFileError */.Yd)(error, (0,source_tree/* shownPath */.pS)(tree.root, entry.path));
    }
}
/**
 * Reads a file that fits, padding included, straight into the current chunk: no per-file
 * buffer, no copy; the padding is already zero. False, with nothing written, when it does not fit.
 */
function readInto(writer, fd, size) {
    const padded = paddedToBlock(size);
    if (writer.free < padded)
        return false;
    let read = 0;
    while (read < size) {
        const n = (0,external_node_fs_.readSync)(fd, writer.chunk, writer.used + read, size - read, null);
        if (n === 0)
            return false;
        read += n;
    }
    writer.used += padded;
    return true;
}
/** A file larger than what is left of the chunk (or one that shrank): read chunk by chunk. */
async function readAcrossChunks(writer, tree, entry, fd, size) {
    let remaining = size;
    let position = 0;
    while (remaining > 0) {
        if (writer.free === 0)
            await writer.flush();
        const read = (0,external_node_fs_.readSync)(fd, writer.chunk, writer.used, Math.min(remaining, writer.free), position);
        if (read === 0)
            throw shrank((0,source_tree/* shownPath */.pS)(tree.root, entry.path));
        writer.used += read;
        remaining -= read;
        position += read;
    }
    const padding = paddedToBlock(size) - size;
    await writer.reserve(padding);
    writer.used += padding;
}


/***/ }),

/***/ 7365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ compareUtf8)
/* harmony export */ });
/**
 * Compares strings in UTF-8 byte order — the order of `tar --sort=name`, `LC_ALL=C sort` and Go's
 * string comparison — without encoding them. UTF-16 code units already sort that way, except
 * that surrogates (characters beyond U+FFFF, four UTF-8 bytes) must sort after U+E000–U+FFFF.
 */
function compareUtf8(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x < 0xe000 ? x + 0x2000 : x - 0x800;
            y = y < 0xe000 ? y + 0x2000 : y - 0x800;
        }
        return x - y;
    }
    return a.length - b.length;
}


/***/ }),

/***/ 2102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Vt: () => (/* binding */ OCI_EMPTY_CONFIG)
/* harmony export */ });
/**
 * OCI content as the packers produce it and the registry client pushes it (OCI image spec v1.1:
 * descriptors, manifests). Blobs carry their bytes: artifacts are compressed before they are
 * hashed, and a registry needs the digest before a monolithic upload.
 */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';


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
