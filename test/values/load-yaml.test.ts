import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/runtime/user-error.js';
import { loadYaml } from '../../src/values/load-yaml.js';
import type { MapNode, ScalarNode, YamlNode } from '../../src/values/model.js';
import { resolvePath } from '../../src/values/navigate.js';
import { parseYamlPath } from '../../src/values/yaml-path.js';

const fixtures = join(import.meta.dirname, '../fixtures/yaml');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function at(node: YamlNode | null | undefined, ...keys: Array<string | number>): YamlNode | undefined {
  let current: YamlNode | null | undefined = node;
  for (const key of keys) {
    if (current?.kind === 'map') current = current.entries.find((entry) => entry.key === key)?.value;
    else if (current?.kind === 'seq' && typeof key === 'number') current = current.items[key];
    else return undefined;
  }
  return current ?? undefined;
}

function loadError(name: string, text: string): UserError {
  try {
    loadYaml(name, text);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('loadYaml', () => {
  it('reads anchors, aliases and tags through the full parser', () => {
    const text = fixture('anchors.yaml');
    const root = loadYaml('anchors.yaml', text).documents[0]?.root;
    expect(at(root, 'defaults')).toMatchObject({ kind: 'map', anchor: 'defaults' });
    const tag = at(root, 'defaults', 'image', 'tag') as ScalarNode;
    expect(tag).toMatchObject({ value: '1.4.2', anchor: 'tag', style: 'plain', type: 'str' });
    expect(text.slice(tag.span.start, tag.span.end)).toBe('1.4.2');
    expect(at(root, 'api', 'tagCopy')).toMatchObject({ kind: 'alias', name: 'tag' });
    expect(at(root, 'api', '<<')).toMatchObject({ kind: 'alias', name: 'defaults' });
    expect(at(root, 'worker', 'tag')).toMatchObject({
      value: '1.10',
      type: 'str',
      tag: 'tag:yaml.org,2002:str',
    });
  });

  it('reads what only the full parser knows', () => {
    const root = loadYaml('complex.yaml', fixture('complex.yaml')).documents[0]?.root as MapNode;
    expect(root.entries.map((entry) => entry.key)).toEqual([
      'complex key',
      'multi',
      'quoted',
      'flow',
      'keep',
      'indented',
    ]);
    expect(at(root, 'multi')).toMatchObject({ value: 'this plain scalar continues here', style: 'plain' });
    expect(at(root, 'quoted')).toMatchObject({
      value: 'a double quoted scalar on two lines',
      style: 'double',
    });
    expect(at(root, 'flow')).toMatchObject({ kind: 'seq', flow: true });
    expect(at(root, 'keep')).toMatchObject({ value: 'kept\n\n', style: 'literal' });
    expect(at(root, 'indented')).toMatchObject({ value: '  two more\n', block: { header: '|2', indent: 2 } });
  });

  it('does not follow aliases when resolving a path', () => {
    const file = loadYaml('anchors.yaml', fixture('anchors.yaml'));
    expect(resolvePath(file, parseYamlPath('api.tagCopy')).matches[0]?.node.kind).toBe('alias');
    const through = resolvePath(file, parseYamlPath('api.image.tag'));
    expect(through.matches).toEqual([]);
    expect(through.depth).toBe(1);
  });

  it('has one empty document for an empty or comment-only file', () => {
    for (const text of ['', '# nothing here\n', '\ufeff']) {
      const file = loadYaml('empty.yaml', text);
      expect(file.documents).toEqual([
        { index: 0, root: null, span: { start: text.startsWith('\ufeff') ? 1 : 0, end: text.length } },
      ]);
    }
  });

  it('resolves a path in every document where it exists', () => {
    const file = loadYaml('multi-document.yaml', fixture('multi-document.yaml'));
    const resolved = resolvePath(file, parseYamlPath('metadata.name'));
    expect(resolved.matches.map((match) => [match.document, (match.node as ScalarNode).value])).toEqual([
      [0, 'first'],
      [1, 'second'],
      [2, 'third-after-end-marker'],
    ]);
    expect(resolvePath(file, parseYamlPath('data."app.version"')).matches).toHaveLength(1);
  });

  it('selects list items by a field and suggests close paths', () => {
    const file = loadYaml('kustomization.yaml', fixture('kustomization.yaml'));
    const match = resolvePath(file, parseYamlPath('images[name=nginx].newTag')).matches[0];
    expect(match?.keys).toEqual(['images', 1, 'newTag']);
    const missing = resolvePath(file, parseYamlPath('images[name=ngnix].newTag'));
    expect(missing.depth).toBe(1);
    expect(missing.candidates[0]).toBe('images[name=nginx]');
    expect(resolvePath(file, parseYamlPath('spec.images[name=nginx].newTag')).candidates).toContain(
      'images[1].newTag',
    );
  });

  it('names file, line and column of a duplicate key', () => {
    const error = loadError('values/prod.yaml', fixture('malformed.yaml'));
    expect(error.location).toEqual({ file: 'values/prod.yaml', line: 4, column: 3 });
    expect(error.message).toMatch(/^values\/prod\.yaml:4:3: invalid YAML: Map keys must be unique/);
    expect(error.hint).toBeTruthy();
  });

  it('names file, line and column of broken indentation and quotes', () => {
    const error = loadError('bad.yaml', fixture('malformed-indent.yaml'));
    expect(error.location?.file).toBe('bad.yaml');
    expect(error.location?.line).toBe(3);
    expect(error.location?.column).toBeGreaterThan(0);
    expect(loadError('q.yaml', 'a: "unterminated\n').message).toMatch(
      /^q\.yaml:\d+:\d+: invalid YAML: Missing closing "quote/,
    );
    expect(loadError('t.yaml', 'a:\n\t- b\n').location).toMatchObject({ file: 't.yaml', line: 2, column: 1 });
  });
});
