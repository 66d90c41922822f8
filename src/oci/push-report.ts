import { Markdown, code } from '../runtime/markdown.js';
import type { PublishOutcome } from './publish-artifact.js';

const LISTED_FILES = 25;

/** The job summary: what went where, by digest, and what the artifact holds. */
export function pushReport(outcomes: readonly PublishOutcome[], kind: string): string {
  const md = new Markdown().heading(`oci-push (${kind})`);
  md.table(
    ['Artifact', 'Tags', 'Digest', 'Result', 'Size'],
    outcomes.map((outcome) => [
      code(outcome.target.name),
      outcome.target.tags.map(code).join(' '),
      code(outcome.digest),
      describe(outcome),
      formatBytes(outcome.size),
    ]),
  );
  const files = outcomes[0]?.target.packed.files ?? [];
  md.paragraph(
    `${files.length} file(s) in the artifact${files.length > LISTED_FILES ? `, the first ${LISTED_FILES}` : ''}:`,
  );
  md.list(files.slice(0, LISTED_FILES).map(code));
  return md.toString();
}

function describe(outcome: PublishOutcome): string {
  switch (outcome.operation) {
    case 'dry-run':
      return 'dry run: not pushed';
    case 'unchanged':
      return 'unchanged: the registry already had it';
    case 'pushed':
      return `pushed: ${outcome.uploaded} blob(s) uploaded, ${outcome.mounted ? `${outcome.mounted} mounted, ` : ''}${outcome.skipped} already there${
        outcome.unchangedTags.length ? `; ${outcome.unchangedTags.join(', ')} unchanged` : ''
      }`;
  }
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}
