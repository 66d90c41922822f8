import { Buffer } from 'node:buffer';
import { Markdown, code, escapeHtml, escapeText } from '../runtime/markdown.js';
import { changedAttributes } from './attribute-diff.js';
import type { Finding } from './finding.js';
import { CHANGE_KINDS } from './plan-model.js';
import type { ChangeKind, ParsedPlan, PlanChange } from './plan-model.js';
import type { PolicyOutcome } from './policy-report.js';
import { countChanges } from './verdict.js';

export interface PolicyMarkdownOptions {
  /**
   * Size limit, counted in UTF-8 bytes: never fewer than characters, so one measure keeps within
   * GitHub's character limits (check run summary 65,535, PR comment 65,536) and the job summary's
   * 1 MiB byte limit alike.
   */
  maxChars: number;
  checkName: string;
  /** Changed resources given a before/after table; the rest are counted only. */
  detailsLimit?: number;
}

/** GitHub's limit on a check run's `output.summary` (and `output.text`). */
export const CHECK_RUN_TEXT_LIMIT = 65_535;

const DEFAULT_DETAILS_LIMIT = 30;
const LISTED_PLANS = 100;
// Room kept for the "N more not shown" lines, so adding them never overflows the limit.
const NOTES_RESERVE = 600;
// The kinds shown as columns even when every plan has none of them: the ones reviewers look for.
const ALWAYS_SHOWN: readonly ChangeKind[] = ['create', 'update', 'delete', 'replace'];
const DESTRUCTIVE: readonly ChangeKind[] = ['delete', 'replace', 'forget', 'replace-forget', 'unknown'];
const SEVERITY_ORDER = { deny: 0, warn: 1, info: 2 } as const;

/**
 * The report for the check run text, the sticky PR comment and the job summary: verdict, counts by
 * kind, findings, then masked before/after tables for the changes a reviewer should look at
 * (blocked, then destructive, then the rest). Past `maxChars` the change tables go first, then
 * finding rows, each with a line saying how many are not shown.
 */
export function renderPolicyMarkdown(outcome: PolicyOutcome, options: PolicyMarkdownOptions): string {
  const doc = new SizedDocument(options.maxChars - NOTES_RESERVE);
  doc.add(headline(outcome, options.checkName));
  doc.add(countsSection(outcome));
  const sorted = sortFindings(outcome.findings);
  const counting = sorted.filter((finding) => !finding.exception);
  const excepted = sorted.filter((finding) => finding.exception);
  const tables = [
    findingsTable(`Findings (${counting.length})`, counting, false),
    findingsTable(`Excepted findings (${excepted.length})`, excepted, true),
  ].filter((table) => table.rows.length > 0);
  const candidates = reviewOrder(outcome);
  const limit = Math.min(options.detailsLimit ?? DEFAULT_DETAILS_LIMIT, candidates.length);

  const notes: string[] = [];
  if (tables.every((table) => doc.fits(table.whole()))) {
    for (const table of tables) doc.add(table.whole());
    let shown = 0;
    if (limit > 0 && doc.fits('#### Changes')) {
      doc.add('#### Changes');
      while (shown < limit) {
        const block = detailsBlock(candidates[shown]!, outcome.findings);
        if (!doc.fits(block)) break;
        doc.add(block);
        shown++;
      }
    }
    if (shown < candidates.length) {
      notes.push(`_${candidates.length - shown} more changed resource(s) not shown in detail._`);
    }
  } else {
    for (const table of tables) {
      const rows = doc.fitRows(table);
      if (rows < table.rows.length) {
        notes.push(
          `_${table.rows.length - rows} more ${table.noun} not shown: the \`report\` output has them all._`,
        );
      }
    }
    if (candidates.length > 0) notes.push(`_${candidates.length} changed resource(s) not shown in detail._`);
  }
  for (const note of notes) doc.addNote(note);
  return doc.toString(options.maxChars);
}

/** The check run's short summary: verdict and counts; the findings go in its text. */
export function renderCheckRunSummary(outcome: PolicyOutcome, checkName = 'plan-policy'): string {
  const doc = new SizedDocument(CHECK_RUN_TEXT_LIMIT - NOTES_RESERVE);
  doc.add(headline(outcome, checkName));
  doc.add(countsSection(outcome));
  return doc.toString(CHECK_RUN_TEXT_LIMIT);
}

function headline(outcome: PolicyOutcome, checkName: string): string {
  const counting = outcome.findings.filter((finding) => !finding.exception).length;
  const excepted = outcome.findings.length - counting;
  const changes = outcome.plans.reduce((sum, plan) => sum + plan.changes.length, 0);
  const mark = outcome.verdict === 'pass' ? '✅' : '❌';
  const approve = outcome.autoApprove
    ? '**Auto-approve: yes**'
    : `**Auto-approve: no**${outcome.autoApproveReason ? `: ${escapeText(outcome.autoApproveReason)}` : ''}`;
  const facts = [
    `${outcome.plans.length} plan(s)`,
    `${changes} resource change(s)`,
    `${counting} finding(s)`,
    ...(excepted > 0 ? [`${excepted} excepted`] : []),
  ];
  return `### ${mark} ${escapeText(checkName)}: ${outcome.verdict}\n\n${approve}\n\n${facts.join(', ')}.`;
}

function countsSection(outcome: PolicyOutcome): string {
  const perPlan = outcome.plans.map((plan) => ({ plan, counts: countChanges(plan.changes) }));
  const total = countChanges(outcome.plans.flatMap((plan) => plan.changes));
  const kinds = CHANGE_KINDS.filter((kind) => ALWAYS_SHOWN.includes(kind) || total[kind] > 0);
  const rows = perPlan
    .slice(0, LISTED_PLANS)
    .map(({ plan, counts }) => [code(plan.label), ...kinds.map((kind) => String(counts[kind]))]);
  if (outcome.plans.length > 1) rows.push(['**Total**', ...kinds.map((kind) => `**${total[kind]}**`)]);
  const md = new Markdown().table(['Plan', ...kinds], rows);
  if (outcome.plans.length > LISTED_PLANS) {
    md.paragraph(`_${outcome.plans.length - LISTED_PLANS} more plan(s) counted in the total only._`);
  }
  md.list(outcome.plans.flatMap(planWarnings).slice(0, LISTED_PLANS));
  return md.toString().trimEnd();
}

function planWarnings(plan: ParsedPlan): string[] {
  const problems = [
    ...(plan.complete === false ? ['the plan is incomplete (`complete: false`)'] : []),
    ...(plan.errored ? ['the plan run errored part way'] : []),
    ...(plan.deferredChanges > 0 ? [`${plan.deferredChanges} deferred change(s)`] : []),
  ];
  return problems.length === 0 ? [] : [`${code(plan.label)}: ${problems.join(', ')}`];
}

interface FindingsTable {
  noun: string;
  /** Title and header lines, ready to take rows. */
  heading: string;
  rows: string[];
  whole(): string;
}

function findingsTable(title: string, findings: readonly Finding[], excepted: boolean): FindingsTable {
  const header = [
    'Rule',
    'Severity',
    'Plan',
    'Address',
    'Message',
    ...(excepted ? ['Reason', 'Expires'] : []),
  ];
  const rendered = findings.map((finding) => [
    code(finding.rule),
    finding.severity + (finding.blocksAutoApprove && !excepted ? ', blocking' : ''),
    code(finding.plan),
    finding.address ? code(finding.address) : '(plan)',
    escapeText(finding.message),
    ...(finding.exception ? [escapeText(finding.exception.reason), code(finding.exception.expires)] : []),
  ]);
  // Rendered once through the shared table builder, then split: one line per row.
  const lines = new Markdown().table(header, rendered).toString().trimEnd().split('\n');
  const heading = `#### ${title}\n\n${lines.slice(0, 2).join('\n')}`;
  const rows = lines.slice(2);
  return {
    noun: excepted ? 'excepted finding(s)' : 'finding(s)',
    heading,
    rows,
    whole: () => [heading, ...rows].join('\n'),
  };
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        Number(b.finding.blocksAutoApprove) - Number(a.finding.blocksAutoApprove) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** Changes worth a table, blocked ones first, then destructive ones, then the rest, plan order within. */
function reviewOrder(outcome: PolicyOutcome): PlanChange[] {
  const blocked = new Set(
    outcome.findings
      .filter((finding) => finding.blocksAutoApprove && !finding.exception && finding.address)
      .map((finding) => `${finding.plan}\0${finding.address}`),
  );
  const groups: PlanChange[][] = [[], [], []];
  for (const plan of outcome.plans) {
    for (const change of plan.changes) {
      if (change.kind === 'no-op' || change.kind === 'read') continue;
      const group = blocked.has(`${change.plan}\0${change.address}`)
        ? 0
        : DESTRUCTIVE.includes(change.kind)
          ? 1
          : 2;
      groups[group]!.push(change);
    }
  }
  return groups.flat();
}

function detailsBlock(change: PlanChange, findings: readonly Finding[]): string {
  const related = findings.filter(
    (finding) => finding.plan === change.plan && finding.address === change.address && !finding.exception,
  ).length;
  const summary = [
    `<code>${escapeHtml(change.address)}</code>`,
    change.kind,
    `plan <code>${escapeHtml(change.plan)}</code>`,
    ...(related > 0 ? [`${related} finding(s)`] : []),
  ].join(' · ');
  const md = new Markdown();
  const facts = changeFacts(change);
  if (facts.length > 0) md.paragraph(facts.join(' '));
  const attributes = changedAttributes(change);
  if (attributes.length === 0) {
    md.paragraph('_No attribute values to compare in the plan._');
  } else {
    const hasBefore = attributes.some((attribute) => attribute.before !== undefined);
    const hasAfter = attributes.some((attribute) => attribute.after !== undefined);
    const cell = (value: string | undefined) => (value === undefined ? '' : code(value));
    md.table(
      ['Attribute', ...(hasBefore ? ['Before'] : []), ...(hasAfter ? ['After'] : [])],
      attributes.map((attribute) => [
        code(attribute.path),
        ...(hasBefore ? [cell(attribute.before)] : []),
        ...(hasAfter ? [cell(attribute.after)] : []),
      ]),
    );
  }
  return `<details><summary>${summary}</summary>\n\n${md.toString()}\n</details>`;
}

function changeFacts(change: PlanChange): string[] {
  const facts: string[] = [];
  if (change.replaceOrder) facts.push(`Replaced ${change.replaceOrder}.`);
  if (change.actionReason) facts.push(`Reason: ${code(change.actionReason)}.`);
  if (change.replacePaths.length > 0) {
    const paths = change.replacePaths.map((path) => code(path.join('.')));
    facts.push(`Forced by ${paths.join(', ')}.`);
  }
  if (change.previousAddress) facts.push(`Moved from ${code(change.previousAddress)}.`);
  if (change.importing) facts.push('Imported.');
  return facts;
}

/** Markdown pieces (joined by blank lines) added only while they fit the byte budget. */
class SizedDocument {
  private readonly pieces: string[] = [];
  private used = 0;

  constructor(private readonly budget: number) {}

  fits(piece: string): boolean {
    return this.used + bytes(piece) + 2 <= this.budget;
  }

  add(piece: string): void {
    this.pieces.push(piece);
    this.used += bytes(piece) + 2;
  }

  /** Adds the table's heading and as many of its rows as fit; returns how many rows went in. */
  fitRows(table: FindingsTable): number {
    if (!this.fits(table.heading)) return 0;
    let size = bytes(table.heading) + 2;
    let count = 0;
    for (const row of table.rows) {
      const next = size + bytes(row) + 1;
      if (this.used + next > this.budget) break;
      size = next;
      count++;
    }
    this.add([table.heading, ...table.rows.slice(0, count)].join('\n'));
    return count;
  }

  /** Notes use the reserve held back from the budget. */
  addNote(note: string): void {
    this.pieces.push(note);
    this.used += bytes(note) + 2;
  }

  /** The document, cut at `limit` bytes as a last resort (a limit below the headline's size). */
  toString(limit: number): string {
    const text = `${this.pieces.join('\n\n')}\n`;
    if (bytes(text) <= limit) return text;
    const ending = '\n…\n';
    const room = Math.max(0, limit - bytes(ending));
    // Cutting bytes may split a character; its remains decode to U+FFFD, dropped here.
    const cut = Buffer.from(text)
      .subarray(0, room)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
    return limit >= bytes(ending) ? `${cut}${ending}` : '';
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
