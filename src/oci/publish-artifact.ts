import { createHash } from 'node:crypto';
import type { Log } from '../runtime/log.js';
import { UserError } from '../runtime/user-error.js';
import { isExactVersionTag } from './artifact-tags.js';
import type { ImageManifest, PackedArtifact } from './content.js';
import type { RegistryClient } from './registry-client.js';

/** One artifact for one repository, under its tags. */
export interface PublishTarget {
  /** Repository path on the registry (the API's name). */
  repository: string;
  /** The repository as the user wrote it, registry included, for outputs and messages. */
  name: string;
  tags: string[];
  packed: PackedArtifact;
}

export type PublishOperation = 'pushed' | 'unchanged' | 'dry-run';

export interface PublishOutcome {
  target: PublishTarget;
  digest: string;
  operation: PublishOperation;
  /** Tags that already named identical content, left as they were. */
  unchangedTags: string[];
  uploaded: number;
  skipped: number;
  size: number;
}

/**
 * Pushes an artifact unless the registry already has the same content under a tag: identical
 * config and layers make a tag `unchanged` (the created time does not count), and the existing
 * manifest stays. An exact version tag that names different content is refused unless
 * `overwrite`: consumers pin versions and must never see one change under them.
 */
export async function publishArtifact(
  client: RegistryClient | undefined,
  target: PublishTarget,
  options: { overwrite: boolean; log: Log },
): Promise<PublishOutcome> {
  const size = target.packed.blobs.reduce(
    (sum, blob) => sum + blob.descriptor.size,
    target.packed.manifestBytes.length,
  );
  const packedDigest = `sha256:${createHash('sha256').update(target.packed.manifestBytes).digest('hex')}`;
  const outcome = { target, size, uploaded: 0, skipped: 0, unchangedTags: [] as string[] };
  if (!client) return { ...outcome, digest: packedDigest, operation: 'dry-run' };

  const existing = new Map<string, string>();
  const conflicts: string[] = [];
  for (const tag of target.tags) {
    const digest = await client.resolveTag(target.repository, tag);
    if (digest === undefined) continue;
    const { bytes } = await client.getManifest(target.repository, digest);
    if (sameContent(JSON.parse(bytes.toString('utf8')) as ImageManifest, target.packed.manifest)) {
      existing.set(tag, digest);
    } else if (isExactVersionTag(tag) && !options.overwrite) {
      conflicts.push(`${target.name}:${tag} (now ${digest})`);
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
  const toPush = target.tags.filter((tag) => !existing.has(tag));
  if (toPush.length === 0) {
    options.log.info(`${target.name}: every tag already holds this content; nothing pushed.`);
    return {
      ...outcome,
      digest: existing.get(target.tags[0] as string) as string,
      operation: 'unchanged',
      unchangedTags: [...existing.keys()],
    };
  }
  const result = await client.pushArtifact(target.repository, target.packed, toPush);
  return {
    ...outcome,
    digest: result.digest,
    operation: 'pushed',
    unchangedTags: [...existing.keys()],
    uploaded: result.uploaded.length + result.mounted.length,
    skipped: result.skipped.length,
  };
}

function sameContent(existing: ImageManifest, packed: ImageManifest): boolean {
  return (
    existing.artifactType === packed.artifactType &&
    existing.config?.digest === packed.config.digest &&
    existing.layers?.length === packed.layers.length &&
    existing.layers.every((layer, i) => layer.digest === packed.layers[i]?.digest)
  );
}
