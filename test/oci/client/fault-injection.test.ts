import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/oci/registry-client.js';
import { RegistryError } from '../../../src/oci/registry-error.js';
import { registryTestsEnabled, startRegistry, type AnonymousRegistry } from '../../harness/registry/index.js';
import { startRegistryProxy, type FaultRule, type RegistryProxy } from './registry-proxy.js';
import { sampleArtifact } from './sample-artifact.js';

/** Short waits keep the tests fast; the attempt count is the production default. */
const fastRetry = { attempts: 4, baseDelayMs: 5, maxDelayMs: 2_000 };

describe.skipIf(!registryTestsEnabled())('RegistryClient through a faulty network', () => {
  let registry: AnonymousRegistry;
  let proxy: RegistryProxy | undefined;

  beforeAll(async () => {
    registry = await startRegistry({ variant: 'anonymous' });
  });
  afterEach(async () => {
    await proxy?.stop();
    proxy = undefined;
  });
  afterAll(async () => {
    await registry?.stop();
  });

  async function clientWithFaults(
    ...rules: FaultRule[]
  ): Promise<{ client: RegistryClient; proxy: RegistryProxy }> {
    proxy = await startRegistryProxy(registry.url, rules);
    return { client: new RegistryClient({ registry: proxy.host, plainHttp: true, retry: fastRetry }), proxy };
  }

  it('restarts an upload with a new POST when the connection drops during the PUT', async () => {
    const { client, proxy } = await clientWithFaults({
      method: 'PUT',
      path: /\/blobs\/uploads\//,
      fault: { drop: true },
      times: 1,
    });
    const packed = sampleArtifact(1000);
    const result = await client.pushArtifact('acme/dropped', packed, ['1.0']);
    expect(result.uploaded).toHaveLength(2);
    const blobCalls = proxy.requests.filter((r) => r.url.includes('/blobs/'));
    expect(blobCalls.map((r) => [r.method, r.outcome])).toEqual([
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 'dropped'],
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 201],
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 201],
    ]);
    expect(await client.resolveTag('acme/dropped', '1.0')).toBe(result.digest);
  });

  it('retries a 500 on the manifest PUT and a dropped HEAD', async () => {
    const { client, proxy } = await clientWithFaults(
      { method: 'HEAD', path: /\/blobs\//, fault: { drop: true }, times: 1 },
      {
        method: 'PUT',
        path: /\/manifests\//,
        fault: { status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"storage hiccup"}]}' },
        times: 1,
      },
    );
    const packed = sampleArtifact(10);
    const result = await client.pushArtifact('acme/flaky', packed, ['1.0']);
    const manifestPuts = proxy.requests.filter((r) => r.method === 'PUT' && r.url.includes('/manifests/'));
    expect(manifestPuts.map((r) => r.outcome)).toEqual([500, 201]);
    expect(await client.getManifest('acme/flaky', '1.0')).toMatchObject({ digest: result.digest });
  });

  it('waits the Retry-After of a 429 before trying again', async () => {
    const { client, proxy } = await clientWithFaults({
      method: 'POST',
      path: /\/blobs\/uploads\//,
      fault: { status: 429, headers: { 'retry-after': '1' } },
      times: 1,
    });
    const started = Date.now();
    await client.pushArtifact('acme/throttled', sampleArtifact(), ['1.0']);
    // With 5 ms backoff, only honouring Retry-After explains a wait of a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(proxy.requests.filter((r) => r.method === 'POST').map((r) => r.outcome)).toEqual([429, 202]);
  });

  it('gives up after four attempts and reports the last error with the registry message', async () => {
    const { client, proxy } = await clientWithFaults({
      method: 'HEAD',
      path: /\/manifests\//,
      fault: { status: 503 },
      times: 100,
    });
    const error = await client.resolveTag('acme/app', '1.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(proxy.requests).toHaveLength(4);
  });

  it('rejects a manifest whose bytes do not match the digest it was fetched by', async () => {
    const packed = sampleArtifact(10);
    const { client: direct } = await clientWithFaults();
    const { digest } = await direct.pushArtifact('acme/tampered', packed, []);
    await proxy?.stop();
    const { client } = await clientWithFaults({
      method: 'GET',
      path: /\/manifests\//,
      fault: {
        status: 200,
        headers: { 'content-type': packed.manifest.mediaType },
        body: '{"tampered":true}',
      },
      times: 100,
    });
    await expect(client.getManifest('acme/tampered', digest)).rejects.toThrow(/content of another digest/);
  });
});
