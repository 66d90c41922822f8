import { Markdown, code } from '../runtime/markdown.js';
import type { BumpPlan } from './plan-bump.js';
import type { ValueChange } from './plan-file-bump.js';

/** The job summary (and CLI report): what changed where, as a table a reviewer can scan. */
export function bumpReport(plan: BumpPlan, options: { dryRun: boolean; commitSha?: string }): string {
  const changes = allChanges(plan);
  const md = new Markdown().heading(options.dryRun ? 'bump (dry run)' : 'bump');
  if (changes.length === 0) {
    return md.paragraph(`No change: the ${plan.fileCount} file(s) already hold these values.`).toString();
  }
  const verb = options.dryRun ? 'Would change' : 'Changed';
  md.paragraph(`${verb} ${changes.length} value(s) in ${plan.bumps.length} of ${plan.fileCount} file(s).`);
  md.table(
    ['File', 'Location', 'From', 'To'],
    changes.map((change) => [
      code(`${change.file}:${change.line}`),
      code(change.path),
      change.kind === 'created' ? '_(created)_' : code(change.from),
      code(change.to),
    ]),
  );
  if (options.commitSha) md.paragraph(`Pushed commit ${code(options.commitSha)}.`);
  return md.toString();
}

export function allChanges(plan: BumpPlan): ValueChange[] {
  return plan.bumps.flatMap((bump) => bump.changes);
}

/** The default commit message: names the new version when there is one. */
export function defaultCommitMessage(plan: BumpPlan): string {
  const changes = allChanges(plan);
  const targets = [...new Set(changes.map((change) => change.to))];
  const files = plan.bumps.map((bump) => bump.file);
  const subject = targets.length === 1 ? `bump: set ${targets[0]}` : `bump: update ${changes.length} values`;
  return [
    subject,
    '',
    ...changes.map((c) => `- ${c.file}:${c.line} ${c.path}: ${c.from || '(created)'} -> ${c.to}`),
    '',
    `Files: ${files.join(', ')}`,
  ].join('\n');
}
