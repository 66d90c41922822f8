import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitCharacters, limitUtf8Bytes } from '../../src/github/field-limits.js';

describe('limitUtf8Bytes', () => {
  it.each([
    ['ASCII', 'a'],
    ['two-byte', 'é'],
    ['three-byte', '€'],
    ['four-byte', '🔥'],
  ])('never splits a %s character at any limit', (_kind, unit) => {
    const text = unit.repeat(400);
    for (let max = 300; max <= 700; max += 1) {
      const limited = limitUtf8Bytes(text, max);
      expect(Buffer.byteLength(limited)).toBeLessThanOrEqual(max);
      expect(limited).not.toContain('\uFFFD');
      expect(limited.slice(0, limited.indexOf('\n\n>'))).toMatch(new RegExp(`^(${unit})*$`, 'u'));
    }
  });

  it('leaves text within the limit untouched', () => {
    expect(limitUtf8Bytes('€'.repeat(10), 30)).toBe('€'.repeat(10));
  });

  it('ends on a whole line when one is near the cut', () => {
    const limited = limitUtf8Bytes(`row one\nrow two\n${'x'.repeat(200)}`, 160, 'summary');
    expect(limited).toBe(
      'row one\nrow two\n\n> [!WARNING]\n> This summary was truncated: it is 216 bytes and GitHub keeps at most 160 bytes.\n',
    );
  });

  it('holds for any text and limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 120, max: 900 }),
        (text, max) => {
          const limited = limitUtf8Bytes(text, max);
          if (Buffer.byteLength(text) <= max) expect(limited).toBe(text);
          else expect(Buffer.byteLength(limited)).toBeLessThanOrEqual(max);
          expect(Buffer.from(limited, 'utf8').toString('utf8')).toBe(limited);
        },
      ),
    );
  });
});

describe('limitCharacters', () => {
  it('never keeps half of a surrogate pair', () => {
    const text = '🔥'.repeat(300);
    for (let max = 150; max <= 400; max += 1) {
      const limited = limitCharacters(text, max, 'comment');
      expect(limited.length).toBeLessThanOrEqual(max);
      expect(limited).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(limited).toContain('This comment was truncated: it is 600 characters');
    }
  });
});
