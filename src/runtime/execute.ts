import type { ActionDefinition, ActionResult, RunContext } from './action.js';
import { inputNames, type ActionSchema } from './action-schema.js';
import { parseInputs, type RawInputSource } from './inputs.js';

/**
 * The one code path shared by the runner and the CLI: read inputs from the schema, mask secrets
 * before anything can print them, run, and check the outputs against the schema.
 */
export async function executeAction(
  action: ActionDefinition,
  source: RawInputSource,
  context: RunContext,
): Promise<ActionResult> {
  maskSecretInputs(action.schema, source, context);
  const inputs = parseInputs(action.schema, source);
  const result = await action.run(inputs, context);
  const declared = Object.keys(action.schema.properties.outputs.properties);
  const missing = declared.filter((name) => !(name in result.outputs));
  const extra = Object.keys(result.outputs).filter((name) => !declared.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${action.name} outputs do not match its schema (missing: ${missing.join(', ') || 'none'}, undeclared: ${extra.join(', ') || 'none'})`,
    );
  }
  return result;
}

function maskSecretInputs(schema: ActionSchema, source: RawInputSource, context: RunContext): void {
  for (const name of inputNames(schema)) {
    const input = schema.properties.inputs.properties[name];
    if (!input?.['x-secret']) continue;
    const value = source(name);
    if (value) context.log.setSecret(value);
  }
}
