/** Flow collections (`[a, b]`, `{k: v}`) that open and close on the current line. */
import { UNSURE, isIndicator, type LineCursor } from './fast-scan-cursor.js';
import { quotedEnd, quotedValue } from './fast-scan-quoted.js';
import type { MapNode, SeqNode, YamlNode } from './model.js';
import { plainScalarType } from './scalar-render.js';

// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Characters that end or may end a plain scalar in a flow collection: `,[]{}`, `:` and `#`. */
const FLOW_PLAIN_STOP = new Uint8Array(128);
for (const c of ',[]{}:#') FLOW_PLAIN_STOP[c.charCodeAt(0)] = 1;

export function flowCollection(cur: LineCursor, p: number): MapNode | SeqNode {
  const { text } = cur;
  const isMap = text.charCodeAt(p) === 0x7b;
  const close = isMap ? 0x7d : 0x5d;
  const node: MapNode | SeqNode = isMap
    ? {
        kind: 'map',
        flow: true,
        entries: [],
        span: { start: p, end: p },
        indent: p - cur.lineStart,
        line: cur.lineNo,
        column: p - cur.lineStart + 1,
      }
    : {
        kind: 'seq',
        flow: true,
        items: [],
        span: { start: p, end: p },
        indent: p - cur.lineStart,
        line: cur.lineNo,
        column: p - cur.lineStart + 1,
      };
  let q = cur.skipSpaces(p + 1);
  while (text.charCodeAt(q) !== close) {
    if (q >= cur.lineEnd) throw UNSURE;
    if (node.kind === 'seq') {
      const item = flowNode(cur, q);
      node.items.push(item);
      q = cur.skipSpaces(item.span.end);
    } else {
      const keyStart = q;
      const keyNode = flowNode(cur, q, true);
      if (keyNode.kind !== 'scalar' || keyNode.type !== 'str') throw UNSURE;
      const colon = cur.skipSpaces(keyNode.span.end);
      if (text.charCodeAt(colon) !== COLON || text.charCodeAt(colon + 1) !== SPACE) throw UNSURE;
      for (const entry of node.entries) if (entry.key === keyNode.value) throw UNSURE;
      q = cur.skipSpaces(colon + 1);
      const c = text.charCodeAt(q);
      const value = c === 0x2c || c === close ? cur.emptyScalar(colon + 1) : flowNode(cur, q);
      node.entries.push({
        key: keyNode.value,
        keySpan: { start: keyStart, end: keyNode.span.end },
        line: cur.lineNo,
        value,
      });
      q = cur.skipSpaces(Math.max(value.span.end, colon + 1));
    }
    const c = text.charCodeAt(q);
    if (c === 0x2c) q = cur.skipSpaces(q + 1);
    else if (c !== close) throw UNSURE;
  }
  node.span.end = q + 1;
  return node;
}

function flowNode(cur: LineCursor, p: number, isKey = false): YamlNode {
  const { text } = cur;
  const c = text.charCodeAt(p);
  if (c === 0x5b || c === 0x7b) {
    if (isKey) throw UNSURE;
    return flowCollection(cur, p);
  }
  if (c === DQUOTE || c === SQUOTE) {
    const end = quotedEnd(cur, p);
    return cur.scalar(p, end, quotedValue(cur, p, end), c === DQUOTE ? 'double' : 'single', undefined);
  }
  if (isIndicator(c) || ((c === DASH || c === 0x3f || c === COLON) && isFlowBreak(cur, p + 1))) throw UNSURE;
  let end = p;
  for (; end < cur.lineEnd; end++) {
    const ch = text.charCodeAt(end);
    if (ch >= 128 || FLOW_PLAIN_STOP[ch] === 0) continue;
    if (ch === COLON) {
      if (isFlowBreak(cur, end + 1)) break;
    } else if (ch === HASH) {
      if (text.charCodeAt(end - 1) === SPACE) throw UNSURE;
    } else {
      break;
    }
  }
  while (end > p && text.charCodeAt(end - 1) === SPACE) end--;
  if (end === p) throw UNSURE;
  if (!isKey && text.charCodeAt(end) === COLON) throw UNSURE; // `[a: b]`, a single-pair map
  const value = text.slice(p, end);
  return cur.scalar(p, end, value, 'plain', undefined, plainScalarType(value));
}

/** After `:` or a leading `-?:` in flow context: a blank, a flow indicator or the line end. */
function isFlowBreak(cur: LineCursor, i: number): boolean {
  if (i >= cur.lineEnd) return true;
  const c = cur.text.charCodeAt(i);
  return c === SPACE || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}
