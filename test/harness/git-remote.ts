import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { vi } from 'vitest';
import { skipIntegration } from './skip-integration.js';

const execFileAsync = promisify(execFile);

/**
 * Decides whether git integration tests run. A missing git skips them with a visible notice,
 * except under REQUIRE_INTEGRATION=1 (CI), where a silent skip would hide a broken setup.
 */
export function gitTestsEnabled(): boolean {
  if (spawnSync('git', ['--version']).status === 0) return true;
  const notice = 'git integration tests need git on PATH (apt-get install git)';
  return skipIntegration(notice);
}

/**
 * Hides the machine's global and system git config (identity, signing, credential helpers) from
 * every git process this test starts. Undo with `vi.unstubAllEnvs()`.
 */
export function isolateFromUserGitConfig(): void {
  vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  for (const name of ['NAME', 'EMAIL']) {
    vi.stubEnv(`GIT_AUTHOR_${name}`, undefined);
    vi.stubEnv(`GIT_COMMITTER_${name}`, undefined);
  }
  vi.stubEnv('GIT_CONFIG_COUNT', undefined);
}

/** Runs git in `cwd` and returns its trimmed stdout. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd });
  return stdout.trim();
}

export const TEST_IDENTITY = { name: 'Test Author', email: 'test@example.com' };

/**
 * A temporary bare repository with one commit on `branch`, and a clone of it (`work`) on that
 * branch, as actions/checkout would leave it. Every path lives under one directory removed by
 * `cleanup()`.
 */
export class GitRemote {
  private clones = 0;

  private constructor(
    readonly root: string,
    readonly bare: string,
    readonly work: string,
    readonly branch: string,
  ) {}

  static async create(files: Record<string, string>, branch = 'main'): Promise<GitRemote> {
    const root = await mkdtemp(join(tmpdir(), 'git-remote-'));
    const bare = join(root, 'remote.git');
    await git(root, 'init', '--quiet', '--bare', `--initial-branch=${branch}`, bare);
    const seed = join(root, 'seed');
    await git(root, 'init', '--quiet', `--initial-branch=${branch}`, seed);
    await configureIdentity(seed);
    await writeFiles(seed, files);
    await git(seed, 'add', '--all');
    await git(seed, 'commit', '--quiet', '-m', 'initial commit');
    await git(seed, 'push', '--quiet', bare, `HEAD:refs/heads/${branch}`);
    await rm(seed, { recursive: true, force: true });
    const remote = new GitRemote(root, bare, join(root, 'work'), branch);
    await remote.cloneInto(remote.work);
    return remote;
  }

  /**
   * Another clone of the remote, with a test identity configured in it; `depth` makes it
   * shallow, as actions/checkout does by default.
   */
  async clone(options: { depth?: number } = {}): Promise<string> {
    this.clones += 1;
    const dir = join(this.root, `clone-${this.clones}`);
    await this.cloneInto(dir, options.depth);
    return dir;
  }

  /** Commits `files` from a separate clone and pushes them: the remote moves ahead of `work`. */
  async pushConcurrentCommit(files: Record<string, string>, message = 'concurrent change'): Promise<string> {
    const dir = await this.clone();
    await writeFiles(dir, files);
    await git(dir, 'add', '--all');
    await git(dir, 'commit', '--quiet', '-m', message);
    await git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${this.branch}`);
    const sha = await git(dir, 'rev-parse', 'HEAD');
    await rm(dir, { recursive: true, force: true });
    return sha;
  }

  async remoteHead(): Promise<string> {
    return git(this.bare, 'rev-parse', `refs/heads/${this.branch}`);
  }

  async remoteFile(path: string): Promise<string> {
    const { stdout } = await execFileAsync('git', ['show', `refs/heads/${this.branch}:${path}`], {
      cwd: this.bare,
    });
    return stdout;
  }

  /** Subjects of the commits on the remote branch, newest first. */
  async remoteSubjects(): Promise<string[]> {
    return (await git(this.bare, 'log', '--format=%s', `refs/heads/${this.branch}`)).split('\n');
  }

  async cleanup(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  private async cloneInto(dir: string, depth?: number): Promise<void> {
    // git ignores --depth for a plain path, so a shallow clone goes through a file:// URL.
    const source =
      depth === undefined ? [this.bare] : ['--depth', String(depth), pathToFileURL(this.bare).href];
    await git(this.root, 'clone', '--quiet', '--branch', this.branch, ...source, dir);
    await configureIdentity(dir);
  }
}

export interface GitHttpServer {
  /** Base URL of the server, as GITHUB_SERVER_URL would give it. */
  serverUrl: string;
  /** URL of the remote's bare repository on this server. */
  repositoryUrl: string;
  /** The Authorization header values of every request, one array per request. */
  authorizations: string[][];
  close(): Promise<void>;
}

/**
 * Serves the remote's bare repository over smart HTTP through `git http-backend`, accepting only
 * requests that carry exactly one `Authorization: basic x-access-token:<token>` header, as GitHub does.
 */
export async function serveOverHttp(remote: GitRemote, token: string): Promise<GitHttpServer> {
  const expectedCredentials = Buffer.from(`x-access-token:${token}`).toString('base64');
  const authorizations: string[][] = [];
  const server = createServer((request, response) => {
    const headers = request.headersDistinct.authorization ?? [];
    authorizations.push(headers);
    const [scheme, credentials] = (headers[0] ?? '').split(' ');
    if (headers.length !== 1 || scheme?.toLowerCase() !== 'basic' || credentials !== expectedCredentials) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
      return;
    }
    runHttpBackend(dirname(remote.bare), request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    serverUrl,
    repositoryUrl: `${serverUrl}/${basename(remote.bare)}`,
    authorizations,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Like gitTestsEnabled, for tests that also serve a repository through `git http-backend`. */
export function gitHttpTestsEnabled(): boolean {
  if (!gitTestsEnabled()) return false;
  const execPath = spawnSync('git', ['--exec-path'], { encoding: 'utf8' }).stdout.trim();
  if (existsSync(join(execPath, 'git-http-backend'))) return true;
  const notice = `git HTTP tests need git-http-backend in ${execPath} (part of the git package)`;
  return skipIntegration(notice);
}

function runHttpBackend(projectRoot: string, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const cgiEnv: Record<string, string> = {
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    // An authenticated user is what lets http-backend accept pushes.
    REMOTE_USER: 'x-access-token',
    REMOTE_ADDR: '127.0.0.1',
    REQUEST_METHOD: request.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: request.headers['content-type'] ?? '',
  };
  if (request.headers['content-length']) cgiEnv.CONTENT_LENGTH = request.headers['content-length'];
  if (request.headers['content-encoding']) cgiEnv.HTTP_CONTENT_ENCODING = request.headers['content-encoding'];
  const protocol = request.headers['git-protocol'];
  if (typeof protocol === 'string') cgiEnv.GIT_PROTOCOL = protocol;

  const backend = spawn('git', ['http-backend'], { env: { ...process.env, ...cgiEnv } });
  const output: Buffer[] = [];
  backend.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  request.pipe(backend.stdin);
  backend.on('close', () => {
    const raw = Buffer.concat(output);
    const split = raw.indexOf('\r\n\r\n');
    const headerLines = raw.subarray(0, split).toString('latin1').split('\r\n');
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon);
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    response.writeHead(status, headers).end(raw.subarray(split + 4));
  });
}

async function configureIdentity(dir: string): Promise<void> {
  await git(dir, 'config', 'user.name', TEST_IDENTITY.name);
  await git(dir, 'config', 'user.email', TEST_IDENTITY.email);
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}
