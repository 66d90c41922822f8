import { UNSURE, type LineCursor } from './fast-scan-cursor.js';
import type { ScalarNode } from './model.js';

// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const SPACE = 0x20;
const DASH = 0x2d;
const CR = 0x0d;

/**
 * A literal (`|`) or folded (`>`) block scalar whose header starts at `p` on the current line, in
 * a collection indented by `ownerIndent`. Reads its content lines and leaves the cursor's `next`
 * and `lineNo` at the last of them.
 */
export function blockScalar(cur: LineCursor, p: number, ownerIndent: number): ScalarNode {
  const { text } = cur;
  let h = p + 1;
  const chomp = text.charCodeAt(h);
  const strip = chomp === DASH;
  if (chomp === 0x2b || (chomp >= 0x30 && chomp <= 0x39)) throw UNSURE;
  if (strip) h++;
  const headerEnd = h;
  const comment = cur.lineComment(headerEnd);
  const header = text.slice(p, cur.lineEnd);
  const line = cur.lineNo;
  const column = p - cur.lineStart + 1;
  const lineBreak = text.charCodeAt(cur.lineEnd) === CR ? '\r\n' : '\n';
  const folded = text.charCodeAt(p) === 0x3e;

  let indent = -1;
  let leadingBlanks = 0;
  let longestLeadingBlank = 0;
  let blanks = 0;
  let value = '';
  let contentEnd = -1;
  let lastLineNo = cur.lineNo;
  let lastNext = cur.next;
  let cursor = cur.next;
  let lineNo = cur.lineNo;
  while (cursor < cur.len) {
    const nl = text.indexOf('\n', cursor);
    const next = nl === -1 ? cur.len : nl + 1;
    const end = nl === -1 ? cur.len : text.charCodeAt(nl - 1) === CR && nl > cursor ? nl - 1 : nl;
    lineNo++;
    let q = cursor;
    while (q < end && text.charCodeAt(q) === SPACE) q++;
    const spaces = q - cursor;
    if (q === end) {
      if (indent === -1) {
        leadingBlanks++;
        if (spaces > longestLeadingBlank) longestLeadingBlank = spaces;
      } else {
        // A blank line longer than the indentation is content made of spaces.
        if (spaces > indent) throw UNSURE;
        blanks++;
      }
      cursor = next;
      continue;
    }
    if (indent === -1) {
      if (spaces <= ownerIndent) break;
      indent = spaces;
      if (longestLeadingBlank > indent) throw UNSURE;
    } else if (spaces < indent) {
      break;
    }
    // More-indented lines of a folded scalar keep their line breaks; the full parser knows how.
    if (folded && spaces > indent) throw UNSURE;
    const content = text.slice(cursor + indent, end);
    if (contentEnd === -1) value = content;
    else if (folded) value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + content;
    else value += '\n'.repeat(blanks + 1) + content;
    blanks = 0;
    contentEnd = end;
    lastLineNo = lineNo;
    lastNext = next;
    cursor = next;
  }
  if (contentEnd === -1) throw UNSURE;
  cur.next = lastNext;
  cur.lineNo = lastLineNo;
  const node: ScalarNode = {
    kind: 'scalar',
    value: '\n'.repeat(leadingBlanks) + value + (strip ? '' : '\n'),
    type: 'str',
    style: folded ? 'folded' : 'literal',
    span: { start: p, end: contentEnd },
    line,
    column,
    block: { header, indent, lineBreak },
  };
  if (comment !== undefined) node.comment = comment;
  return node;
}
