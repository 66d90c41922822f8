import type { ActionEntry } from '../actions/index.js';
import type { ActionResult, RunContext } from './action.js';
import { inputNames, type ActionSchema } from './action-schema.js';
import { parseInputs, type RawInputSource } from './inputs.js';

/**
 * The one code path shared by the runner and the CLI: mask secrets before anything can print
 * them, read inputs from the schema, load and run the action, and check its outputs against
 * the schema.
 */
export async function executeAction(
  name: string,
  entry: ActionEntry,
  source: RawInputSource,
  context: RunContext,
): Promise<ActionResult> {
  maskSecretInputs(entry.schema, source, context);
  const inputs = await parseInputs(entry.schema, source, entry.validate);
  const action = await entry.load();
  const result = await action.run(inputs, context);
  const declared = Object.keys(entry.schema.properties.outputs.properties);
  const missing = declared.filter((output) => !(output in result.outputs));
  const extra = Object.keys(result.outputs).filter((output) => !declared.includes(output));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${name} outputs do not match its schema (missing: ${missing.join(', ') || 'none'}, undeclared: ${extra.join(', ') || 'none'})`,
    );
  }
  return result;
}

function maskSecretInputs(schema: ActionSchema, source: RawInputSource, context: RunContext): void {
  for (const input of inputNames(schema)) {
    if (!schema.properties.inputs.properties[input]?.['x-secret']) continue;
    const value = source(input);
    if (value) context.log.setSecret(value);
  }
}
