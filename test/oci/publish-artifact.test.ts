import { describe, expect, it, vi } from 'vitest';
import { assembleArtifact, blobOf } from '../../src/oci/artifacts/artifact-manifest.js';
import type { ArtifactPackage, ContentIdentity, PackedArtifact } from '../../src/oci/content.js';
import { sha256Digest } from '../../src/oci/digest.js';
import { publishArtifact, type PublishTarget } from '../../src/oci/publish-artifact.js';
import type { RegistryClient } from '../../src/oci/registry-client.js';
import { silentLog } from '../../src/runtime/log.js';
import { UserError } from '../../src/runtime/user-error.js';

const CONFIG_TYPE = 'application/vnd.cncf.flux.config.v1+json';
const LAYER_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';

function artifact(content: string, created = '2025-01-01T00:00:00Z'): PackedArtifact {
  return assembleArtifact({
    files: ['a.yaml'],
    config: blobOf(CONFIG_TYPE, Buffer.from(`config of ${content}`)),
    layers: [blobOf(LAYER_TYPE, Buffer.from(`layer of ${content}`))],
    annotations: { 'org.opencontainers.image.created': created },
  });
}

/** A package as the Flux packer gives it, counting how often it is compressed. */
function lazy(packed: PackedArtifact, withIdentity = true) {
  const identity: ContentIdentity = { config: packed.manifest.config, layerMediaTypes: [LAYER_TYPE] };
  const pack = vi.fn(() => Promise.resolve(packed));
  const identityOnly = vi.fn();
  const pkg: ArtifactPackage = {
    files: packed.files,
    pack,
    ...(withIdentity && { identify: () => Promise.resolve(identity), identityOnly }),
  };
  return { pkg, pack, identityOnly };
}

/** A registry holding `tags` → manifest, recording pushes. */
function registry(tags: Record<string, PackedArtifact>) {
  const pushArtifact = vi.fn((_repository: string, packed: PackedArtifact, pushed: readonly string[]) =>
    Promise.resolve({
      digest: sha256Digest(packed.manifestBytes),
      uploaded: packed.blobs.map((b) => b.descriptor),
      mounted: [],
      skipped: [],
      tags: [...pushed],
    }),
  );
  const client = {
    findManifest: (_repository: string, tag: string) => {
      const found = tags[tag];
      return Promise.resolve(
        found && {
          bytes: found.manifestBytes,
          mediaType: found.manifest.mediaType,
          digest: sha256Digest(found.manifestBytes),
        },
      );
    },
    pushArtifact,
  };
  return { client: client as unknown as RegistryClient, pushArtifact };
}

function target(packed: ArtifactPackage, tags: string[]): PublishTarget {
  return { repository: 'acme/app', name: 'r.example/acme/app', tags, packed };
}

const options = { overwrite: false, log: silentLog };

describe('publishArtifact', () => {
  it('finds an unchanged artifact by its identity without compressing it', async () => {
    const existing = artifact('v1');
    const { pkg, pack, identityOnly } = lazy(artifact('v1', '2026-06-01T00:00:00Z'));
    const { client, pushArtifact } = registry({ '1.0.0': existing, latest: existing });
    const outcome = await publishArtifact(client, target(pkg, ['1.0.0', 'latest']), options);
    expect(outcome.operation).toBe('unchanged');
    expect(outcome.digest).toBe(sha256Digest(existing.manifestBytes));
    expect(outcome.unchangedTags).toEqual(['1.0.0', 'latest']);
    expect(outcome.size).toBe(
      existing.manifestBytes.length + existing.blobs.reduce((sum, b) => sum + b.descriptor.size, 0),
    );
    expect(pack).not.toHaveBeenCalled();
    expect(identityOnly).toHaveBeenCalledTimes(1);
    expect(pushArtifact).not.toHaveBeenCalled();
  });

  it('packs and pushes under the tags that are new or moved, leaving unchanged ones', async () => {
    const packed = artifact('v2');
    const { pkg, pack, identityOnly } = lazy(packed);
    const { client, pushArtifact } = registry({ latest: artifact('v1'), '2.0.0': artifact('v2') });
    const outcome = await publishArtifact(client, target(pkg, ['2.0.0', 'latest', '2']), options);
    expect(outcome.operation).toBe('pushed');
    expect(outcome.unchangedTags).toEqual(['2.0.0']);
    expect(pack).toHaveBeenCalled();
    expect(identityOnly).not.toHaveBeenCalled();
    expect(pushArtifact).toHaveBeenCalledWith('acme/app', packed, ['latest', '2'], { mountFrom: undefined });
  });

  it('starts packing before the identity is known when a tag is new', async () => {
    const packed = artifact('v2');
    let identified: (identity: ContentIdentity) => void = () => undefined;
    const pack = vi.fn(() => Promise.resolve(packed));
    const pkg: ArtifactPackage = {
      files: packed.files,
      pack,
      identify: () => new Promise((resolve) => (identified = resolve)),
    };
    const { client } = registry({ latest: artifact('v1') });
    const publishing = publishArtifact(client, target(pkg, ['latest', '2.0.0']), options);
    await vi.waitFor(() => expect(pack).toHaveBeenCalled());
    identified({ config: packed.manifest.config, layerMediaTypes: [LAYER_TYPE] });
    expect((await publishing).operation).toBe('pushed');
  });

  it('refuses to move an exact version to other content unless told to overwrite', async () => {
    const { pkg, pack } = lazy(artifact('v2'));
    const { client, pushArtifact } = registry({ '1.0.0': artifact('v1') });
    await expect(publishArtifact(client, target(pkg, ['1.0.0']), options)).rejects.toThrow(UserError);
    expect(pack).not.toHaveBeenCalled();
    expect(pushArtifact).not.toHaveBeenCalled();
    const overwritten = await publishArtifact(client, target(pkg, ['1.0.0']), {
      ...options,
      overwrite: true,
    });
    expect(overwritten.operation).toBe('pushed');
  });

  it('compares packed digests for a kind without an identity', async () => {
    const { pkg, pack } = lazy(artifact('v1', '2026-06-01T00:00:00Z'), false);
    const { client, pushArtifact } = registry({ '1.0.0': artifact('v1') });
    const outcome = await publishArtifact(client, target(pkg, ['1.0.0']), options);
    expect(outcome.operation).toBe('unchanged');
    expect(pack).toHaveBeenCalledTimes(1);
    expect(pushArtifact).not.toHaveBeenCalled();
  });

  it('packs without asking anything on a dry run', async () => {
    const packed = artifact('v1');
    const { pkg } = lazy(packed);
    const outcome = await publishArtifact(undefined, target(pkg, ['1.0.0']), options);
    expect(outcome).toMatchObject({ operation: 'dry-run', digest: sha256Digest(packed.manifestBytes) });
  });
});
