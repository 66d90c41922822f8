import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import type { ActionSchema, InputSchema } from './action-schema.js';
import { InputError } from './user-error.js';

/** Where raw input strings come from: the runner's INPUT_* variables, or CLI flags over them. */
export type RawInputSource = (name: string) => string | undefined;

/** The runner's convention, the same as @actions/core getInput: spaces become `_`, upper case. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function envInputSource(env: NodeJS.ProcessEnv): RawInputSource {
  return (name) => env[inputEnvName(name)];
}

/**
 * Reads every input declared by the schema, converts it to its declared type, applies defaults
 * and validates the whole object, reporting every bad input by name in one error.
 */
export async function parseInputs<T>(
  schema: ActionSchema,
  source: RawInputSource,
  precompiled?: ValidateFunction,
): Promise<T> {
  const declared = schema.properties.inputs.properties;
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(declared)) {
    const raw = source(name);
    if (raw === undefined || raw.trim() === '') continue;
    const converted = convert(name, input, raw);
    if (converted.problem) problems.push(converted.problem);
    else values[name] = converted.value;
  }
  if (problems.length === 0) {
    const validate = precompiled ?? (await compile(schema));
    if (!validate(values)) problems.push(...(validate.errors ?? []).map((e) => describe(e, declared)));
  }
  if (problems.length > 0) {
    throw new InputError(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return values as T;
}

function convert(name: string, input: InputSchema, raw: string): { value?: unknown; problem?: string } {
  switch (input.type) {
    case 'array':
      return {
        value: raw
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      };
    case 'boolean': {
      // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
      const value = raw.trim();
      if (['true', 'True', 'TRUE'].includes(value)) return { value: true };
      if (['false', 'False', 'FALSE'].includes(value)) return { value: false };
      return { problem: `'${name}' must be true or false, got '${value}'` };
    }
    case 'integer': {
      const value = raw.trim();
      if (!/^-?\d+$/.test(value)) return { problem: `'${name}' must be a whole number, got '${value}'` };
      return { value: Number(value) };
    }
    default:
      return { value: raw };
  }
}

/**
 * Options for validating inputs; the build compiles each action's validator ahead of time with
 * the same options (scripts/build.mjs), so bundles skip loading ajv and compiling at start-up.
 */
export const INPUT_VALIDATION_OPTIONS: Options = {
  allErrors: true,
  useDefaults: true,
  strict: false,
  verbose: true,
};

const compiled = new WeakMap<ActionSchema, ValidateFunction>();

async function compile(schema: ActionSchema): Promise<ValidateFunction> {
  let validate = compiled.get(schema);
  if (!validate) {
    // ajv is CommonJS: Node's loader names its `Ajv` export, the bundler's interop only gives
    // `default` (module.exports, which carries `Ajv` too).
    const ajv = (await import('ajv')) as unknown as { Ajv?: typeof Ajv; default: { Ajv: typeof Ajv } };
    const AjvClass = ajv.Ajv ?? ajv.default.Ajv;
    validate = new AjvClass(INPUT_VALIDATION_OPTIONS).compile(schema.properties.inputs);
    compiled.set(schema, validate);
  }
  return validate;
}

function describe(error: ErrorObject, declared: Record<string, InputSchema>): string {
  const name = error.instancePath.split('/')[1] ?? '';
  const input = declared[name];
  switch (error.keyword) {
    case 'required':
      return `'${String(error.params.missingProperty)}' is required: ${declared[error.params.missingProperty as string]?.description ?? ''}`.trim();
    case 'dependencies':
      return `'${String(error.params.missingProperty)}' is required when '${String(error.params.property)}' is set`;
    case 'enum':
      return `'${name}' must be one of ${(input?.enum ?? []).join(', ')} (got '${String(error.data)}')`;
    case 'pattern':
      return `'${name}' must be ${input?.['x-expected'] ?? `of the form ${String(error.params.pattern)}`} (got '${String(error.data)}')`;
    default:
      return `'${name}' ${error.message ?? 'is invalid'}`;
  }
}
