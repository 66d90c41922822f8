/**
 * The structural view of a YAML file that the bump engine works on. It is built either by the
 * fast line scanner (the common block-style files) or from a full `yaml` parse (everything else),
 * and both must produce the same model for the same text. Every node keeps the span of its
 * source text so that edits splice bytes and never re-serialise a document.
 */

/** A key in a path: a map key, or a sequence index. */
export type PathKey = string | number;

/** Offsets in UTF-16 code units into the file text exactly as read (a BOM, if any, is at 0). */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  /** 1-based line of `span.start`. */
  line: number;
  /** 1-based column of `span.start`, in UTF-16 code units; a BOM does not count. */
  column: number;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

/** How YAML 1.2 (core schema) resolves the scalar: `1.10` plain is a float, `"1.10"` a string. */
export type ScalarType = 'str' | 'int' | 'float' | 'bool' | 'null';

export interface ScalarNode extends Position {
  kind: 'scalar';
  /** The loaded value as text (`1.10` plain gives '1.10'; an empty `key:` gives ''). */
  value: string;
  type: ScalarType;
  style: ScalarStyle;
  /**
   * The scalar's source, quotes included, comment excluded. An empty value (`key:` or `- `)
   * has a zero-length span right after the indicator.
   */
  span: Span;
  /**
   * The comment that directly follows the scalar on its last line (only blanks in between), without
   * `#` and trimmed (Flux markers). For a block scalar, the comment on its header line.
   */
  comment?: string;
  anchor?: string;
  /** An explicit tag, resolved (`!!str` gives `tag:yaml.org,2002:str`). */
  tag?: string;
  /** Block scalars (`literal`, `folded`) only: what it takes to rewrite the content in place. */
  block?: BlockScalarLayout;
}

export interface BlockScalarLayout {
  /** The header line as written, from the indicator to the line break: `|-`, `>  # note`. */
  header: string;
  /**
   * 0-based column of the content lines (the first non-empty one decides); for a scalar without
   * content, two more than the indentation of the collection holding it.
   */
  indent: number;
  /** The line break that ends the header line. */
  lineBreak: '\n' | '\r\n';
}

export interface MapEntry {
  key: string;
  keySpan: Span;
  /** 1-based line of the key. */
  line: number;
  value: YamlNode;
}

export interface MapNode extends Position {
  kind: 'map';
  flow: boolean;
  entries: MapEntry[];
  /** Block: from the first key to the end of the last value (its comment excluded). Flow: `{`..`}`. */
  span: Span;
  /**
   * 0-based column of the keys (block maps; the column of `{` for flow maps); used to insert keys
   * in the file's own style.
   */
  indent: number;
  anchor?: string;
}

export interface SeqNode extends Position {
  kind: 'seq';
  flow: boolean;
  items: YamlNode[];
  /** Block: from the first `-` to the end of the last item (its comment excluded). Flow: `[`..`]`. */
  span: Span;
  /** 0-based column of the `-` indicators (block sequences; the column of `[` for flow ones). */
  indent: number;
  anchor?: string;
}

/** `*name`: edits never go through an alias; the anchored node is edited once, where it stands. */
export interface AliasNode extends Position {
  kind: 'alias';
  name: string;
  span: Span;
}

export type YamlNode = ScalarNode | MapNode | SeqNode | AliasNode;

export interface YamlDocument {
  /** 0-based index of the document in the file. */
  index: number;
  /** null for an empty document. */
  root: YamlNode | null;
  /**
   * The documents partition the text (a BOM aside): the first starts at the beginning, the others
   * at their `---` line, or after the `...` line that ended the previous one; each ends where the
   * next starts, or at the end of the text.
   */
  span: Span;
}

export interface YamlFile {
  /** Path relative to the workspace, as reported to the user. */
  name: string;
  text: string;
  /** The line break of the first line (`\n` for a one-line file), used for inserted lines. */
  eol: '\n' | '\r\n';
  /** At least one: an empty or comment-only file has one empty document. */
  documents: YamlDocument[];
}

/** A replacement of `span` in the file text by `text`; a zero-length span inserts. */
export interface TextEdit {
  span: Span;
  text: string;
}
