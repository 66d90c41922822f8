/**
 * The shape of `action-schemas/<name>.schema.json`: a draft-07 JSON Schema whose `inputs` and
 * `outputs` properties describe the action. It is the one source of truth for input parsing,
 * `action.yml`, CLI `--help` and the README tables.
 */
export interface ActionSchema {
  title: string;
  description: string;
  properties: {
    inputs: ObjectSchema<InputSchema>;
    outputs: ObjectSchema<OutputSchema>;
  };
}

export interface ObjectSchema<P> {
  type: 'object';
  properties: Record<string, P>;
  required?: string[];
  additionalProperties?: boolean;
  dependencies?: Record<string, string[]>;
}

export type InputType = 'string' | 'boolean' | 'integer' | 'array';

export interface InputSchema {
  type: InputType;
  description: string;
  default?: string | boolean | number | string[];
  enum?: string[];
  /** A secret (token, password): masked in logs before anything else happens. */
  'x-secret'?: boolean;
  /**
   * The default `action.yml` declares when it differs from the schema's, such as
   * `${{ github.token }}`, which only the runner can expand; the CLI falls back to `x-env`.
   */
  'x-action-default'?: string;
  /** What a valid value looks like, for the error when `pattern` rejects one. */
  'x-expected'?: string;
  /** Environment variable the CLI reads when the input is not given (e.g. GITHUB_TOKEN). */
  'x-env'?: string;
  [keyword: string]: unknown;
}

export interface OutputSchema {
  type: 'string';
  description: string;
}

/** The default as `action.yml` writes it: lists one item a line, booleans as true/false. */
export function actionYamlDefault(input: InputSchema): string | undefined {
  if (input['x-action-default'] !== undefined) return input['x-action-default'];
  if (input.default === undefined) return undefined;
  return Array.isArray(input.default) ? input.default.join('\n') : String(input.default);
}

export function inputNames(schema: ActionSchema): string[] {
  return Object.keys(schema.properties.inputs.properties);
}

export function isRequired(schema: ActionSchema, name: string): boolean {
  return schema.properties.inputs.required?.includes(name) ?? false;
}
