import { basename } from 'node:path';
import { parseImageReference, sameRepository } from '../../image/image-reference.js';
import type { MapNode, PathKey, YamlDocument, YamlFile } from '../model.js';
import { digestFieldValue, versionChange } from './tag-digest-update.js';
import type { ImageQuery, TargetFindings } from './target.js';
import { entryValue, nodeAt, textEntry } from './tree-navigation.js';

const KUSTOMIZE_API = 'kustomize.config.k8s.io/';
const FLUX_KUSTOMIZE_API = 'kustomize.toolkit.fluxcd.io/';
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

interface ImagesList {
  keys: PathKey[];
  /** Whether a missing image may be added as a new entry (not for Flux, whose list is optional). */
  acceptsNewEntry: boolean;
}

/**
 * Kustomize `images:` entries `{name, newName?, newTag?, digest?}`, matched by `name` or `newName`.
 * Flux Kustomizations carry the same list under `spec.images`.
 */
export function findKustomizeImages(file: YamlFile, query: ImageQuery): TargetFindings {
  const findings: TargetFindings = { targets: [], missing: [], candidates: [] };
  for (const document of file.documents) {
    const list = imagesList(file, document);
    if (!list) continue;
    const items = nodeAt(document.root ?? undefined, list.keys);
    let matched = false;
    for (const [index, item] of items?.kind === 'seq' ? items.items.entries() : []) {
      if (item.kind !== 'map') continue;
      const names = [textEntry(item, 'name'), textEntry(item, 'newName')].filter(
        (name) => name !== undefined,
      );
      findings.candidates.push(...names);
      const matches = names.some((name) => {
        const reference = parseImageReference(name);
        return reference !== undefined && sameRepository(reference, query.image);
      });
      if (!matches) continue;
      matched = true;
      addEntryEdits(findings, item, query, document.index, [...list.keys, index]);
    }
    if (!matched && list.acceptsNewEntry && (query.tag !== undefined || query.digest !== undefined)) {
      findings.missing.push({
        missing: 'entry',
        kind: 'kustomize',
        document: document.index,
        parentKeys: list.keys,
        entry: {
          name: query.image.name,
          ...(query.tag === undefined ? {} : { newTag: query.tag }),
          ...(query.digest === undefined ? {} : { digest: query.digest }),
        },
      });
    }
  }
  return findings;
}

function imagesList(file: YamlFile, document: YamlDocument): ImagesList | undefined {
  const root = document.root;
  if (root?.kind !== 'map') return undefined;
  const kind = textEntry(root, 'kind');
  const apiVersion = textEntry(root, 'apiVersion') ?? '';
  if (kind === 'Kustomization' && apiVersion.startsWith(FLUX_KUSTOMIZE_API)) {
    return { keys: ['spec', 'images'], acceptsNewEntry: false };
  }
  if (kind === 'Kustomization' || kind === 'Component') {
    return apiVersion === '' || apiVersion.startsWith(KUSTOMIZE_API)
      ? { keys: ['images'], acceptsNewEntry: true }
      : undefined;
  }
  if (kind !== undefined) return undefined;
  // Without a kind, a top-level `images:` list is Kustomize's only if it reads like one: other
  // files (Helm values) use that key too.
  const images = nodeAt(root, ['images']);
  const looksLikeKustomize =
    KUSTOMIZATION_FILES.has(basename(file.name)) ||
    (images?.kind === 'seq' &&
      images.items.length > 0 &&
      images.items.every((item) => item.kind === 'map' && textEntry(item, 'name') !== undefined));
  return images?.kind === 'seq' && looksLikeKustomize
    ? { keys: ['images'], acceptsNewEntry: true }
    : undefined;
}

function addEntryEdits(
  findings: TargetFindings,
  item: MapNode,
  query: ImageQuery,
  document: number,
  keys: PathKey[],
): void {
  const newTag = entryValue(item, 'newTag');
  const digest = entryValue(item, 'digest');
  // A key written as an alias or a map is present but not editable here: neither target nor missing.
  if (query.tag !== undefined) {
    if (newTag?.kind === 'scalar') {
      findings.targets.push({
        document,
        node: newTag,
        keys: [...keys, 'newTag'],
        newValue: query.tag,
        ...versionChange(newTag.value, query.tag),
        kind: 'kustomize',
      });
    } else if (!newTag) {
      findings.missing.push({
        missing: 'key',
        kind: 'kustomize',
        document,
        parentKeys: keys,
        key: 'newTag',
        value: query.tag,
      });
    }
  }
  if (digest?.kind === 'scalar') {
    const newDigest = digestFieldValue(query, digest.value);
    if (newDigest !== undefined) {
      findings.targets.push({
        document,
        node: digest,
        keys: [...keys, 'digest'],
        newValue: newDigest,
        kind: 'kustomize',
      });
    }
  } else if (!digest && query.digest !== undefined) {
    findings.missing.push({
      missing: 'key',
      kind: 'kustomize',
      document,
      parentKeys: keys,
      key: 'digest',
      value: query.digest,
    });
  }
}
