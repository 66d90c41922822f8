import type { ScalarNode, ScalarType } from './model.js';

/**
 * How a plain scalar loads under the YAML 1.2 core schema, the `yaml` package's default: the same
 * tests, in the same order. Only a few first characters can start a non-string, so most scalars
 * are decided without a regular expression.
 */
export function plainScalarType(text: string): ScalarType {
  if (text === '') return 'null';
  switch (text.charCodeAt(0)) {
    case 0x7e: // ~
      return text.length === 1 ? 'null' : 'str';
    case 0x6e: // n
    case 0x4e: // N
      return text === 'null' || text === 'Null' || text === 'NULL' ? 'null' : 'str';
    case 0x74: // t
    case 0x54: // T
    case 0x66: // f
    case 0x46: // F
      return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text) ? 'bool' : 'str';
    case 0x2b: // +
    case 0x2d: // -
    case 0x2e: // .
    case 0x30:
    case 0x31:
    case 0x32:
    case 0x33:
    case 0x34:
    case 0x35:
    case 0x36:
    case 0x37:
    case 0x38:
    case 0x39:
      if (isDecimalInteger(text)) return 'int';
      if (/^(?:0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text)) return 'int';
      if (
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)
      ) {
        return 'float';
      }
      return 'str';
    default:
      return 'str';
  }
}

/** `[-+]?[0-9]+` without a regular expression: ports, replicas and sizes are everywhere. */
function isDecimalInteger(text: string): boolean {
  const first = text.charCodeAt(0);
  let i = first === 0x2b || first === 0x2d ? 1 : 0;
  if (i === text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The source text that replaces `node.span` so the scalar loads as `value`, in the node's own
 * style whenever that style can hold the value:
 *
 * - plain stays plain when the text, written plain, loads back as the same string and cannot be
 *   misread (see `isSafePlainString`); otherwise it becomes double-quoted. A plain scalar that
 *   was not a string (`replicas: 3`, `enabled: true`) stays plain when the new text loads as the
 *   same type without losing anything, so numbers stay numbers: `4`, `1.5`, `false` stay plain,
 *   but `1.10` (which would load as 1.1) or `1e3` are written as strings, like any other value.
 * - single and double quotes are kept, escaped as needed; a single-quoted scalar that would need
 *   an escape (a line break, a control character) becomes double-quoted.
 * - block scalars keep their header (comment included) and indentation; only the chomping
 *   indicator follows the value's final line break. A folded scalar whose value has line breaks
 *   becomes literal; values a block scalar cannot hold exactly become double-quoted.
 * - an empty value (`key:`) gets a separating space: `key: 1.2.3`.
 */
export function renderScalar(node: ScalarNode, value: string): string {
  const text = renderInStyle(node, value);
  return node.span.start === node.span.end && text !== '' ? ` ${text}` : text;
}

/** A new scalar with no style to keep (created keys): plain if that is safe, else double-quoted. */
export function renderStringScalar(value: string): string {
  return isSafePlainString(value) ? value : doubleQuoted(value);
}

/** A map key for created entries: plain when it reads back as the same string key. */
export function renderKey(key: string): string {
  return renderStringScalar(key);
}

function renderInStyle(node: ScalarNode, value: string): string {
  switch (node.style) {
    case 'plain':
      return keepsTypeLosslessly(node.type, value) ? value : renderStringScalar(value);
    case 'single':
      return needsEscape(value) ? doubleQuoted(value) : `'${value.replace(/'/g, "''")}'`;
    case 'double':
      return doubleQuoted(value);
    case 'literal':
    case 'folded':
      return (node.block && blockScalar(node.block, node.style, value)) ?? doubleQuoted(value);
  }
}

/** The text, written plain, loads as a `type` that prints back as the very same text. */
function keepsTypeLosslessly(type: ScalarType, value: string): boolean {
  if (type === 'str' || plainScalarType(value) !== type || !isPlainSyntax(value)) return false;
  switch (type) {
    case 'int':
    case 'float':
      return String(Number(value)) === value;
    case 'bool':
      return value === 'true' || value === 'false';
    case 'null':
      return true;
  }
}

/** Line breaks and characters YAML only writes as escapes (C0/C1 controls, DEL, BOM, separators). */
function isEscapedOnly(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isEscapedOnly(text.charCodeAt(i))) return true;
  return false;
}

const YAML_1_1_NON_STRINGS = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL)$/,
  /^[-+]?(?:0b[0-1_]+|0[0-7_]+|[0-9][0-9_]*|0x[0-9a-fA-F_]+)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
  /^(?:<<|=)$/,
];

/**
 * A string may be written plain when it loads back as that string under the YAML 1.2 core schema
 * and also under YAML 1.1: Helm and Kubernetes read values with go-yaml, where `on`, `1_000`,
 * `0755` or `1:30` are not strings. Flow indicators are refused too, so the text is also safe
 * inside `[...]` and `{...}`.
 */
export function isSafePlainString(value: string): boolean {
  return (
    isPlainSyntax(value) &&
    plainScalarType(value) === 'str' &&
    !YAML_1_1_NON_STRINGS.some((pattern) => pattern.test(value))
  );
}

/** The text can stand as a plain scalar: no indicator up front, no `: ` or ` #`, no flow indicators. */
function isPlainSyntax(value: string): boolean {
  if (value === '' || needsEscape(value) || /^[\s]|[\s]$/.test(value)) return false;
  if (/^[,[\]{}#&*!|>'"%@`]/.test(value) || /^[-?:](?:\s|$)/.test(value)) return false;
  return !/[,[\]{}]|:\s|:$|\s#/.test(value);
}

function doubleQuoted(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (isEscapedOnly(code)) out += code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    else out += char;
  }
  return `${out}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}

/**
 * Rewrites a block scalar's content under its own header, or returns undefined when the value
 * needs what a block scalar cannot give without an indentation indicator or a keep chomp.
 */
function blockScalar(
  block: NonNullable<ScalarNode['block']>,
  style: 'literal' | 'folded',
  value: string,
): string | undefined {
  const header = /^([|>])([-+0-9]*)(.*)$/.exec(block.header);
  if (!header || /[0-9]/.test(header[2] ?? '') || block.indent < 1) return undefined;
  const clip = value.endsWith('\n');
  const body = clip ? value.slice(0, -1) : value;
  if (body.endsWith('\n') || (clip && body === '')) return undefined;
  const lines = body.split('\n');
  const first = lines.find((line) => line !== '') ?? '';
  if (/^[ \t]/.test(first) || lines.some((line) => needsEscape(line) || /^[ \t]+$/.test(line))) {
    return undefined;
  }
  const indicator = style === 'folded' && lines.length > 1 ? '|' : header[1];
  const pad = ' '.repeat(block.indent);
  const content = body === '' ? [] : lines.map((line) => (line === '' ? '' : pad + line));
  return [`${indicator}${clip ? '' : '-'}${header[3]}`, ...content].join(block.lineBreak);
}
