import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OPENTOFU_MODULE_ARTIFACT_TYPE,
  OPENTOFU_MODULE_LAYER_MEDIA_TYPE,
  packOpenTofuModule,
} from '../../../src/oci/artifacts/opentofu-module.js';
import { OCI_EMPTY_CONFIG, type PackedArtifact } from '../../../src/oci/content.js';
import {
  expectedFiles,
  readTree,
  tempDir,
  toolAvailable,
  writeTree,
  type TreeSpec,
} from './tree-fixtures.js';

const spec: TreeSpec = {
  'main.tf': 'resource "null_resource" "x" {}\n',
  'variables.tf': 'variable "name" {}\n',
  'modules/network/main.tf': 'output "id" { value = 1 }\n',
  'modules/network/vpc.tofu': 'locals {}\n',
  'files/lambda.zip': 'PK-not-really',
  'scripts/bootstrap.sh': { content: '#!/bin/sh\n', mode: 0o755 },
  'terraform.tfstate': '{"secret": true}',
  'terraform.tfstate.backup': '{}',
  '.terraform/providers/x': 'cache',
  '.git/config': 'repo',
};
const ignoredByDefault = [
  'terraform.tfstate',
  'terraform.tfstate.backup',
  '.terraform/providers/x',
  '.git/config',
];
const options = { now: () => new Date('2025-01-02T03:04:05Z') };

function zipOf(artifact: PackedArtifact): Buffer {
  expect(artifact.manifest.layers).toHaveLength(1);
  return (artifact.blobs[1] as PackedArtifact['blobs'][number]).bytes;
}

function zipFile(zip: Buffer): string {
  const file = join(tempDir('oci-zip-'), 'module.zip');
  writeFileSync(file, zip);
  return file;
}

function unzip(zip: Buffer, ...args: string[]): string {
  return execFileSync('unzip', [...args, zipFile(zip)], { encoding: 'utf8' });
}

const unzipAvailable = () => toolAvailable('unzip', 'apt-get install unzip');

describe('packOpenTofuModule', () => {
  it('builds an OpenTofu module package manifest: artifactType, empty config, one archive/zip layer', async () => {
    const artifact = await packOpenTofuModule(writeTree(tempDir(), spec), options);
    const [config, layer] = artifact.blobs as [
      PackedArtifact['blobs'][number],
      PackedArtifact['blobs'][number],
    ];
    expect(artifact.manifest.artifactType).toBe(OPENTOFU_MODULE_ARTIFACT_TYPE);
    expect(config.descriptor).toEqual({
      mediaType: OCI_EMPTY_CONFIG,
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
    expect(config.bytes.toString()).toBe('{}');
    expect(layer.descriptor.mediaType).toBe(OPENTOFU_MODULE_LAYER_MEDIA_TYPE);
    expect(artifact.manifest.annotations).toEqual({
      'org.opencontainers.image.created': '2025-01-02T03:04:05Z',
    });
    expect(artifact.manifestBytes.toString()).toMatch(
      /^\{"schemaVersion":2,"mediaType":"application\/vnd\.oci\.image\.manifest\.v1\+json","artifactType":"application\/vnd\.opentofu\.modulepkg","config":/,
    );
  });

  it('puts the module root at the zip root, sorted, files only, state and caches left out', async (context) => {
    if (!unzipAvailable()) return context.skip();
    const zip = zipOf(await packOpenTofuModule(writeTree(tempDir(), spec), options));
    expect(unzip(zip, '-Z1').trim().split('\n')).toEqual([
      'files/lambda.zip',
      'main.tf',
      'modules/network/main.tf',
      'modules/network/vpc.tofu',
      'scripts/bootstrap.sh',
      'variables.tf',
    ]);
  });

  it('unzips to the input tree minus the ignored files, with modes, fixed DOS time and no extra fields', async (context) => {
    if (!unzipAvailable()) return context.skip();
    const zip = zipOf(await packOpenTofuModule(writeTree(tempDir(), spec), options));
    expect(unzip(zip, '-tq')).toMatch(/No errors detected/);
    const listing = unzip(zip, '-Zl');
    expect(listing).toMatch(/-rwxr-xr-x .* unx .* 80-Jan-01 00:00 scripts\/bootstrap\.sh/);
    expect(listing).toMatch(/-rw-r--r-- .* unx .* 80-Jan-01 00:00 main\.tf/);
    expect(unzip(zip, '-Zv')).toMatch(/length of extra field:\s+0 bytes/);
    expect(unzip(zip, '-Zv')).not.toMatch(/length of extra field:\s+[1-9]/);
    const extracted = tempDir('oci-unzip-');
    execFileSync('unzip', ['-q', zipFile(zip), '-d', extracted]);
    expect(readTree(extracted)).toEqual(expectedFiles(spec, ignoredByDefault));
  });

  it('gives identical zip and manifest bytes for copies made at other times in another order', async () => {
    const first = writeTree(tempDir(), spec, { mtime: new Date('2019-05-05T00:00:00Z') });
    const second = writeTree(tempDir(), spec, { reverse: true, mtime: new Date('2025-12-31T23:59:59Z') });
    const [a, b] = [
      await packOpenTofuModule(first, { reproducible: true }),
      await packOpenTofuModule(second, { reproducible: true }),
    ];
    expect(zipOf(b).equals(zipOf(a))).toBe(true);
    expect(b.manifestBytes.equals(a.manifestBytes)).toBe(true);
  });

  it('stores a file that deflate cannot shrink', async (context) => {
    if (!unzipAvailable()) return context.skip();
    const zip = zipOf(await packOpenTofuModule(writeTree(tempDir(), { 'main.tf': 'x' }), options));
    expect(unzip(zip, '-Zv')).toMatch(/compression method:\s+none \(stored\)/);
  });
});
