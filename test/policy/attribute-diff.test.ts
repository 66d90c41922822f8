import { describe, expect, it } from 'vitest';
import { changedAttributes, renderValue } from '../../src/policy/attribute-diff.js';
import type { AttributeChange } from '../../src/policy/attribute-diff.js';
import { planChange } from './report-builder.js';

const SECRET = 'hunter2-secret';

describe('changedAttributes', () => {
  it.each<[string, Parameters<typeof planChange>[0], AttributeChange[]]>([
    [
      'a changed tag, by dotted path',
      { before: { tags: { owner: 'a', team: 'x' } }, after: { tags: { owner: 'b', team: 'x' } } },
      [{ path: 'tags.owner', before: '"a"', after: '"b"' }],
    ],
    [
      'nested list elements, by index',
      {
        before: { ingress: [{ cidr_blocks: ['10.0.0.0/8', '10.1.0.0/16'] }] },
        after: { ingress: [{ cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'] }] },
      },
      [{ path: 'ingress[0].cidr_blocks[1]', before: '"10.1.0.0/16"', after: '"0.0.0.0/0"' }],
    ],
    [
      'keys that are not identifiers, quoted',
      {
        before: { labels: { 'app.kubernetes.io/name': 'a' } },
        after: { labels: { 'app.kubernetes.io/name': 'b' } },
      },
      [{ path: 'labels["app.kubernetes.io/name"]', before: '"a"', after: '"b"' }],
    ],
    [
      'a create: after only, null attributes left out',
      { kind: 'create', before: null, after: { name: 'x', acl: null, size: 3 }, beforeSensitive: false },
      [
        { path: 'name', before: undefined, after: '"x"' },
        { path: 'size', before: undefined, after: '3' },
      ],
    ],
    [
      'a delete: before only',
      { kind: 'delete', before: { name: 'x', tags: { a: '1' } }, after: null, afterSensitive: false },
      [
        { path: 'name', before: '"x"', after: undefined },
        { path: 'tags.a', before: '"1"', after: undefined },
      ],
    ],
    [
      'unknown after apply',
      { before: { arn: 'arn:1', id: 'i' }, after: { id: 'i' }, afterUnknown: { arn: true } },
      [{ path: 'arn', before: '"arn:1"', after: '(known after apply)' }],
    ],
    [
      'unknown inside a create',
      { kind: 'create', before: null, after: { name: 'x' }, afterUnknown: { id: true, tags: { a: true } } },
      [
        { path: 'name', before: undefined, after: '"x"' },
        { path: 'id', before: undefined, after: '(known after apply)' },
        { path: 'tags.a', before: undefined, after: '(known after apply)' },
      ],
    ],
    [
      'a null attribute given a value',
      { before: { description: null }, after: { description: 'd' } },
      [{ path: 'description', before: 'null', after: '"d"' }],
    ],
    [
      'an object that became a string, shown by shape',
      { before: { policy: { a: SECRET } }, after: { policy: 'plain' } },
      [{ path: 'policy', before: '{…1 keys}', after: '"plain"' }],
    ],
    ['no change at all', { before: { a: [1, { b: 2 }] }, after: { a: [1, { b: 2 }] } }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(changedAttributes(planChange(overrides))).toEqual(expected);
  });

  it.each<[string, Parameters<typeof planChange>[0], AttributeChange[]]>([
    [
      'the whole object sensitive',
      {
        before: { password: SECRET, name: 'a' },
        after: { password: `${SECRET}-2`, name: 'b' },
        beforeSensitive: true,
        afterSensitive: true,
      },
      [{ path: '(resource)', before: '(sensitive)', after: '(sensitive)' }],
    ],
    [
      'a nested sensitive attribute',
      {
        before: { config: { password: SECRET, user: 'u' } },
        after: { config: { password: `${SECRET}-2`, user: 'v' } },
        beforeSensitive: { config: { password: true } },
        afterSensitive: { config: { password: true } },
      },
      [
        { path: 'config.password', before: '(sensitive)', after: '(sensitive)' },
        { path: 'config.user', before: '"u"', after: '"v"' },
      ],
    ],
    [
      'a sensitive list element',
      {
        before: { values: ['public', SECRET] },
        after: { values: ['public2', `${SECRET}-2`] },
        beforeSensitive: { values: [false, true] },
        afterSensitive: { values: [false, true] },
      },
      [
        { path: 'values[0]', before: '"public"', after: '"public2"' },
        { path: 'values[1]', before: '(sensitive)', after: '(sensitive)' },
      ],
    ],
    [
      'a sensitive map whose keys differ: no key shown',
      {
        before: { env: { [`KEY_${SECRET}`]: 'a' } },
        after: { env: { OTHER_KEY: SECRET } },
        beforeSensitive: { env: true },
        afterSensitive: { env: true },
      },
      [{ path: 'env', before: '(sensitive)', after: '(sensitive)' }],
    ],
    [
      'sensitive on one side only masks both',
      { before: { token: SECRET }, after: { token: 'new' }, afterSensitive: { token: true } },
      [{ path: 'token', before: '(sensitive)', after: '(sensitive)' }],
    ],
    [
      'sensitive and unknown',
      {
        before: { token: SECRET },
        after: {},
        afterUnknown: { token: true },
        beforeSensitive: { token: true },
      },
      [{ path: 'token', before: '(sensitive)', after: '(sensitive)' }],
    ],
    [
      'a sensitive attribute of a create',
      { kind: 'create', before: null, after: { key: SECRET }, afterSensitive: { key: true } },
      [{ path: 'key', before: undefined, after: '(sensitive)' }],
    ],
    [
      'an unchanged sensitive attribute is not listed',
      {
        before: { key: SECRET },
        after: { key: SECRET },
        beforeSensitive: { key: true },
        afterSensitive: { key: true },
      },
      [],
    ],
  ])('masks %s', (_name, overrides, expected) => {
    const result = changedAttributes(planChange(overrides));
    expect(result).toEqual(expected);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('stops at the limit', () => {
    const before = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i + 1]));
    expect(changedAttributes(planChange({ before, after }), 5).map((item) => item.path)).toEqual([
      'k0',
      'k1',
      'k2',
      'k3',
      'k4',
    ]);
  });

  it('shows a container past the depth cap by shape only', () => {
    const nest = (leaf: unknown, depth: number): unknown =>
      depth === 0 ? leaf : { n: nest(leaf, depth - 1) };
    const [change] = changedAttributes(planChange({ before: nest('a', 12), after: nest('b', 12) }));
    expect(change?.path).toBe('n.n.n.n.n.n.n.n');
    expect(change?.before).toBe('{…1 keys}');
  });

  it('bounds the work on a huge value: what lies past the visit budget is not walked', () => {
    const big = Array.from({ length: 200_000 }, (_, i) => ({ id: i }));
    const changed = big.map((item) => ({ ...item }));
    changed[0] = { id: -1 };
    changed[199_999] = { id: -2 };
    const result = changedAttributes(planChange({ before: { big }, after: { big: changed } }));
    expect(result).toEqual([{ path: 'big[0].id', before: '0', after: '-1' }]);
  });
});

describe('renderValue', () => {
  it.each([
    ['short', '"short"'],
    [42, '42'],
    [true, 'true'],
    [null, 'null'],
    [[], '[]'],
    [{}, '{}'],
    [[1, 2], '[…2 items]'],
  ])('%j → %s', (value, expected) => {
    expect(renderValue(value)).toBe(expected);
  });

  it('shortens long strings without splitting a surrogate pair', () => {
    const long = `${'a'.repeat(79)}😀${'b'.repeat(100)}`;
    const rendered = renderValue(long);
    expect(rendered).toBe(`"${'a'.repeat(79)}…" (${long.length} chars)`);
  });
});
