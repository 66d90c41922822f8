import type { Log } from '../runtime/log.js';
import { Markdown, code } from '../runtime/markdown.js';
import type { BumpRequest } from './bump-request.js';
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

/** The default commit message: what was set to which version, then every change. */
export function defaultCommitMessage(plan: BumpPlan, request: BumpRequest): string {
  const changes = allChanges(plan);
  const version = [request.image?.tag ?? request.marker?.tag, request.image?.digest ?? request.marker?.digest]
    .filter(Boolean)
    .join('@');
  const subject = request.image
    ? `bump: ${request.image.image.original} to ${version}`
    : request.marker
      ? `bump: image policy ${request.marker.policy} to ${version}`
      : `bump: ${request.explicit?.path} to ${request.explicit?.value}`;
  const lines = changes.map((c) => `- ${c.file}:${c.line} ${c.path}: ${c.from || '(created)'} -> ${c.to}`);
  return [subject, '', ...lines].join('\n');
}

const LISTED_CHANGES = 20;

/** One log line a change for a readable run; past a screenful, the summary table has them all. */
export function logChanges(changes: readonly ValueChange[], log: Log): void {
  changes.forEach((change, i) => {
    const line = `${change.file}:${change.line} ${change.path}: ${change.from || '(created)'} -> ${change.to}`;
    if (i < LISTED_CHANGES) log.info(line);
    else log.debug(line);
  });
  if (changes.length > LISTED_CHANGES) {
    log.info(
      `... and ${changes.length - LISTED_CHANGES} more (all of them in the summary; every one at debug level)`,
    );
  }
}
