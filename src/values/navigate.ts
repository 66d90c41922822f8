import { closestCandidates } from './closest-candidates.js';
import type { PathKey, YamlDocument, YamlFile, YamlNode } from './model.js';
import { formatPathSegments, formatYamlPath, type PathSegment } from './yaml-path.js';

/** A node the path leads to: in a sequence, `[name=api]` leads to every item it selects. */
export interface PathMatch {
  node: YamlNode;
  keys: PathKey[];
  /** Index of the document holding the node. */
  document: number;
}

/** Where a path stops existing in one document. */
export interface PathMiss {
  /** Index of the first segment that does not exist. */
  missingAt: number;
  /** The deepest node that exists on the path; null in an empty document. */
  parent: YamlNode | null;
  /** The nodes from the root down to `parent`, both included (empty in an empty document). */
  lineage: YamlNode[];
  /** Keys from the root to `parent`. */
  keys: PathKey[];
}

export interface DocumentResolution {
  matches: PathMatch[];
  /** The deepest branch that stopped (the first among equals); undefined when every branch matched. */
  miss: PathMiss | undefined;
}

export interface PathResolution {
  /** Every match in every document, in document order. */
  matches: PathMatch[];
  /** With no match: the existing paths most like the one asked for, for the error message. */
  candidates: string[];
  /** How many segments exist in the best document: the full length when something matched. */
  depth: number;
}

/**
 * Follows a path in every document of a file. Aliases are not followed: a value reached through
 * `*alias` is edited where its anchor stands, never through the alias.
 */
export function resolvePath(file: YamlFile, segments: readonly PathSegment[]): PathResolution {
  const matches: PathMatch[] = [];
  const nearby: string[] = [];
  let depth = 0;
  for (const document of file.documents) {
    const resolved = resolveInDocument(document, segments);
    matches.push(...resolved.matches);
    if (resolved.matches.length > 0) depth = segments.length;
    else if (resolved.miss) {
      depth = Math.max(depth, resolved.miss.missingAt);
      nearby.push(...nearbyPaths(document, segments, resolved.miss));
    }
  }
  const candidates = matches.length > 0 ? [] : closestCandidates(formatPathSegments(segments), nearby);
  return { matches, candidates, depth };
}

export function resolveInDocument(
  document: YamlDocument,
  segments: readonly PathSegment[],
): DocumentResolution {
  const matches: PathMatch[] = [];
  let miss: PathMiss | undefined;
  const stop = (missingAt: number, lineage: YamlNode[], keys: PathKey[]) => {
    if (!miss || missingAt > miss.missingAt)
      miss = { missingAt, parent: lineage[lineage.length - 1] ?? null, lineage, keys };
  };
  const follow = (node: YamlNode, at: number, lineage: YamlNode[], keys: PathKey[]): void => {
    const segment = segments[at];
    if (!segment) {
      matches.push({ node, keys, document: document.index });
      return;
    }
    const next = children(node, segment);
    if (next.length === 0) stop(at, lineage, keys);
    for (const child of next) follow(child.node, at + 1, [...lineage, child.node], [...keys, child.key]);
  };
  if (document.root === null) stop(0, [], []);
  else follow(document.root, 0, [document.root], []);
  return { matches, miss };
}

function children(node: YamlNode, segment: PathSegment): Array<{ node: YamlNode; key: PathKey }> {
  if ('key' in segment) {
    if (node.kind !== 'map') return [];
    const entry = node.entries.find((e) => e.key === segment.key);
    return entry ? [{ node: entry.value, key: entry.key }] : [];
  }
  if (node.kind !== 'seq') return [];
  if ('index' in segment) {
    const item = node.items[segment.index];
    return item ? [{ node: item, key: segment.index }] : [];
  }
  const { key, value } = segment.select;
  return node.items.flatMap((item, index) =>
    item.kind === 'map' &&
    item.entries.some((e) => e.key === key && e.value.kind === 'scalar' && e.value.value === value)
      ? [{ node: item, key: index }]
      : [],
  );
}

/** Leaf paths listed for suggestions stop here, so a huge file cannot make an error slow. */
const MAX_LEAVES = 5000;

/**
 * What exists near a missing path: the children of the node where it stopped (as full paths,
 * list items by their `name` when they have one), and every value path elsewhere in the document
 * that ends with the same key (the user may have left out or added a prefix such as `spec.values`).
 */
export function nearbyPaths(
  document: YamlDocument,
  segments: readonly PathSegment[],
  miss: PathMiss,
): string[] {
  const paths: string[] = [];
  const prefix = formatPathSegments(segments.slice(0, miss.missingAt));
  const join = (child: string) => (prefix === '' ? child.replace(/^\./, '') : `${prefix}${child}`);
  const parent = miss.parent;
  if (parent?.kind === 'map') {
    for (const entry of parent.entries) paths.push(join(`.${formatYamlPath([entry.key])}`));
  } else if (parent?.kind === 'seq') {
    parent.items.forEach((item, index) => {
      const name = item.kind === 'map' ? item.entries.find((e) => e.key === 'name')?.value : undefined;
      paths.push(
        join(
          name?.kind === 'scalar'
            ? formatPathSegments([{ select: { key: 'name', value: name.value } }])
            : `[${index}]`,
        ),
      );
    });
  }
  const last = segments[segments.length - 1];
  if (last && 'key' in last) {
    for (const keys of leafPaths(document.root)) {
      if (keys[keys.length - 1] === last.key) paths.push(formatYamlPath(keys));
    }
  }
  return paths;
}

function leafPaths(root: YamlNode | null): PathKey[][] {
  const leaves: PathKey[][] = [];
  const visit = (node: YamlNode, keys: PathKey[]) => {
    if (leaves.length >= MAX_LEAVES) return;
    if (node.kind === 'map') for (const entry of node.entries) visit(entry.value, [...keys, entry.key]);
    else if (node.kind === 'seq') node.items.forEach((item, index) => visit(item, [...keys, index]));
    else leaves.push(keys);
  };
  if (root) visit(root, []);
  return leaves;
}
