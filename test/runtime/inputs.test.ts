import { describe, expect, it } from 'vitest';
import type { ActionSchema } from '../../src/runtime/action-schema.js';
import { envInputSource, inputEnvName, parseInputs } from '../../src/runtime/inputs.js';
import { InputError } from '../../src/runtime/user-error.js';

const schema: ActionSchema = {
  title: 'demo',
  description: 'demo action',
  properties: {
    inputs: {
      type: 'object',
      additionalProperties: false,
      required: ['files'],
      dependencies: { path: ['value'] },
      properties: {
        files: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Files to edit.' },
        'dry-run': { type: 'boolean', default: false, description: 'Only report.' },
        retries: { type: 'integer', minimum: 1, default: 3, description: 'Attempts.' },
        missing: { type: 'string', enum: ['error', 'ignore'], default: 'error', description: 'Missing.' },
        path: { type: 'string', description: 'Path.' },
        value: { type: 'string', description: 'Value.' },
      },
    },
    outputs: { type: 'object', properties: {} },
  },
};

const from = (values: Record<string, string>) => (name: string) => values[name];

describe('parseInputs', () => {
  it('converts by declared type and applies defaults', async () => {
    const inputs = await parseInputs(schema, from({ files: 'a.yaml\n\n  b/*.yaml \r\n', 'dry-run': 'True' }));
    expect(inputs).toEqual({ files: ['a.yaml', 'b/*.yaml'], 'dry-run': true, retries: 3, missing: 'error' });
  });

  it('treats empty strings as not given, as the runner passes unset inputs', async () => {
    expect(await parseInputs(schema, from({ files: 'a', path: '  ' }))).not.toHaveProperty('path');
  });

  it.each([
    [{ files: 'a', 'dry-run': 'yes' }, "'dry-run' must be true or false, got 'yes'"],
    [{ files: 'a', retries: 'two' }, "'retries' must be a whole number, got 'two'"],
    [{ files: 'a', retries: '0' }, "'retries' must be >= 1"],
    [{ files: 'a', missing: 'create' }, "'missing' must be one of error, ignore (got 'create')"],
    [{}, "'files' is required: Files to edit."],
    [{ files: 'a', path: 'x' }, "'value' is required when 'path' is set"],
  ])('names the bad input and the reason: %j', async (values, message) => {
    await expect(parseInputs(schema, from(values))).rejects.toThrow(InputError);
    await expect(parseInputs(schema, from(values))).rejects.toThrow(message);
  });

  it('reports every bad input at once', async () => {
    await expect(parseInputs(schema, from({ files: 'a', 'dry-run': 'maybe', retries: 'x' }))).rejects.toThrow(
      /Invalid inputs:\n {2}- 'dry-run'.*\n {2}- 'retries'/,
    );
  });

  it('reads INPUT_* variables the way the runner names them', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('commit message')).toBe('INPUT_COMMIT_MESSAGE');
    expect(envInputSource({ 'INPUT_DRY-RUN': 'false' })('dry-run')).toBe('false');
  });
});
