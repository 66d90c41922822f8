import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dockerConfigCredentials } from '../../../src/oci/auth/docker-config.js';
import { githubRegistryCredentials } from '../../../src/oci/auth/github-credentials.js';
import { resolveRegistryCredentials } from '../../../src/oci/auth/resolve-credentials.js';
import { NodeCommandRunner } from '../../../src/exec/node-command-runner.js';
import { UserError } from '../../../src/runtime/user-error.js';

const runner = new NodeCommandRunner();
const base64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * A stand-in for docker-credential-<name>: answers by server URL like the real helpers, and records
 * its argv and stdin so the tests can check the secret never travels in argv.
 */
const fakeHelper = `#!/bin/sh
server=$(cat)
printf '%s|%s\\n' "$*" "$server" >> "$(dirname "$0")/calls.log"
case "$server" in
  ghcr.io) echo '{"ServerURL":"ghcr.io","Username":"octo","Secret":"helper-secret"}' ;;
  https://index.docker.io/v1/) echo '{"ServerURL":"https://index.docker.io/v1/","Username":"<token>","Secret":"hub-refresh-token"}' ;;
  broken.example.com) echo "keychain locked" >&2; exit 2 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;

describe('Docker config credentials', () => {
  let dir: string;
  let binDir: string;
  let configDir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'oci-docker-config-'));
    binDir = join(dir, 'bin');
    configDir = join(dir, 'docker');
    mkdirSync(binDir);
    mkdirSync(configDir);
    writeFileSync(join(binDir, 'docker-credential-test'), fakeHelper);
    chmodSync(join(binDir, 'docker-credential-test'), 0o755);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(join(binDir, 'calls.log'), { force: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function withConfig(config: object) {
    writeFileSync(join(configDir, 'config.json'), JSON.stringify(config));
    vi.stubEnv('PATH', `${binDir}${delimiter}${process.env.PATH ?? ''}`);
    return { env: { DOCKER_CONFIG: configDir }, homeDir: join(dir, 'no-home'), runner };
  }

  it('decodes base64 `auth` entries, matching URL-shaped keys by host', async () => {
    const sources = withConfig({
      auths: {
        'https://ghcr.io': { auth: base64('octo:pa:ss') },
        'http://localhost:5000/v2/': { auth: base64('local:pw') },
      },
    });
    expect(await dockerConfigCredentials('ghcr.io', sources)).toEqual({
      username: 'octo',
      password: 'pa:ss',
    });
    expect(await dockerConfigCredentials('localhost:5000', sources)).toEqual({
      username: 'local',
      password: 'pw',
    });
    expect(await dockerConfigCredentials('quay.io', sources)).toBeUndefined();
  });

  it('reads username/password fields and identity tokens, and finds Docker Hub under its index URL', async () => {
    const sources = withConfig({
      auths: {
        'registry.example.com': { username: 'u', password: 'p' },
        'https://index.docker.io/v1/': { auth: base64('hubuser:'), identitytoken: 'refresh-1' },
      },
    });
    expect(await dockerConfigCredentials('registry.example.com', sources)).toEqual({
      username: 'u',
      password: 'p',
    });
    expect(await dockerConfigCredentials('registry-1.docker.io', sources)).toEqual({
      identityToken: 'refresh-1',
      username: 'hubuser',
    });
  });

  it('asks the per-registry credential helper with the server URL on stdin, never in argv', async () => {
    const sources = withConfig({
      credHelpers: { 'ghcr.io': 'test' },
      auths: { 'ghcr.io': { auth: base64('file:pw') } },
    });
    expect(await dockerConfigCredentials('ghcr.io', sources)).toEqual({
      username: 'octo',
      password: 'helper-secret',
    });
    expect(readFileSync(join(binDir, 'calls.log'), 'utf8')).toBe('get|ghcr.io\n');
  });

  it('uses credsStore for every registry, returns identity tokens, and falls back to the file when the helper has nothing', async () => {
    const sources = withConfig({ credsStore: 'test', auths: { 'quay.io': { auth: base64('file:pw') } } });
    expect(await dockerConfigCredentials('docker.io', sources)).toEqual({
      identityToken: 'hub-refresh-token',
    });
    expect(await dockerConfigCredentials('quay.io', sources)).toEqual({ username: 'file', password: 'pw' });
    expect(await dockerConfigCredentials('unknown.example.com', sources)).toBeUndefined();
  });

  it('reports a failing helper by name and exit code', async () => {
    const sources = withConfig({ credsStore: 'test' });
    await expect(dockerConfigCredentials('broken.example.com', sources)).rejects.toThrow(
      /docker-credential-test get failed for broken.example.com \(exit code 2\): keychain locked/,
    );
  });

  it('refuses helper names that could name another program', async () => {
    const sources = withConfig({ credsStore: '../../bin/sh' });
    await expect(dockerConfigCredentials('ghcr.io', sources)).rejects.toThrow(
      /invalid Docker credential helper name/,
    );
  });

  it('finds nothing without a config file, reads ~/.docker without DOCKER_CONFIG, and locates a broken file', async () => {
    expect(
      await dockerConfigCredentials('ghcr.io', { env: {}, homeDir: join(dir, 'nowhere'), runner }),
    ).toBeUndefined();

    const home = join(dir, 'home');
    mkdirSync(join(home, '.docker'), { recursive: true });
    writeFileSync(
      join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: base64('h:p') } } }),
    );
    expect(await dockerConfigCredentials('ghcr.io', { env: {}, homeDir: home, runner })).toEqual({
      username: 'h',
      password: 'p',
    });

    writeFileSync(join(home, '.docker', 'config.json'), '{"auths": ');
    const error = await dockerConfigCredentials('ghcr.io', { env: {}, homeDir: home, runner }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ location: { file: join(home, '.docker', 'config.json') } });
  });
});

describe('credential resolution', () => {
  const github = { GITHUB_TOKEN: 'ghs_job_token', GITHUB_ACTOR: 'octocat' };

  it('gives ghcr.io the job token and actor, and other registries nothing', () => {
    expect(githubRegistryCredentials('ghcr.io', github)).toEqual({
      username: 'octocat',
      password: 'ghs_job_token',
    });
    expect(githubRegistryCredentials('GHCR.IO', github)).toEqual({
      username: 'octocat',
      password: 'ghs_job_token',
    });
    expect(githubRegistryCredentials('registry-1.docker.io', github)).toBeUndefined();
    expect(githubRegistryCredentials('ghcr.io', { GITHUB_TOKEN: 'ghs_job_token' })).toBeUndefined();
  });

  it('prefers explicit credentials, then a Docker login, then the job token, else anonymous', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oci-resolve-'));
    try {
      const env = { ...github, DOCKER_CONFIG: dir };
      const explicit = { username: 'me', password: 'pw' };
      expect(await resolveRegistryCredentials('ghcr.io', { explicit, env, runner })).toEqual({
        credentials: explicit,
        source: 'explicit',
      });
      expect(await resolveRegistryCredentials('ghcr.io', { env, runner })).toEqual({
        credentials: { username: 'octocat', password: 'ghs_job_token' },
        source: 'github-token',
      });
      writeFileSync(
        join(dir, 'config.json'),
        JSON.stringify({ auths: { 'ghcr.io': { auth: base64('pat-user:pat') } } }),
      );
      expect(await resolveRegistryCredentials('ghcr.io', { env, runner })).toEqual({
        credentials: { username: 'pat-user', password: 'pat' },
        source: 'docker-config',
      });
      expect(await resolveRegistryCredentials('quay.io', { env, runner })).toEqual({
        credentials: undefined,
        source: 'anonymous',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
