import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastScan } from '../../src/values/fast-scan.js';
import { fullParse } from '../../src/values/full-parse.js';
import type { MapNode, ScalarNode, SeqNode, YamlNode } from '../../src/values/model.js';

const fixtures = join(import.meta.dirname, '../fixtures/yaml');
const fixtureNames = readdirSync(fixtures).filter((name) => name.endsWith('.yaml'));

/** Every fixture as written, and as CRLF, with a BOM, and without its final newline. */
function variants(text: string): Array<[string, string]> {
  return [
    ['as written', text],
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['BOM', `\ufeff${text}`],
    ['no final newline', text.replace(/\n$/, '')],
    ['BOM + CRLF, no final newline', `\ufeff${text.replace(/\n$/, '').replace(/\n/g, '\r\n')}`],
  ];
}

function fullParseOrError(name: string, text: string) {
  try {
    return fullParse(name, text);
  } catch (error) {
    return error as Error;
  }
}

describe('fastScan agrees with fullParse', () => {
  for (const name of fixtureNames) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    for (const [variant, variantText] of variants(text)) {
      it(`${name} (${variant})`, () => {
        const fast = fastScan(name, variantText);
        const full = fullParseOrError(name, variantText);
        if (full instanceof Error) expect(fast).toBeUndefined();
        else if (fast !== undefined) expect(fast).toEqual(full);
      });
    }
  }

  it('accepts the common value files, so they never pay for the full parser', () => {
    for (const name of [
      'helm-values.yaml',
      'kustomization.yaml',
      'helmrelease.yaml',
      'multi-document.yaml',
      'argocd-application.yaml',
      'indent-four.yaml',
    ]) {
      for (const [variant, text] of variants(readFileSync(join(fixtures, name), 'utf8'))) {
        expect(fastScan(name, text), `${name} (${variant})`).toBeDefined();
      }
    }
  });

  const cases: Record<string, string> = {
    'empty text': '',
    'comments only': '# one\n\n# two\n',
    'a marker alone': '---\n',
    'two empty documents': '---\n---\n',
    'a document after ...': 'a: 1\n...\n# trailing\nb: 2\n',
    'a comment after the last ...': 'a: 1\n...\n# trailing\n',
    'root sequence': '- a\n- b: 1\n  c: [x, {y: z}]\n-\n- - deep\n',
    'compact sequence under a key in an item': '- k:\n  - 1\n  - 2\n  l: 3\n',
    'empty values with comments': 'a: # note\nb:\n- # item note\n',
    'root map indented': '  a: 1\n  b: 2\n',
    'keys with dots and quotes': '"a.b": 1\n\'c.d\': 2\ne.f: 3\n',
    'plain with colons and hashes': 'url: http://x:80/#y\nkey: a#b # real comment\n',
    'empty flow collections': 'a: []\nb: {}\nc: [ ]\nd: { }\n',
    'flow with trailing comma': 'a: [1, 2, ]\nb: {x: 1, }\n',
    'flow map with empty value': 'a: {x: , y: 1}\n',
    'nested flow': 'a: [[1, 2], {b: [c, {d: e}]}]\n',
    'flow plain with colon inside': 'a: {image: repo:1.0, url: http://x}\n',
    'block scalars': 'a: |\n  x\n\n  y\n\n\nb: >-\n  f\n  g\n\n  h\nc: |\n\n  lead\n',
    'block scalar in a sequence': '- |\n  a\n- >\n  b\n  c\n- k: |-\n    v\n',
    'block scalar at the end without newline': 'a: |\n  x',
    'double-quoted escapes': 'a: "\\t\\n\\\\\\"\\x41\\u00e9\\U0001F600\\/\\ "\n',
    'single-quoted quote': "a: 'it''s'\n",
    'numbers and booleans':
      'a: [1, -2, +3, 0o7, 0x1f, 1.5, .5, 1e3, -.inf, .NaN, true, False, ~, null, 012, 1_000]\n',
    'trailing spaces': 'a: 1   \nb:    \nc: "x"  \n',
    'seq item with extra spaces': '-   a: 1\n    b: 2\n-   c\n',
  };
  for (const [label, text] of Object.entries(cases)) {
    it(label, () => {
      const fast = fastScan('case.yaml', text);
      expect(fast).toBeDefined();
      expect(fast).toEqual(fullParse('case.yaml', text));
    });
  }
});

describe('fastScan on damaged text', () => {
  // Small random damage to real files: the scanner must decline whatever the full parser rejects,
  // and whatever it accepts must come out exactly as the full parser reads it.
  const bases = [
    'a: 1\nb:\n  c: [x, {y: z}]\n  d: "q"\n- e\n',
    '- a\n- b: 1\n  c: |\n    x\n\n    y\n  d: >-\n    f\n-\n- - deep\n',
    "k:\n- 1\n- 2\nl: {a: , b: 'c'}\n# c\n---\nm: 3 # n\n...\no: p\n",
    ...fixtureNames.map((name) => readFileSync(join(fixtures, name), 'utf8').slice(0, 400)),
  ];
  const piece = fc.constantFrom(
    ...[' ', '  ', '-', '- ', ':', ': ', '#', ' #', '\n', '\r\n', '"', "'", '\\', '[', ']', '{', '}', ','],
    ...['|', '>', '|-', '?', 'a', '1', '.', 'x:', '---\n', '...\n'],
  );
  const damage = fc.array(fc.tuple(fc.nat(), fc.nat(3), piece), { minLength: 1, maxLength: 3 });

  it('declines or agrees, never differs', () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), damage, (which, edits) => {
        let text = bases[which] ?? '';
        for (const [at, remove, insert] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + insert + text.slice(p + remove);
        }
        const fast = fastScan('f.yaml', text);
        const full = fullParseOrError('f.yaml', text);
        if (full instanceof Error) expect(fast).toBeUndefined();
        else if (fast !== undefined) expect(fast).toEqual(full);
      }),
      { numRuns: 4000 },
    );
  });
});

describe('fastScan leaves to the full parser', () => {
  const unsure: Record<string, string> = {
    anchor: 'a: &x 1\n',
    alias: 'a: 1\nb: *x\n',
    tag: 'a: !!str 1\n',
    'anchor on a map': 'a: &m\n  b: 1\n',
    'complex key': '? a\n: b\n',
    directive: '%YAML 1.2\n---\na: 1\n',
    'multi-line flow collection': 'a: [1,\n  2]\n',
    'multi-line plain scalar': 'a: one\n  two\n',
    'multi-line double-quoted scalar': 'a: "one\n  two"\n',
    'multi-line single-quoted scalar': "a: 'one\n  two'\n",
    'tab indentation': 'a:\n\tb: 1\n',
    'tab separation': 'a:\t1\n',
    'duplicate keys': 'a: 1\nb: 2\na: 3\n',
    'duplicate keys in a long map': `${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk3: again\n`,
    'duplicate flow keys': 'a: {b: 1, b: 2}\n',
    'keep chomping': 'a: |+\n  x\n\n',
    'indentation indicator': 'a: |2\n    x\n',
    'more-indented folded line': 'a: >\n  x\n    y\n',
    'bad indentation': 'a:\n  b: 1\n c: 2\n',
    'content on the marker line': '--- {a: 1}\n',
    'root scalar': 'hello\n',
    'nested mapping on one line': 'a: b: c\n',
    'sequence after a key on one line': 'a: - b\n',
    'lone carriage return': 'a: 1\rb: 2\n',
    'non-string key': '80: http\n',
    'single-pair map in a flow sequence': 'a: [b: c]\n',
    'comment without a space': 'a: "x"# c\n',
    'scalar on the line after its key': 'a:\n  value\n',
    'unterminated quote': 'a: "x\n',
    'unclosed flow': 'a: [1, 2\nb: 3\n',
    'sequence item where a key belongs': 'a: 1\n- b\n',
  };
  for (const [label, text] of Object.entries(unsure)) {
    it(label, () => expect(fastScan('case.yaml', text)).toBeUndefined());
  }
});

describe('fastScan model', () => {
  const text = readFileSync(join(fixtures, 'helm-values.yaml'), 'utf8');
  const file = fastScan('helm-values.yaml', text);
  const root = file?.documents[0]?.root as MapNode;
  const at = (node: YamlNode | undefined, key: string | number): YamlNode | undefined =>
    node?.kind === 'map'
      ? node.entries.find((entry) => entry.key === key)?.value
      : node?.kind === 'seq'
        ? node.items[key as number]
        : undefined;
  const source = (node: YamlNode | undefined) =>
    node ? text.slice(node.span.start, node.span.end) : undefined;

  it('keeps quotes in spans and values unquoted, with the comment that follows', () => {
    const tag = at(at(root, 'image'), 'tag') as ScalarNode;
    expect(tag).toMatchObject({ value: '1.4.2', type: 'str', style: 'double' });
    expect(source(tag)).toBe('"1.4.2"');
    const repository = at(at(root, 'image'), 'repository') as ScalarNode;
    expect(repository.comment).toBe('the image');
    expect(text.split('\n')[repository.line - 1]?.slice(repository.column - 1)).toMatch(
      /^ghcr\.io\/acme\/api/,
    );
  });

  it('resolves plain scalars with the core schema', () => {
    const sidecar = at(root, 'sidecar');
    const type = (key: string) => (at(sidecar, key) as ScalarNode).type;
    expect([type('version'), type('float'), type('octal'), type('hex'), type('inf'), type('url')]).toEqual([
      'float',
      'float',
      'int',
      'int',
      'float',
      'str',
    ]);
    expect((at(at(sidecar, 'bools'), 3) as ScalarNode).type).toBe('str');
  });

  it('puts an empty value right after its indicator', () => {
    const name = at(at(root, 'serviceAccount'), 'name') as ScalarNode;
    expect(name).toMatchObject({
      value: '',
      type: 'null',
      span: { start: name.span.start, end: name.span.start },
    });
    expect(text.slice(name.span.start - 5, name.span.start)).toBe('name:');
  });

  it('gives block scalars their value, header and content indentation', () => {
    const config = at(root, 'config') as ScalarNode;
    expect(config.value).toBe('server.port=8080\n# not a comment\n\nlogging.level=debug\n');
    expect(config.block).toEqual({ header: '|', indent: 2, lineBreak: '\n' });
    expect(source(config)?.endsWith('logging.level=debug')).toBe(true);
    expect((at(root, 'folded') as ScalarNode).value).toBe('a long folded text\nnext paragraph\n');
    expect(at(root, 'keep-header')).toMatchObject({ value: 'one line', comment: 'header comment' });
  });

  it('spans block collections from the first key to the end of the last value', () => {
    const image = at(root, 'image') as MapNode;
    expect(source(image)).toBe(
      'repository: ghcr.io/acme/api   # the image\n  pullPolicy: IfNotPresent\n' +
        '  # Overrides the image tag whose default is the chart appVersion.\n  tag: "1.4.2"',
    );
    expect(image.indent).toBe(2);
    const tolerations = at(root, 'tolerations') as SeqNode;
    expect(tolerations.indent).toBe(0);
    expect(tolerations.items.map((item) => item.kind)).toEqual(['map', 'map', 'seq', 'map']);
  });

  it('splits documents at their markers', () => {
    const multi = readFileSync(join(fixtures, 'multi-document.yaml'), 'utf8');
    const documents = fastScan('multi-document.yaml', multi)?.documents ?? [];
    expect(documents.map((document) => document.root?.kind ?? null)).toEqual([
      'map',
      'map',
      'map',
      null,
      'map',
    ]);
    expect(documents.map((document) => multi.slice(document.span.start, document.span.start + 3))).toEqual([
      '# l',
      '---',
      'api',
      '---',
      '---',
    ]);
    expect(documents[documents.length - 1]?.span.end).toBe(multi.length);
  });
});
