import type { MapNode, PathKey, ScalarNode, YamlNode } from '../model.js';

export interface VisitedNode {
  node: YamlNode;
  /** Path from the document root; computed on first use, since most visited nodes never need it. */
  readonly keys: PathKey[];
  /** The map holding `node` as a value, with its key; unset for the root and sequence items. */
  parent?: { map: MapNode; key: string };
}

class Visit implements VisitedNode {
  private path: PathKey[] | undefined;

  constructor(
    readonly node: YamlNode,
    private readonly up: Visit | undefined,
    private readonly key: PathKey | undefined,
    readonly parent?: { map: MapNode; key: string },
  ) {}

  get keys(): PathKey[] {
    this.path ??= this.up === undefined ? [] : [...this.up.keys, this.key as PathKey];
    return this.path;
  }
}

/** Every node under `root`, parents before children, in document order. Aliases are not followed. */
export function* walkNodes(root: YamlNode | null): Generator<VisitedNode> {
  if (root === null) return;
  const pending: Visit[] = [new Visit(root, undefined, undefined)];
  for (let visited = pending.pop(); visited !== undefined; visited = pending.pop()) {
    yield visited;
    const { node } = visited;
    if (node.kind === 'map') {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i] as MapNode['entries'][number];
        pending.push(new Visit(entry.value, visited, entry.key, { map: node, key: entry.key }));
      }
    } else if (node.kind === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--)
        pending.push(new Visit(node.items[i] as YamlNode, visited, i));
    }
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
