import type { SchemaObject } from './openapi-types.js';

/** Keywords whose values are data, not schemas: never rewrite inside them. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'enum', 'default', 'const']);
const COMPOSITION_KEYWORDS = ['$ref', 'allOf', 'anyOf', 'oneOf'];

/**
 * Copies an OpenAPI 3.0 schema into plain JSON Schema that ajv understands:
 * `nullable: true` becomes an explicit null alternative (ajv's own `nullable`
 * support throws when `type` is absent, which GitHub's spec does 128 times), and
 * local `#/components/...` references are re-anchored on `refBase` so a schema
 * lifted out of an operation still resolves against the registered components.
 */
export function toJsonSchema(node: unknown, refBase = ''): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, refBase));
  if (typeof node !== 'object' || node === null) return node;

  const source = node as SchemaObject;
  const copy: SchemaObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' && typeof value === 'boolean') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) copy[key] = refBase + value;
    else copy[key] = DATA_KEYWORDS.has(key) ? value : toJsonSchema(value, refBase);
  }
  return source['nullable'] === true ? allowNull(copy) : copy;
}

function allowNull(schema: SchemaObject): SchemaObject {
  const type = schema['type'];
  const composed = COMPOSITION_KEYWORDS.some((keyword) => keyword in schema);
  if (typeof type !== 'string' || composed) return { anyOf: [{ type: 'null' }, schema] };

  const withNull: SchemaObject = { ...schema, type: [type, 'null'] };
  const allowed = schema['enum'];
  if (Array.isArray(allowed) && !allowed.includes(null)) withNull['enum'] = [...allowed, null];
  return withNull;
}
