import { InputError } from '../runtime/user-error.js';
import type { PathKey } from './model.js';

/**
 * One step of a user-written YAML path: a map key, a sequence index, or the sequence item that
 * is a map whose `key` holds `value` (`images[name=api]`, how Kustomize image entries are named).
 */
export type PathSegment = { key: string } | { index: number } | { select: { key: string; value: string } };

const SYNTAX_HINT =
  'write keys separated by dots, list indexes as [0] and list items by a field as [name=api]; ' +
  'quote keys that contain dots or brackets: data."app.yaml", images[name="a.b"].newTag';

/**
 * Parses `a.b[0].c`, `images[name=api].newTag`, `data."key.with.dots"`. Documents are not part of
 * a path: a path applies in every document of a file where it exists.
 */
export function parseYamlPath(text: string): PathSegment[] {
  return new PathParser(text).parse();
}

/** Formats resolved keys back into the syntax `parseYamlPath` reads: `spec.values.image.tag`, `images[0].newTag`. */
export function formatYamlPath(keys: readonly PathKey[]): string {
  return keys
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${formatKey(key, /[.[\]]/)}`,
    )
    .join('');
}

/** Formats parsed segments, selectors included, so that `parseYamlPath` reads them back unchanged. */
export function formatPathSegments(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, i) => {
      if ('index' in segment) return `[${segment.index}]`;
      if ('select' in segment) {
        return `[${formatKey(segment.select.key, /[=\]]/)}=${formatKey(segment.select.value, /\]/)}]`;
      }
      return `${i === 0 ? '' : '.'}${formatKey(segment.key, /[.[\]]/)}`;
    })
    .join('');
}

function formatKey(key: string, special: RegExp): string {
  const plain = key !== '' && !special.test(key) && !/^["'\s]/.test(key) && !/\s$/.test(key);
  return plain ? key : `"${key.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

class PathParser {
  private pos = 0;
  private readonly segments: PathSegment[] = [];

  constructor(private readonly text: string) {}

  parse(): PathSegment[] {
    if (this.text.trim() === '') this.fail(0, 'the path is empty');
    this.pos = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    if (this.peek() === '[') this.bracket();
    else this.key();
    while (this.pos < end) {
      const c = this.peek();
      if (c === '.') {
        this.pos++;
        if (this.peek() === '[' || this.pos >= end) this.fail(this.pos, 'expected a key after "."');
        this.key();
      } else if (c === '[') {
        this.bracket();
      } else {
        this.fail(this.pos, `expected "." or "[" but found "${c}"`);
      }
    }
    return this.segments;
  }

  private key(): void {
    const c = this.peek();
    if (c === '"' || c === "'") {
      this.segments.push({ key: this.quoted() });
      return;
    }
    const start = this.pos;
    while (this.pos < this.text.length && !'.[]'.includes(this.peek())) this.pos++;
    if (this.peek() === ']') this.fail(this.pos, 'unexpected "]" without "["');
    const key = this.text.slice(start, this.pos).trimEnd();
    if (key === '') this.fail(start, 'expected a key');
    this.segments.push({ key });
  }

  private bracket(): void {
    const open = this.pos++;
    const digits = /^\d+(?=\])/.exec(this.text.slice(this.pos));
    if (digits) {
      this.segments.push({ index: Number(digits[0]) });
      this.pos += digits[0].length + 1;
      return;
    }
    const key = this.selectorPart('=', 'a field name');
    if (this.peek() !== '=')
      this.fail(this.pos, `expected a list index [0] or a selector [name=value] after "["`);
    this.pos++;
    const value = this.selectorPart(']', 'a value');
    if (this.peek() !== ']') this.fail(open, 'missing "]"');
    this.pos++;
    this.segments.push({ select: { key, value } });
  }

  private selectorPart(terminator: '=' | ']', what: string): string {
    const c = this.peek();
    if (c === '"' || c === "'") return this.quoted();
    const start = this.pos;
    while (this.pos < this.text.length && this.peek() !== terminator && this.peek() !== ']') this.pos++;
    const part = this.text.slice(start, this.pos).trim();
    if (part === '') this.fail(start, `expected ${what} in the selector`);
    return part;
  }

  private quoted(): string {
    const quote = this.peek();
    const open = this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const c = this.text.charAt(this.pos++);
      if (c === quote) {
        if (quote === "'" && this.peek() === "'") {
          value += "'";
          this.pos++;
          continue;
        }
        return value;
      }
      if (c === '\\' && quote === '"' && this.pos < this.text.length) value += this.text.charAt(this.pos++);
      else value += c;
    }
    return this.fail(open, `unterminated ${quote === '"' ? 'double' : 'single'}-quoted key`);
  }

  private peek(): string {
    return this.text.charAt(this.pos);
  }

  private fail(offset: number, problem: string): never {
    throw new InputError(`Invalid input path '${this.text}': ${problem} at column ${offset + 1}`, {
      hint: SYNTAX_HINT,
    });
  }
}
