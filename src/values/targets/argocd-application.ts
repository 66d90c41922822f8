import { parseImageReference, sameRepository } from '../../image/image-reference.js';
import type { MapNode, PathKey, ScalarNode, YamlFile, YamlNode } from '../model.js';
import { retaggedReference } from './image-strings.js';
import { digestFieldValue, versionChange } from './tag-digest-update.js';
import type { ImageQuery, TargetFindings } from './target.js';
import { nodeAt, scalarEntry, textEntry } from './tree-navigation.js';

const ARGOCD_API = 'argoproj.io/';

interface Source {
  node: MapNode;
  keys: PathKey[];
}

interface HelmParameter {
  value: ScalarNode;
  keys: PathKey[];
}

/**
 * Argo CD Applications: `kustomize.images` strings (`[alias=]name[:tag][@digest]`) and Helm
 * `parameters` (`image.repository` + `image.tag`) in `spec.source` and every `spec.sources` item.
 */
export function findArgoCdApplicationImages(file: YamlFile, query: ImageQuery): TargetFindings {
  const findings: TargetFindings = { targets: [], missing: [], candidates: [] };
  for (const document of file.documents) {
    for (const source of applicationSources(document.root)) {
      addKustomizeImages(findings, source, query, document.index);
      addHelmParameters(findings, source, query, document.index);
    }
  }
  return findings;
}

function applicationSources(root: YamlNode | null): Source[] {
  if (root?.kind !== 'map' || textEntry(root, 'kind') !== 'Application') return [];
  if (!(textEntry(root, 'apiVersion') ?? '').startsWith(ARGOCD_API)) return [];
  const sources: Source[] = [];
  const single = nodeAt(root, ['spec', 'source']);
  if (single?.kind === 'map') sources.push({ node: single, keys: ['spec', 'source'] });
  const many = nodeAt(root, ['spec', 'sources']);
  for (const [index, item] of many?.kind === 'seq' ? many.items.entries() : []) {
    if (item.kind === 'map') sources.push({ node: item, keys: ['spec', 'sources', index] });
  }
  return sources;
}

function addKustomizeImages(
  findings: TargetFindings,
  source: Source,
  query: ImageQuery,
  document: number,
): void {
  const images = nodeAt(source.node, ['kustomize', 'images']);
  for (const [index, item] of images?.kind === 'seq' ? images.items.entries() : []) {
    if (item.kind !== 'scalar' || item.type !== 'str') continue;
    // `alias=image` retargets the image Kustomize knows as `alias`, as `kustomize edit set image` does.
    const equals = item.value.indexOf('=');
    const alias = equals === -1 ? undefined : item.value.slice(0, equals);
    const reference = parseImageReference(item.value.slice(equals + 1));
    if (!reference) continue;
    const aliasReference = alias === undefined ? undefined : parseImageReference(alias);
    findings.candidates.push(...(aliasReference ? [aliasReference.name] : []), reference.name);
    const matches =
      sameRepository(reference, query.image) ||
      (aliasReference !== undefined && sameRepository(aliasReference, query.image));
    if (!matches) continue;
    findings.targets.push({
      document,
      node: item,
      keys: [...source.keys, 'kustomize', 'images', index],
      newValue: `${alias === undefined ? '' : `${alias}=`}${retaggedReference(reference, query)}`,
      ...versionChange(reference.tag, query.tag),
      kind: 'argocd-kustomize',
    });
  }
}

function addHelmParameters(
  findings: TargetFindings,
  source: Source,
  query: ImageQuery,
  document: number,
): void {
  const parameters = helmParameters(source);
  for (const [name, repository] of parameters) {
    if (name !== 'image.repository' && !name.endsWith('.image.repository')) continue;
    if (repository.value.type !== 'str' || repository.value.value === '') continue;
    const prefix = name.slice(0, -'repository'.length);
    const registry = parameters.get(`${prefix}registry`)?.value.value;
    const imageName = registry
      ? `${registry.replace(/\/+$/, '')}/${repository.value.value}`
      : repository.value.value;
    const reference = parseImageReference(imageName);
    if (!reference || reference.tag !== undefined || reference.digest !== undefined) continue;
    findings.candidates.push(imageName);
    if (!sameRepository(reference, query.image)) continue;

    const tag = parameters.get(`${prefix}tag`);
    if (tag && query.tag !== undefined) {
      findings.targets.push({
        document,
        node: tag.value,
        keys: tag.keys,
        newValue: query.tag,
        ...versionChange(tag.value.value, query.tag),
        kind: 'argocd-helm-parameter',
      });
    }
    const digest = parameters.get(`${prefix}digest`);
    const newDigest = digest ? digestFieldValue(query, digest.value.value) : undefined;
    if (digest && newDigest !== undefined) {
      findings.targets.push({
        document,
        node: digest.value,
        keys: digest.keys,
        newValue: newDigest,
        kind: 'argocd-helm-parameter',
      });
    }
  }
}

/** `helm.parameters` by name; of duplicate names the last wins, as it does when Argo CD renders. */
function helmParameters(source: Source): Map<string, HelmParameter> {
  const parameters = new Map<string, HelmParameter>();
  const list = nodeAt(source.node, ['helm', 'parameters']);
  for (const [index, item] of list?.kind === 'seq' ? list.items.entries() : []) {
    if (item.kind !== 'map') continue;
    const name = textEntry(item, 'name');
    const value = scalarEntry(item, 'value');
    if (name === undefined || !value) continue;
    parameters.set(name, { value, keys: [...source.keys, 'helm', 'parameters', index, 'value'] });
  }
  return parameters;
}
