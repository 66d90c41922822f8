import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseImageReference } from '../../src/image/image-reference.js';
import type { BumpRequest } from '../../src/values/bump-request.js';
import { planFileBump } from '../../src/values/plan-file-bump.js';
import { parseYamlPath, type PathSegment } from '../../src/values/yaml-path.js';

// Real GitOps files from public repositories (../shared/corpus/gitops-files/INDEX.tsv lists each
// with the path or Flux marker of its version): every one must change in that value only.
const corpus = resolve(import.meta.dirname, '../../../shared/corpus/gitops-files');
const available = existsSync(join(corpus, 'INDEX.tsv'));
if (!available) console.warn(`SKIPPED: corpus tests need ${corpus} (CI always has ../shared)`);

interface Row {
  file: string;
  target: string;
  current: string;
}

const rows: Row[] = available
  ? readFileSync(join(corpus, 'INDEX.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map((cells) => ({ file: cells[0]!, target: cells[4]!, current: cells[5]! }))
  : [];

const base = { missing: 'error', allowDowngrade: false, protected: false } as const;

function newValueFor(current: string): string {
  const image = parseImageReference(current);
  return image?.tag !== undefined ? `${image.name}:v9.9.9` : '9.9.9';
}

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Indexes of lines that differ, for texts with the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const a = lines(before);
  const b = lines(after);
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

/** Sets a value in plain data, following the same path syntax; returns whether it existed. */
function setIn(data: unknown, segments: PathSegment[], value: string, create: boolean): boolean {
  let node = data as Record<string | number, unknown> | unknown[];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    let key: string | number;
    if ('index' in segment) key = segment.index;
    else if ('key' in segment) key = segment.key;
    else {
      const list = node as Record<string, unknown>[];
      let found = list.findIndex((item) => String(item?.[segment.select.key]) === segment.select.value);
      if (found === -1) {
        if (!create) return false;
        list.push({ [segment.select.key]: segment.select.value });
        found = list.length - 1;
      }
      key = found;
    }
    const container = node as Record<string | number, unknown>;
    if (last) {
      if (!(key in container) && !create) return false;
      container[key] = value;
      return true;
    }
    if (container[key] === undefined || container[key] === null) {
      if (!create) return false;
      container[key] = 'select' in (segments[i + 1] ?? {}) ? [] : {};
    }
    node = container[key] as typeof node;
  }
  return false;
}

const toData = (text: string) => parseAllDocuments(text).map((doc) => doc.toJS());

describe.skipIf(!available)('shared corpus of GitOps files', () => {
  const pathRows = rows.filter(
    (row) => !row.target.includes('(marker') && !row.target.startsWith('(absent)'),
  );
  const absentRows = rows.filter((row) => row.target.startsWith('(absent)'));
  const markerRows = rows.filter((row) => row.target.includes('(marker'));

  it('has rows of every kind', () => {
    expect(pathRows.length).toBeGreaterThan(0);
    expect(absentRows.length).toBeGreaterThan(0);
    expect(markerRows.length).toBeGreaterThan(0);
  });

  it.each(pathRows.map((row) => [row.file, row] as const))('%s: changes only the listed value', (_, row) => {
    const text = readFileSync(join(corpus, row.file), 'utf8');
    const [, docIndex, path] = /^(?:doc\[(\d+)\]\.)?(.*)$/.exec(row.target)!;
    const value = newValueFor(row.current.replace(/^"|"$/g, ''));
    const segments = parseYamlPath(path!);
    const plan = planFileBump(row.file, text, {
      ...base,
      explicit: { path: path!, segments, value },
      allowDowngrade: true,
    });
    expect(plan.bump, 'the file changes').toBeDefined();
    const after = plan.bump!.after;
    expect(changedLines(text, after)).toHaveLength(1);
    const expected = toData(text);
    expected.forEach((doc, i) => {
      if (docIndex === undefined || Number(docIndex) === i) setIn(doc, segments, value, false);
    });
    expect(toData(after)).toEqual(expected);
  });

  it.each(absentRows.map((row) => [row.file, row] as const))(
    '%s: missing: create adds only new lines',
    (_, row) => {
      const text = readFileSync(join(corpus, row.file), 'utf8');
      const path = row.target.replace('(absent) ', '');
      const segments = parseYamlPath(path);
      const plan = planFileBump(row.file, text, {
        ...base,
        missing: 'create',
        explicit: { path, segments, value: '9.9.9' },
      });
      const after = plan.bump!.after;
      const before = lines(text);
      const added = lines(after);
      // The old lines stand in the new text in order, with one run of new lines inserted.
      const start = before.findIndex((line, i) => line !== added[i]);
      const inserted = added.length - before.length;
      expect(inserted).toBeGreaterThan(0);
      expect([
        ...added.slice(0, start === -1 ? before.length : start),
        ...added.slice(start + inserted),
      ]).toEqual(before);
      const expected = toData(text);
      setIn(expected[0], segments, '9.9.9', true);
      expect(toData(after)).toEqual(expected);
    },
  );

  it.each(markerRows.map((row) => [row.file, row] as const))(
    '%s: updates only the marked values',
    (_, row) => {
      const text = readFileSync(join(corpus, row.file), 'utf8');
      const marker = /"\$imagepolicy":\s*"([^":]+):([^":]+)/.exec(row.target)!;
      const policy = `${marker[1]}:${marker[2]}`;
      const request: BumpRequest = { ...base, marker: { policy, tag: 'v9.9.9' } };
      const plan = planFileBump(row.file, text, request);
      const changed = changedLines(text, plan.bump!.after);
      expect(changed.length).toBeGreaterThan(0);
      const before = lines(text);
      const after = lines(plan.bump!.after);
      for (const i of changed) {
        expect(before[i]).toMatch(new RegExp(`"\\$imagepolicy":\\s*"${policy}(:tag)?"`));
        expect(after[i]).toContain('v9.9.9');
        // The marker comment itself is kept.
        expect(after[i]!.slice(after[i]!.indexOf('#'))).toBe(before[i]!.slice(before[i]!.indexOf('#')));
      }
    },
  );
});
