import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLUX_CONTENT_MEDIA_TYPE } from '../../../src/oci/artifacts/flux-artifact.js';
import { OPENTOFU_MODULE_ARTIFACT_TYPE } from '../../../src/oci/artifacts/opentofu-module.js';
import { packTerraformModule } from '../../../src/oci/artifacts/terraform-module.js';
import type { PackedArtifact } from '../../../src/oci/content.js';
import { UserError } from '../../../src/runtime/user-error.js';
import {
  extractTarGzip,
  readTree,
  tempDir,
  toolAvailable,
  writeTree,
  type TreeSpec,
} from './tree-fixtures.js';

const spec: TreeSpec = {
  'main.tf': 'module "vpc" { source = "./modules/vpc" }\n',
  'outputs.tf.json': '{}\n',
  'modules/vpc/main.tf': 'resource "null_resource" "vpc" {}\n',
  'functions/handler.zip': 'zipped function code',
  'docs/diagram.png': 'picture',
  'terraform.tfstate': '{"secret": true}',
  '.terraform/modules/modules.json': '{}',
};
const packedFiles = [
  'docs/diagram.png',
  'functions/handler.zip',
  'main.tf',
  'modules/vpc/main.tf',
  'outputs.tf.json',
];
const options = {
  source: 'https://github.com/acme/infra',
  revision: 'v1.4.0@sha1:0123456789abcdef0123456789abcdef01234567',
  now: () => new Date('2025-04-05T06:07:08Z'),
};

function layer(artifact: PackedArtifact): Buffer {
  return (artifact.blobs[1] as PackedArtifact['blobs'][number]).bytes;
}

describe('packTerraformModule', () => {
  it('produces the Flux form and the OpenTofu form from the same files', async (context) => {
    if (!toolAvailable('tar', 'apt-get install tar') || !toolAvailable('unzip', 'apt-get install unzip')) {
      return context.skip();
    }
    const forms = await packTerraformModule(writeTree(tempDir(), spec), options);
    const [flux, opentofu] = [await forms.flux.pack(), forms.opentofu];
    expect(flux.manifest.layers[0]?.mediaType).toBe(FLUX_CONTENT_MEDIA_TYPE);
    expect(opentofu.manifest.artifactType).toBe(OPENTOFU_MODULE_ARTIFACT_TYPE);
    expect(Object.keys(readTree(extractTarGzip(layer(flux)))).sort()).toEqual(packedFiles);
    const zip = join(tempDir(), 'module.zip');
    writeFileSync(zip, layer(opentofu));
    expect(execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n')).toEqual(packedFiles);
  });

  it('stamps both forms with one created time and the Flux source and revision', async () => {
    let calls = 0;
    const clock = () => new Date(Date.UTC(2025, 0, 1, 0, 0, calls++));
    const forms = await packTerraformModule(writeTree(tempDir(), spec), {
      ...options,
      now: clock,
    });
    const [flux, opentofu] = [await forms.flux.pack(), forms.opentofu];
    expect(calls).toBe(1);
    expect(flux.manifest.annotations).toEqual({
      'org.opencontainers.image.source': options.source,
      'org.opencontainers.image.revision': options.revision,
      'org.opencontainers.image.created': '2025-01-01T00:00:00Z',
    });
    expect(opentofu.manifest.annotations).toEqual({
      'org.opencontainers.image.created': '2025-01-01T00:00:00Z',
    });
  });

  it('refuses a directory without .tf or .tofu files at its top, listing what is there', async () => {
    const root = writeTree(tempDir(), { 'README.md': '', 'modules/vpc/main.tf': '' });
    const packing = packTerraformModule(root, options);
    await expect(packing).rejects.toThrow(UserError);
    await expect(packTerraformModule(root, options)).rejects.toThrow(
      `${root} is not a Terraform module: it has no .tf or .tofu files at its top level`,
    );
    await expect(packTerraformModule(root, options)).rejects.toThrow(/found README\.md, modules\//);
  });

  it('accepts a module written in .tofu files only', async () => {
    const { opentofu } = await packTerraformModule(
      writeTree(tempDir(), { 'main.tofu': 'locals {}\n' }),
      options,
    );
    expect(opentofu.manifest.layers).toHaveLength(1);
  });

  it('does not count an ignored .tf file', async () => {
    const root = writeTree(tempDir(), { 'main.tf': '', 'README.md': '' });
    await expect(packTerraformModule(root, { ...options, ignorePaths: ['*.tf'] })).rejects.toThrow(
      /is not a Terraform module/,
    );
  });
});
