// Test-only stand-in for src/values/load-yaml.ts until it lands: builds the YamlFile model from
// `yaml`'s parse so the finders can be tested on real YAML text.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlLibNode, Scalar } from 'yaml';
import type { ScalarNode, ScalarStyle, ScalarType, YamlFile, YamlNode } from '../../../src/values/model.js';

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

export function loadYaml(name: string, text: string): YamlFile {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines });
  if (!Array.isArray(documents)) throw new Error('empty stream');
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };

  const scalar = (node: Scalar): ScalarNode => {
    const [start, end] = node.range ?? [0, 0];
    const style = STYLES[node.type ?? 'PLAIN'] ?? 'plain';
    const result: ScalarNode = {
      kind: 'scalar',
      value: typeof node.value === 'string' ? node.value : (node.source ?? String(node.value)),
      type: scalarType(node.value, node.source ?? ''),
      style,
      span: { start, end },
      ...position(start),
    };
    if (node.comment) result.comment = node.comment.replace(/^ /, '');
    if (node.anchor !== undefined) result.anchor = node.anchor;
    return result;
  };

  const convert = (node: YamlLibNode | null | undefined, fallbackOffset: number): YamlNode => {
    if (node === null || node === undefined) {
      return {
        kind: 'scalar',
        value: '',
        type: 'null',
        style: 'plain',
        span: { start: fallbackOffset, end: fallbackOffset },
        ...position(fallbackOffset),
      };
    }
    const [start, end] = node.range ?? [0, 0];
    if (isScalar(node)) return scalar(node);
    if (isAlias(node)) return { kind: 'alias', name: node.source, span: { start, end }, ...position(start) };
    if (isMap(node)) {
      return {
        kind: 'map',
        flow: node.flow ?? false,
        span: { start, end },
        indent: position(start).column - 1,
        ...position(start),
        entries: node.items.map((pair) => {
          const key = pair.key as Scalar;
          const [keyStart, keyEnd] = key.range ?? [0, 0];
          return {
            key: String(key.value),
            keySpan: { start: keyStart, end: keyEnd },
            line: position(keyStart).line,
            value: convert(pair.value as YamlLibNode | null, keyEnd + 1),
          };
        }),
      };
    }
    if (isSeq(node)) {
      return {
        kind: 'seq',
        flow: node.flow ?? false,
        span: { start, end },
        indent: position(start).column - 1,
        ...position(start),
        items: node.items.map((item) => convert(item as YamlLibNode, end)),
      };
    }
    throw new Error('unexpected node');
  };

  return {
    name,
    text,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    documents: documents.map((document, index) => {
      const [start, , end] = document.range;
      const root = document.contents as YamlLibNode | null;
      return { index, root: root === null ? null : convert(root, start), span: { start, end } };
    }),
  };
}

function scalarType(value: unknown, source: string): ScalarType {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number')
    return /^[-+]?(?:0x[0-9a-f]+|0o[0-7]+|[0-9]+)$/i.test(source) ? 'int' : 'float';
  return 'str';
}
