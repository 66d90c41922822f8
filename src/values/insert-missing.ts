import { UserError } from '../runtime/user-error.js';
import type { MapNode, ScalarNode, SeqNode, TextEdit, YamlDocument, YamlFile, YamlNode } from './model.js';
import { resolveInDocument } from './navigate.js';
import { renderKey, renderStringScalar } from './scalar-render.js';
import { formatPathSegments, type PathSegment } from './yaml-path.js';

type Creatable = { key: string } | { select: { key: string; value: string } };

/** How the file lays out nested blocks, so created keys look like the ones around them. */
interface BlockStyle {
  /** Extra indentation of a map nested under a key. */
  step: number;
  /** Extra indentation of a sequence under a key: 0 for `key:\n- item`. */
  sequence: number;
  /** Column of an item's content after its `-`: 2 for `- name: a`. */
  item: number;
}

/**
 * The edit that creates the missing part of `segments` in `document`, ending in `value` (written
 * as a string that stays a string). Missing keys go at the end of the deepest existing map, a
 * missing `[name=X]` item at the end of its list as `- name: X` with the rest under it (how a
 * Kustomize `images:` entry is added), in the file's own indentation and line breaks. Flow
 * collections get flow entries. No other line changes.
 */
export function insertMissing(
  file: YamlFile,
  document: YamlDocument,
  segments: readonly PathSegment[],
  value: string,
): TextEdit {
  const { matches, miss } = resolveInDocument(document, segments);
  if (matches.length > 0 || !miss) {
    throw new Error(`${formatPathSegments(segments)} already exists in ${file.name}`);
  }
  const path = formatPathSegments(segments);
  const fail = (reason: string, node?: YamlNode | null): never => {
    const location = node ? { file: file.name, line: node.line, column: node.column } : { file: file.name };
    throw new UserError(`${file.name}${node ? `:${node.line}` : ''}: cannot create '${path}': ${reason}`, {
      location,
      hint: 'create the missing part by hand once, or point the path at a map or list that exists',
    });
  };
  const rest = creatable(segments.slice(miss.missingAt), (reason) => fail(reason, miss.parent));
  const first = rest[0] as Creatable;
  const parent = miss.parent;
  const layout = new Layout(file, blockStyle(file));

  if (parent === null) return layout.intoEmptyDocument(document, rest, value);
  switch (parent.kind) {
    case 'map':
      if (!('key' in first)) return fail(`${describeParent(miss)} is a map, not a list`, parent);
      return parent.flow
        ? layout.intoFlowMap(parent, rest, value)
        : layout.intoBlockCollection(parent, rest, value);
    case 'seq':
      if (!('select' in first))
        return fail(`${describeParent(miss)} is a list; select an item with [name=value]`, parent);
      return parent.flow
        ? layout.intoFlowSeq(parent, rest, value)
        : layout.intoBlockCollection(parent, rest, value);
    case 'alias':
      return fail(
        `${describeParent(miss)} is an alias (*${parent.name}); create it where the anchor is`,
        parent,
      );
    case 'scalar':
      if (parent.span.start !== parent.span.end)
        return fail(`${describeParent(miss)} holds the value '${parent.value}'`, parent);
      return layout.underEmptyValue(parent, miss.lineage[miss.lineage.length - 2], rest, value);
  }
}

/** The segments still to create, refusing what cannot be created from a path alone. */
function creatable(segments: readonly PathSegment[], refuse: (reason: string) => never): Creatable[] {
  const rest = segments.map((segment): Creatable => {
    if (!('index' in segment)) return segment;
    return refuse(
      `list item [${segment.index}] does not exist; only keys and [name=value] items can be created`,
    );
  });
  const last = rest[rest.length - 1];
  if (!last || !('key' in last)) refuse('the path must end with a key to hold the value');
  rest.forEach((segment, i) => {
    const next = rest[i + 1];
    if (!('select' in segment) || !next) return;
    if ('select' in next) refuse('an item selected by [field=value] is a map, not a list');
    else if (next.key === segment.select.key) {
      refuse(`the new item's ${next.key} is already set by [${segment.select.key}=${segment.select.value}]`);
    }
  });
  return rest;
}

function describeParent(miss: { keys: ReadonlyArray<string | number> }): string {
  return miss.keys.length === 0
    ? 'the document'
    : `'${formatPathSegments(miss.keys.map((k) => (typeof k === 'number' ? { index: k } : { key: k })))}'`;
}

class Layout {
  private readonly text: string;

  constructor(
    private readonly file: YamlFile,
    private readonly style: BlockStyle,
  ) {
    this.text = file.text;
  }

  /** New entries or items after the last line of a block map or sequence. */
  intoBlockCollection(collection: MapNode | SeqNode, rest: Creatable[], value: string): TextEdit {
    const lines = indentLines(this.blockLines(rest, value), collection.indent);
    return this.insertAfterLine(this.lastLineEnd(collection), lines);
  }

  intoFlowMap(map: MapNode, rest: Creatable[], value: string): TextEdit {
    const last = map.entries[map.entries.length - 1]?.value;
    const entry = flowEntry(rest, value);
    if (!last) return insertAt(map.span.start + 1, entry);
    // After an empty value (`{a: }`) a comma right after the `:` would read as part of a key.
    return insertAt(last.span.end, `${last.span.start === last.span.end ? ' ' : ''}, ${entry}`);
  }

  intoFlowSeq(seq: SeqNode, rest: Creatable[], value: string): TextEdit {
    const last = seq.items[seq.items.length - 1];
    const item = flowItem(rest, value);
    return last ? insertAt(last.span.end, `, ${item}`) : insertAt(seq.span.start + 1, item);
  }

  /** `key:` with nothing after it: the new content nests under that key (or `-`). */
  underEmptyValue(
    empty: ScalarNode,
    owner: YamlNode | undefined,
    rest: Creatable[],
    value: string,
  ): TextEdit {
    if (owner?.kind !== 'map' && owner?.kind !== 'seq') {
      throw new Error(`empty value at line ${empty.line} has no collection around it`);
    }
    if (owner.flow) return insertAt(empty.span.start, ` ${flowNode(rest, value)}`);
    const first = rest[0] as Creatable;
    const nested =
      owner.kind === 'seq' ? this.style.item : 'select' in first ? this.style.sequence : this.style.step;
    const lines = indentLines(this.blockLines(rest, value), owner.indent + nested);
    return this.insertAfterLine(this.lineEnd(empty.span.start), lines);
  }

  /** Before a `...` that ends the document, else at its end, on lines of their own. */
  intoEmptyDocument(document: YamlDocument, rest: Creatable[], value: string): TextEdit {
    const { text } = this;
    const lines = this.blockLines(rest, value);
    const endMarker = /^\.\.\.(?=[ \r\n]|$)/m.exec(text.slice(document.span.start, document.span.end));
    const at = endMarker ? document.span.start + endMarker.index : document.span.end;
    const eol = this.file.eol;
    const body = lines.join(eol);
    // At a line start (the text is empty or the line before is complete) the new lines end with a
    // line break; after an unterminated last line they start with one, keeping it unterminated.
    const atLineStart = at === document.span.start || text.charAt(at - 1) === '\n';
    return insertAt(at, atLineStart ? body + eol : eol + body);
  }

  /** Block lines (relative indentation) that create `rest`, the last one holding `value`. */
  private blockLines(rest: Creatable[], value: string): string[] {
    const [segment, ...more] = rest;
    if (!segment) return [];
    if ('select' in segment) {
      const content = [
        `${renderKey(segment.select.key)}: ${renderStringScalar(segment.select.value)}`,
        ...this.blockLines(more, value),
      ];
      const pad = ' '.repeat(this.style.item);
      return content.map((line, i) => (i === 0 ? `-${pad.slice(1)}${line}` : pad + line));
    }
    const key = renderKey(segment.key);
    const next = more[0];
    if (!next) return [`${key}: ${renderStringScalar(value)}`];
    const nested = 'select' in next ? this.style.sequence : this.style.step;
    return [`${key}:`, ...indentLines(this.blockLines(more, value), nested)];
  }

  /**
   * The end of the line where a collection's last node ends. A keep-chomped block scalar (`|+`)
   * owns the blank lines after it, so new lines go after those.
   */
  private lastLineEnd(node: YamlNode): number {
    let last: YamlNode | undefined = node;
    while (last && (last.kind === 'map' || last.kind === 'seq')) {
      last =
        last.kind === 'map'
          ? last.entries[last.entries.length - 1]?.value
          : last.items[last.items.length - 1];
    }
    let end = this.lineEnd(node.span.end);
    if (last?.kind === 'scalar' && last.block && /^[|>][0-9]*\+/.test(last.block.header)) {
      for (
        let nl = this.text.indexOf('\n', end);
        nl !== -1 && nl + 1 < this.text.length;
        nl = this.text.indexOf('\n', end)
      ) {
        const next = this.lineEnd(nl + 1);
        if (this.text.slice(nl + 1, next).trim() !== '') break;
        end = next;
      }
    }
    return end;
  }

  private insertAfterLine(lineEnd: number, lines: string[]): TextEdit {
    const eol = this.file.eol;
    return insertAt(lineEnd, eol + lines.join(eol));
  }

  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl === -1 ? this.text.length : nl;
    return end > offset && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  }
}

function insertAt(offset: number, text: string): TextEdit {
  return { span: { start: offset, end: offset }, text };
}

function indentLines(lines: string[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return lines.map((line) => pad + line);
}

function flowEntry(rest: Creatable[], value: string): string {
  const [segment, ...more] = rest;
  if (!segment || 'select' in segment) throw new Error('a flow map entry needs a key');
  return `${renderKey(segment.key)}: ${flowNode(more, value)}`;
}

function flowNode(rest: Creatable[], value: string): string {
  const [segment] = rest;
  if (!segment) return renderStringScalar(value);
  return 'key' in segment ? `{${flowEntry(rest, value)}}` : `[${flowItem(rest, value)}]`;
}

/** The list item a `[field=value]` selector creates: `{name: api, newTag: v1}`. */
function flowItem(rest: Creatable[], value: string): string {
  const [segment, ...more] = rest;
  if (!segment || !('select' in segment))
    throw new Error('a created list item needs a [field=value] selector');
  const name = `${renderKey(segment.select.key)}: ${renderStringScalar(segment.select.value)}`;
  return `{${more.length > 0 ? `${name}, ${flowEntry(more, value)}` : name}}`;
}

/** The indentation the file already uses, by majority; 2-space maps and indented lists when it has none. */
function blockStyle(file: YamlFile): BlockStyle {
  const tallies = {
    step: new Map<number, number>(),
    sequence: new Map<number, number>(),
    item: new Map<number, number>(),
  };
  const count = (tally: Map<number, number>, n: number) => tally.set(n, (tally.get(n) ?? 0) + 1);
  const visit = (node: YamlNode) => {
    if (node.kind === 'map') {
      for (const { value, line } of node.entries) {
        const nestedBlock = !node.flow && (value.kind === 'map' || value.kind === 'seq') && !value.flow;
        if (nestedBlock && value.line > line) {
          count(value.kind === 'map' ? tallies.step : tallies.sequence, value.indent - node.indent);
        }
        visit(value);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        if (!node.flow && item.kind === 'map' && !item.flow) count(tallies.item, item.indent - node.indent);
        visit(item);
      }
    }
  };
  for (const document of file.documents) if (document.root) visit(document.root);
  const step = majority(tallies.step) ?? 2;
  return { step, sequence: majority(tallies.sequence) ?? step, item: majority(tallies.item) ?? 2 };
}

function majority(tally: Map<number, number>): number | undefined {
  let best: [number, number] | undefined;
  for (const [value, count] of tally) {
    if (!best || count > best[1] || (count === best[1] && value < best[0])) best = [value, count];
  }
  return best?.[0];
}
