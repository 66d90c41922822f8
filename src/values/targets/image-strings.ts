import {
  isValidDigest,
  parseImageReference,
  sameRepository,
  withTagAndDigest,
} from '../../image/image-reference.js';
import type { ImageReference } from '../../image/image-reference.js';
import type { YamlFile } from '../model.js';
import { readImageBlock } from './image-blocks.js';
import { inlineTagAndDigest, versionChange } from './tag-digest-update.js';
import type { ImageQuery, TargetFindings } from './target.js';
import { walkNodes } from './tree-navigation.js';
import type { VisitedNode } from './tree-navigation.js';

const HOST_ONLY = /^(?:localhost|[^/]*\.[^/]*)$/;

/**
 * Whole-reference strings anywhere (`image: ghcr.io/acme/api:1.2.3`, list items, HelmRelease
 * values). Only the tag and digest change; the name stays as written.
 */
export function findImageStrings(file: YamlFile, query: ImageQuery): TargetFindings {
  const findings: TargetFindings = { targets: [], missing: [], candidates: [] };
  for (const document of file.documents) {
    for (const visited of walkNodes(document.root)) {
      const reference = imageString(visited);
      if (!reference) continue;
      findings.candidates.push(reference.name);
      if (!sameRepository(reference, query.image) || visited.node.kind !== 'scalar') continue;
      findings.targets.push({
        document: document.index,
        node: visited.node,
        keys: visited.keys,
        newValue: retaggedReference(reference, query),
        ...versionChange(reference.tag, query.tag),
        kind: 'image-string',
      });
    }
  }
  return findings;
}

/** `reference` as written, with the tag and digest the bump asks for. */
export function retaggedReference(reference: ImageReference, query: ImageQuery): string {
  const next = inlineTagAndDigest(query, reference);
  return withTagAndDigest(reference.original, next.tag, next.digest);
}

/**
 * The image a string scalar names, when it evidently is one. Any lowercase word parses as a Docker
 * Hub image, so an untagged string counts only as the value of an `image` key that is not part of
 * an image block (there the block's `tag` is what changes); `app: nginx` stays a label. A lone
 * host (`localhost:5000`, `registry.example.com:443`) parses as `name:tag` but is an address.
 */
function imageString({ node, parent }: VisitedNode): ImageReference | undefined {
  if (node.kind !== 'scalar' || node.type !== 'str') return undefined;
  // Without ':' or '@' a string has no tag or digest, and counts only under an `image` key: most
  // scalars of a values file end here without being parsed.
  if (parent?.key !== 'image' && !/[:@]/.test(node.value)) return undefined;
  // `sha256:<hex>` reads as image `sha256` with a hex tag, but it is a digest value.
  if (isValidDigest(node.value)) return undefined;
  const reference = parseImageReference(node.value);
  if (!reference || HOST_ONLY.test(reference.name)) return undefined;
  if (reference.tag !== undefined || reference.digest !== undefined) return reference;
  return parent?.key === 'image' && !readImageBlock(parent.map) ? reference : undefined;
}
