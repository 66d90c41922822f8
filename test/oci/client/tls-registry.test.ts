import { spawn } from 'node:child_process';
import * as nodeModule from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryTestsEnabled, startRegistry, type TlsRegistry } from '../../harness/registry/index.js';
import type { TlsPushJob, TlsPushOutcome } from './push-over-tls.js';
import { skopeoEnabled, skopeoInspectRaw } from './skopeo.js';
import { skipIntegration } from '../../harness/skip-integration.js';

const script = fileURLToPath(new URL('./push-over-tls.ts', import.meta.url));
const hooks = fileURLToPath(new URL('./typescript-hooks.mjs', import.meta.url));

/**
 * The child runs the TypeScript sources directly, which needs Node's type stripping and sync module
 * hooks (Node 22.15+/24); older Nodes skip these tests with a notice, except under REQUIRE_INTEGRATION=1.
 */
function childCanRunTypeScript(): boolean {
  if ('registerHooks' in nodeModule && process.features.typescript) return true;
  const notice = `the TLS tests need Node with type stripping and module.registerHooks; this is ${process.version}`;
  return skipIntegration(notice);
}

/** Runs the push in a fresh Node, the only way NODE_EXTRA_CA_CERTS takes effect. */
function pushInChild(job: TlsPushJob, extraCaCerts: string | undefined): Promise<TlsPushOutcome> {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  if (extraCaCerts !== undefined) env.NODE_EXTRA_CA_CERTS = extraCaCerts;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', hooks, script], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as TlsPushOutcome);
      else reject(new Error(`push child exited with ${code}: ${stderr}`));
    });
    child.stdin.end(JSON.stringify(job));
  });
}

describe.skipIf(!registryTestsEnabled() || !childCanRunTypeScript())(
  'RegistryClient against an HTTPS registry with a private CA',
  () => {
    let registry: TlsRegistry;
    let dir: string;

    beforeAll(async () => {
      registry = await startRegistry({ variant: 'tls' });
      dir = mkdtempSync(join(tmpdir(), 'oci-tls-'));
    });
    afterAll(async () => {
      await registry?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const job = (repository: string, registryHost = registry.host): TlsPushJob => ({
      registry: registryHost,
      credentials: registry.credentials,
      repository,
      tag: '1.0',
    });

    it('pushes over HTTPS when NODE_EXTRA_CA_CERTS names the CA, to 127.0.0.1 and to localhost', async () => {
      const outcome = await pushInChild(job('acme/app'), registry.caCertPath);
      expect(outcome).toMatchObject({ pushed: true });
      if (!outcome.pushed) return;
      expect(outcome.resolved).toBe(outcome.digest);

      const localhost = registry.host.replace('127.0.0.1', 'localhost');
      expect(await pushInChild(job('acme/by-name', localhost), registry.caCertPath)).toMatchObject({
        pushed: true,
      });

      if (skopeoEnabled()) {
        const certDir = join(dir, 'certs');
        mkdirSync(certDir);
        writeFileSync(join(certDir, 'ca.crt'), registry.caCert);
        const authfile = join(dir, 'auth.json');
        const { username, password } = registry.credentials;
        writeFileSync(
          authfile,
          JSON.stringify({
            auths: { [registry.host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } },
          }),
        );
        const served = await skopeoInspectRaw(`${registry.host}/acme/app:1.0`, { certDir, authfile });
        expect(served.toString('base64')).toBe(outcome.manifest);
      }
    });

    it('fails with a hint about NODE_EXTRA_CA_CERTS when the CA is not trusted, as a failure no retry can fix', async () => {
      const outcome = await pushInChild(job('acme/untrusted'), undefined);
      expect(outcome).toMatchObject({ pushed: false, name: 'RegistryError', retryable: false });
      if (outcome.pushed) return;
      expect(outcome.message).toMatch(
        /HEAD 127\.0\.0\.1:\d+\/v2\/acme\/untrusted\/blobs\/sha256:\w+ failed: \w*(CERT|SELF_SIGNED|UNABLE_TO_VERIFY)/,
      );
      expect(outcome.hint).toContain('NODE_EXTRA_CA_CERTS');
    });
  },
);
