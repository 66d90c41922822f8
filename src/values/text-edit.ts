import type { Position, TextEdit } from './model.js';

/**
 * Splices the edits into the text. Edits may come in any order but must not overlap: two edits
 * touching the same bytes mean two targets disagree, which is a bug upstream, never a merge.
 * Insertions at the same offset are applied in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.span.start - b.edit.span.start || a.order - b.order)
    .map(({ edit }) => edit);
  const parts: string[] = [];
  let cursor = 0;
  for (const { span, text: replacement } of sorted) {
    if (span.start < 0 || span.end < span.start || span.end > text.length) {
      throw new Error(`Edit span ${span.start}..${span.end} is outside the text (length ${text.length})`);
    }
    if (span.start < cursor) {
      throw new Error(`Edits overlap at offset ${span.start} (the previous edit ends at ${cursor})`);
    }
    parts.push(text.slice(cursor, span.start), replacement);
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** 1-based line and column of an offset; a BOM at the start of the text does not count as a column. */
export function lineColumnAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: Math.max(offset, lineStart) - lineStart + 1 };
}

/** The line break of the first line: inserted lines use it so CRLF files stay CRLF. */
export function detectEol(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}
