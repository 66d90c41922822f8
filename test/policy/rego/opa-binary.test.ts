/**
 * The install-and-cache path of the optional OPA engine, through the real @actions/tool-cache
 * (src/runtime/tool-installer.ts) against a loopback HTTP server laid out like
 * openpolicyagent.org/downloads. No real OPA can be installed on these machines, so the "binary"
 * served is a small shell script that answers `opa version`; PATH is narrowed to a temp dir so an
 * opa installed on the machine cannot change the outcome.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandOptions, CommandResult, CommandRunner } from '../../../src/exec/command.js';
import { NodeCommandRunner } from '../../../src/exec/node-command-runner.js';
import {
  DEFAULT_OPA_VERSION,
  opaAsset,
  resolveOpa,
  type OpaRequest,
} from '../../../src/policy/rego/opa-binary.js';
import { silentLog } from '../../../src/runtime/log.js';
import { ActionsToolInstaller } from '../../../src/runtime/tool-installer.js';
import { UserError } from '../../../src/runtime/user-error.js';

const VERSION = '1.21.1';
const ASSET = 'opa_linux_amd64_static';

function fakeOpa(version: string): string {
  return [
    '#!/bin/sh',
    `if [ "$1" = version ]; then printf 'Version: %s\\nBuild Commit: fake\\n' '${version}'; exit 0; fi`,
    'echo "fake opa: unexpected arguments: $*" >&2',
    'exit 3',
    '',
  ].join('\n');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Runs programs with PATH narrowed to one directory, so only the opa the test puts there is found. */
class NarrowPathRunner implements CommandRunner {
  private readonly inner = new NodeCommandRunner();
  constructor(private readonly binDir: string) {}
  run(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    return this.inner.run(command, args, { ...options, env: { ...options.env, PATH: this.binDir } });
  }
}

interface Mirror {
  baseUrl: string;
  requests: string[];
  /** path → body served with 200; anything else is a 404. */
  files: Map<string, string>;
  server: Server;
}

async function startMirror(): Promise<Mirror> {
  const requests: string[] = [];
  const files = new Map<string, string>();
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = files.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/downloads`, requests, files, server };
}

function publish(mirror: Mirror, version: string, body: string, digest = sha256(body)): void {
  mirror.files.set(`/downloads/v${version}/${ASSET}`, body);
  mirror.files.set(`/downloads/v${version}/${ASSET}.sha256`, `${digest}  ${ASSET}\n`);
}

let root: string;
let binDir: string;
let toolCache: string;
let runnerTemp: string;
let mirror: Mirror;
const savedEnv = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'opa-binary-'));
  binDir = path.join(root, 'bin');
  toolCache = path.join(root, 'tool-cache');
  runnerTemp = path.join(root, 'runner-temp');
  await Promise.all([binDir, toolCache, runnerTemp].map((dir) => mkdir(dir)));
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = runnerTemp;
  mirror = await startMirror();
});

afterEach(async () => {
  await new Promise((resolve) => mirror.server.close(resolve));
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await rm(root, { recursive: true, force: true });
});

function request(overrides: Partial<OpaRequest> = {}): OpaRequest {
  return {
    version: VERSION,
    downloadBaseUrl: mirror.baseUrl,
    platform: 'linux',
    arch: 'x64',
    runner: new NarrowPathRunner(binDir),
    installer: new ActionsToolInstaller(),
    log: silentLog,
    ...overrides,
  };
}

async function putOpaOnPath(version: string): Promise<void> {
  await writeFile(path.join(binDir, 'opa'), fakeOpa(version));
  await chmod(path.join(binDir, 'opa'), 0o755);
}

describe('resolveOpa: install and cache', () => {
  it('downloads and verifies on the first run, then takes the cached copy with no download', async () => {
    publish(mirror, VERSION, fakeOpa(VERSION));

    const first = await resolveOpa(request());
    expect(first).toMatchObject({ version: VERSION, source: 'download' });
    expect(mirror.requests).toEqual([
      `/downloads/v${VERSION}/${ASSET}.sha256`,
      `/downloads/v${VERSION}/${ASSET}`,
    ]);
    expect(first.path).toBe(path.join(toolCache, 'opa', VERSION, 'x64', 'opa'));
    // Cached executable: it runs by its path.
    const ran = await new NodeCommandRunner().run(first.path, ['version']);
    expect(ran.stdout).toContain(`Version: ${VERSION}`);
    expect(await readdir(runnerTemp)).toEqual([]);

    const downloadsBefore = mirror.requests.length;
    const second = await resolveOpa(request());
    expect(second).toEqual({ path: first.path, version: VERSION, source: 'cache' });
    expect(mirror.requests.length - downloadsBefore).toBe(0);
  });

  it('uses the pinned opa-sha256 instead of fetching the published one', async () => {
    const body = fakeOpa(VERSION);
    publish(mirror, VERSION, body, '0'.repeat(64));
    const resolved = await resolveOpa(request({ sha256: sha256(body).toUpperCase() }));
    expect(resolved.source).toBe('download');
    expect(mirror.requests).toEqual([`/downloads/v${VERSION}/${ASSET}`]);
  });

  it.each([
    { case: 'the published .sha256', pinned: undefined, names: 'published at' },
    { case: 'a pinned opa-sha256', pinned: 'b'.repeat(64), names: 'from opa-sha256' },
  ])('refuses a binary that does not match $case and caches nothing', async ({ pinned, names }) => {
    const body = fakeOpa(VERSION);
    const expected = pinned ?? 'a'.repeat(64);
    publish(mirror, VERSION, body, expected);

    const failure = resolveOpa(request({ sha256: pinned }));
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(`has SHA-256 ${sha256(body)}, but ${expected} was expected`);
    await expect(failure).rejects.toThrow(names);
    expect(existsSync(path.join(toolCache, 'opa'))).toBe(false);
    expect(await readdir(runnerTemp)).toEqual([]);
  });

  it('names the URL and the version when the mirror has no such release', async () => {
    const failure = resolveOpa(request({ version: '9.9.9' }));
    const url = `${mirror.baseUrl}/v9.9.9/${ASSET}.sha256`;
    await expect(failure).rejects.toThrow(`could not download OPA 9.9.9 from ${url}: HTTP 404`);
    await expect(failure).rejects.toThrow('check that opa-version 9.9.9 exists');
    expect(existsSync(path.join(toolCache, 'opa'))).toBe(false);
  });

  it('refuses a .sha256 file that holds no digest', async () => {
    publish(mirror, VERSION, fakeOpa(VERSION));
    mirror.files.set(`/downloads/v${VERSION}/${ASSET}.sha256`, '<html>moved</html>');
    await expect(resolveOpa(request())).rejects.toThrow('does not hold a SHA-256 digest');
  });
});

describe('resolveOpa: opa on PATH', () => {
  it('takes opa from PATH when no version is pinned, without downloading', async () => {
    await putOpaOnPath('0.70.0');
    const resolved = await resolveOpa(request({ version: undefined }));
    expect(resolved).toEqual({ path: 'opa', version: '0.70.0', source: 'path' });
    expect(mirror.requests).toEqual([]);
  });

  it('takes opa from PATH when it is the pinned version (a leading v is accepted)', async () => {
    await putOpaOnPath(VERSION);
    const resolved = await resolveOpa(request({ version: `v${VERSION}` }));
    expect(resolved.source).toBe('path');
    expect(mirror.requests).toEqual([]);
  });

  it('installs the pinned version when PATH has another one', async () => {
    await putOpaOnPath('0.70.0');
    publish(mirror, VERSION, fakeOpa(VERSION));
    const resolved = await resolveOpa(request());
    expect(resolved).toMatchObject({ version: VERSION, source: 'download' });
  });

  it('installs the default version when nothing is pinned and PATH has no opa', async () => {
    publish(mirror, DEFAULT_OPA_VERSION, fakeOpa(DEFAULT_OPA_VERSION));
    const resolved = await resolveOpa(request({ version: undefined }));
    expect(resolved).toMatchObject({ version: DEFAULT_OPA_VERSION, source: 'download' });
  });
});

describe('resolveOpa: inputs and platforms', () => {
  it.each([
    { platform: 'linux', arch: 'x64', asset: 'opa_linux_amd64_static', fileName: 'opa' },
    { platform: 'linux', arch: 'arm64', asset: 'opa_linux_arm64_static', fileName: 'opa' },
    { platform: 'darwin', arch: 'x64', asset: 'opa_darwin_amd64', fileName: 'opa' },
    { platform: 'darwin', arch: 'arm64', asset: 'opa_darwin_arm64_static', fileName: 'opa' },
    { platform: 'win32', arch: 'x64', asset: 'opa_windows_amd64.exe', fileName: 'opa.exe' },
  ])('$platform/$arch downloads $asset', ({ platform, arch, asset, fileName }) => {
    expect(opaAsset(platform, arch)).toEqual({ asset, fileName });
  });

  it.each([
    ['win32', 'arm64'],
    ['linux', 'ppc64'],
    ['freebsd', 'x64'],
  ])('refuses %s/%s', async (platform, arch) => {
    await expect(resolveOpa(request({ platform, arch }))).rejects.toThrow(
      `OPA publishes no binary for ${platform}/${arch}`,
    );
  });

  it.each([
    [{ version: 'latest' }, 'opa-version "latest" is not a release version'],
    [{ version: '1.2.3/../../x' }, 'is not a release version'],
    [{ sha256: 'abc' }, 'opa-sha256 "abc" is not a SHA-256 digest'],
  ])('refuses the input %o', async (overrides, message) => {
    await expect(resolveOpa(request(overrides))).rejects.toThrow(message);
    expect(mirror.requests).toEqual([]);
  });

  it('says how to install without a runner tool cache', async () => {
    delete process.env.RUNNER_TOOL_CACHE;
    await expect(resolveOpa(request())).rejects.toThrow('installing a tool needs RUNNER_TOOL_CACHE');
  });
});
