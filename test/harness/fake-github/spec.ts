import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  RefObject,
  SchemaObject,
} from './openapi-types.js';
import { isRef } from './openapi-types.js';
import { toJsonSchema } from './schema-normalize.js';

export interface LoadedSpec {
  document: OpenApiDocument;
  /** Component schemas already converted to JSON Schema (see toJsonSchema). */
  jsonSchemas: Record<string, SchemaObject>;
  loadMillis: number;
}

/** Only the dotcom description: the package root would pull in every GHES variant (385 MB). */
const SPEC_MODULE = '@octokit/openapi/generated/api.github.com.json';

let cached: LoadedSpec | undefined;

/** Reads and prepares GitHub's OpenAPI description once per process. */
export function loadGitHubSpec(): LoadedSpec {
  if (cached) return cached;
  const started = performance.now();
  const file = createRequire(import.meta.url).resolve(SPEC_MODULE);
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  const jsonSchemas = toJsonSchema(document.components.schemas) as Record<string, SchemaObject>;
  cached = { document, jsonSchemas, loadMillis: performance.now() - started };
  return cached;
}

/** Follows `#/components/...` references between spec objects (parameters, responses). */
export function resolveSpecObject<T extends object>(value: T | RefObject): T {
  if (!isRef(value)) return value;
  let node: unknown = loadGitHubSpec().document;
  for (const token of value.$ref.replace(/^#\//, '').split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  if (node === undefined) throw new Error(`Unresolvable reference ${value.$ref} in GitHub's OpenAPI spec`);
  return resolveSpecObject(node as T | RefObject);
}

export function operationParameters(definition: OperationObject): ParameterObject[] {
  return (definition.parameters ?? []).map((parameter) => resolveSpecObject(parameter));
}
