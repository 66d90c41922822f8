import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { readPlanFile } from '../../src/policy/plan-file.js';
import { parsePolicy } from '../../src/policy/policy-file.js';
import { UserError } from '../../src/runtime/user-error.js';

/** Plans a real Terraform wrote (see test/fixtures/plans/terraform/README.md). */
const dir = join(import.meta.dirname, '../fixtures/plans/terraform');
const read = (file: string) => readPlanFile(join(dir, file), file);
const defaults = parsePolicy('version: 1\n', 'plan-policy.yml');
const now = new Date('2026-11-23T00:00:00Z');

describe('plans written by Terraform 1.11', () => {
  it('classify every change of a release: both replace orders, a delete, a forget', async () => {
    const plan = await read('changes.json');
    expect(plan.formatVersion).toBe('1.2');
    expect(plan.complete).toBe(true);
    expect(
      plan.changes.map((c) => [c.address, c.kind, c.replaceOrder ?? '-', c.actionReason ?? '-']),
    ).toEqual([
      ['terraform_data.cbd', 'replace', 'create-before-destroy', 'replace_because_cannot_update'],
      ['terraform_data.delete_me', 'delete', '-', 'delete_because_no_resource_config'],
      ['terraform_data.forget_me', 'forget', '-', 'delete_because_no_resource_config'],
      ['terraform_data.keep', 'no-op', '-', '-'],
      ['terraform_data.replace_me', 'replace', 'delete-before-create', 'replace_because_cannot_update'],
      ['terraform_data.update_me', 'update', '-', '-'],
      ['module.app.terraform_data.svc["api"]', 'update', '-', '-'],
      ['module.app.terraform_data.svc["worker"]', 'update', '-', '-'],
    ]);
    expect(plan.changes[6]?.moduleCall).toEqual({
      path: 'module.app',
      name: 'app',
      source: './modules/app',
      versionConstraint: undefined,
    });
  });

  it('fail the default policy for the release and name what it would destroy or replace', async () => {
    const outcome = evaluatePolicy([await read('changes.json')], defaults, { now, failOn: 'deny' });
    expect(outcome.verdict).toBe('fail');
    expect(outcome.autoApprove).toBe(false);
    expect(outcome.findings.map((f) => `${f.rule} ${f.address}`).sort()).toEqual([
      'no-destroy terraform_data.delete_me',
      'no-destroy terraform_data.forget_me',
      'no-replace terraform_data.cbd',
      'no-replace terraform_data.replace_me',
    ]);
  });

  it('auto-approve the first plan, which only creates', async () => {
    const plan = await read('create.json');
    expect(plan.changes.every((change) => change.kind === 'create')).toBe(true);
    expect(plan.changes).toHaveLength(8);
    const outcome = evaluatePolicy([plan], defaults, { now, failOn: 'deny' });
    expect(outcome).toMatchObject({ verdict: 'pass', autoApprove: true, findings: [] });
  });

  it('flag the local module when module sources must come from a registry', async () => {
    const policy = parsePolicy(
      'version: 1\nrules:\n  module-sources:\n    allowed: ["registry.example.com/*"]\n',
      'plan-policy.yml',
    );
    const outcome = evaluatePolicy([await read('create.json')], policy, { now, failOn: 'deny' });
    expect(outcome.findings.filter((f) => f.rule === 'module-sources').map((f) => f.address)).toEqual([
      'module.app',
    ]);
  });

  it.each([
    ['state.json', 'is a state JSON'],
    ['plan-stream.jsonl', 'is the log stream of `terraform plan -json`'],
  ])('refuse %s, which is not a plan JSON', async (file, says) => {
    const reading = read(file);
    await expect(reading).rejects.toThrow(UserError);
    await expect(reading).rejects.toThrow(says);
    await expect(reading).rejects.toThrow('terraform show -json tfplan > plan.json');
  });
});
