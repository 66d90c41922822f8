import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fastScan } from '../../src/values/fast-scan.js';
import { fullParse } from '../../src/values/full-parse.js';
import { loadYaml } from '../../src/values/load-yaml.js';
import type { PathKey, ScalarNode, YamlNode } from '../../src/values/model.js';
import { planFileBump } from '../../src/values/plan-file-bump.js';
import { plainScalarType } from '../../src/values/scalar-render.js';
import { formatYamlPath, parseYamlPath } from '../../src/values/yaml-path.js';

// Random block-style documents: a tree of maps, sequences and scalars in every scalar style,
// rendered with random comments, blank lines, indentation, list style and line breaks, along
// with the data they must load as.

type Leaf =
  | { kind: 'inline'; text: string; data: unknown }
  | { kind: 'null' }
  | { kind: 'block'; folded: boolean; strip: boolean; lines: string[] }
  | { kind: 'flow'; items: string[] };
type Tree = Leaf | { kind: 'map'; entries: Entry[] } | { kind: 'seq'; items: Item[] };
interface Decoration {
  blank: boolean;
  comment: string | null;
  trailing: string | null;
}
type Entry = { key: string; value: Tree } & Decoration;
type Item = { value: Tree } & Decoration;
interface Style {
  step: 2 | 4;
  compactLists: boolean;
}

const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((w) => plainScalarType(w) === 'str');
const printable = fc.stringMatching(/^[ -~]{0,12}$/);
const plainText = fc
  .stringMatching(/^[a-zA-Z][a-zA-Z0-9._/@-]{0,8}(?:[ :#][a-z0-9]{1,4})?$/)
  .filter((t) => plainScalarType(t) === 'str');

const inline: fc.Arbitrary<Leaf> = fc.oneof(
  plainText.map((text) => ({ kind: 'inline' as const, text, data: text })),
  fc.integer({ min: -5000, max: 99999 }).map((n) => ({ kind: 'inline' as const, text: String(n), data: n })),
  fc
    .tuple(fc.nat(99), fc.nat(99))
    .map(([a, b]) => ({ kind: 'inline' as const, text: `${a}.${b}5`, data: Number(`${a}.${b}5`) })),
  fc.boolean().map((b) => ({ kind: 'inline' as const, text: String(b), data: b })),
  printable.map((s) => ({ kind: 'inline' as const, text: JSON.stringify(s), data: s })),
  printable.map((s) => ({ kind: 'inline' as const, text: `'${s.replace(/'/g, "''")}'`, data: s })),
);
const leaf: fc.Arbitrary<Leaf> = fc.oneof(
  { arbitrary: inline, weight: 6 },
  { arbitrary: fc.constant<Leaf>({ kind: 'null' }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('block' as const),
      folded: fc.boolean(),
      strip: fc.boolean(),
      lines: fc.array(fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9#][ -~]{0,10}[a-z]$/)), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('flow' as const),
      items: fc.array(plainText, { minLength: 1, maxLength: 3 }),
    }),
    weight: 1,
  },
);
const decoration = fc.record({
  blank: fc.boolean(),
  comment: fc.option(printable, { freq: 3 }),
  trailing: fc.option(printable, { freq: 3 }),
});

const { tree } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree; leaf: Leaf }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('map'), tie('seq')),
  leaf: leaf.map((l) =>
    l.kind === 'block' && l.lines.every((line) => line === '') ? { kind: 'null' as const } : l,
  ),
  map: fc
    .uniqueArray(
      fc.record({ key: fc.oneof(word, fc.stringMatching(/^[a-z]{1,3}\.[a-z]{1,3}$/)), value: tie('tree') }),
      { minLength: 1, maxLength: 5, selector: (entry) => entry.key },
    )
    .chain((entries) =>
      fc.array(decoration, { minLength: entries.length, maxLength: entries.length }).map((decorations) => ({
        kind: 'map' as const,
        entries: entries.map((entry, i) => ({ ...entry, ...(decorations[i] as Decoration) })),
      })),
    ),
  seq: fc.array(fc.record({ value: tie('tree') }), { minLength: 1, maxLength: 4 }).chain((items) =>
    fc.array(decoration, { minLength: items.length, maxLength: items.length }).map((decorations) => ({
      kind: 'seq' as const,
      items: items.map((item, i) => ({ ...item, ...(decorations[i] as Decoration) })),
    })),
  ),
}));
const rootMap = tree.filter((t): t is Extract<Tree, { kind: 'map' }> => t.kind === 'map');

function data(node: Tree): unknown {
  switch (node.kind) {
    case 'inline':
      return node.data;
    case 'null':
      return null;
    case 'block': {
      const body = node.folded ? foldedValue(node.lines) : node.lines.join('\n');
      const trimmed = body.replace(/\n+$/, '');
      return node.strip ? trimmed : `${trimmed}\n`;
    }
    case 'flow':
      return node.items;
    case 'map':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, data(entry.value)]));
    case 'seq':
      return node.items.map((item) => data(item.value));
  }
}

function foldedValue(lines: string[]): string {
  let out = '';
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    out += started ? (blanks === 0 ? ' ' : '\n'.repeat(blanks)) : '\n'.repeat(blanks);
    out += line;
    started = true;
    blanks = 0;
  }
  return out;
}

function renderYaml(root: Tree, style: Style): string {
  const out: string[] = [];
  const trailing = (d: Decoration) => (d.trailing === null ? '' : ` #${d.trailing}`);
  const decorate = (d: Decoration, pad: string, first: boolean) => {
    if (first) return;
    if (d.blank) out.push('');
    if (d.comment !== null) out.push(`${pad}#${d.comment}`);
  };
  /** The leaf after `key:` or `-` (one line, or a block scalar header and its lines). */
  const leafLines = (lead: string, node: Leaf, d: Decoration, contentIndent: number) => {
    if (node.kind === 'null') out.push(`${lead}${trailing(d)}`);
    else if (node.kind === 'inline') out.push(`${lead} ${node.text}${trailing(d)}`);
    else if (node.kind === 'flow') out.push(`${lead} [${node.items.join(', ')}]${trailing(d)}`);
    else {
      out.push(`${lead} ${node.folded ? '>' : '|'}${node.strip ? '-' : ''}${trailing(d)}`);
      for (const line of node.lines) out.push(line === '' ? '' : ' '.repeat(contentIndent) + line);
    }
  };
  const renderNode = (node: Tree, indent: number, lead: string | undefined, d: Decoration) => {
    if (node.kind === 'map') renderMap(node, indent, lead);
    else if (node.kind === 'seq') renderSeq(node, indent, lead);
    else leafLines((lead ?? '').trimEnd(), node, d, indent);
  };
  const renderMap = (node: Extract<Tree, { kind: 'map' }>, indent: number, lead?: string) => {
    const pad = ' '.repeat(indent);
    node.entries.forEach((entry, i) => {
      const first = i === 0 && lead !== undefined;
      decorate(entry, pad, first);
      const key = entry.key.includes('.') ? `"${entry.key}"` : entry.key;
      const line = `${first ? lead : pad}${key}:`;
      const value = entry.value;
      if (value.kind === 'map') {
        out.push(`${line}${trailing(entry)}`);
        renderMap(value, indent + style.step);
      } else if (value.kind === 'seq') {
        out.push(`${line}${trailing(entry)}`);
        renderSeq(value, indent + (style.compactLists ? 0 : style.step));
      } else {
        leafLines(line, value, entry, indent + style.step);
      }
    });
  };
  const renderSeq = (node: Extract<Tree, { kind: 'seq' }>, indent: number, lead?: string) => {
    const pad = ' '.repeat(indent);
    node.items.forEach((item, i) => {
      const first = i === 0 && lead !== undefined;
      decorate(item, pad, first);
      const dash = `${first ? lead : pad}- `;
      if (item.value.kind === 'map' || item.value.kind === 'seq')
        renderNode(item.value, indent + 2, dash, item);
      else leafLines(dash.trimEnd(), item.value, item, indent + 2);
    });
  };
  renderMap(root as Extract<Tree, { kind: 'map' }>, 0);
  return out.join('\n');
}

const newValue = fc.oneof(
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(99)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(fc.nat(9), fc.nat(20)).map(([a, b]) => `v${a}.${b}`),
  fc.tuple(fc.nat(9), fc.nat(9)).map(([a, b]) => `${a}.${b}0`),
  fc.stringMatching(/^[0-9a-f]{12}$/).map((hex) => `sha256:${hex}`),
  fc.tuple(fc.nat(9), fc.nat(9)).map(([a, b]) => `ghcr.io/acme/api:${a}.${b}.0-rc.1`),
  fc.nat(500).map(String),
  fc.constantFrom('latest', 'true', 'false', 'yes', 'on', '', '~', 'null', '1e3', '0755', '1_000', '12:30'),
  fc.constantFrom(
    '2024-01-01',
    'a: b',
    'x # y',
    '-rc',
    '@x',
    "it's",
    'say "hi"',
    'back\\slash',
    '[x]',
    'a,b',
    ' pad',
  ),
);

interface Leafy {
  node: ScalarNode;
  keys: PathKey[];
}

function scalars(node: YamlNode | null, keys: PathKey[] = []): Leafy[] {
  if (node === null || node.kind === 'alias') return [];
  if (node.kind === 'scalar') return [{ node, keys }];
  if (node.kind === 'map') return node.entries.flatMap((entry) => scalars(entry.value, [...keys, entry.key]));
  return node.items.flatMap((item, i) => scalars(item, [...keys, i]));
}

function setIn(target: unknown, keys: PathKey[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys;
  if (Array.isArray(target)) return target.map((item, i) => (i === key ? setIn(item, rest, value) : item));
  const object = target as Record<string, unknown>;
  return { ...object, [key as string]: setIn(object[key as string], rest, value) };
}

function getIn(target: unknown, keys: PathKey[]): unknown {
  return keys.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], target);
}

describe('property: replacing one scalar changes nothing else', () => {
  it('on random documents with comments, blank lines, every scalar style, CRLF or LF', () => {
    fc.assert(
      fc.property(
        rootMap,
        fc.record({ step: fc.constantFrom<2 | 4>(2, 4), compactLists: fc.boolean() }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        newValue,
        (root, style, crlf, finalNewline, pick, value) => {
          const eol = crlf ? '\r\n' : '\n';
          const text = renderYaml(root, style).replace(/\n/g, eol) + (finalNewline ? eol : '');
          const expected = data(root);
          expect(parse(text)).toEqual(expected);

          // The fast scanner understands every generated document, exactly as the full parser does.
          const fast = fastScan('p.yaml', text);
          expect(fast).toBeDefined();
          expect(fast).toEqual(fullParse('p.yaml', text));

          const file = loadYaml('p.yaml', text);
          const targets = scalars(file.documents[0]?.root ?? null);
          const target = targets[pick % targets.length];
          if (!target) return;
          const { node, keys } = target;
          // Through the bump itself: the path as a user would type it, resolved, rendered, spliced.
          const path = formatYamlPath(keys);
          const plan = planFileBump('p.yaml', text, {
            missing: 'error',
            allowDowngrade: true,
            protected: false,
            explicit: { path, segments: parseYamlPath(path), value },
          });
          expect(plan.found.explicit).toBe(true);
          const after = plan.bump?.after ?? text;

          const loaded = parse(after);
          const written = getIn(loaded, keys);
          if (node.type === 'str' || typeof written === 'string') expect(written).toBe(value);
          else expect(plainScalarType(value)).toBe(node.type);
          expect(loaded).toEqual(setIn(expected, keys, written));

          // Only the target's lines differ.
          const before = text.split(eol);
          const lines = after.split(eol);
          const lastLine = text.slice(0, node.span.end).split(eol).length;
          const tail = before.length - lastLine;
          expect(lines.slice(0, node.line - 1)).toEqual(before.slice(0, node.line - 1));
          expect(lines.slice(lines.length - tail)).toEqual(before.slice(before.length - tail));
        },
      ),
      { numRuns: 300 },
    );
  });
});
