import { parseImageReference, sameRepository, withTagAndDigest } from '../../image/image-reference.js';
import type { ScalarNode, YamlFile } from '../model.js';
import { inlineTagAndDigest, versionChange } from './tag-digest-update.js';
import type { MarkerQuery, Target, TargetFindings } from './target.js';
import { walkNodes } from './tree-navigation.js';

/** What part of the image a setter marker writes; `image` is the whole `name:tag` reference. */
type MarkerField = 'image' | 'tag' | 'name' | 'digest';

interface SetterMarker {
  namespace: string;
  policy: string;
  field: MarkerField;
}

const FIELDS: ReadonlySet<string> = new Set(['tag', 'name', 'digest']);

/**
 * Values marked for Flux image automation: `# {"$imagepolicy": "<namespace>:<policy>[:tag|:name|:digest]"}`
 * on the value's line, updated the way the image-automation-controller would.
 */
export function findFluxMarkers(file: YamlFile, query: MarkerQuery): TargetFindings {
  const findings: TargetFindings = { targets: [], missing: [], candidates: [] };
  const [wantedNamespace, wantedPolicy] = query.policy.includes(':')
    ? query.policy.split(':', 2)
    : [undefined, query.policy];
  for (const document of file.documents) {
    for (const visited of walkNodes(document.root)) {
      const { node } = visited;
      if (node.kind !== 'scalar' || node.comment === undefined) continue;
      const marker = parseSetterMarker(node.comment);
      if (!marker) continue;
      findings.candidates.push(`${marker.namespace}:${marker.policy}`);
      if (marker.policy !== wantedPolicy) continue;
      if (wantedNamespace !== undefined && marker.namespace !== wantedNamespace) continue;
      const update = markerUpdate(marker.field, node, query);
      if (update)
        findings.targets.push({
          document: document.index,
          node,
          keys: visited.keys,
          ...update,
          kind: 'flux-marker',
        });
    }
  }
  return findings;
}

/** The marker in a line comment, or undefined for any other comment. */
export function parseSetterMarker(comment: string): SetterMarker | undefined {
  const start = comment.indexOf('{');
  const end = comment.lastIndexOf('}');
  if (start === -1 || end < start) return undefined;
  let setter: unknown;
  try {
    setter = (JSON.parse(comment.slice(start, end + 1)) as Record<string, unknown>)['$imagepolicy'];
  } catch {
    return undefined;
  }
  if (typeof setter !== 'string') return undefined;
  const [namespace, policy, field, ...rest] = setter.trim().split(':');
  if (!namespace || !policy || rest.length > 0) return undefined;
  if (field === undefined) return { namespace, policy, field: 'image' };
  return FIELDS.has(field) ? { namespace, policy, field: field as MarkerField } : undefined;
}

type MarkerUpdate = Pick<Target, 'newValue' | 'fromVersion' | 'toVersion'>;

function markerUpdate(field: MarkerField, node: ScalarNode, query: MarkerQuery): MarkerUpdate | undefined {
  switch (field) {
    case 'tag':
      return query.tag === undefined
        ? undefined
        : { newValue: query.tag, ...versionChange(node.value, query.tag) };
    case 'digest':
      return query.digest === undefined ? undefined : { newValue: query.digest };
    case 'name':
      return query.image === undefined ? undefined : { newValue: query.image.name };
    case 'image':
      return imageUpdate(node, query);
  }
}

/**
 * The whole reference keeps its name as written when it is the query's image (or no image is
 * given); a different or unreadable current value takes the query's image, as Flux writes the
 * policy's image over whatever stood there.
 */
function imageUpdate(node: ScalarNode, query: MarkerQuery): MarkerUpdate | undefined {
  const current = node.type === 'str' ? parseImageReference(node.value) : undefined;
  if (current && (query.image === undefined || sameRepository(current, query.image))) {
    if (query.tag === undefined && query.digest === undefined) return undefined;
    const next = inlineTagAndDigest(query, current);
    return {
      newValue: withTagAndDigest(current.original, next.tag, next.digest),
      ...versionChange(current.tag, query.tag),
    };
  }
  if (query.image === undefined || (query.tag === undefined && query.digest === undefined)) return undefined;
  return { newValue: withTagAndDigest(query.image.name, query.tag, query.digest) };
}
