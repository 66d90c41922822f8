/**
 * What every part of the fast scanner shares: the signal to give up, the indicator test, and
 * `LineCursor`, the text with the line being read and the helpers that only need that line.
 *
 * Each `fast-scan-*` module declares the character codes it compares against itself, on purpose:
 * V8's optimizing compiler folds a module's own `const`s into the code, but imported bindings are
 * loaded at every use, and importing the codes made the unbundled scanner several percent slower
 * on the values-file corpus. (Bundles, which hoist all modules into one scope, do not care.)
 */
import type { ScalarNode } from './model.js';

/** Thrown (never escapes `fastScan`) when the text needs the full parser. */
export const UNSURE = new Error('fast scan: not sure, use the full parser');

/** What `mappingIndicator` returns for a line with neither a mapping indicator nor a comment. */
export const NO_INDICATOR = -1;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const CR = 0x0d;

/** Characters that cannot start a plain scalar or key, or that need the full parser (`&*!?%`). */
export function isIndicator(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case DQUOTE:
    case SQUOTE:
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case 0x3f: // ?
    case COLON:
      return true;
    default:
      return false;
  }
}

/**
 * The text and the line being read. The block scanner extends it; the scanners for flow
 * collections, quoted and block scalars take it as their first argument.
 */
export class LineCursor {
  readonly len: number;
  readonly bom: number;

  // The current line: [lineStart, lineEnd) without its line break; the next one at `next`.
  lineNo = 0;
  lineStart = 0;
  lineEnd = 0;
  next: number;

  constructor(readonly text: string) {
    this.len = text.length;
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.next = this.bom;
  }

  loadLine(start: number): void {
    const nl = this.text.indexOf('\n', start);
    this.lineNo++;
    this.lineStart = start;
    if (nl === -1) {
      this.lineEnd = this.len;
      this.next = this.len;
    } else {
      this.lineEnd = nl > start && this.text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      this.next = nl + 1;
    }
  }

  skipSpaces(p: number): number {
    while (p < this.lineEnd && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  isBlankOrEnd(i: number): boolean {
    return i >= this.lineEnd || this.text.charCodeAt(i) === SPACE;
  }

  /**
   * One pass over the rest of the line from `p`: the offset of the first `:` followed by a blank
   * or the line end (a mapping indicator); else `-2 - offset` of a comment's ` #`, or NO_INDICATOR.
   */
  mappingIndicator(p: number): number {
    const { text } = this;
    const end = this.lineEnd;
    for (let i = p; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (i + 1 === end || text.charCodeAt(i + 1) === SPACE) return i;
      } else if (c === HASH && i > p && text.charCodeAt(i - 1) === SPACE) {
        return -2 - (i - 1);
      }
    }
    return NO_INDICATOR;
  }

  /** After a complete value: blanks, then the end of the line or a comment, whose text is returned. */
  lineComment(end: number): string | undefined {
    const q = this.skipSpaces(end);
    if (q === this.lineEnd) return undefined;
    if (this.text.charCodeAt(q) !== HASH || q === end) throw UNSURE;
    return this.text.slice(q + 1, this.lineEnd).trim();
  }

  scalar(
    start: number,
    end: number,
    value: string,
    style: 'plain' | 'single' | 'double',
    comment: string | undefined,
    type: ScalarNode['type'] = 'str',
  ): ScalarNode {
    const span = { start, end };
    const line = this.lineNo;
    const column = start - this.lineStart + 1;
    // Two literal shapes rather than adding `comment` later: stable hidden classes scan faster.
    return comment === undefined
      ? { kind: 'scalar', value, type, style, span, line, column }
      : { kind: 'scalar', value, type, style, span, line, column, comment };
  }

  /** `key:` or `- ` with nothing after: a null scalar right after the indicator. */
  emptyScalar(at: number): ScalarNode {
    const q = this.skipSpaces(at);
    const comment =
      q < this.lineEnd && this.text.charCodeAt(q) === HASH
        ? this.text.slice(q + 1, this.lineEnd).trim()
        : undefined;
    return this.scalar(at, at, '', 'plain', comment, 'null');
  }
}
