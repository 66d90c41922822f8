import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner } from '../../exec/command.js';
import { UserError } from '../../runtime/user-error.js';
import { credentialsFromHelper } from './credential-helper.js';
import type { RegistryCredentials } from './credentials.js';

export interface DockerConfigSources {
  /** Reads DOCKER_CONFIG (the directory holding config.json). */
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  runner: CommandRunner;
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: unknown;
  credHelpers?: Record<string, unknown>;
}

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key `docker login` uses for Docker Hub, in `auths` and towards credential helpers. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';

/**
 * The credentials `docker login` (or docker/login-action) left for `registry` in
 * `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, looked up as the Docker CLI does:
 * a per-registry `credHelpers` entry, else `credsStore`, else the `auths` entry itself.
 */
export async function dockerConfigCredentials(
  registry: string,
  sources: DockerConfigSources,
): Promise<RegistryCredentials | undefined> {
  const path = join(sources.env.DOCKER_CONFIG || join(sources.homeDir, '.docker'), 'config.json');
  const config = await readDockerConfig(path);
  if (!config) return undefined;
  const host = loginHost(registry);
  const serverUrl = host === 'docker.io' ? DOCKER_HUB_SERVER : host;

  const helper = helperFor(config, host, serverUrl);
  if (helper !== undefined) {
    const fromHelper = await credentialsFromHelper(helper, serverUrl, sources.runner);
    // The Docker CLI's native store also falls back to the file when the helper has nothing.
    if (fromHelper) return fromHelper;
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => loginHost(key) === host)?.[1];
  return entry ? credentialsFromEntry(entry, path) : undefined;
}

async function readDockerConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as DockerConfig;
  } catch (error) {
    throw new UserError(`cannot read the Docker config ${path}: ${(error as Error).message}`, {
      location: { file: path },
      cause: error,
    });
  }
}

/**
 * The host a login is stored under: `auths` keys may be bare hosts or URLs
 * (`https://ghcr.io`, `http://localhost:5000/v2/`), and Docker Hub has several names.
 */
function loginHost(keyOrRegistry: string): string {
  const host = (keyOrRegistry.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '').toLowerCase();
  return DOCKER_HUB_HOSTS.has(host) ? 'docker.io' : host;
}

function helperFor(config: DockerConfig, host: string, serverUrl: string): string | undefined {
  const helpers = config.credHelpers ?? {};
  const perRegistry = helpers[serverUrl] ?? helpers[host];
  if (typeof perRegistry === 'string' && perRegistry !== '') return perRegistry;
  return typeof config.credsStore === 'string' && config.credsStore !== '' ? config.credsStore : undefined;
}

function credentialsFromEntry(entry: AuthEntry, path: string): RegistryCredentials | undefined {
  let username = typeof entry.username === 'string' ? entry.username : undefined;
  let password = typeof entry.password === 'string' ? entry.password : undefined;
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new UserError(`a Docker config auth entry in ${path} is not base64 of username:password`, {
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
