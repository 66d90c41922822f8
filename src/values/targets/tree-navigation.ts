import type { MapNode, PathKey, ScalarNode, YamlNode } from '../model.js';

export interface VisitedNode {
  node: YamlNode;
  /** Path from the document root. */
  keys: PathKey[];
  /** The map holding `node` as a value, with its key; unset for the root and sequence items. */
  parent?: { map: MapNode; key: string };
}

/** Every node under `root`, parents before children, in document order. Aliases are not followed. */
export function* walkNodes(root: YamlNode | null): Generator<VisitedNode> {
  if (root === null) return;
  const pending: VisitedNode[] = [{ node: root, keys: [] }];
  for (let visited = pending.pop(); visited !== undefined; visited = pending.pop()) {
    yield visited;
    const { node, keys } = visited;
    const children: VisitedNode[] =
      node.kind === 'map'
        ? node.entries.map((entry) => ({
            node: entry.value,
            keys: [...keys, entry.key],
            parent: { map: node, key: entry.key },
          }))
        : node.kind === 'seq'
          ? node.items.map((item, index) => ({ node: item, keys: [...keys, index] }))
          : [];
    pending.push(...children.reverse());
  }
}

export function entryValue(map: MapNode, key: string): YamlNode | undefined {
  return map.entries.find((entry) => entry.key === key)?.value;
}

export function scalarEntry(map: MapNode, key: string): ScalarNode | undefined {
  const value = entryValue(map, key);
  return value?.kind === 'scalar' ? value : undefined;
}

/** The text of a non-empty string scalar at `key`, the way names and kinds are written. */
export function textEntry(map: MapNode, key: string): string | undefined {
  const value = scalarEntry(map, key);
  return value?.type === 'str' && value.value !== '' ? value.value : undefined;
}

/** The node at `keys` below `node`, without following aliases. */
export function nodeAt(node: YamlNode | undefined, keys: PathKey[]): YamlNode | undefined {
  let current = node;
  for (const key of keys) {
    if (current?.kind === 'map' && typeof key === 'string') current = entryValue(current, key);
    else if (current?.kind === 'seq' && typeof key === 'number') current = current.items[key];
    else return undefined;
  }
  return current;
}
