import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { loadYaml } from '../../src/values/load-yaml.js';
import type { ScalarNode } from '../../src/values/model.js';
import { isSafePlainString, plainScalarType, renderScalar } from '../../src/values/scalar-render.js';
import { applyEdits } from '../../src/values/text-edit.js';

/** Sets the scalar at `key` (top level; the first item of a list) and returns the new text. */
function set(text: string, key: string, value: string): string {
  const file = loadYaml('t.yaml', text);
  const root = file.documents[0]?.root;
  if (root?.kind !== 'map') throw new Error('test text must be a map');
  const found = root.entries.find((entry) => entry.key === key)?.value;
  const node = (found?.kind === 'seq' ? found.items[0] : found) as ScalarNode;
  return applyEdits(text, [{ span: node.span, text: renderScalar(node, value) }]);
}

describe('plainScalarType follows the YAML 1.2 core schema like yaml does', () => {
  const samples = [
    '',
    '~',
    'null',
    'Null',
    'NULL',
    'nULL',
    'true',
    'True',
    'TRUE',
    'tRue',
    'false',
    'yes',
    'on',
    '0',
    '-1',
    '+12',
    '0o17',
    '0o8',
    '0x1F',
    '0xg',
    '1.5',
    '.5',
    '-.5',
    '1.',
    '1e3',
    '1.5E-3',
    '.inf',
    '-.Inf',
    '.nan',
    '.NaN',
    '1.10',
    '1.2.3',
    'v1',
    '1_000',
    '0755',
    '12:30',
    '2024-01-01',
    '+',
    '.',
    'e3',
    '0b101',
    'abc',
  ];
  it.each(samples)('%j', (text) => {
    const value = parseDocument(`k: ${text}`).get('k', true) as { value: unknown; source?: string };
    const loaded = value.value;
    const expected =
      loaded === null
        ? 'null'
        : typeof loaded === 'boolean'
          ? 'bool'
          : typeof loaded === 'string'
            ? 'str'
            : undefined;
    const type = plainScalarType(text);
    if (expected) expect(type).toBe(expected);
    else expect(['int', 'float']).toContain(type);
    if (type === 'int') expect(Number.isInteger(loaded) || /^0[ox]/.test(text)).toBe(true);
  });
});

describe('renderScalar keeps the style when it can hold the value', () => {
  it.each([
    ['plain string stays plain', 'tag: v1\n', '1.2.3', 'tag: 1.2.3\n'],
    ['a digest stays plain', 'tag: v1\n', 'sha256:abc', 'tag: sha256:abc\n'],
    ['a float-looking version is quoted', 'tag: v1\n', '1.10', 'tag: "1.10"\n'],
    ['an int-looking tag is quoted', 'tag: v1\n', '123', 'tag: "123"\n'],
    ['a YAML 1.1 boolean is quoted', 'tag: v1\n', 'yes', 'tag: "yes"\n'],
    ['a YAML 1.1 octal is quoted', 'tag: v1\n', '0755', 'tag: "0755"\n'],
    ['a sexagesimal is quoted', 'tag: v1\n', '1:30', 'tag: "1:30"\n'],
    ['a date is quoted', 'tag: v1\n', '2024-01-01', 'tag: "2024-01-01"\n'],
    ['an indicator is quoted', 'tag: v1\n', '*x', 'tag: "*x"\n'],
    ['a mapping indicator is quoted', 'tag: v1\n', 'a: b', 'tag: "a: b"\n'],
    ['a comment indicator is quoted', 'tag: v1\n', 'a #b', 'tag: "a #b"\n'],
    ['flow indicators are quoted', 'tag: v1\n', 'a,b', 'tag: "a,b"\n'],
    ['the empty string is quoted', 'tag: v1\n', '', 'tag: ""\n'],
    ['the comment after it stays', 'tag: v1 # pinned\n', '2.0.0', 'tag: 2.0.0 # pinned\n'],
    ['an int stays an int', 'replicas: 3\n', '4', 'replicas: 4\n'],
    ['an int given a leading zero becomes a string', 'replicas: 3\n', '04', 'replicas: "04"\n'],
    ['an int given a word becomes a plain string', 'replicas: 3\n', 'many', 'replicas: many\n'],
    ['a float stays a float when nothing is lost', 'version: 1.9\n', '1.5', 'version: 1.5\n'],
    ['a float that would lose a digit becomes a string', 'version: 1.9\n', '1.10', 'version: "1.10"\n'],
    ['a bool stays a bool', 'enabled: true\n', 'false', 'enabled: false\n'],
    ['an empty value gets a space', 'tag:\n', '1.2.3', 'tag: 1.2.3\n'],
    ['an empty value before a comment', 'tag:   # set by CI\n', '1.10', 'tag: "1.10"   # set by CI\n'],
    ['single quotes stay', "tag: 'v1'\n", "it's", "tag: 'it''s'\n"],
    ['single quotes keep a float-looking value', "tag: 'v1'\n", '1.10', "tag: '1.10'\n"],
    ['single quotes give way for a line break', "tag: 'v1'\n", 'a\nb', 'tag: "a\\nb"\n'],
    ['double quotes escape', 'tag: "v1"\n', 'say "hi" \\ \t\u0007', 'tag: "say \\"hi\\" \\\\ \\t\\x07"\n'],
    ['double quotes keep non-ASCII text', 'tag: "v1"\n', 'café ☕', 'tag: "café ☕"\n'],
    [
      'a literal block is rewritten in place',
      'cfg: |\n  old\nnext: 1\n',
      'new\n',
      'cfg: |\n  new\nnext: 1\n',
    ],
    [
      'a literal block without final line break strips',
      'cfg: |\n  old\nnext: 1\n',
      'new',
      'cfg: |-\n  new\nnext: 1\n',
    ],
    [
      'a literal block keeps its header comment',
      'cfg: |-  # note\n    old\n',
      'a\n\nb',
      'cfg: |-  # note\n    a\n\n    b\n',
    ],
    ['a folded block with line breaks becomes literal', 'cfg: >\n  old\n', 'a\nb\n', 'cfg: |\n  a\n  b\n'],
    ['a folded block keeps a single line', 'cfg: >-\n  old text\n', 'new text', 'cfg: >-\n  new text\n'],
    [
      'a block scalar that needs an indentation indicator gives way',
      'cfg: |\n  old\n',
      '  lead',
      'cfg: "  lead"\n',
    ],
    [
      'a block scalar with CRLF keeps CRLF',
      'cfg: |\r\n  old\r\nnext: 1\r\n',
      'a\nb\n',
      'cfg: |\r\n  a\r\n  b\r\nnext: 1\r\n',
    ],
    ['a flow item is quoted when it holds a comma', 'list: [a, b]\n', 'c,d', 'list: ["c,d", b]\n'],
  ])('%s', (_label, text, value, expected) => {
    const key = /^(\w+):/.exec(text)?.[1] ?? '';
    const result = set(text, key, value);
    expect(result).toBe(expected);
    const loaded = (parse(result) as Record<string, unknown>)[key];
    const first = Array.isArray(loaded) ? loaded[0] : loaded;
    expect(String(first)).toBe(value);
  });
});

describe('isSafePlainString', () => {
  it.each(['1.2.3', 'v1.10', 'ghcr.io/acme/api:1.2.3@sha256:abc', 'main-2024.01.01', '-rc1', 'a b'])(
    '%s is plain',
    (value) => {
      expect(isSafePlainString(value)).toBe(true);
      expect(parse(`k: ${value}`)).toEqual({ k: value });
    },
  );
  it.each([
    '1.10',
    'on',
    'Off',
    'y',
    '~',
    '1e3',
    '.5',
    ' a',
    'a ',
    '- a',
    '? a',
    '"a"',
    "'a'",
    '|',
    '>',
    '%',
    '@',
    '`',
    '{a}',
    'a\nb',
  ])('%j is not', (value) => expect(isSafePlainString(value)).toBe(false));
});
