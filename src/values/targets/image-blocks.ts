import { parseImageReference, sameRepository } from '../../image/image-reference.js';
import type { ImageReference } from '../../image/image-reference.js';
import type { MapNode, PathKey, ScalarNode, YamlFile } from '../model.js';
import { digestFieldValue, inlineTagAndDigest, versionChange } from './tag-digest-update.js';
import type { ImageQuery, MissingTarget, Target, TargetFindings } from './target.js';
import { entryValue, textEntry, walkNodes } from './tree-navigation.js';

/** A Helm-style map that spells an image in separate keys. */
export interface ImageBlock {
  /** The image name as the keys spell it: `registry/repository`, `repository`, `name` or `image`. */
  name: string;
  reference: ImageReference;
  /** The `tag` / `digest` values; undefined when the key is absent. */
  tag: ScalarNode | undefined;
  digest: ScalarNode | undefined;
}

/**
 * Reads `{registry?, repository, tag?, digest?}`, `{name, tag, digest?}` or `{image, tag|digest}`.
 * `name` and `image` need a sibling tag key, because alone they are a Kubernetes container
 * (`{name: api, image: ghcr.io/acme/api:1}`) or any other named thing.
 */
export function readImageBlock(map: MapNode): ImageBlock | undefined {
  const tagValue = entryValue(map, 'tag');
  const digestValue = entryValue(map, 'digest');
  // An alias or a nested map under tag/digest cannot be edited in place: not a block we handle.
  if ((tagValue && tagValue.kind !== 'scalar') || (digestValue && digestValue.kind !== 'scalar'))
    return undefined;

  const path =
    textEntry(map, 'repository') ??
    (tagValue ? textEntry(map, 'name') : undefined) ??
    (tagValue || digestValue ? textEntry(map, 'image') : undefined);
  if (path === undefined) return undefined;
  const registry = textEntry(map, 'registry');
  const name = registry === undefined ? path : `${registry.replace(/\/+$/, '')}/${path}`;
  const reference = parseImageReference(name);
  if (!reference || reference.tag !== undefined || reference.digest !== undefined) return undefined;
  return { name, reference, tag: tagValue, digest: digestValue };
}

/** Image blocks at any depth (Helm values, HelmRelease `spec.values`, Argo CD `valuesObject`). */
export function findImageBlocks(file: YamlFile, query: ImageQuery): TargetFindings {
  const findings: TargetFindings = { targets: [], missing: [], candidates: [] };
  for (const document of file.documents) {
    for (const visited of walkNodes(document.root)) {
      const { node } = visited;
      if (node.kind !== 'map') continue;
      const block = readImageBlock(node);
      if (!block) continue;
      findings.candidates.push(block.name);
      if (!sameRepository(block.reference, query.image)) continue;
      const edits = blockEdits(block, query, document.index, visited.keys);
      findings.targets.push(...edits.targets);
      findings.missing.push(...edits.missing);
    }
  }
  return findings;
}

function blockEdits(
  block: ImageBlock,
  query: ImageQuery,
  document: number,
  keys: PathKey[],
): { targets: Target[]; missing: MissingTarget[] } {
  const targets: Target[] = [];
  const missing: MissingTarget[] = [];
  const target = (key: string, node: ScalarNode, newValue: string, from?: string, to?: string): Target => ({
    document,
    node,
    keys: [...keys, key],
    newValue,
    ...versionChange(from, to),
    kind: 'image-block',
  });
  const missingKey = (key: string, value: string): MissingTarget => ({
    missing: 'key',
    kind: 'image-block',
    document,
    parentKeys: keys,
    key,
    value,
  });

  const { tag, digest } = block;
  const [tagText = '', embeddedDigest] = tag ? tag.value.split('@', 2) : [];
  if (tag && embeddedDigest !== undefined && !digest) {
    // Charts without a digest key accept `tag: 1.2.3@sha256:...`; keep that form.
    const next = inlineTagAndDigest(query, { tag: tagText || undefined, digest: embeddedDigest });
    const newValue = `${next.tag ?? ''}${next.digest === undefined ? '' : `@${next.digest}`}`;
    targets.push(target('tag', tag, newValue, tagText, query.tag));
    return { targets, missing };
  }

  if (query.tag !== undefined) {
    if (tag) targets.push(target('tag', tag, query.tag, tagText, query.tag));
    else missing.push(missingKey('tag', query.tag));
  }
  if (digest) {
    const newDigest = digestFieldValue(query, digest.value);
    if (newDigest !== undefined) targets.push(target('digest', digest, newDigest));
  } else if (query.digest !== undefined) {
    missing.push(missingKey('digest', query.digest));
  }
  return { targets, missing };
}
