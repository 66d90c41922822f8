import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/oci/registry-client.js';
import { RegistryError } from '../../../src/oci/registry-error.js';
import {
  registryTestsEnabled,
  send,
  startRegistry,
  type AnonymousRegistry,
} from '../../harness/registry/index.js';
import { startRegistryProxy, type RegistryProxy } from './registry-proxy.js';
import { blobOf, sampleArtifact } from './sample-artifact.js';
import { skopeoEnabled, skopeoInspectRaw } from './skopeo.js';
import { randomBytes } from 'node:crypto';

describe.skipIf(!registryTestsEnabled())('RegistryClient against an anonymous registry', () => {
  let registry: AnonymousRegistry;
  let proxy: RegistryProxy;
  /** Talks to the registry through the recording proxy, so tests can see every request. */
  let client: RegistryClient;

  beforeAll(async () => {
    registry = await startRegistry({ variant: 'anonymous', relativeUrls: true });
    proxy = await startRegistryProxy(registry.url);
    client = new RegistryClient({ registry: proxy.host, plainHttp: true });
  });

  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  const requestsSince = (start: number) => proxy.requests.slice(start);

  it('is configured to answer with relative Location headers, which the client resolves', async () => {
    const opened = await send(`${registry.url}/v2/acme/probe/blobs/uploads/`, { method: 'POST' });
    expect(opened.status).toBe(202);
    expect(opened.headers.location).toMatch(/^\/v2\/acme\/probe\/blobs\/uploads\/[^?]+\?_state=/);

    const packed = sampleArtifact(64);
    const result = await client.pushArtifact('acme/relative', packed, ['1.0']);
    expect(result.uploaded.map((d) => d.digest)).toEqual(packed.blobs.map((b) => b.descriptor.digest));
    expect(await client.resolveTag('acme/relative', '1.0')).toBe(result.digest);
  });

  it('pushes blobs before the manifest, and a second push uploads nothing', async () => {
    const packed = sampleArtifact(100, 200);
    const start = proxy.requests.length;
    const first = await client.pushArtifact('acme/app', packed, ['1.0', 'latest']);
    expect(first.uploaded).toHaveLength(3);
    expect(first.skipped).toEqual([]);
    const manifestPuts = requestsSince(start).filter((r) => r.url.includes('/manifests/'));
    expect(manifestPuts.map((r) => r.url)).toEqual([
      '/v2/acme/app/manifests/1.0',
      '/v2/acme/app/manifests/latest',
    ]);
    const lastBlobRequest = requestsSince(start).findLastIndex((r) => r.url.includes('/blobs/'));
    const firstManifestRequest = requestsSince(start).findIndex((r) => r.url.includes('/manifests/'));
    expect(lastBlobRequest).toBeLessThan(firstManifestRequest);

    const again = proxy.requests.length;
    const second = await client.pushArtifact('acme/app', packed, ['1.0']);
    expect(second.uploaded).toEqual([]);
    expect(second.skipped.map((d) => d.digest)).toEqual(packed.blobs.map((b) => b.descriptor.digest));
    expect(requestsSince(again).map((r) => r.method)).toEqual(['HEAD', 'HEAD', 'HEAD', 'PUT']);
  });

  it('sends the manifest with its own media type and reads back the exact bytes by tag and by digest', async () => {
    const packed = sampleArtifact(10);
    const { digest } = await client.pushArtifact('acme/read', packed, ['v1']);
    const put = proxy.requests.findLast((r) => r.method === 'PUT' && r.url === '/v2/acme/read/manifests/v1');
    expect(put?.headers['content-type']).toBe(packed.manifest.mediaType);

    for (const reference of ['v1', digest]) {
      const fetched = await client.getManifest('acme/read', reference);
      expect(fetched).toEqual({ bytes: packed.manifestBytes, mediaType: packed.manifest.mediaType, digest });
    }
    const get = proxy.requests.findLast((r) => r.method === 'GET' && r.url.includes('/manifests/'));
    expect(get?.headers.accept).toContain('application/vnd.oci.image.manifest.v1+json');
    expect(get?.headers.accept).toContain('application/vnd.docker.distribution.manifest.list.v2+json');
    const layer = packed.blobs[1];
    expect(await client.fetchBlob('acme/read', layer!.descriptor.digest)).toEqual(layer!.bytes);
  });

  it("finds a tag's manifest with one GET, and a missing tag as undefined", async () => {
    const packed = sampleArtifact(11);
    const { digest } = await client.pushArtifact('acme/find', packed, ['v2']);
    const before = proxy.requests.length;
    expect(await client.findManifest('acme/find', 'v2')).toEqual({
      bytes: packed.manifestBytes,
      mediaType: packed.manifest.mediaType,
      digest,
    });
    expect(await client.findManifest('acme/find', 'no-such-tag')).toBeUndefined();
    expect(requestsSince(before).map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v2/acme/find/manifests/v2',
      'GET /v2/acme/find/manifests/no-such-tag',
    ]);
  });

  it('resolves a missing tag to undefined and reports a missing manifest with the registry error code', async () => {
    expect(await client.resolveTag('acme/app', 'no-such-tag')).toBeUndefined();
    const error = await client.getManifest('acme/app', 'no-such-tag').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect((error as Error).message).toMatch(
      /GET 127\.0\.0\.1:\d+\/v2\/acme\/app\/manifests\/no-such-tag answered 404: MANIFEST_UNKNOWN/,
    );
  });

  it('uploads a blob above the chunk size in PATCH chunks with inclusive Content-Range', async () => {
    const chunked = new RegistryClient({ registry: proxy.host, plainHttp: true, chunkSize: 1000 });
    const blob = blobOf(randomBytes(2500));
    const start = proxy.requests.length;
    expect(await chunked.pushBlob('acme/chunks', blob)).toBe('uploaded');
    const exchanges = requestsSince(start);
    expect(exchanges.map((r) => r.method)).toEqual(['HEAD', 'POST', 'PATCH', 'PATCH', 'PATCH', 'PUT']);
    const patches = exchanges.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers['content-range'])).toEqual(['0-999', '1000-1999', '2000-2499']);
    expect(patches.map((r) => r.bodyLength)).toEqual([1000, 1000, 500]);
    const put = exchanges.at(-1);
    expect(put?.bodyLength).toBe(0);
    expect(put?.url).toMatch(
      new RegExp(`\\?_state=[^&]+&digest=${encodeURIComponent(blob.descriptor.digest)}$`),
    );
    expect(await client.fetchBlob('acme/chunks', blob.descriptor.digest)).toEqual(blob.bytes);
  });

  it('mounts blobs from another repository instead of uploading them', async () => {
    const packed = sampleArtifact(300);
    await client.pushArtifact('acme/source', packed, ['1.0']);
    const start = proxy.requests.length;
    const result = await client.pushArtifact('acme/target', packed, ['1.0'], { mountFrom: 'acme/source' });
    expect(result.mounted).toHaveLength(2);
    expect(result.uploaded).toEqual([]);
    const mounts = requestsSince(start).filter((r) => r.method === 'POST');
    expect(mounts.map((r) => r.outcome)).toEqual([201, 201]);
    expect(mounts[0]?.url).toContain('from=acme%2Fsource');
    expect(requestsSince(start).some((r) => r.method === 'PUT' && r.url.includes('/blobs/'))).toBe(false);
    expect(await client.resolveTag('acme/target', '1.0')).toBe(result.digest);
  });

  it('uploads through the session the registry opens when the mount source lacks the blob', async () => {
    const blob = blobOf(randomBytes(50));
    const start = proxy.requests.length;
    expect(await client.pushBlob('acme/target', blob, { mountFrom: 'acme/empty' })).toBe('uploaded');
    expect(requestsSince(start).map((r) => [r.method, r.outcome])).toEqual([
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 201],
    ]);
  });

  it('refuses blobs whose bytes do not match their descriptor before sending anything', async () => {
    const blob = blobOf(Buffer.from('real'));
    const start = proxy.requests.length;
    await expect(client.pushBlob('acme/app', { ...blob, bytes: Buffer.from('fake') })).rejects.toThrow(
      /do not match their descriptor/,
    );
    expect(requestsSince(start)).toEqual([]);
  });

  it.runIf(skopeoEnabled())('serves what it pushed to skopeo byte for byte', async () => {
    const packed = sampleArtifact(128);
    await client.pushArtifact('acme/skopeo', packed, ['2.0']);
    expect(await skopeoInspectRaw(`${registry.host}/acme/skopeo:2.0`)).toEqual(packed.manifestBytes);
  });
});
