import { Composer, Parser, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { CST, Document, Node as ParsedNode, Scalar, Schema } from 'yaml';
import { UserError } from '../runtime/user-error.js';
import type {
  MapEntry,
  ScalarNode,
  ScalarStyle,
  ScalarType,
  YamlDocument,
  YamlFile,
  YamlNode,
} from './model.js';
import { detectEol } from './text-edit.js';

/**
 * Builds the model from the `yaml` package's full parse: every construct YAML allows, anchors,
 * aliases and tags included. For text the fast scanner accepts, the model is identical to its
 * one; the spans and comments are taken from the text by the same rules, not from `yaml`'s
 * ranges (which include trailing line breaks, and put empty values after the blanks).
 */
export function fullParse(name: string, text: string): YamlFile {
  const tokens = Array.from(new Parser().parse(text));
  const composer = new Composer();
  const parsed = Array.from(composer.compose(tokens));
  const errors = [...parsed.flatMap((doc) => doc.errors), ...composer.streamInfo().errors];
  const lines = new LineIndex(text);
  const first = errors.sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const { line, column } = lines.position(Math.min(first.pos[0], text.length));
    const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? first.code;
    throw new UserError(`${name}:${line}:${column}: invalid YAML: ${reason}`, {
      location: { file: name, line, column },
      hint: 'fix the YAML at that position (an editor with YAML support or yamllint shows the problem); nothing was changed',
    });
  }

  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = documentStarts(tokens, bom);
  const builder = new ModelBuilder(text, lines);
  const documents: YamlDocument[] = parsed.map((doc, index) => ({
    index,
    root: builder.root(doc),
    span: { start: starts[index] ?? bom, end: starts[index + 1] ?? text.length },
  }));
  if (documents.length === 0)
    documents.push({ index: 0, root: null, span: { start: bom, end: text.length } });
  return { name, text, eol: detectEol(text), documents };
}

/**
 * Where each document starts: the first at the beginning of the text, the others at their `---`,
 * or right after the line of the `...` that ended the previous one.
 */
function documentStarts(tokens: CST.Token[], bom: number): number[] {
  const starts: number[] = [];
  let afterEnd = bom;
  for (const token of tokens) {
    if (token.type === 'document') {
      const marker = token.start.find((t) => t.type === 'doc-start');
      starts.push(starts.length === 0 ? bom : (marker?.offset ?? afterEnd));
    } else if (token.type === 'doc-end') {
      const last = token.end?.[token.end.length - 1];
      afterEnd = last ? last.offset + last.source.length : token.offset + token.source.length;
    }
  }
  return starts;
}

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

const TYPES: Record<string, ScalarType> = {
  'tag:yaml.org,2002:str': 'str',
  'tag:yaml.org,2002:int': 'int',
  'tag:yaml.org,2002:float': 'float',
  'tag:yaml.org,2002:bool': 'bool',
  'tag:yaml.org,2002:null': 'null',
};

class ModelBuilder {
  private schema: Schema | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  root(doc: Document.Parsed): YamlNode | null {
    this.schema = doc.schema;
    const contents = doc.contents;
    if (contents === null) return null;
    if (
      isScalar(contents) &&
      contents.source === '' &&
      !contents.anchor &&
      !contents.tag &&
      contents.type === 'PLAIN'
    ) {
      return null;
    }
    return this.node(contents, -1);
  }

  /** `ownerIndent`: indentation of the block collection holding the node (-1 at the root). */
  private node(node: ParsedNode, ownerIndent: number): YamlNode {
    const [start, end] = node.range ?? [0, 0, 0];
    if (isScalar(node)) return this.scalar(node, ownerIndent);
    if (isAlias(node))
      return { kind: 'alias', name: node.source, span: { start, end }, ...this.lines.position(start) };
    const position = this.lines.position(start);
    const indent = position.column - 1;
    if (isMap(node)) {
      const flow = node.flow === true;
      const entries: MapEntry[] = node.items.map((pair) => {
        const key = pair.key as ParsedNode | null;
        const [keyStart, keyEnd] = key?.range ?? [start, start];
        const value = pair.value as ParsedNode | null;
        return {
          key:
            key === null
              ? ''
              : isScalar(key)
                ? String(key.source ?? key.value)
                : this.text.slice(keyStart, keyEnd),
          keySpan: { start: keyStart, end: keyEnd },
          line: this.lines.position(keyStart).line,
          value: value === null ? this.emptyScalar(keyEnd) : this.node(value, indent),
        };
      });
      const last = entries[entries.length - 1]?.value.span.end;
      const span = { start, end: flow ? end : (last ?? end) };
      const map: YamlNode = { kind: 'map', flow, entries, span, indent, ...position };
      if (node.anchor) map.anchor = node.anchor;
      return map;
    }
    if (isSeq(node)) {
      const flow = node.flow === true;
      const items = node.items.map((item) => this.node(item as ParsedNode, indent));
      const last = items[items.length - 1]?.span.end;
      const span = { start, end: flow ? end : (last ?? end) };
      const seq: YamlNode = { kind: 'seq', flow, items, span, indent, ...position };
      if (node.anchor) seq.anchor = node.anchor;
      return seq;
    }
    throw new Error(`unexpected YAML node at offset ${start}`);
  }

  private scalar(node: Scalar, ownerIndent: number): ScalarNode {
    const [rangeStart, rangeEnd] = node.range ?? [0, 0, 0];
    const style = STYLES[node.type ?? 'PLAIN'] ?? 'plain';
    const value = node.source ?? '';
    let span = { start: rangeStart, end: rangeEnd };
    if (style === 'plain' && rangeStart === rangeEnd) span = this.emptySpan(rangeStart);
    const block = style === 'literal' || style === 'folded';
    if (block) span = { start: rangeStart, end: this.blockEnd(rangeStart, rangeEnd) };
    const result: ScalarNode = {
      kind: 'scalar',
      value,
      type: this.type(node, style, value),
      style,
      span,
      ...this.lines.position(span.start),
    };
    const comment = block ? this.commentAfter(this.headerEnd(span.start)) : this.commentAfter(span.end);
    if (comment !== undefined) result.comment = comment;
    if (node.anchor) result.anchor = node.anchor;
    if (node.tag) result.tag = node.tag;
    if (block) result.block = this.blockLayout(span, ownerIndent, value);
    return result;
  }

  /** The type `yaml` resolved, found the way it finds it: an explicit tag, else the first default tag whose test matches. */
  private type(node: Scalar, style: ScalarStyle, value: string): ScalarType {
    if (node.tag) return TYPES[node.tag] ?? 'str';
    if (style !== 'plain') return 'str';
    const tag = this.schema?.tags.find((t) => t.default === true && t.test?.test(value));
    return (tag && TYPES[tag.tag]) ?? 'str';
  }

  /** `yaml` puts an empty value after the blanks that follow its indicator; the model puts it right after. */
  private emptySpan(offset: number): { start: number; end: number } {
    let at = offset;
    while (at > 0 && (this.text.charCodeAt(at - 1) === 0x20 || this.text.charCodeAt(at - 1) === 0x09)) at--;
    return { start: at, end: at };
  }

  private emptyScalar(offset: number): ScalarNode {
    const span = this.emptySpan(offset);
    const result: ScalarNode = {
      kind: 'scalar',
      value: '',
      type: 'null',
      style: 'plain',
      span,
      ...this.lines.position(span.start),
    };
    const comment = this.commentAfter(span.end);
    if (comment !== undefined) result.comment = comment;
    return result;
  }

  /** End of the last content line that holds more than blanks, or of the header when none does. */
  private blockEnd(start: number, rangeEnd: number): number {
    let last = rangeEnd - 1;
    while (last > start && /[\s]/.test(this.text.charAt(last))) last--;
    const headerEnd = this.headerEnd(start);
    if (last < this.lineEndAt(start)) return headerEnd;
    return this.lineEndAt(last);
  }

  /** After `|` or `>` and its indentation and chomping indicators. */
  private headerEnd(start: number): number {
    let at = start + 1;
    while (/[-+0-9]/.test(this.text.charAt(at))) at++;
    return at;
  }

  /** The content column is the first content line's, less the spaces the value keeps (`|2`). */
  private blockLayout(
    span: { start: number; end: number },
    ownerIndent: number,
    value: string,
  ): NonNullable<ScalarNode['block']> {
    const headerLineEnd = this.lineEndAt(span.start);
    const lineBreak = this.text.charCodeAt(headerLineEnd) === 0x0d ? '\r\n' : '\n';
    let indent = ownerIndent + 2;
    const firstContent = /[^\s]/.exec(this.text.slice(headerLineEnd, span.end));
    if (firstContent) {
      const offset = headerLineEnd + firstContent.index;
      const kept = /^\n*( *)/.exec(value)?.[1]?.length ?? 0;
      indent = offset - (this.text.lastIndexOf('\n', offset) + 1) - kept;
    }
    return { header: this.text.slice(span.start, headerLineEnd), indent, lineBreak };
  }

  /** A comment that follows `offset` on the same line, blanks in between. */
  private commentAfter(offset: number): string | undefined {
    let at = offset;
    while (this.text.charCodeAt(at) === 0x20 || this.text.charCodeAt(at) === 0x09) at++;
    if (this.text.charCodeAt(at) !== 0x23) return undefined;
    return this.text.slice(at + 1, this.lineEndAt(at)).trim();
  }

  /** The end of the line holding `offset`, before its line break. */
  private lineEndAt(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl === -1 ? this.text.length : nl;
    return end > offset && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  }
}

/** Line starts for offset to line/column conversion, binary-searched. */
class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) this.starts.push(nl + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
