import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/policy/plan-file.js';
import { UserError } from '../../src/runtime/user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtures = join(import.meta.dirname, '../fixtures/plans/synthetic');
const HOW_TO = /terraform show -json tfplan > plan\.json.*tofu show -json tfplan > plan\.json/s;

let count = 0;
function file(content: string | Buffer): string {
  count += 1;
  const path = join(dir, `plan-${count}.json`);
  writeFileSync(path, content);
  return path;
}

async function rejection(content: string | Buffer, label = 'stacks/prod/plan.json'): Promise<UserError> {
  const error = await readPlanFile(file(content), label).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.message).toContain(label);
  expect(userError.location?.file).toBe(label);
  return userError;
}

const plan = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: { root_module: {} },
    resource_changes: [{ address: 'a.b', type: 'a', name: 'b', change: { actions: ['create'] } }],
    configuration: { root_module: {} },
    ...extra,
  });

describe('readPlanFile', () => {
  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.json')))(
    'reads the synthetic fixture %s',
    async (name) => {
      const parsed = await readPlanFile(join(fixtures, name), `fixtures/${name}`);
      expect(parsed.label).toBe(`fixtures/${name}`);
      expect(parsed.path).toBe(join(fixtures, name));
      expect(parsed.formatVersion).toMatch(/^1\./);
      expect(parsed.changes.length).toBeGreaterThan(0);
    },
  );

  it.each(['0.1', '0.2', '1.0', '1.2', '1.9', '1.10', '1'])('accepts format_version %s', async (version) => {
    const parsed = await readPlanFile(file(plan({ format_version: version })), 'plan.json');
    expect(parsed.formatVersion).toBe(version);
    expect(parsed.changes).toHaveLength(1);
  });

  it('gates on the format major only, never on terraform_version, and ignores unknown fields', async () => {
    const parsed = await readPlanFile(
      file(plan({ terraform_version: '9.0.0-alpha', brand_new_field: { x: 1 } })),
      'plan.json',
    );
    expect(parsed.toolVersion).toBe('9.0.0-alpha');
  });

  it.each([['2.0'], ['10.1'], [''], ['x.1']])('refuses format_version %j', async (version) => {
    const error = await rejection(plan({ format_version: version }));
    expect(error.message).toContain(`format_version "${version}"`);
    expect(error.message).toContain('0.x and 1.x');
    expect(error.hint).toMatch(/update gitops-actions/);
  });

  it('refuses a format_version that is not a string', async () => {
    const error = await rejection(plan({ format_version: 1 }));
    expect(error.message).toContain('format_version 1;');
  });

  it('reads a UTF-8 byte order mark and UTF-16LE (Windows PowerShell redirection)', async () => {
    expect((await readPlanFile(file(`\uFEFF${plan()}`), 'bom.json')).changes).toHaveLength(1);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan(), 'utf16le')]);
    expect((await readPlanFile(file(utf16), 'utf16.json')).changes).toHaveLength(1);
  });
});

describe('readPlanFile rejections', () => {
  it('refuses a binary plan (zip) and says how to convert it', async () => {
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]);
    const error = await rejection(zip, 'tfplan');
    expect(error.message).toMatch(/^tfplan is a binary plan file/);
    expect(error.hint).toContain('terraform show -json tfplan > plan.json');
    expect(error.hint).toContain('tofu show -json tfplan > plan.json');
  });

  it.each<[string, string, number, number]>([
    ['{"format_version": "1.2",\n  "resource_changes": [\n    {"a": x}\n  ]\n}', 'Unexpected token', 3, 11],
    ['{"format_version": "1.2",\n  "x": 1,\n}', 'Expected double-quoted property name', 3, 1],
    ['{"format_version": "1.2",\n  "resource_changes": [', 'Unexpected end of JSON input', 2, 24],
    ['{"a": 1}\n  trailing', 'Unexpected non-whitespace character after JSON', 2, 3],
    ['nonsense', 'Unexpected token', 1, 1],
  ])('gives line and column of a JSON syntax error (%#)', async (text, reason, line, column) => {
    const error = await rejection(text, 'plan.json');
    expect(error.message).toContain(`plan.json:${line}:${column}: not valid JSON: ${reason}`);
    expect(error.message).not.toContain('"format_version"');
    expect(error.location).toEqual({ file: 'plan.json', line, column });
    expect(error.hint).toMatch(HOW_TO);
  });

  it('says an empty file is empty', async () => {
    const error = await rejection('  \n');
    expect(error.message).toContain('is empty');
    expect(error.hint).toMatch(HOW_TO);
  });

  it.each([
    [
      'terraform 1.x with resources',
      { format_version: '1.0', terraform_version: '1.5.7', values: { root_module: {} } },
    ],
    ['an empty state', { format_version: '1.0' }],
  ])('refuses a state JSON (%s)', async (_name, state) => {
    const error = await rejection(JSON.stringify(state));
    expect(error.message).toContain('is a state JSON');
    expect(error.hint).toMatch(HOW_TO);
  });

  it('refuses the machine-readable UI stream of terraform plan -json, several lines or one', async () => {
    const lines = [
      {
        '@level': 'info',
        '@message': 'Terraform 1.9.5',
        '@module': 'terraform.ui',
        type: 'version',
        terraform: '1.9.5',
      },
      { '@level': 'info', '@message': 'aws_s3_bucket.b: Plan to create', type: 'planned_change' },
      { '@level': 'info', '@message': 'Plan: 1 to add, 0 to change, 0 to destroy.', type: 'change_summary' },
    ].map((line) => JSON.stringify(line));
    for (const text of [lines.join('\n') + '\n', lines[0]!]) {
      const error = await rejection(text);
      expect(error.message).toContain('is the log stream of `terraform plan -json`');
      expect(error.hint).toMatch(HOW_TO);
    }
  });

  it('refuses an HCP Terraform redacted plan and names the endpoint to use instead', async () => {
    // Shape of hashicorp/terraform internal/cloud/testdata/apply-json-with-outputs/plan-redacted.json.
    const redacted = {
      plan_format_version: '1.1',
      resource_drift: [],
      resource_changes: [{ address: 'null_resource.foo', change: { actions: ['create'] } }],
      relevant_attributes: [],
      output_changes: {},
      provider_schemas: {},
      provider_format_version: '1.0',
    };
    const error = await rejection(JSON.stringify(redacted));
    expect(error.message).toContain('is an HCP Terraform redacted plan');
    expect(error.hint).toContain('/api/v2/plans/<plan-id>/json-output');
    expect(error.hint).toMatch(HOW_TO);
  });

  it.each([
    ['[1, 2]', 'holds a JSON array'],
    ['"plan"', 'holds a JSON string'],
    ['null', 'holds a JSON null'],
    ['42', 'holds a JSON number'],
    ['{"resource_changes": []}', 'has no format_version'],
    ['{"provider_schemas": {}, "provider_versions": {}}', 'has no format_version'],
  ])('refuses %s as not a plan', async (text, what) => {
    const error = await rejection(text);
    expect(error.message).toContain('not a');
    expect(error.message).toContain(what);
    expect(error.hint).toMatch(HOW_TO);
  });

  it('names a missing file', async () => {
    const error = await readPlanFile(join(dir, 'absent.json'), 'absent.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'cannot read the plan absent.json: no such file\n  hint: ' + (error as UserError).hint,
    );
  });
});
