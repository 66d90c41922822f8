import type { OperationObject } from './openapi-types.js';
import { loadGitHubSpec, operationParameters } from './spec.js';

export interface Operation {
  method: string;
  /** Path template as the spec writes it, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  operationId: string;
  definition: OperationObject;
  segments: readonly string[];
}

export interface OperationMatch {
  operation: Operation;
  pathParams: Record<string, string>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

let byMethod: Map<string, Operation[]> | undefined;
const relaxedPatterns = new WeakMap<Operation, RegExp>();

/** Finds the spec operation for a request path, preferring literal segments over parameters. */
export function findOperation(method: string, path: string): OperationMatch | undefined {
  const candidates = operationsFor(method.toLowerCase());
  const segments = path.split('/');
  for (const operation of candidates) {
    const pathParams = matchSegments(operation, segments);
    if (pathParams) return { operation, pathParams };
  }
  // Clients may send unescaped slashes inside values the spec marks multi-segment, such as `{ref}`.
  for (const operation of candidates) {
    const pathParams = matchRelaxed(operation, path);
    if (pathParams) return { operation, pathParams };
  }
  return undefined;
}

function operationsFor(method: string): Operation[] {
  byMethod ??= indexOperations();
  return byMethod.get(method) ?? [];
}

function indexOperations(): Map<string, Operation[]> {
  const index = new Map<string, Operation[]>();
  for (const [template, item] of Object.entries(loadGitHubSpec().document.paths)) {
    for (const [method, definition] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method) || !definition) continue;
      const operation = { method, template, operationId: definition.operationId, definition };
      const list = index.get(method) ?? [];
      list.push({ ...operation, segments: template.split('/') });
      index.set(method, list);
    }
  }
  for (const list of index.values()) list.sort(bySpecificity);
  return index;
}

function isParameter(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/** `/pulls/comments` must win over `/pulls/{pull_number}`: literals sort first, segment by segment. */
function bySpecificity(a: Operation, b: Operation): number {
  const length = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const literalA = !isParameter(a.segments[i] ?? '');
    const literalB = !isParameter(b.segments[i] ?? '');
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return b.segments.length - a.segments.length;
}

function matchSegments(operation: Operation, segments: string[]): Record<string, string> | undefined {
  if (operation.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const expected = operation.segments[i] ?? '';
    const actual = segments[i] ?? '';
    if (isParameter(expected)) {
      const value = safeDecode(actual);
      if (!value) return undefined;
      params[expected.slice(1, -1)] = value;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

function matchRelaxed(operation: Operation, path: string): Record<string, string> | undefined {
  let pattern = relaxedPatterns.get(operation);
  if (!pattern) {
    const multiSegment = new Set(
      operationParameters(operation.definition)
        .filter((parameter) => parameter['x-multi-segment'] === true)
        .map((parameter) => parameter.name),
    );
    const source = operation.segments
      .map((segment) => {
        if (!isParameter(segment)) return escapeRegExp(segment);
        return multiSegment.has(segment.slice(1, -1)) ? '(.+?)' : '([^/]+)';
      })
      .join('/');
    pattern = new RegExp(`^${source}$`);
    relaxedPatterns.set(operation, pattern);
  }
  const found = pattern.exec(path);
  if (!found) return undefined;
  const names = operation.segments.filter(isParameter).map((segment) => segment.slice(1, -1));
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    const value = safeDecode(found[i + 1] ?? '');
    if (!value) return undefined;
    params[name] = value;
  }
  return params;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
