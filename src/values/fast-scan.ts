import type { MapNode, ScalarNode, SeqNode, YamlDocument, YamlFile, YamlNode } from './model.js';
import { plainScalarType } from './scalar-render.js';
import { detectEol } from './text-edit.js';

/**
 * A line scanner for the block-style YAML that value files are written in. It builds the same
 * model as `fullParse` at a fraction of the cost (no tokens, no per-character allocation: it
 * slices keys and values only), and gives up, returning undefined, on anything it does not fully
 * understand: anchors, aliases, tags, complex keys, directives, tabs, multi-line flow collections
 * and multi-line plain or quoted scalars, keep chomping, duplicate keys, and every inconsistency,
 * which may be an error that the full parser reports properly.
 */
export function fastScan(name: string, text: string): YamlFile | undefined {
  if (text.indexOf('\t') !== -1 || hasLoneCarriageReturn(text)) return undefined;
  try {
    return { name, text, eol: detectEol(text), documents: new LineScanner(text).scan() };
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/** Thrown (never escapes `fastScan`) when the text needs the full parser. */
const UNSURE = new Error('fast scan: not sure, use the full parser');

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const NO_INDICATOR = -1;

/** Characters that end or may end a plain scalar in a flow collection: `,[]{}`, `:` and `#`. */
const FLOW_PLAIN_STOP = new Uint8Array(128);
for (const c of ',[]{}:#') FLOW_PLAIN_STOP[c.charCodeAt(0)] = 1;

function hasLoneCarriageReturn(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 0x0a) return true;
  }
  return false;
}

interface Frame {
  node: MapNode | SeqNode;
  indent: number;
  keys: Set<string> | undefined;
}

class LineScanner {
  private readonly len: number;
  private readonly bom: number;
  private readonly documents: YamlDocument[] = [];
  private readonly frames: Frame[] = [];

  // The current line: [lineStart, lineEnd) without its line break; the next one at `next`.
  private lineNo = 0;
  private lineStart = 0;
  private lineEnd = 0;
  private next: number;

  // The document being read.
  private docStart: number;
  private docRoot: YamlNode | null = null;
  private docHasMarker = false;
  /** Where a document that follows `...` without `---` would start, or -1 while none ended. */
  private docEndedAt = -1;

  /** Indentation of the key or `-` whose value is still empty, or -1. */
  private pendingOwner = -1;
  private pendingIsMapKey = false;

  constructor(private readonly text: string) {
    this.len = text.length;
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.next = this.bom;
    this.docStart = this.bom;
  }

  scan(): YamlDocument[] {
    const { text } = this;
    while (this.next < this.len) {
      this.loadLine(this.next);
      let p = this.lineStart;
      while (p < this.lineEnd && text.charCodeAt(p) === SPACE) p++;
      if (p === this.lineEnd) continue;
      const c = text.charCodeAt(p);
      if (c === HASH) continue;
      if (p === this.lineStart) {
        if (c === DASH && this.isMarker(p, '---')) {
          this.startMarkedDocument(p);
          continue;
        }
        if (c === DOT && this.isMarker(p, '...')) {
          this.endDocument();
          continue;
        }
        if (c === 0x25) throw UNSURE; // % directive
      }
      if (this.docEndedAt !== -1) this.startDocumentAfterEnd();
      this.contentLine(p);
    }
    if (this.docExists() || this.documents.length === 0) this.pushDocument(this.len);
    return this.documents;
  }

  private loadLine(start: number): void {
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

  /** `---` or `...` at column 0, alone or followed by a comment. */
  private isMarker(p: number, marker: string): boolean {
    if (!this.text.startsWith(marker, p)) return false;
    const after = p + 3;
    if (after === this.lineEnd) return true;
    if (this.text.charCodeAt(after) !== SPACE) return false;
    const q = this.skipSpaces(after);
    if (q === this.lineEnd || this.text.charCodeAt(q) === HASH) return true;
    throw UNSURE; // content on the marker line: `--- |`, `--- {a: 1}`
  }

  // ---- documents --------------------------------------------------------------------------

  /** Comments alone do not make a document; a marker or content does. */
  private docExists(): boolean {
    return this.docRoot !== null || this.docHasMarker || this.docEndedAt !== -1;
  }

  private startMarkedDocument(lineStart: number): void {
    if (this.docExists()) {
      this.pushDocument(lineStart);
      this.docStart = lineStart;
    }
    this.docHasMarker = true;
  }

  private endDocument(): void {
    if ((this.docRoot === null && !this.docHasMarker) || this.docEndedAt !== -1) throw UNSURE;
    this.closeFrames();
    this.docEndedAt = this.next;
  }

  private startDocumentAfterEnd(): void {
    const start = this.docEndedAt;
    this.pushDocument(start);
    this.docStart = start;
  }

  private pushDocument(end: number): void {
    this.closeFrames();
    this.documents.push({
      index: this.documents.length,
      root: this.docRoot,
      span: { start: this.docStart, end },
    });
    this.docRoot = null;
    this.docHasMarker = false;
    this.docEndedAt = -1;
  }

  // ---- block structure --------------------------------------------------------------------

  private contentLine(p: number): void {
    const indent = p - this.lineStart;
    const isSeqItem = this.isSeqIndicator(p);
    if (this.pendingOwner !== -1) {
      const owner = this.pendingOwner;
      this.pendingOwner = -1;
      if (indent > owner || (indent === owner && isSeqItem && this.pendingIsMapKey)) {
        const frame = this.frames[this.frames.length - 1];
        if (!frame) throw UNSURE;
        const node = this.blockNode(p, false);
        if (frame.node.kind === 'map') {
          const entry = frame.node.entries[frame.node.entries.length - 1];
          if (!entry) throw UNSURE;
          entry.value = node;
        } else {
          frame.node.items[frame.node.items.length - 1] = node;
        }
        return;
      }
    }
    let top = this.frames[this.frames.length - 1];
    while (top && (top.indent > indent || (top.indent === indent && top.node.kind === 'seq' && !isSeqItem))) {
      this.popFrame();
      top = this.frames[this.frames.length - 1];
    }
    if (!top) {
      if (this.docRoot !== null) throw UNSURE;
      this.docRoot = this.blockNode(p, false);
      return;
    }
    if (top.indent !== indent) throw UNSURE;
    if (top.node.kind === 'seq') this.seqItem(top.node, p);
    else if (isSeqItem) throw UNSURE;
    else this.mapEntry(top, p);
  }

  private isSeqIndicator(p: number): boolean {
    return (
      this.text.charCodeAt(p) === DASH && (p + 1 === this.lineEnd || this.text.charCodeAt(p + 1) === SPACE)
    );
  }

  /** A node starting at `p`: a block sequence or map (pushed as frames), or a scalar if allowed. */
  private blockNode(p: number, allowScalar: boolean): YamlNode {
    const column = p - this.lineStart;
    if (this.isSeqIndicator(p)) {
      const seq: SeqNode = {
        kind: 'seq',
        flow: false,
        items: [],
        span: { start: p, end: p },
        indent: column,
        line: this.lineNo,
        column: column + 1,
      };
      this.frames.push({ node: seq, indent: column, keys: undefined });
      this.seqItem(seq, p);
      return seq;
    }
    if (this.keyEnd(p) !== -1) {
      const map: MapNode = {
        kind: 'map',
        flow: false,
        entries: [],
        span: { start: p, end: p },
        indent: column,
        line: this.lineNo,
        column: column + 1,
      };
      const frame: Frame = { node: map, indent: column, keys: undefined };
      this.frames.push(frame);
      this.mapEntry(frame, p);
      return map;
    }
    if (!allowScalar) throw UNSURE;
    return this.inlineValue(p, this.frames[this.frames.length - 1]?.indent ?? -1);
  }

  private seqItem(seq: SeqNode, dash: number): void {
    const p = this.skipSpaces(dash + 1);
    if (p === this.lineEnd || this.text.charCodeAt(p) === HASH) {
      seq.items.push(this.emptyScalar(dash + 1));
      this.pendingOwner = seq.indent;
      this.pendingIsMapKey = false;
      return;
    }
    seq.items.push(this.blockNode(p, true));
  }

  private mapEntry(frame: Frame, p: number): void {
    const map = frame.node as MapNode;
    const keyEnd = this.keyEnd(p);
    if (keyEnd === -1) throw UNSURE;
    const key = this.keyText;
    if (frame.keys) {
      if (frame.keys.has(key)) throw UNSURE;
      frame.keys.add(key);
    } else {
      const { entries } = map;
      for (let i = 0; i < entries.length; i++) if (entries[i]?.key === key) throw UNSURE;
      if (entries.length >= 8) frame.keys = new Set(entries.map((entry) => entry.key)).add(key);
    }
    const colon = this.colonAt;
    const keySpan = { start: p, end: keyEnd };
    const line = this.lineNo;
    const q = this.skipSpaces(colon + 1);
    let value: YamlNode;
    if (q === this.lineEnd || this.text.charCodeAt(q) === HASH) {
      value = this.emptyScalar(colon + 1);
      this.pendingOwner = frame.indent;
      this.pendingIsMapKey = true;
    } else {
      value = this.inlineValue(q, frame.indent);
    }
    map.entries.push({ key, keySpan, line, value });
  }

  // Set by keyEnd: the key's loaded text and the offset of its `:`.
  private keyText = '';
  private colonAt = -1;

  /**
   * The end of the implicit key starting at `p` (`key:`, `"a.b":`, `'x':`), followed by `: ` or
   * `:` at the end of the line; -1 when the line holds no key there.
   */
  private keyEnd(p: number): number {
    const { text } = this;
    const c = text.charCodeAt(p);
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quotedEnd(p);
      const colon = this.skipSpaces(end);
      if (text.charCodeAt(colon) !== COLON || !this.isBlankOrEnd(colon + 1)) return -1;
      this.keyText = this.quotedValue(p, end);
      this.colonAt = colon;
      return end;
    }
    if (isIndicator(c) || c === DASH) return -1;
    const colon = this.mappingIndicator(p);
    if (colon < 0) return -1;
    end = colon;
    while (end > p && text.charCodeAt(end - 1) === SPACE) end--;
    if (end - p > 1024) throw UNSURE;
    const key = text.slice(p, end);
    // Non-string keys (`80:`, `true:`) compare by value in the full parser; leave them to it.
    if (plainScalarType(key) !== 'str') throw UNSURE;
    this.keyText = key;
    this.colonAt = colon;
    return end;
  }

  /**
   * One pass over the rest of the line from `p`: the offset of the first `:` followed by a blank
   * or the line end (a mapping indicator); else `-2 - offset` of a comment's ` #`, or NO_INDICATOR.
   */
  private mappingIndicator(p: number): number {
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

  private popFrame(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    const { node } = frame;
    const last =
      node.kind === 'map' ? node.entries[node.entries.length - 1]?.value : node.items[node.items.length - 1];
    if (last) node.span.end = last.span.end;
  }

  private closeFrames(): void {
    this.pendingOwner = -1;
    while (this.frames.length > 0) this.popFrame();
  }

  // ---- scalars and flow collections on one line ---------------------------------------------

  /** The value starting at `p` (not blank, not a comment), owned by a collection at `ownerIndent`. */
  private inlineValue(p: number, ownerIndent: number): YamlNode {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(p);
      return this.scalar(
        p,
        end,
        this.quotedValue(p, end),
        c === DQUOTE ? 'double' : 'single',
        this.lineComment(end),
      );
    }
    if (c === 0x5b || c === 0x7b) {
      const node = this.flowCollection(p);
      this.lineComment(node.span.end);
      return node;
    }
    if (c === 0x7c || c === 0x3e) return this.blockScalar(p, ownerIndent);
    if (isIndicator(c) || ((c === DASH || c === 0x3f || c === COLON) && this.isBlankOrEnd(p + 1)))
      throw UNSURE;
    return this.plainScalar(p);
  }

  private plainScalar(p: number): ScalarNode {
    const { text } = this;
    const found = this.mappingIndicator(p);
    if (found >= 0) throw UNSURE; // `a: b: c`
    const commentAt = found === NO_INDICATOR ? -1 : -2 - found;
    let end = commentAt === -1 ? this.lineEnd : commentAt;
    while (end > p && text.charCodeAt(end - 1) === SPACE) end--;
    if (text.charCodeAt(end - 1) === COLON) throw UNSURE;
    const value = text.slice(p, end);
    const comment = commentAt === -1 ? undefined : text.slice(commentAt + 2, this.lineEnd).trim();
    return this.scalar(p, end, value, 'plain', comment, plainScalarType(value));
  }

  /** The offset after the closing quote of a quoted scalar that opens at `p` and closes on this line. */
  private quotedEnd(p: number): number {
    const { text } = this;
    const quote = text.charCodeAt(p);
    let i = p + 1;
    for (;;) {
      i = text.indexOf(quote === DQUOTE ? '"' : "'", i);
      if (i === -1 || i >= this.lineEnd) throw UNSURE;
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

  private quotedValue(p: number, end: number): string {
    const raw = this.text.slice(p + 1, end - 1);
    if (this.text.charCodeAt(p) === SQUOTE) return raw.indexOf("'") === -1 ? raw : raw.replace(/''/g, "'");
    return raw.indexOf('\\') === -1 ? raw : unescapeDoubleQuoted(raw);
  }

  /** After a complete value: blanks, then the end of the line or a comment, whose text is returned. */
  private lineComment(end: number): string | undefined {
    const q = this.skipSpaces(end);
    if (q === this.lineEnd) return undefined;
    if (this.text.charCodeAt(q) !== HASH || q === end) throw UNSURE;
    return this.text.slice(q + 1, this.lineEnd).trim();
  }

  private flowCollection(p: number): MapNode | SeqNode {
    const { text } = this;
    const isMap = text.charCodeAt(p) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const node: MapNode | SeqNode = isMap
      ? {
          kind: 'map',
          flow: true,
          entries: [],
          span: { start: p, end: p },
          indent: p - this.lineStart,
          line: this.lineNo,
          column: p - this.lineStart + 1,
        }
      : {
          kind: 'seq',
          flow: true,
          items: [],
          span: { start: p, end: p },
          indent: p - this.lineStart,
          line: this.lineNo,
          column: p - this.lineStart + 1,
        };
    let q = this.skipSpaces(p + 1);
    while (text.charCodeAt(q) !== close) {
      if (q >= this.lineEnd) throw UNSURE;
      if (node.kind === 'seq') {
        const item = this.flowNode(q);
        node.items.push(item);
        q = this.skipSpaces(item.span.end);
      } else {
        const keyStart = q;
        const keyNode = this.flowNode(q, true);
        if (keyNode.kind !== 'scalar' || keyNode.type !== 'str') throw UNSURE;
        const colon = this.skipSpaces(keyNode.span.end);
        if (text.charCodeAt(colon) !== COLON || text.charCodeAt(colon + 1) !== SPACE) throw UNSURE;
        for (const entry of node.entries) if (entry.key === keyNode.value) throw UNSURE;
        q = this.skipSpaces(colon + 1);
        const c = text.charCodeAt(q);
        const value = c === 0x2c || c === close ? this.emptyScalar(colon + 1) : this.flowNode(q);
        node.entries.push({
          key: keyNode.value,
          keySpan: { start: keyStart, end: keyNode.span.end },
          line: this.lineNo,
          value,
        });
        q = this.skipSpaces(Math.max(value.span.end, colon + 1));
      }
      const c = text.charCodeAt(q);
      if (c === 0x2c) q = this.skipSpaces(q + 1);
      else if (c !== close) throw UNSURE;
    }
    node.span.end = q + 1;
    return node;
  }

  private flowNode(p: number, isKey = false): YamlNode {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === 0x5b || c === 0x7b) {
      if (isKey) throw UNSURE;
      return this.flowCollection(p);
    }
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(p);
      return this.scalar(p, end, this.quotedValue(p, end), c === DQUOTE ? 'double' : 'single', undefined);
    }
    if (isIndicator(c) || ((c === DASH || c === 0x3f || c === COLON) && this.isFlowBreak(p + 1)))
      throw UNSURE;
    let end = p;
    for (; end < this.lineEnd; end++) {
      const ch = text.charCodeAt(end);
      if (ch >= 128 || FLOW_PLAIN_STOP[ch] === 0) continue;
      if (ch === COLON) {
        if (this.isFlowBreak(end + 1)) break;
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
    return this.scalar(p, end, value, 'plain', undefined, plainScalarType(value));
  }

  /** After `:` or a leading `-?:` in flow context: a blank, a flow indicator or the line end. */
  private isFlowBreak(i: number): boolean {
    if (i >= this.lineEnd) return true;
    const c = this.text.charCodeAt(i);
    return c === SPACE || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
  }

  // ---- block scalars ----------------------------------------------------------------------

  private blockScalar(p: number, ownerIndent: number): ScalarNode {
    const { text } = this;
    let h = p + 1;
    const chomp = text.charCodeAt(h);
    const strip = chomp === DASH;
    if (chomp === 0x2b || (chomp >= 0x30 && chomp <= 0x39)) throw UNSURE;
    if (strip) h++;
    const headerEnd = h;
    const comment = this.lineComment(headerEnd);
    const header = text.slice(p, this.lineEnd);
    const line = this.lineNo;
    const column = p - this.lineStart + 1;
    const lineBreak = text.charCodeAt(this.lineEnd) === CR ? '\r\n' : '\n';
    const folded = text.charCodeAt(p) === 0x3e;

    let indent = -1;
    let leadingBlanks = 0;
    let longestLeadingBlank = 0;
    let blanks = 0;
    let value = '';
    let contentEnd = -1;
    let lastLineNo = this.lineNo;
    let lastNext = this.next;
    let cursor = this.next;
    let lineNo = this.lineNo;
    while (cursor < this.len) {
      const nl = text.indexOf('\n', cursor);
      const next = nl === -1 ? this.len : nl + 1;
      const end = nl === -1 ? this.len : text.charCodeAt(nl - 1) === CR && nl > cursor ? nl - 1 : nl;
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
    this.next = lastNext;
    this.lineNo = lastLineNo;
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

  // ---- nodes ------------------------------------------------------------------------------

  private scalar(
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
  private emptyScalar(at: number): ScalarNode {
    const q = this.skipSpaces(at);
    const comment =
      q < this.lineEnd && this.text.charCodeAt(q) === HASH
        ? this.text.slice(q + 1, this.lineEnd).trim()
        : undefined;
    return this.scalar(at, at, '', 'plain', comment, 'null');
  }

  private skipSpaces(p: number): number {
    while (p < this.lineEnd && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  private isBlankOrEnd(i: number): boolean {
    return i >= this.lineEnd || this.text.charCodeAt(i) === SPACE;
  }
}

/** Characters that cannot start a plain scalar or key, or that need the full parser (`&*!?%`). */
function isIndicator(c: number): boolean {
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
