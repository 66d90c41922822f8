import { blockScalar } from './fast-scan-block-scalar.js';
import { LineCursor, NO_INDICATOR, UNSURE, isIndicator } from './fast-scan-cursor.js';
import { flowCollection } from './fast-scan-flow.js';
import { quotedEnd, quotedValue } from './fast-scan-quoted.js';
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

// Character codes are module-local on purpose: see fast-scan-cursor.ts.
const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

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

/**
 * Documents and block structure, line by line, and the values that start on a block line. Flow
 * collections, quoted and block scalars are read by their own `fast-scan-*` modules, which share
 * `LineCursor` with this class.
 */
class LineScanner extends LineCursor {
  private readonly documents: YamlDocument[] = [];
  private readonly frames: Frame[] = [];

  // The document being read.
  private docStart: number;
  private docRoot: YamlNode | null = null;
  private docHasMarker = false;
  /** Where a document that follows `...` without `---` would start, or -1 while none ended. */
  private docEndedAt = -1;

  /** Indentation of the key or `-` whose value is still empty, or -1. */
  private pendingOwner = -1;
  private pendingIsMapKey = false;

  constructor(text: string) {
    super(text);
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
      end = quotedEnd(this, p);
      const colon = this.skipSpaces(end);
      if (text.charCodeAt(colon) !== COLON || !this.isBlankOrEnd(colon + 1)) return -1;
      this.keyText = quotedValue(this, p, end);
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

  // ---- values on one line ----------------------------------------------------------------

  /** The value starting at `p` (not blank, not a comment), owned by a collection at `ownerIndent`. */
  private inlineValue(p: number, ownerIndent: number): YamlNode {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const end = quotedEnd(this, p);
      return this.scalar(
        p,
        end,
        quotedValue(this, p, end),
        c === DQUOTE ? 'double' : 'single',
        this.lineComment(end),
      );
    }
    if (c === 0x5b || c === 0x7b) {
      const node = flowCollection(this, p);
      this.lineComment(node.span.end);
      return node;
    }
    if (c === 0x7c || c === 0x3e) return blockScalar(this, p, ownerIndent);
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
}
