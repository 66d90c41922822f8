import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Operation } from './operations.js';
import type { MediaTypeObject, ParameterObject, SchemaObject } from './openapi-types.js';
import { loadGitHubSpec, operationParameters, resolveSpecObject } from './spec.js';
import { toJsonSchema } from './schema-normalize.js';

/** The `$id` under which the spec's component schemas are registered with ajv. */
const COMPONENTS_ID = 'https://fake-github.test/api.github.com.json';

/**
 * GitHub sends these on nearly every endpoint but leaves them out of many
 * operations' declared responses, or declares them without a body; the fake's
 * own error bodies are still checked against GitHub's error schemas.
 */
const UNDECLARED_ERROR_SCHEMAS: Record<number, string> = {
  403: 'basic-error',
  404: 'basic-error',
  409: 'basic-error',
  422: 'validation-error',
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

let sharedAjv: Ajv | undefined;
const requestValidators = new Map<string, RequestValidators>();
const responseValidators = new Map<string, ValidateFunction | 'no-body' | 'non-json' | undefined>();

interface RequestValidators {
  parameters: ParameterObject[];
  validateParameters: ValidateFunction;
  validateBody?: ValidateFunction;
  bodyRequired: boolean;
}

export interface RequestInput {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, `undefined` when the request had none. */
  body: unknown;
}

export interface RequestCheck {
  problems: string[];
  /** Query parameters converted to the types the spec declares. */
  query: Record<string, unknown>;
}

export function validateRequest(operation: Operation, input: RequestInput): RequestCheck {
  const validators = requestValidatorsFor(operation);
  const problems: string[] = [];
  const path = coerceParameters(validators.parameters, 'path', (name) => {
    const value = input.pathParams[name];
    return value === undefined ? [] : [value];
  });
  const query = coerceParameters(validators.parameters, 'query', (name) => input.query.getAll(name));
  const declaredQuery = new Set(validators.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  // Stricter than GitHub, which ignores them: an unknown query parameter is
  // almost always a misspelt filter that silently matches everything.
  for (const name of new Set(input.query.keys())) {
    if (!declaredQuery.has(name))
      problems.push(`query parameter "${name}" is not defined by ${operation.operationId}`);
  }
  if (!validators.validateParameters({ path, query }))
    problems.push(...formatErrors(validators.validateParameters.errors));

  if (input.body === undefined) {
    if (validators.bodyRequired) problems.push(`${operation.operationId} requires a JSON request body`);
  } else if (!validators.validateBody) {
    problems.push(`${operation.operationId} takes no request body`);
  } else if (!validators.validateBody(input.body)) {
    problems.push(...formatErrors(validators.validateBody.errors, '/body'));
  }
  return { problems, query };
}

/** Checks a JSON response body (`undefined` for none) against the schema declared for `status`. */
export function validateResponse(operation: Operation, status: number, body: unknown): string[] {
  const validator = responseValidatorFor(operation, status);
  if (validator === undefined)
    return [`status ${status} is not a declared response of ${operation.operationId}`];
  if (validator === 'non-json') return [`the ${status} response of ${operation.operationId} is not JSON`];
  if (validator === 'no-body') {
    return body === undefined ? [] : [`the ${status} response of ${operation.operationId} has no body`];
  }
  if (body === undefined) return [`the ${status} response of ${operation.operationId} needs a JSON body`];
  return validator(body) ? [] : formatErrors(validator.errors, '/response');
}

function ajv(): Ajv {
  if (sharedAjv) return sharedAjv;
  sharedAjv = new Ajv({
    strict: false,
    allErrors: true,
    // The spec is GitHub's own; checking it against the meta-schema only costs time.
    validateSchema: false,
    formats: {
      'date-time': ISO_DATE_TIME,
      date: /^\d{4}-\d{2}-\d{2}$/,
      uri: (value: string) => URL.canParse(value),
      email: /^[^\s@]+@[^\s@]+$/,
      'uri-template': true,
      int32: true,
      int64: true,
      double: true,
      binary: true,
      'repo.nwo': true,
    },
  });
  sharedAjv.addSchema({ $id: COMPONENTS_ID, components: { schemas: loadGitHubSpec().jsonSchemas } });
  return sharedAjv;
}

function compile(schema: SchemaObject): ValidateFunction {
  return ajv().compile(toJsonSchema(schema, COMPONENTS_ID) as SchemaObject);
}

function requestValidatorsFor(operation: Operation): RequestValidators {
  const cached = requestValidators.get(operation.operationId);
  if (cached) return cached;
  const parameters = operationParameters(operation.definition);
  const group = (location: 'path' | 'query'): SchemaObject => {
    const declared = parameters.filter((parameter) => parameter.in === location);
    return {
      type: 'object',
      properties: Object.fromEntries(declared.map((parameter) => [parameter.name, parameter.schema ?? {}])),
      required: declared.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    };
  };
  const requestBody = operation.definition.requestBody
    ? resolveSpecObject(operation.definition.requestBody)
    : undefined;
  const bodySchema = requestBody?.content?.['application/json']?.schema;
  const validators: RequestValidators = {
    parameters,
    validateParameters: compile({
      type: 'object',
      properties: { path: group('path'), query: group('query') },
    }),
    ...(bodySchema ? { validateBody: compile(bodySchema) } : {}),
    bodyRequired: requestBody?.required === true,
  };
  requestValidators.set(operation.operationId, validators);
  return validators;
}

function responseValidatorFor(
  operation: Operation,
  status: number,
): ValidateFunction | 'no-body' | 'non-json' | undefined {
  const key = `${operation.operationId} ${status}`;
  if (responseValidators.has(key)) return responseValidators.get(key);
  const responses = operation.definition.responses;
  const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'];
  const errorSchema = UNDECLARED_ERROR_SCHEMAS[status];
  let validator: ValidateFunction | 'no-body' | 'non-json' | undefined;
  if (declared) validator = validatorForContent(resolveSpecObject(declared).content);
  // Some error responses are declared with a description only, yet GitHub still sends its error body.
  if (errorSchema && (validator === undefined || validator === 'no-body')) {
    validator = compile({ $ref: `#/components/schemas/${errorSchema}` });
  }
  responseValidators.set(key, validator);
  return validator;
}

function validatorForContent(
  content: Record<string, MediaTypeObject> | undefined,
): ValidateFunction | 'no-body' | 'non-json' {
  if (!content || Object.keys(content).length === 0) return 'no-body';
  const schema = content['application/json']?.schema;
  return schema ? compile(schema) : 'non-json';
}

/** Query and path values arrive as strings; convert them the way GitHub reads them. */
function coerceParameters(
  parameters: ParameterObject[],
  location: 'path' | 'query',
  valuesOf: (name: string) => string[],
): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const parameter of parameters) {
    if (parameter.in !== location) continue;
    const values = valuesOf(parameter.name);
    if (values.length === 0) continue;
    coerced[parameter.name] = coerceValues(parameter.schema?.['type'], values);
  }
  return coerced;
}

function coerceValues(type: unknown, values: string[]): unknown {
  if (type === 'array') return values.flatMap((value) => value.split(','));
  const value = values.at(-1) ?? '';
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function formatErrors(errors: ErrorObject[] | null | undefined, root = ''): string[] {
  return (errors ?? []).map((error) => {
    const where = `${root}${error.instancePath}` || '/';
    const params = error.params as Record<string, unknown>;
    const detail =
      params['allowedValues'] !== undefined
        ? ` (${JSON.stringify(params['allowedValues'])})`
        : params['additionalProperty'] !== undefined
          ? ` (${String(params['additionalProperty'])})`
          : '';
    return `${where} ${error.message ?? 'is invalid'}${detail}`;
  });
}
