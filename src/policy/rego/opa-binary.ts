import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CommandRunner } from '../../exec/command.js';
import type { Log } from '../../runtime/log.js';
import { UserError } from '../../runtime/user-error.js';

/**
 * A current OPA 1.x release (v1.21.1, September 2026). Rego v1 syntax is the default from 1.0 on;
 * bumping this is a deliberate edit, checked against the release notes.
 */
export const DEFAULT_OPA_VERSION = '1.21.1';

/** Where OPA publishes its binaries: `<base>/v<version>/<asset>` with `<asset>.sha256` beside it. */
export const DEFAULT_OPA_DOWNLOAD_BASE_URL = 'https://openpolicyagent.org/downloads';

const TOOL_NAME = 'opa';

/** Downloads and the runner's tool cache; the real one is src/runtime/tool-installer.ts. */
export interface ToolInstaller {
  /** The directory holding a cached, complete copy of the tool, or undefined. */
  find(tool: string, version: string, arch: string): string | undefined;
  /** Downloads to a fresh temporary file and returns its path; rejects with ToolDownloadError. */
  download(url: string): Promise<string>;
  /** Copies a verified file into the cache under `fileName`; returns the cached directory. */
  cacheFile(file: string, fileName: string, tool: string, version: string, arch: string): Promise<string>;
}

/** A download that failed; `status` is the HTTP status, undefined when no response came. */
export class ToolDownloadError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    options: { cause?: unknown } = {},
  ) {
    super(`download of ${url} failed${status === undefined ? '' : ` with HTTP ${status}`}`, options);
    this.name = 'ToolDownloadError';
  }
}

export interface OpaRequest {
  /** The `opa-version` input; undefined means "whatever opa is on PATH, else the default". */
  version: string | undefined;
  /** The `opa-sha256` input: the expected digest of the binary, instead of the published one. */
  sha256?: string | undefined;
  /** A mirror with OPA's layout (GHES, air-gapped runners); GitHub's release URL works too. */
  downloadBaseUrl?: string | undefined;
  /** `process.platform` and `process.arch` of the runner. */
  platform: string;
  arch: string;
  runner: CommandRunner;
  installer: ToolInstaller;
  log: Log;
}

export interface ResolvedOpa {
  path: string;
  version: string;
  source: 'path' | 'cache' | 'download';
}

/** The binary OPA publishes for a runner platform (only these five exist for 1.x). */
export function opaAsset(platform: string, arch: string): { asset: string; fileName: string } {
  const assets: Record<string, string> = {
    'linux/x64': 'opa_linux_amd64_static',
    'linux/arm64': 'opa_linux_arm64_static',
    // Darwin amd64 has no static build; arm64 has only the static one.
    'darwin/x64': 'opa_darwin_amd64',
    'darwin/arm64': 'opa_darwin_arm64_static',
    'win32/x64': 'opa_windows_amd64.exe',
  };
  const asset = assets[`${platform}/${arch}`];
  if (asset === undefined) {
    throw new UserError(`OPA publishes no binary for ${platform}/${arch}`, {
      hint: `put an opa binary built for this runner on PATH, or run on linux, macOS (x64, arm64) or windows x64`,
    });
  }
  return { asset, fileName: platform === 'win32' ? 'opa.exe' : 'opa' };
}

/**
 * Finds the opa binary: the one on PATH when it suits the requested version, else the runner's
 * tool cache, else a verified download that is then cached for later runs.
 */
export async function resolveOpa(request: OpaRequest): Promise<ResolvedOpa> {
  const pinned = request.version === undefined ? undefined : normaliseVersion(request.version);
  const expectedSha256 = request.sha256 === undefined ? undefined : normaliseSha256(request.sha256);
  const onPath = await opaOnPath(request.runner, request.log);
  if (onPath !== undefined && (pinned === undefined || onPath.version === pinned)) {
    request.log.info(`Using opa ${onPath.version} from PATH`);
    return { path: 'opa', version: onPath.version, source: 'path' };
  }
  const version = pinned ?? DEFAULT_OPA_VERSION;
  if (onPath !== undefined) {
    request.log.info(`opa on PATH is ${onPath.version}, not the pinned ${version}; installing ${version}`);
  }
  const { asset, fileName } = opaAsset(request.platform, request.arch);
  const cached = request.installer.find(TOOL_NAME, version, request.arch);
  if (cached) {
    request.log.info(`Using opa ${version} from the tool cache`);
    return { path: path.join(cached, fileName), version, source: 'cache' };
  }
  const url = `${(request.downloadBaseUrl ?? DEFAULT_OPA_DOWNLOAD_BASE_URL).replace(/\/+$/, '')}/v${version}/${asset}`;
  const file = await downloadVerified(request, url, version, expectedSha256);
  const dir = await request.installer.cacheFile(file, fileName, TOOL_NAME, version, request.arch);
  await rm(file, { force: true });
  request.log.info(`Installed opa ${version} from ${url}`);
  return { path: path.join(dir, fileName), version, source: 'download' };
}

async function downloadVerified(
  request: OpaRequest,
  url: string,
  version: string,
  pinnedSha256: string | undefined,
): Promise<string> {
  const expected = pinnedSha256 ?? (await publishedSha256(request.installer, `${url}.sha256`, version));
  const file = await download(request.installer, url, version);
  const actual = await fileSha256(file);
  if (actual !== expected) {
    // Removed before anything is cached, so a tampered or truncated binary never runs.
    await rm(file, { force: true });
    throw new UserError(
      `the OPA ${version} binary from ${url} has SHA-256 ${actual}, but ${expected} was expected` +
        ` (${pinnedSha256 === undefined ? `published at ${url}.sha256` : 'from opa-sha256'})`,
      {
        hint:
          pinnedSha256 === undefined
            ? 'the download or the mirror is corrupt; check the mirror against the OPA release'
            : `check opa-sha256 against ${url}.sha256 for this version and platform`,
      },
    );
  }
  await chmod(file, 0o755);
  return file;
}

/** OPA's `.sha256` files hold `sha256sum` output: `<hex>  <asset>`. */
async function publishedSha256(installer: ToolInstaller, url: string, version: string): Promise<string> {
  const file = await download(installer, url, version);
  const text = await readFile(file, 'utf8');
  await rm(file, { force: true });
  const digest = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!/^[0-9a-f]{64}$/.test(digest)) {
    throw new UserError(
      `${url} does not hold a SHA-256 digest (it starts with ${JSON.stringify(text.slice(0, 40))})`,
      {
        hint: 'point opa-download-url at a mirror that keeps the .sha256 files, or set opa-sha256',
      },
    );
  }
  return digest;
}

async function download(installer: ToolInstaller, url: string, version: string): Promise<string> {
  try {
    return await installer.download(url);
  } catch (error) {
    if (!(error instanceof ToolDownloadError)) throw error;
    const reason =
      error.status === undefined ? (error.cause as Error | undefined)?.message : `HTTP ${error.status}`;
    throw new UserError(`could not download OPA ${version} from ${url}${reason ? `: ${reason}` : ''}`, {
      hint:
        error.status === 404
          ? `check that opa-version ${version} exists (https://github.com/open-policy-agent/opa/releases) and that the mirror keeps OPA's layout`
          : 'check the network or the mirror, or put opa on PATH',
      cause: error,
    });
  }
}

async function opaOnPath(runner: CommandRunner, log: Log): Promise<{ version: string } | undefined> {
  try {
    const result = await runner.run('opa', ['version'], { allowFailure: true });
    const version = /^Version:\s*v?(\S+)/m.exec(result.stdout)?.[1];
    if (result.exitCode === 0 && version !== undefined) return { version };
    log.debug(`opa on PATH did not report a version (exit ${result.exitCode}); ignoring it`);
  } catch (error) {
    log.debug(`no usable opa on PATH: ${(error as Error).message}`);
  }
  return undefined;
}

function normaliseVersion(input: string): string {
  const version = input.trim().replace(/^v/, '');
  // Also keeps the version safe to put into a URL path.
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new UserError(`opa-version ${JSON.stringify(input)} is not a release version`, {
      hint: `use an exact version such as ${DEFAULT_OPA_VERSION}`,
    });
  }
  return version;
}

function normaliseSha256(input: string): string {
  const digest = input
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(digest)) {
    throw new UserError(`opa-sha256 ${JSON.stringify(input)} is not a SHA-256 digest`, {
      hint: 'use the 64 hex digits from the .sha256 file next to the binary',
    });
  }
  return digest;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}
