/** Single- and double-quoted scalars that open and close on the current line (keys and values). */
import { UNSURE, type LineCursor } from './fast-scan-cursor.js';

// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;

/** The offset after the closing quote of a quoted scalar that opens at `p` and closes on this line. */
export function quotedEnd(cur: LineCursor, p: number): number {
  const { text } = cur;
  const quote = text.charCodeAt(p);
  let i = p + 1;
  for (;;) {
    i = text.indexOf(quote === DQUOTE ? '"' : "'", i);
    if (i === -1 || i >= cur.lineEnd) throw UNSURE;
    if (quote === SQUOTE) {
      if (text.charCodeAt(i + 1) !== SQUOTE) return i + 1;
      i += 2;
      continue;
    }
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i + 1;
    i++;
  }
}

export function quotedValue(cur: LineCursor, p: number, end: number): string {
  const raw = cur.text.slice(p + 1, end - 1);
  if (cur.text.charCodeAt(p) === SQUOTE) return raw.indexOf("'") === -1 ? raw : raw.replace(/''/g, "'");
  return raw.indexOf('\\') === -1 ? raw : unescapeDoubleQuoted(raw);
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function unescapeDoubleQuoted(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw.charAt(++i);
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = raw.slice(i + 1, i + 1 + digits);
    if (digits === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw UNSURE;
    out += String.fromCodePoint(parseInt(hex, 16));
    i += digits;
  }
  return out;
}
