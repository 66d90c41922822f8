import { createHash } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  FLUX_CONFIG_MEDIA_TYPE,
  FLUX_CONTENT_MEDIA_TYPE,
  formatFluxRevision,
  packFluxArtifact,
  type FluxPackOptions,
} from '../../../src/oci/artifacts/flux-artifact.js';
import { OCI_MANIFEST, type PackedArtifact } from '../../../src/oci/content.js';
import {
  expectedFiles,
  extractTarGzip,
  listTarGzip,
  readTree,
  tempDir,
  toolAvailable,
  writeTree,
  type TreeSpec,
} from './tree-fixtures.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const options: FluxPackOptions = {
  source: 'https://github.com/acme/fleet',
  revision: `main@sha1:${SHA}`,
  now: () => new Date('2025-03-04T05:06:07.890Z'),
};

/** Packed in one pass, compressing while reading, as a first push does. */
const packFlux = async (path: string, packOptions: FluxPackOptions) =>
  packFluxArtifact(path, packOptions).pack();

const spec: TreeSpec = {
  'apps/podinfo/deployment.yaml': 'kind: Deployment\n',
  'apps/podinfo/kustomization.yaml': 'resources: [deployment.yaml]\n',
  'apps/podinfo-extra.yaml': 'kind: ConfigMap\n',
  'infra/README.md': '# infra\n',
  'scripts/render.sh': { content: '#!/bin/sh\necho hi\n', mode: 0o755 },
  'scripts/private.sh': { content: 'chmod me\n', mode: 0o700 },
  'docs/diagram.png': 'not packed',
  'bundle.tar.gz': 'not packed',
  '.gitignore': 'not packed',
  '.git/HEAD': 'not packed',
  'empty/': '',
};
const ignoredByDefault = ['docs/diagram.png', 'bundle.tar.gz', '.gitignore', '.git/HEAD'];

function layerOf(artifact: PackedArtifact): Buffer {
  expect(artifact.blobs).toHaveLength(2);
  return (artifact.blobs[1] as PackedArtifact['blobs'][number]).bytes;
}

const tarAvailable = () => toolAvailable('tar', 'apt-get install tar');

describe('packFluxArtifact', () => {
  it('unpacks with tar to the input tree minus the ignored files, modes normalised', async (context) => {
    if (!tarAvailable()) return context.skip();
    const root = writeTree(tempDir(), spec);
    const artifact = await packFlux(root, options);
    const extracted = extractTarGzip(layerOf(artifact));
    expect(readTree(extracted)).toEqual(expectedFiles(spec, ignoredByDefault));
  });

  it('writes directory entries, owner 0/0, mtime 0 and sorted names', async (context) => {
    if (!tarAvailable()) return context.skip();
    const root = writeTree(tempDir(), spec);
    const listing = listTarGzip(layerOf(await packFlux(root, options)));
    // 'podinfo-extra.yaml' before 'podinfo/' ('-' < '/'); docs/ stays although its file is ignored, as in Flux.
    expect(listing).toEqual([
      'drwxr-xr-x 0/0               0 1970-01-01 00:00 apps/',
      '-rw-r--r-- 0/0              16 1970-01-01 00:00 apps/podinfo-extra.yaml',
      'drwxr-xr-x 0/0               0 1970-01-01 00:00 apps/podinfo/',
      '-rw-r--r-- 0/0              17 1970-01-01 00:00 apps/podinfo/deployment.yaml',
      '-rw-r--r-- 0/0              29 1970-01-01 00:00 apps/podinfo/kustomization.yaml',
      'drwxr-xr-x 0/0               0 1970-01-01 00:00 docs/',
      'drwxr-xr-x 0/0               0 1970-01-01 00:00 empty/',
      'drwxr-xr-x 0/0               0 1970-01-01 00:00 infra/',
      '-rw-r--r-- 0/0               8 1970-01-01 00:00 infra/README.md',
      'drwxr-xr-x 0/0               0 1970-01-01 00:00 scripts/',
      '-rwxr-xr-x 0/0               9 1970-01-01 00:00 scripts/private.sh',
      '-rwxr-xr-x 0/0              18 1970-01-01 00:00 scripts/render.sh',
    ]);
  });

  it('keeps long and non-ASCII names intact through pax headers', async (context) => {
    if (!tarAvailable()) return context.skip();
    const long = `${'nested-directory/'.repeat(8)}${'a-very-long-manifest-name-'.repeat(4)}.yaml`;
    const tree: TreeSpec = { [long]: 'long\n', 'überblick/ärger.yaml': 'umlaut\n' };
    const root = writeTree(tempDir(), tree);
    const extracted = extractTarGzip(layerOf(await packFlux(root, options)));
    expect(readTree(extracted)).toEqual(expectedFiles(tree));
  });

  it('adds user ignore patterns, gitignore-style, after the Flux defaults', async (context) => {
    if (!tarAvailable()) return context.skip();
    const root = writeTree(tempDir(), spec);
    const artifact = await packFlux(root, {
      ...options,
      ignorePaths: ['/infra/', '*.sh', '!render.sh', '!*.png'],
    });
    const extracted = extractTarGzip(layerOf(artifact));
    expect(Object.keys(readTree(extracted)).sort()).toEqual([
      'apps/podinfo-extra.yaml',
      'apps/podinfo/deployment.yaml',
      'apps/podinfo/kustomization.yaml',
      'docs/diagram.png',
      'scripts/render.sh',
    ]);
  });

  it('packs a single file as one entry', async (context) => {
    if (!tarAvailable()) return context.skip();
    const root = writeTree(tempDir(), { 'release.yaml': 'kind: HelmRelease\n' });
    const artifact = await packFlux(join(root, 'release.yaml'), options);
    expect(listTarGzip(layerOf(artifact))).toEqual([
      '-rw-r--r-- 0/0              18 1970-01-01 00:00 release.yaml',
    ]);
  });

  it('builds the manifest flux push artifact builds', async () => {
    const root = writeTree(tempDir(), spec);
    const artifact = await packFlux(root, {
      ...options,
      annotations: { 'com.acme.team': 'platform' },
    });
    const [config, layer] = artifact.blobs as [
      PackedArtifact['blobs'][number],
      PackedArtifact['blobs'][number],
    ];
    expect(artifact.manifest).toEqual({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: config.descriptor,
      layers: [layer.descriptor],
      annotations: {
        'org.opencontainers.image.source': 'https://github.com/acme/fleet',
        'org.opencontainers.image.revision': `main@sha1:${SHA}`,
        'org.opencontainers.image.created': '2025-03-04T05:06:07Z',
        'com.acme.team': 'platform',
      },
    });
    expect(config.descriptor.mediaType).toBe(FLUX_CONFIG_MEDIA_TYPE);
    expect(layer.descriptor.mediaType).toBe(FLUX_CONTENT_MEDIA_TYPE);
    for (const blob of artifact.blobs) {
      expect(blob.descriptor.digest).toBe(`sha256:${createHash('sha256').update(blob.bytes).digest('hex')}`);
      expect(blob.descriptor.size).toBe(blob.bytes.length);
    }
    // go-containerregistry's empty image config with the layer's diff ID, as Flux writes it.
    const diffId = `sha256:${createHash('sha256').update(gunzipSync(layer.bytes)).digest('hex')}`;
    expect(config.bytes.toString()).toBe(
      `{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":["${diffId}"]},"config":{}}`,
    );
    expect(config.bytes.length).toBe(233);
    expect(JSON.parse(artifact.manifestBytes.toString())).toEqual(artifact.manifest);
    expect(artifact.manifestBytes.toString()).toMatch(
      /^\{"schemaVersion":2,"mediaType":"application\/vnd\.oci\.image\.manifest\.v1\+json","config":\{"mediaType":.*"annotations":\{"com\.acme\.team":"platform","org\.opencontainers\.image\.created"/,
    );
  });

  it('gives identical layer and manifest bytes for copies made at other times in another order', async () => {
    const first = writeTree(tempDir(), spec, { mtime: new Date('2020-01-01T00:00:00Z') });
    const second = writeTree(tempDir(), spec, { reverse: true, mtime: new Date('2024-06-30T12:34:56Z') });
    chmodSync(join(second, 'apps/podinfo/deployment.yaml'), 0o664); // group-writable: still 0644
    const reproducible = { ...options, reproducible: true, now: () => new Date() };
    const [a, b] = [await packFlux(first, reproducible), await packFlux(second, reproducible)];
    expect(b.manifest.layers[0]?.digest).toBe(a.manifest.layers[0]?.digest);
    expect(b.manifestBytes.equals(a.manifestBytes)).toBe(true);
    expect(a.manifest.annotations?.['org.opencontainers.image.created']).toBe('1970-01-01T00:00:00Z');
  });

  it('stamps created from the clock unless reproducible; the layer stays the same', async () => {
    const root = writeTree(tempDir(), spec);
    const later = await packFlux(root, { ...options, now: () => new Date('2030-01-01T00:00:00Z') });
    const earlier = await packFlux(root, options);
    expect(later.manifest.annotations?.['org.opencontainers.image.created']).toBe('2030-01-01T00:00:00Z');
    expect(later.manifest.layers).toEqual(earlier.manifest.layers);
    expect(later.manifestBytes.equals(earlier.manifestBytes)).toBe(false);
  });

  it('packs a tree larger than one chunk with files straddling chunk boundaries', async (context) => {
    if (!tarAvailable()) return context.skip();
    const tree: TreeSpec = {};
    for (let i = 0; i < 40; i++)
      tree[`chunk/file-${String(i).padStart(2, '0')}.txt`] = `${i}:`.repeat(20_000 + i * 997);
    const root = writeTree(tempDir(), tree);
    const extracted = extractTarGzip(layerOf(await packFlux(root, options)));
    expect(readTree(extracted)).toEqual(expectedFiles(tree));
  });

  it('identifies the content by its config before compressing, then packs the same bytes', async () => {
    const tree: TreeSpec = { [`long/pax-header-${'x'.repeat(120)}.yaml`]: 'a: 1\n' };
    for (let i = 0; i < 30; i++) tree[`chunk/file-${i}.txt`] = `${i}:`.repeat(30_000 + i * 991);
    const root = writeTree(tempDir(), tree);
    const onePass = await packFlux(root, options);
    const twoPhase = packFluxArtifact(root, options);
    const identity = await twoPhase.identify?.();
    expect(twoPhase.files).toEqual(onePass.files);
    const packed = await twoPhase.pack();
    expect(identity).toEqual({ config: onePass.manifest.config, layerMediaTypes: [FLUX_CONTENT_MEDIA_TYPE] });
    expect(packed.manifestBytes.equals(onePass.manifestBytes)).toBe(true);
    expect(layerOf(packed).equals(layerOf(onePass))).toBe(true);

    // Compression switched on while the tree is being read: the kept chunks go first.
    const switched = packFluxArtifact(root, options);
    const identifying = switched.identify?.();
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    const switchedPack = await switched.pack();
    expect(await identifying).toEqual(identity);
    expect(layerOf(switchedPack).equals(layerOf(onePass))).toBe(true);
  });

  it('reads the tree again when packing after identityOnly, and packs the same bytes', async () => {
    const tree: TreeSpec = {};
    for (let i = 0; i < 30; i++) tree[`chunk/file-${i}.txt`] = `${i}:`.repeat(30_000 + i * 991);
    const root = writeTree(tempDir(), tree);
    const onePass = await packFlux(root, options);
    const identifyFirst = packFluxArtifact(root, options);
    const identifying = identifyFirst.identify?.();
    identifyFirst.identityOnly?.();
    expect(await identifying).toEqual({
      config: onePass.manifest.config,
      layerMediaTypes: [FLUX_CONTENT_MEDIA_TYPE],
    });
    const packed = await identifyFirst.pack();
    expect(packed.manifestBytes.equals(onePass.manifestBytes)).toBe(true);
    expect(layerOf(packed).equals(layerOf(onePass))).toBe(true);
    expect(identifyFirst.files).toEqual(onePass.files);
  });

  it('refuses a missing source or revision', async () => {
    const root = writeTree(tempDir(), spec);
    await expect(packFlux(root, { ...options, source: ' ' })).rejects.toThrow(
      'a Flux artifact needs a source',
    );
    await expect(packFlux(root, { ...options, revision: '' })).rejects.toThrow('needs a revision');
  });

  it('names the path of a missing directory', async () => {
    const missing = join(tempDir(), 'manifests');
    await expect(packFlux(missing, options)).rejects.toThrow(`${missing} does not exist`);
  });

  it('reports an empty tree only after looking at all of it', async () => {
    const root = writeTree(tempDir(), { 'logo.png': '', 'sub/': '' });
    await expect(packFlux(root, options)).rejects.toThrow(
      /nothing to package .* every file in it is ignored/,
    );
  });
});

describe('formatFluxRevision', () => {
  it.each([
    ['refs/heads/main', `main@sha1:${SHA}`],
    ['refs/heads/feature/x', `feature/x@sha1:${SHA}`],
    ['refs/tags/v1.2.0', `v1.2.0@sha1:${SHA}`],
    ['refs/pull/7/merge', `refs/pull/7/merge@sha1:${SHA}`],
    ['', `sha1:${SHA}`],
  ])('%s', (ref, revision) => {
    expect(formatFluxRevision({ ref, sha: SHA })).toBe(revision);
  });

  it('writes sha256 for SHA-256 repositories and lowercases', () => {
    const sha = 'AB'.repeat(32);
    expect(formatFluxRevision({ ref: 'refs/heads/main', sha })).toBe(`main@sha256:${'ab'.repeat(32)}`);
  });

  it('refuses a short or malformed hash', () => {
    expect(() => formatFluxRevision({ ref: 'refs/heads/main', sha: 'abc123' })).toThrow(
      '"abc123" is not a full commit hash',
    );
  });
});
