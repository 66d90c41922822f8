import { actionYamlDefault, isRequired, type ActionSchema } from '../runtime/action-schema.js';

export function generalHelp(names: readonly string[], describe: (name: string) => string): string {
  return [
    'Usage: gitops-actions <action> [--<input-name> <value>]... [--json] [--verbose]',
    '',
    'Runs a gitops-actions action outside GitHub Actions with the same code path.',
    'Inputs are flags of the same kebab-case names; INPUT_<NAME> environment variables also work.',
    '',
    'Actions:',
    ...names.map((name) => `  ${name.padEnd(14)}${describe(name)}`),
    '',
    'Run `gitops-actions <action> --help` for its inputs and outputs.',
    'Exit status: 0 success, 1 the action failed, 2 usage error.',
    '',
  ].join('\n');
}

export function actionHelp(name: string, schema: ActionSchema): string {
  const inputs = Object.entries(schema.properties.inputs.properties).map(([input, spec]) => {
    const notes = [
      isRequired(schema, input) ? 'required' : undefined,
      spec.enum ? `one of ${spec.enum.join('|')}` : undefined,
      spec.type === 'array' ? 'list: repeat the flag or separate lines' : undefined,
      actionYamlDefault(spec) !== undefined && spec['x-action-default'] === undefined
        ? `default ${JSON.stringify(actionYamlDefault(spec))}`
        : undefined,
      spec['x-env'] ? `falls back to $${spec['x-env']}` : undefined,
    ].filter(Boolean);
    return `  --${input}${notes.length ? ` (${notes.join('; ')})` : ''}\n      ${spec.description}`;
  });
  const outputs = Object.entries(schema.properties.outputs.properties).map(
    ([output, spec]) => `  ${output}\n      ${spec.description}`,
  );
  return [
    `Usage: gitops-actions ${name} [--<input-name> <value>]... [--json] [--verbose]`,
    '',
    schema.description,
    '',
    'Inputs:',
    ...inputs,
    '',
    'Outputs (printed as one JSON object with --json):',
    ...outputs,
    '',
  ].join('\n');
}
