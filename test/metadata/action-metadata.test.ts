import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it, type TestContext } from 'vitest';
import { actionYamlDefault, isRequired, type ActionSchema } from '../../src/runtime/action-schema.js';

// The expectations come from the schema and the runtime's own actionYamlDefault(), never from
// scripts/sync-metadata.mjs, so a bug in the generator cannot hide behind its own output.

const root = fileURLToPath(new URL('../../', import.meta.url));
const publishedSchema = resolve(root, '../shared/schemas/github-action.json');

interface ActionMetadata {
  name: string;
  description: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main: string };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const actionSchemaNames = readdirSync(join(root, 'action-schemas'))
  .filter((file) => file.endsWith('.schema.json'))
  .map((file) => file.slice(0, -'.schema.json'.length))
  .filter((name) => (readJson(schemaPath(name)) as Partial<ActionSchema>).properties?.inputs !== undefined)
  .sort();

const actionNames = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

function schemaPath(name: string): string {
  return join(root, 'action-schemas', `${name}.schema.json`);
}

function loadSchema(name: string): ActionSchema {
  return readJson(schemaPath(name)) as ActionSchema;
}

function loadMetadata(name: string): ActionMetadata {
  return parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
}

function skipWithNotice(ctx: TestContext, notice: string): never {
  console.warn(`SKIPPED: ${notice}`);
  return ctx.skip(notice);
}

let validateAction: ReturnType<Ajv['compile']> | undefined;
function actionValidator(ctx: TestContext): ReturnType<Ajv['compile']> {
  if (!existsSync(publishedSchema))
    skipWithNotice(ctx, `${publishedSchema} is absent; action.yml not validated`);
  validateAction ??= new Ajv({ strict: false, allErrors: true }).compile(readJson(publishedSchema) as object);
  return validateAction;
}

/** Whether `short` keeps words of `long` in their order, as a shortened sentence does. */
function isShortenedFrom(short: string, long: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const pool = words(long);
  let next = 0;
  return words(short).every((word) => {
    while (next < pool.length && pool[next] !== word) next++;
    return next++ < pool.length;
  });
}

/** The rows of a generated README table, cells as Markdown source. */
function readmeTable(name: string, kind: 'inputs' | 'outputs'): string[][] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const begin = `<!-- BEGIN GENERATED: ${name} ${kind} -->`;
  const end = `<!-- END GENERATED: ${name} ${kind} -->`;
  const start = readme.indexOf(begin);
  const stop = readme.indexOf(end);
  expect(start, `README.md has ${begin}`).toBeGreaterThanOrEqual(0);
  expect(stop, `README.md has ${end} after it`).toBeGreaterThan(start);
  return readme
    .slice(start + begin.length, stop)
    .trim()
    .split('\n')
    .map((row) => {
      expect(row).toMatch(/^\| .* \|$/);
      return row.slice(2, -2).split(' | ');
    });
}

// CommonMark: a backslash before ASCII punctuation makes it literal; <br> is the cell's newline.
function proseText(cell: string): string {
  expect(cell, 'no raw HTML in a description cell').not.toMatch(/(?<!\\)<(?!br>)/);
  return cell.replace(/<br>/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function codeText(cell: string): string {
  const match = /^(`+)(.*)\1$/.exec(cell);
  expect(match, `${cell} is a code span`).not.toBeNull();
  return (match?.[2] ?? '').replace(/\\\|/g, '|');
}

describe('action metadata', () => {
  it('exists for every action schema and for nothing else', () => {
    expect(actionSchemaNames.length).toBeGreaterThan(0);
    expect(actionNames).toEqual(actionSchemaNames);
  });

  it('is what scripts/sync-metadata.mjs generates (--check reports nothing)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/sync-metadata.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe.each(actionNames)('actions/%s/action.yml', (name) => {
  it('declares exactly the schema inputs, with their descriptions, required flags and defaults', () => {
    const schema = loadSchema(name);
    const expected = Object.fromEntries(
      Object.entries(schema.properties.inputs.properties).map(([input, spec]) => {
        const fallback = actionYamlDefault(spec);
        const declared = { description: spec.description, required: isRequired(schema, input) };
        return [input, fallback === undefined ? declared : { ...declared, default: fallback }];
      }),
    );
    expect(loadMetadata(name).inputs).toStrictEqual(expected);
  });

  it('declares exactly the schema outputs, with their descriptions', () => {
    const expected = Object.fromEntries(
      Object.entries(loadSchema(name).properties.outputs.properties).map(([output, spec]) => [
        output,
        { description: spec.description },
      ]),
    );
    expect(loadMetadata(name).outputs).toStrictEqual(expected);
  });

  it('takes its name from the schema and a description that fits the Marketplace', () => {
    const schema = loadSchema(name);
    const metadata = loadMetadata(name);
    expect(metadata.name).toBe(schema.title);
    expect(metadata.description.length).toBeLessThanOrEqual(125);
    if (schema.description.length <= 125) expect(metadata.description).toBe(schema.description);
    else expect(isShortenedFrom(metadata.description, schema.description)).toBe(true);
  });

  it('runs its bundle on node24', () => {
    expect(loadMetadata(name).runs).toStrictEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
  });

  it('points at a bundle that exists once built', (ctx) => {
    if (!existsSync(join(root, 'dist'))) skipWithNotice(ctx, 'dist/ is not built; bundle paths not checked');
    expect(existsSync(resolve(root, 'actions', name, loadMetadata(name).runs.main))).toBe(true);
  });

  it('validates against the published action metadata schema', (ctx) => {
    const validate = actionValidator(ctx);
    validate(loadMetadata(name));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('is documented by README tables that match the schema', () => {
    const schema = loadSchema(name);
    const [inputsHeader, , ...inputRows] = readmeTable(name, 'inputs');
    expect(inputsHeader).toEqual(['input', 'required', 'default', 'description']);
    expect(
      inputRows.map(([input = '', required, fallback = '', description = '']) => [
        codeText(input),
        required,
        fallback === '' ? undefined : fallback.split('<br>').map(codeText).join('\n'),
        proseText(description),
      ]),
    ).toEqual(
      Object.entries(schema.properties.inputs.properties).map(([input, spec]) => [
        input,
        isRequired(schema, input) ? 'yes' : 'no',
        actionYamlDefault(spec),
        spec.description,
      ]),
    );

    const [outputsHeader, , ...outputRows] = readmeTable(name, 'outputs');
    expect(outputsHeader).toEqual(['output', 'description']);
    expect(
      outputRows.map(([output = '', description = '']) => [codeText(output), proseText(description)]),
    ).toEqual(
      Object.entries(schema.properties.outputs.properties).map(([output, spec]) => [
        output,
        spec.description,
      ]),
    );
  });
});
