import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, UserError } from '../../src/runtime/user-error.js';
import {
  formatPathSegments,
  formatYamlPath,
  parseYamlPath,
  type PathSegment,
} from '../../src/values/yaml-path.js';

describe('parseYamlPath', () => {
  it.each<[string, PathSegment[]]>([
    ['image.tag', [{ key: 'image' }, { key: 'tag' }]],
    ['spec.values.image.tag', [{ key: 'spec' }, { key: 'values' }, { key: 'image' }, { key: 'tag' }]],
    ['containers[0].image', [{ key: 'containers' }, { index: 0 }, { key: 'image' }]],
    ['[1].name', [{ index: 1 }, { key: 'name' }]],
    ['matrix[2][10]', [{ key: 'matrix' }, { index: 2 }, { index: 10 }]],
    [
      'images[name=api].newTag',
      [{ key: 'images' }, { select: { key: 'name', value: 'api' } }, { key: 'newTag' }],
    ],
    [
      'images[name="a.b[1]"].newTag',
      [{ key: 'images' }, { select: { key: 'name', value: 'a.b[1]' } }, { key: 'newTag' }],
    ],
    ["images[name='it''s']", [{ key: 'images' }, { select: { key: 'name', value: "it's" } }]],
    ['env[name=A.B]', [{ key: 'env' }, { select: { key: 'name', value: 'A.B' } }]],
    ['data."key.with.dots"', [{ key: 'data' }, { key: 'key.with.dots' }]],
    ["data.'key.with.dots'.x", [{ key: 'data' }, { key: 'key.with.dots' }, { key: 'x' }]],
    ['"a\\"b".c', [{ key: 'a"b' }, { key: 'c' }]],
    ['prometheus.io/scrape', [{ key: 'prometheus' }, { key: 'io/scrape' }]],
    ['  image.tag  ', [{ key: 'image' }, { key: 'tag' }]],
    ['my key.x', [{ key: 'my key' }, { key: 'x' }]],
  ])('%s', (text, segments) => expect(parseYamlPath(text)).toEqual(segments));

  it.each([
    ['', 'the path is empty', 1],
    ['a..b', 'expected a key', 3],
    ['.a', 'expected a key', 1],
    ['a.', 'expected a key after "."', 3],
    ['a.[0]', 'expected a key after "."', 3],
    ['a[0', 'expected a list index', 4],
    ['a[name]', 'expected a list index', 7],
    ['a[=x]', 'expected a field name', 3],
    ['a[name=]', 'expected a value', 8],
    ['a]', 'unexpected "]"', 2],
    ['"a', 'unterminated double-quoted key', 1],
    ['"a"b', 'expected "." or "["', 4],
  ])('%j is refused: %s at column %i', (text, problem, column) => {
    let error: unknown;
    try {
      parseYamlPath(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('input path');
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).toContain(`column ${column}`);
  });
});

describe('formatYamlPath', () => {
  it.each<[Array<string | number>, string]>([
    [['image', 'tag'], 'image.tag'],
    [['containers', 0, 'image'], 'containers[0].image'],
    [[0, 'name'], '[0].name'],
    [['data', 'key.with.dots'], 'data."key.with.dots"'],
    [['a[1]', 'b'], '"a[1]".b'],
    [['say "hi"'], 'say "hi"'],
    [['"quoted'], '"\\"quoted"'],
    [[''], '""'],
  ])('%j', (keys, text) => expect(formatYamlPath(keys)).toBe(text));
});

describe('formatPathSegments', () => {
  it('reads back what it writes', () => {
    const key = fc.string({ maxLength: 6 });
    const segment: fc.Arbitrary<PathSegment> = fc.oneof(
      key.map((k) => ({ key: k })),
      fc.nat({ max: 99 }).map((index) => ({ index })),
      fc.record({ key, value: key }).map((select) => ({ select })),
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const text = formatPathSegments(segments);
        expect(parseYamlPath(text)).toEqual(segments);
      }),
      { numRuns: 300 },
    );
  });
});
