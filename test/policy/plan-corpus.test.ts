import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeKind, ParsedPlan } from '../../src/policy/plan-model.js';
import { readPlanFile } from '../../src/policy/plan-file.js';
import { UserError } from '../../src/runtime/user-error.js';
import { skipIntegration } from '../harness/skip-integration.js';

// Real plan and state JSON from public repositories; INDEX.tsv records for each file the counts a
// reader must agree with. In it `n_delete` and `n_create` count only the plain ["delete"] and
// ["create"] lists: a replace (either order) counts in `n_replace` alone (checked against the
// files' action lists when this test was written: action_reason/plan.json has one
// ["delete","create"] with n_delete 0 and n_create 0).
const corpus = resolve(import.meta.dirname, '../../../shared/corpus/plans');
const available =
  existsSync(join(corpus, 'INDEX.tsv')) || skipIntegration(`plan corpus tests need ${corpus}`);

interface Row {
  file: string;
  kind: string;
  format_version: string;
  /** Every other column, as numbers (the count columns this test compares). */
  counts: Record<string, number>;
}

function readIndex(): Row[] {
  const [header, ...lines] = readFileSync(join(corpus, 'INDEX.tsv'), 'utf8').trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = new Map(line.split('\t').map((cell, i) => [columns[i] ?? '', cell]));
    const text = (column: string) => cells.get(column) ?? '';
    return {
      file: text('file'),
      kind: text('kind'),
      format_version: text('format_version'),
      counts: Object.fromEntries(columns.map((column) => [column, Number(text(column))])),
    };
  });
}

const rows = available ? readIndex() : [];

function count(plan: ParsedPlan, ...kinds: ChangeKind[]): number {
  return plan.changes.filter((change) => kinds.includes(change.kind)).length;
}

function rootCalls(plan: ParsedPlan) {
  return plan.moduleCalls.filter((call) => !call.path.includes('.module.'));
}

/** Depth of the deepest module call (1 for a root call), 0 without calls. */
function moduleDepth(plan: ParsedPlan): number {
  return Math.max(0, ...plan.moduleCalls.map((call) => call.path.split('.module.').length));
}

describe.runIf(available)('plan corpus (../shared/corpus/plans)', () => {
  it('has rows of every kind this test knows', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.kind === 'plan').length).toBeGreaterThan(0);
  });

  const plans = rows.filter((row) => row.kind === 'plan');
  it.each(plans.map((row) => [row.file, row] as const))(
    '%s parses and its counts agree',
    async (file, row) => {
      const plan = await readPlanFile(join(corpus, file), file);
      expect(plan.formatVersion).toBe(row.format_version);
      expect({
        n_resource_changes: plan.changes.length,
        n_delete: count(plan, 'delete'),
        n_replace: count(plan, 'replace'),
        n_create: count(plan, 'create'),
        n_update: count(plan, 'update'),
        n_noop: count(plan, 'no-op'),
        n_read: count(plan, 'read'),
        n_forget: count(plan, 'forget', 'replace-forget'),
        n_importing: plan.changes.filter((change) => change.importing).length,
        n_with_replace_paths: plan.changes.filter((change) => change.replacePaths.length > 0).length,
        n_resource_drift: plan.resourceDrift,
        n_deferred: plan.deferredChanges,
        root_module_calls: rootCalls(plan).length,
        root_calls_with_version: rootCalls(plan).filter((call) => call.versionConstraint !== undefined)
          .length,
        max_module_depth: moduleDepth(plan),
      }).toEqual({
        n_resource_changes: row.counts.n_resource_changes,
        n_delete: row.counts.n_delete,
        n_replace: row.counts.n_replace,
        n_create: row.counts.n_create,
        n_update: row.counts.n_update,
        n_noop: row.counts.n_noop,
        n_read: row.counts.n_read,
        n_forget: row.counts.n_forget,
        n_importing: row.counts.n_importing,
        n_with_replace_paths: row.counts.n_with_replace_paths,
        n_resource_drift: row.counts.n_resource_drift,
        n_deferred: row.counts.n_deferred,
        root_module_calls: row.counts.root_module_calls,
        root_calls_with_version: row.counts.root_calls_with_version,
        max_module_depth: row.counts.max_module_depth,
      });
      expect(plan.changes.filter((change) => change.kind === 'unknown')).toEqual([]);
    },
  );

  const refused = rows.filter((row) => row.kind !== 'plan');
  it.runIf(refused.length > 0).each(refused.map((row) => [row.file, row.kind] as const))(
    '%s (%s) is refused with a clear error',
    async (file, kind) => {
      const error = await readPlanFile(join(corpus, file), file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      const message = (error as UserError).message;
      expect(message).toContain(file);
      if (kind === 'state') expect(message).toContain('is a state JSON');
      if (/redacted/i.test(kind)) expect(message).toContain('HCP Terraform redacted plan');
      expect(message).toContain('terraform show -json tfplan > plan.json');
    },
  );
});
