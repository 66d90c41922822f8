import { describe, expect, it } from 'vitest';
import { applyEdits, detectEol, lineColumnAt } from '../../src/values/text-edit.js';

describe('applyEdits', () => {
  const text = 'image:\n  tag: 1.0\n  repo: x\n';
  const tag = { span: { start: 14, end: 17 }, text: '2.0' };
  const repo = { span: { start: 26, end: 27 }, text: 'y' };

  it('splices edits given in any order', () => {
    const expected = 'image:\n  tag: 2.0\n  repo: y\n';
    expect(applyEdits(text, [tag, repo])).toBe(expected);
    expect(applyEdits(text, [repo, tag])).toBe(expected);
  });

  it('leaves the text alone without edits', () => expect(applyEdits(text, [])).toBe(text));

  it('applies insertions at the same offset in the order given', () => {
    const inserts = [
      { span: { start: 0, end: 0 }, text: 'a' },
      { span: { start: 0, end: 0 }, text: 'b' },
    ];
    expect(applyEdits('x', inserts)).toBe('abx');
  });

  it('allows an insertion right at the end of a replacement', () => {
    expect(
      applyEdits('abc', [
        { span: { start: 1, end: 2 }, text: 'B' },
        { span: { start: 2, end: 2 }, text: '!' },
      ]),
    ).toBe('aB!c');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits(text, [tag, { span: { start: 16, end: 18 }, text: 'z' }])).toThrow(/overlap/);
    expect(() => applyEdits(text, [tag, { span: { start: 15, end: 15 }, text: 'z' }])).toThrow(/overlap/);
  });

  it('refuses spans outside the text', () => {
    expect(() => applyEdits('abc', [{ span: { start: 2, end: 9 }, text: '' }])).toThrow(/outside/);
    expect(() => applyEdits('abc', [{ span: { start: 2, end: 1 }, text: '' }])).toThrow(/outside/);
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    const text = 'a: 1\nbb: 2\r\nccc: 3';
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(text, 9)).toEqual({ line: 2, column: 5 });
    expect(lineColumnAt(text, 12)).toEqual({ line: 3, column: 1 });
    expect(lineColumnAt(text, text.length)).toEqual({ line: 3, column: 7 });
  });

  it('does not count a BOM as a column', () => {
    expect(lineColumnAt('\ufeffa: 1', 1)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('\ufeffa: 1', 4)).toEqual({ line: 1, column: 4 });
  });
});

describe('detectEol', () => {
  it.each([
    ['a\nb\r\n', '\n'],
    ['a\r\nb\n', '\r\n'],
    ['no line break', '\n'],
    ['', '\n'],
  ])('%j uses %j', (text, eol) => expect(detectEol(text)).toBe(eol));
});
