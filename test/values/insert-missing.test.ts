import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { UserError } from '../../src/runtime/user-error.js';
import { insertMissing } from '../../src/values/insert-missing.js';
import { loadYaml } from '../../src/values/load-yaml.js';
import { resolvePath } from '../../src/values/navigate.js';
import { applyEdits } from '../../src/values/text-edit.js';
import { parseYamlPath } from '../../src/values/yaml-path.js';

const fixtures = join(import.meta.dirname, '../fixtures/yaml');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** Creates `path` in document `index` and checks the result: the value is there, no old line moved or changed. */
function create(text: string, path: string, value: string, index = 0): string {
  const file = loadYaml('f.yaml', text);
  const document = file.documents[index];
  if (!document) throw new Error(`no document ${index}`);
  const after = applyEdits(text, [insertMissing(file, document, parseYamlPath(path), value)]);
  const matches = resolvePath(loadYaml('f.yaml', after), parseYamlPath(path)).matches;
  const match = matches.find((candidate) => candidate.document === index);
  expect(match?.node).toMatchObject({ kind: 'scalar', value, type: 'str' });
  const before = text.replace(/^\ufeff/, '').split(file.eol);
  const lines = after.replace(/^\ufeff/, '').split(file.eol);
  const added = lines.length - before.length;
  const firstNew = lines.findIndex((line, i) => line !== before[i]);
  if (added === 0) {
    // A flow collection grows on its own line; no other line changes.
    expect(lines.filter((line, i) => line !== before[i])).toHaveLength(1);
  } else {
    // Every old line is still there, in order, with the new ones in one block.
    expect([...lines.slice(0, firstNew), ...lines.slice(firstNew + added)]).toEqual(before);
  }
  return after;
}

describe('insertMissing', () => {
  it('adds a key at the end of the deepest existing map, after its last line', () => {
    const text = 'image:\n  repository: ghcr.io/acme/api # ours\n\n# next block\nservice:\n  port: 80\n';
    expect(create(text, 'image.tag', '1.10')).toBe(
      'image:\n  repository: ghcr.io/acme/api # ours\n  tag: "1.10"\n\n# next block\nservice:\n  port: 80\n',
    );
  });

  it('adds every missing level in the file’s own indentation', () => {
    const text = fixture('indent-four.yaml');
    const after = create(text, 'global.image.pullPolicy.name', 'Always');
    expect(after).toContain('        tag: v2.0.1\n        pullPolicy:\n            name: Always\n');
    expect(create('a: 1\n', 'b.c.d', 'x')).toBe('a: 1\nb:\n  c:\n    d: x\n');
  });

  it('adds a missing Kustomize images entry as "- name: X" with the rest under it, keeping CRLF', () => {
    const text = fixture('kustomization.yaml').replace(/\n/g, '\r\n');
    const after = create(text, 'images[name=ghcr.io/acme/worker].newTag', '2.0.0');
    expect(after.endsWith('0123456789abcdef\r\n- name: ghcr.io/acme/worker\r\n  newTag: 2.0.0\r\n')).toBe(
      true,
    );
  });

  it('creates the images list in the compact style the file already uses', () => {
    const text = 'resources:\n- base\n';
    expect(create(text, 'images[name=api].newTag', '1.10')).toBe(
      'resources:\n- base\nimages:\n- name: api\n  newTag: "1.10"\n',
    );
    const indented = 'resources:\n  - base\n';
    expect(create(indented, 'images[name=api].newTag', '1.0.0')).toBe(
      'resources:\n  - base\nimages:\n  - name: api\n    newTag: 1.0.0\n',
    );
  });

  it('nests under an empty value', () => {
    expect(create('image:\nother: 1\n', 'image.tag', '1.0.0')).toBe('image:\n  tag: 1.0.0\nother: 1\n');
    expect(create('images: # none yet\n', 'images[name=api].newTag', '1')).toBe(
      'images: # none yet\n  - name: api\n    newTag: "1"\n',
    );
  });

  it('adds to flow collections in flow style', () => {
    expect(create('image: {}\n', 'image.tag', '1.0.0')).toBe('image: {tag: 1.0.0}\n');
    expect(create('image: {repository: x}\n', 'image.tag', '1.10')).toBe(
      'image: {repository: x, tag: "1.10"}\n',
    );
    expect(create('image: {repository: }\n', 'image.tag', 'v1')).toBe('image: {repository: , tag: v1 }\n');
    expect(create('images: []\n', 'images[name=api].newTag', 'v1')).toBe(
      'images: [{name: api, newTag: v1}]\n',
    );
    expect(create('a: {b: 1}\n', 'a.c.d', 'v1')).toBe('a: {b: 1, c: {d: v1}}\n');
    expect(create('a: {b: 1}\n', 'a.c[name=x].d', 'v1')).toBe('a: {b: 1, c: [{name: x, d: v1}]}\n');
    expect(create('images: [{name: a}]\n', 'images[name=b].newTag', 'v1')).toBe(
      'images: [{name: a}, {name: b, newTag: v1}]\n',
    );
  });

  it('creates HelmRelease values inside spec.values', () => {
    const after = create(fixture('helmrelease.yaml'), 'spec.values.image.pullPolicy', 'Always');
    expect(after).toContain(
      '      tag: 1.4.2 # {"$imagepolicy": "flux-system:api:tag"}\n      pullPolicy: Always\n    replicaCount: 2\n',
    );
  });

  it('fills an empty document', () => {
    expect(create('', 'image.tag', '1.0.0')).toBe('image:\n  tag: 1.0.0\n');
    expect(create('# values\n', 'tag', '1.0.0')).toBe('# values\ntag: 1.0.0\n');
    expect(create('---\n# empty', 'tag', '1.0.0')).toBe('---\n# empty\ntag: 1.0.0');
    expect(create('\ufeff', 'tag', 'v1')).toBe('\ufefftag: v1\n');
    const multi = fixture('multi-document.yaml');
    const after = create(multi, 'kind', 'Secret', 3);
    expect(after).toContain('---\n# an empty document\nkind: Secret\n---\nlast: document\n');
    expect(parseAllDocuments(after).map((document) => document.toJS()?.kind ?? null)).toEqual([
      'ConfigMap',
      'ConfigMap',
      'ConfigMap',
      'Secret',
      null,
    ]);
  });

  it('puts new lines before the "..." that ends a document', () => {
    expect(create('a: 1\n...\n', 'b', 'x')).toBe('a: 1\nb: x\n...\n');
    expect(create('---\n...\n', 'b', 'x')).toBe('---\nb: x\n...\n');
  });

  it('keeps a missing final newline missing', () => {
    expect(create('image:\n  repository: x', 'image.tag', 'v1')).toBe('image:\n  repository: x\n  tag: v1');
  });

  it('keeps the blank lines a keep-chomped block scalar owns', () => {
    const text = 'm:\n  script: |+\n    run\n\n';
    const after = create(text, 'm.next', 'v1');
    expect(after).toBe('m:\n  script: |+\n    run\n\n  next: v1\n');
    expect(parse(after)).toEqual({ m: { script: 'run\n\n', next: 'v1' } });
  });

  it('quotes keys and values that would not read back as strings', () => {
    expect(create('a: 1\n', '"on".b', 'yes')).toBe('a: 1\n"on":\n  b: "yes"\n');
  });

  it.each([
    ['a: 1\n', 'a.b', "'a' holds the value '1'"],
    ['a: [x]\n', 'a[3]', 'list item [3] does not exist'],
    ['a: {b: 1}\n', 'a[name=x].b', "'a' is a map, not a list"],
    ['a: [x]\n', 'a.b', "'a' is a list; select an item"],
    ['a: &x {b: 1}\nc: *x\n', 'c.d', "'c' is an alias (*x)"],
    ['a: []\n', 'a[name=x].name', 'already set by [name=x]'],
    ['a: []\n', 'a[name=x]', 'must end with a key'],
  ])('refuses %j + %s', (text, path, reason) => {
    const file = loadYaml('f.yaml', text);
    const document = file.documents[0];
    if (!document) throw new Error('no document');
    expect(() => insertMissing(file, document, parseYamlPath(path), 'v')).toThrow(UserError);
    expect(() => insertMissing(file, document, parseYamlPath(path), 'v')).toThrow(reason);
    expect(() => insertMissing(file, document, parseYamlPath(path), 'v')).toThrow(/^f\.yaml/);
  });

  it('is a bug to call it for a path that exists', () => {
    const file = loadYaml('f.yaml', 'a: 1\n');
    expect(() => insertMissing(file, file.documents[0]!, parseYamlPath('a'), 'v')).toThrow(/already exists/);
  });
});
