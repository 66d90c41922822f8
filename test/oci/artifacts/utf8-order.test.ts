import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareUtf8 } from '../../../src/oci/artifacts/utf8-order.js';

describe('compareUtf8', () => {
  it('puts characters beyond U+FFFF after U+E000–U+FFFF, as their UTF-8 bytes do', () => {
    expect(compareUtf8('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
    expect(compareUtf8('\uE000', '\u{10000}')).toBeLessThan(0);
    expect('\u{1F600}' < '\uFFFD').toBe(true); // what plain string order would get wrong
  });

  it('orders a prefix first', () => {
    expect(compareUtf8('a', 'a/')).toBeLessThan(0);
    expect(compareUtf8('a/', 'a')).toBeGreaterThan(0);
    expect(compareUtf8('same', 'same')).toBe(0);
  });

  it('agrees in sign with comparing the UTF-8 bytes', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareUtf8(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
      { numRuns: 2000 },
    );
  });
});
