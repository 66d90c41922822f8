import type { Log } from '../runtime/log.js';
import { UserError } from '../runtime/user-error.js';
import { isExactVersionTag } from './artifact-tags.js';
import type { ArtifactPackage, ContentIdentity, ImageManifest } from './content.js';
import { sha256Digest } from './digest.js';
import type { RegistryClient } from './registry-client.js';

/** One artifact for one repository, under its tags. */
export interface PublishTarget {
  /** Repository path on the registry (the API's name). */
  repository: string;
  /** The repository as the user wrote it, registry included, for outputs and messages. */
  name: string;
  tags: string[];
  /** Packed on demand: an unchanged re-push may never need the compressed layers. */
  packed: ArtifactPackage;
}

export type PublishOperation = 'pushed' | 'unchanged' | 'dry-run';

export interface PublishOutcome {
  target: PublishTarget;
  digest: string;
  operation: PublishOperation;
  /** Tags that already named identical content, left as they were. */
  unchangedTags: string[];
  uploaded: number;
  /** Blobs the registry copied from `mountFrom` instead of receiving them. */
  mounted: number;
  skipped: number;
  size: number;
}

/**
 * Pushes an artifact unless the registry already has the same content under a tag: identical
 * config and layers make a tag `unchanged` (the created time does not count), and the existing
 * manifest stays. A kind whose config pins its uncompressed layers (Flux) is compared by that
 * config before anything is compressed, so an unchanged re-push never runs gzip. An exact version
 * tag that names different content is refused unless `overwrite`: consumers pin versions and
 * must never see one change under them.
 */
export async function publishArtifact(
  client: RegistryClient | undefined,
  target: PublishTarget,
  options: { overwrite: boolean; log: Log; mountFrom?: string },
): Promise<PublishOutcome> {
  const outcome = { target, uploaded: 0, mounted: 0, skipped: 0, unchangedTags: [] as string[] };
  if (!client) {
    const packed = await target.packed.pack();
    return {
      ...outcome,
      digest: sha256Digest(packed.manifestBytes),
      operation: 'dry-run',
      size: totalSize(packed.manifestBytes, packed.manifest),
    };
  }

  // Started before the registry is asked, so that reading the tree overlaps the round trips;
  // nothing is compressed until `pack` says so. Awaited below, or superseded by `pack`.
  const identity = target.packed.identify?.();
  identity?.catch(() => undefined);
  const existing = await existingManifests(client, target).catch(async (error: unknown) => {
    // A problem of the tree itself (nothing to package, a link leading outside) is the one to
    // fix first, whatever the registry answered meanwhile.
    const treeProblem = await identity?.then(
      () => undefined,
      (problem: unknown) => problem,
    );
    throw treeProblem instanceof UserError ? treeProblem : error;
  });
  // Every tag exists: most likely nothing changed, so reading need not keep the content. A tag
  // that does not exist will be pushed whatever the others hold: compress while reading.
  if (existing.length === target.tags.length) target.packed.identityOnly?.();
  else if (existing.length > 0) target.packed.pack().catch(() => undefined);
  const matches = existing.length === 0 ? undefined : await sameContentAs(target.packed, identity);
  const unchanged = new Map<string, ExistingManifest>();
  const conflicts: string[] = [];
  for (const found of existing) {
    if (matches?.(found.manifest)) {
      unchanged.set(found.tag, found);
    } else if (isExactVersionTag(found.tag) && !options.overwrite) {
      conflicts.push(`${target.name}:${found.tag} (now ${found.digest})`);
    }
  }
  if (conflicts.length > 0) {
    const verb = conflicts.length === 1 ? 'holds' : 'hold';
    throw new UserError(
      `refusing to change released versions: ${conflicts.join(', ')} already ${verb} different content`,
      {
        hint: 'release the change under a new version, or set overwrite: true if you really mean to replace it',
      },
    );
  }
  const unchangedTags = [...unchanged.keys()];
  const toPush = target.tags.filter((tag) => !unchanged.has(tag));
  if (toPush.length === 0) {
    options.log.info(`${target.name}: every tag already holds this content; nothing pushed.`);
    const first = unchanged.get(target.tags[0] as string) as ExistingManifest;
    return {
      ...outcome,
      digest: first.digest,
      operation: 'unchanged',
      unchangedTags,
      size: totalSize(first.bytes, first.manifest),
    };
  }
  const packed = await target.packed.pack();
  const result = await client.pushArtifact(target.repository, packed, toPush, {
    mountFrom: options.mountFrom,
  });
  return {
    ...outcome,
    digest: result.digest,
    operation: 'pushed',
    unchangedTags,
    uploaded: result.uploaded.length,
    mounted: result.mounted.length,
    skipped: result.skipped.length,
    size: totalSize(packed.manifestBytes, packed.manifest),
  };
}

interface ExistingManifest {
  tag: string;
  digest: string;
  bytes: Buffer;
  manifest: ImageManifest;
}

/** The manifests the target's tags name now, a GET per tag (a HEAD first would cost a round trip more). */
async function existingManifests(client: RegistryClient, target: PublishTarget): Promise<ExistingManifest[]> {
  const existing: ExistingManifest[] = [];
  for (const tag of target.tags) {
    const found = await client.findManifest(target.repository, tag);
    if (found === undefined) continue;
    const { bytes, digest } = found;
    existing.push({ tag, digest, bytes, manifest: JSON.parse(bytes.toString('utf8')) as ImageManifest });
  }
  return existing;
}

/**
 * How to tell an existing manifest holds this content: by the kind's content identity when it
 * has one (no compression needed), else by the packed artifact's config and layer digests.
 */
async function sameContentAs(
  artifact: ArtifactPackage,
  identifying: Promise<ContentIdentity> | undefined,
): Promise<(existing: ImageManifest) => boolean> {
  if (identifying) {
    const identity = await identifying;
    return (existing) =>
      existing.artifactType === identity.artifactType &&
      existing.config?.digest === identity.config.digest &&
      existing.layers?.length === identity.layerMediaTypes.length &&
      existing.layers.every((layer, i) => layer.mediaType === identity.layerMediaTypes[i]);
  }
  const packed = (await artifact.pack()).manifest;
  return (existing) =>
    existing.artifactType === packed.artifactType &&
    existing.config?.digest === packed.config.digest &&
    existing.layers?.length === packed.layers.length &&
    existing.layers.every((layer, i) => layer.digest === packed.layers[i]?.digest);
}

/** What the artifact takes in the registry: the manifest and every blob it names. */
function totalSize(manifestBytes: Buffer, manifest: ImageManifest): number {
  return [manifest.config, ...manifest.layers].reduce((sum, blob) => sum + blob.size, manifestBytes.length);
}
