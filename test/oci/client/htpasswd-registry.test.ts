import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRegistryCredentials } from '../../../src/oci/auth/resolve-credentials.js';
import { RegistryClient } from '../../../src/oci/registry-client.js';
import { RegistryError } from '../../../src/oci/registry-error.js';
import { NodeCommandRunner } from '../../../src/exec/node-command-runner.js';
import { UserError } from '../../../src/runtime/user-error.js';
import { registryTestsEnabled, startRegistry, type HtpasswdRegistry } from '../../harness/registry/index.js';
import { sampleArtifact } from './sample-artifact.js';
import { skopeoEnabled, skopeoInspectRaw } from './skopeo.js';

describe.skipIf(!registryTestsEnabled())('RegistryClient against an htpasswd (Basic auth) registry', () => {
  let registry: HtpasswdRegistry;
  let dir: string;

  beforeAll(async () => {
    registry = await startRegistry({ variant: 'htpasswd' });
    dir = mkdtempSync(join(tmpdir(), 'oci-htpasswd-'));
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pushes with Basic credentials after the challenge and resolves the tag', async () => {
    const client = new RegistryClient({
      registry: registry.host,
      plainHttp: true,
      credentials: registry.credentials,
    });
    const packed = sampleArtifact(32);
    const result = await client.pushArtifact('acme/app', packed, ['1.0']);
    expect(result.uploaded).toHaveLength(2);
    expect(await client.resolveTag('acme/app', '1.0')).toBe(result.digest);
  });

  it('explains refused credentials in a user error that never contains the password', async () => {
    const password = 'not-the-password-5f1c';
    const client = new RegistryClient({
      registry: registry.host,
      plainHttp: true,
      credentials: { username: registry.credentials.username, password },
    });
    const error = await client.pushArtifact('acme/app', sampleArtifact(8), ['1.0']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toBeInstanceOf(UserError);
    const failure = error as RegistryError;
    expect(failure.status).toBe(401);
    expect(failure.hint).toContain(`refused the user ${registry.credentials.username}`);
    expect(failure.hint).toContain('check the username and the password or token');
    expect(`${failure.message}\n${failure.stack}`).not.toContain(password);
    expect(failure.message).not.toContain(
      Buffer.from(`${registry.credentials.username}:${password}`).toString('base64'),
    );
  });

  it('asks for credentials when none were given', async () => {
    const client = new RegistryClient({ registry: registry.host, plainHttp: true });
    await expect(client.resolveTag('acme/app', '1.0')).rejects.toMatchObject({
      status: 401,
      hint: expect.stringContaining('wants credentials to pull acme/app'),
    });
  });

  it('uses the login a Docker config holds for the registry, and skopeo reads the push back with it', async () => {
    const { username, password } = registry.credentials;
    const configDir = join(dir, 'docker');
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    mkdirSync(configDir);
    // `docker login http://host` stores the login under a URL; the lookup must find it by host.
    writeFileSync(
      join(configDir, 'config.json'),
      JSON.stringify({ auths: { [`http://${registry.host}/v2/`]: { auth } } }),
    );
    const authFile = join(dir, 'auth.json');
    writeFileSync(authFile, JSON.stringify({ auths: { [registry.host]: { auth } } }));

    const resolved = await resolveRegistryCredentials(registry.host, {
      env: { DOCKER_CONFIG: configDir },
      runner: new NodeCommandRunner(),
    });
    expect(resolved).toEqual({ credentials: { username, password }, source: 'docker-config' });

    const client = new RegistryClient({
      registry: registry.host,
      plainHttp: true,
      credentials: resolved.credentials,
    });
    const packed = sampleArtifact(16);
    await client.pushArtifact('acme/from-config', packed, ['2.0']);
    if (skopeoEnabled()) {
      expect(await skopeoInspectRaw(`${registry.host}/acme/from-config:2.0`, { authfile: authFile })).toEqual(
        packed.manifestBytes,
      );
    }
  });
});
