import { Buffer } from 'node:buffer';
import { Markdown, code, escapeHtml, escapeText } from '../runtime/markdown.js';
import { changedAttributes } from './attribute-diff.js';
import type { Finding } from './finding.js';
import { CHANGE_KINDS } from './plan-model.js';
import type { ChangeKind, ParsedPlan, PlanChange } from './plan-model.js';
import type { ChangeCounts, PolicyOutcome } from './policy-report.js';
import { countChanges, noChanges } from './verdict.js';

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
const DESTRUCTIVE: ReadonlySet<ChangeKind> = new Set([
  'delete',
  'replace',
  'forget',
  'replace-forget',
  'unknown',
]);
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
  const perPlan = outcome.plans.map(countChanges);
  doc.add(countsSection(outcome, perPlan));
  const sorted = sortFindings(outcome.findings);
  const counting = sorted.filter((finding) => !finding.exception);
  const excepted = sorted.filter((finding) => finding.exception);
  const tables = [
    findingsTable(`Findings (${counting.length})`, counting, false),
    findingsTable(`Excepted findings (${excepted.length})`, excepted, true),
  ].filter((table) => table.count > 0);
  // Every change but reads and no-ops is worth a table; only the first few are rendered.
  const changed = perPlan.reduce((sum, counts) => sum + changedCount(counts), 0);
  const limit = Math.min(options.detailsLimit ?? DEFAULT_DETAILS_LIMIT, changed);
  const candidates = reviewOrder(outcome, limit);

  const notes: string[] = [];
  if (tables.every((table) => doc.fitsWhole(table))) {
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
    if (shown < changed) {
      notes.push(`_${changed - shown} more changed resource(s) not shown in detail._`);
    }
  } else {
    for (const table of tables) {
      const rows = doc.fitRows(table);
      if (rows < table.count) {
        notes.push(
          `_${table.count - rows} more ${table.noun} not shown: the \`report\` output has them all._`,
        );
      }
    }
    if (changed > 0) notes.push(`_${changed} changed resource(s) not shown in detail._`);
  }
  for (const note of notes) doc.addNote(note);
  return doc.toString(options.maxChars);
}

/** The check run's short summary: verdict and counts; the findings go in its text. */
export function renderCheckRunSummary(outcome: PolicyOutcome, checkName = 'plan-policy'): string {
  const doc = new SizedDocument(CHECK_RUN_TEXT_LIMIT - NOTES_RESERVE);
  doc.add(headline(outcome, checkName));
  doc.add(countsSection(outcome, outcome.plans.map(countChanges)));
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

/** `perPlan`: the change counts of each plan of the outcome, in order. */
function countsSection(outcome: PolicyOutcome, perPlan: readonly ChangeCounts[]): string {
  const total = noChanges();
  for (const counts of perPlan) for (const kind of CHANGE_KINDS) total[kind] += counts[kind];
  const kinds = CHANGE_KINDS.filter((kind) => ALWAYS_SHOWN.includes(kind) || total[kind] > 0);
  const rows = outcome.plans
    .slice(0, LISTED_PLANS)
    .map((plan, index) => [code(plan.label), ...kinds.map((kind) => String(perPlan[index]![kind]))]);
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
  /** How many rows the table has. */
  count: number;
  /** Row `index` (below `count`), rendered on first use. */
  row(index: number): string;
  whole(): string;
}

// Rows are rendered this many at a time, as they are asked for: past the size limit, a report of
// tens of thousands of findings renders little more than the rows it shows.
const ROWS_PER_RENDER = 256;

function findingsTable(title: string, findings: readonly Finding[], excepted: boolean): FindingsTable {
  const header = [
    'Rule',
    'Severity',
    'Plan',
    'Address',
    'Message',
    ...(excepted ? ['Reason', 'Expires'] : []),
  ];
  const cells = (finding: Finding) => [
    code(finding.rule),
    finding.severity + (finding.blocksAutoApprove && !excepted ? ', blocking' : ''),
    code(finding.plan),
    finding.address ? code(finding.address) : '(plan)',
    escapeText(finding.message),
    ...(finding.exception ? [escapeText(finding.exception.reason), code(finding.exception.expires)] : []),
  ];
  // Rendered through the shared table builder, then split: one line per row (cells hold no newline).
  const render = (from: Finding[]) =>
    new Markdown().table(header, from.map(cells)).toString().trimEnd().split('\n');
  const heading = `#### ${title}\n\n${render([]).join('\n')}`;
  const rows: string[] = [];
  const row = (index: number): string => {
    while (rows.length <= index) {
      const lines = render(findings.slice(rows.length, rows.length + ROWS_PER_RENDER));
      for (let line = 2; line < lines.length; line++) rows.push(lines[line]!);
    }
    return rows[index]!;
  };
  return {
    noun: excepted ? 'excepted finding(s)' : 'finding(s)',
    heading,
    count: findings.length,
    row,
    whole: () => {
      if (findings.length > 0) row(findings.length - 1);
      return [heading, ...rows].join('\n');
    },
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

function changedCount(counts: ChangeCounts): number {
  return CHANGE_KINDS.reduce(
    (sum, kind) => (kind === 'no-op' || kind === 'read' ? sum : sum + counts[kind]),
    0,
  );
}

/**
 * The first `limit` changes worth a table: blocked ones first, then destructive ones, then the
 * rest, plan order within. Reads and no-ops are never worth one.
 */
function reviewOrder(outcome: PolicyOutcome, limit: number): PlanChange[] {
  // By plan, then address: no key string built for each of a plan's changes.
  const blocked = new Map<string, Set<string>>();
  for (const finding of outcome.findings) {
    if (!finding.blocksAutoApprove || finding.exception || !finding.address) continue;
    const addresses = blocked.get(finding.plan) ?? new Set<string>();
    addresses.add(objectKey(finding.address, finding.deposed));
    blocked.set(finding.plan, addresses);
  }
  const groups: PlanChange[][] = [[], [], []];
  for (const plan of outcome.plans) {
    for (const change of plan.changes) {
      // Once the blocked ones fill the list, no later change can get in.
      if (groups[0]!.length >= limit) return groups[0]!;
      if (change.kind === 'no-op' || change.kind === 'read') continue;
      const isBlocked = blocked.get(change.plan)?.has(objectKey(change.address, change.deposed));
      const group = isBlocked ? 0 : DESTRUCTIVE.has(change.kind) ? 1 : 2;
      if (groups[group]!.length < limit) groups[group]!.push(change);
    }
  }
  return groups.flat().slice(0, limit);
}

/** The address, or for a deposed object the address and its key (rare: no string built otherwise). */
function objectKey(address: string, deposed: string | undefined): string {
  return deposed === undefined ? address : `${address}\u0000${deposed}`;
}

function detailsBlock(change: PlanChange, findings: readonly Finding[]): string {
  const related = findings.filter(
    (finding) =>
      finding.plan === change.plan &&
      finding.address === change.address &&
      finding.deposed === change.deposed &&
      !finding.exception,
  ).length;
  const summary = [
    `<code>${escapeHtml(change.address)}</code>`,
    ...(change.deposed === undefined ? [] : [`deposed object <code>${escapeHtml(change.deposed)}</code>`]),
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

  /** `fits(table.whole())`, rendering rows only until the table is known not to fit. */
  fitsWhole(table: FindingsTable): boolean {
    let size = this.used + bytes(table.heading) + 2;
    for (let index = 0; index < table.count && size <= this.budget; index++)
      size += bytes(table.row(index)) + 1;
    return size <= this.budget;
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
    const rows: string[] = [];
    for (; count < table.count; count++) {
      const row = table.row(count);
      const next = size + bytes(row) + 1;
      if (this.used + next > this.budget) break;
      size = next;
      rows.push(row);
    }
    this.add([table.heading, ...rows].join('\n'));
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
