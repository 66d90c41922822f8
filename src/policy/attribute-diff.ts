import type { PlanChange } from './plan-model.js';

/** One changed attribute, with its values already rendered (and masked) for a reviewer. */
export interface AttributeChange {
  /** Dotted/indexed path: `tags.owner`, `ingress[0].cidr_blocks[1]`, `labels["app.kubernetes.io/name"]`. */
  path: string;
  /** Undefined when the attribute did not exist before (creates). */
  before: string | undefined;
  /** Undefined when the attribute no longer exists (deletes). */
  after: string | undefined;
}

export const SENSITIVE = '(sensitive)';
export const KNOWN_AFTER_APPLY = '(known after apply)';

const DEFAULT_LIMIT = 40;
const MAX_DEPTH = 8;
// Nodes visited per change, equal ones included: a resource with a huge unchanged policy document
// must not cost more than the few attributes the report can show anyway.
const VISIT_BUDGET = 5_000;
const MAX_VALUE_CHARS = 80;

/** Marks a side that does not exist (the before of a create, the after of a delete). */
const ABSENT = Symbol('absent');
type Side = unknown;

interface Walk {
  out: AttributeChange[];
  limit: number;
  budget: number;
}

/**
 * The attributes whose value differs between `before` and `after`, at most `limit` of them.
 * Sensitive values (either side marked in `before_sensitive`/`after_sensitive`, a whole object or
 * any part) are shown only as `(sensitive)`, and a sensitive container is never descended into,
 * so not even its keys leak. Values unknown until apply show as `(known after apply)`.
 */
export function changedAttributes(change: PlanChange, limit = DEFAULT_LIMIT): AttributeChange[] {
  const walk: Walk = { out: [], limit, budget: VISIT_BUDGET };
  const before = change.before === null || change.before === undefined ? ABSENT : change.before;
  const after = change.after === null || change.after === undefined ? ABSENT : change.after;
  if (before === ABSENT && after === ABSENT && change.afterUnknown !== true) return [];
  visit(walk, '', 0, {
    before,
    after,
    sensitive: change.beforeSensitive === true || change.afterSensitive === true,
    beforeSensitive: change.beforeSensitive,
    afterSensitive: change.afterSensitive,
    unknown: change.afterUnknown,
  });
  return walk.out;
}

interface Node {
  before: Side;
  after: Side;
  /** True when this node or an ancestor is sensitive on either side. */
  sensitive: boolean;
  beforeSensitive: unknown;
  afterSensitive: unknown;
  unknown: unknown;
}

function visit(walk: Walk, path: string, depth: number, node: Node): void {
  if (walk.out.length >= walk.limit || walk.budget <= 0) return;
  walk.budget--;
  const { before, after } = node;
  if (node.unknown === true) {
    emit(walk, path, masked(before, node.sensitive), node.sensitive ? SENSITIVE : KNOWN_AFTER_APPLY);
    return;
  }
  if (node.sensitive) {
    if (differs(before, after, walk)) emit(walk, path, masked(before, true), masked(after, true));
    return;
  }
  const beforeShape = shapeOf(before);
  // A partly unknown container may be missing from `after` while `after_unknown` has its shape.
  const afterShape =
    shapeOf(after) === 'none' && isContainer(node.unknown) ? shapeOf(node.unknown) : shapeOf(after);
  const containers = [beforeShape, afterShape].filter((shape) => shape === 'list' || shape === 'object');
  const descend =
    containers.length > 0 &&
    beforeShape !== 'leaf' &&
    afterShape !== 'leaf' &&
    new Set(containers).size === 1;
  if (!descend || depth >= MAX_DEPTH) {
    // Two unrelated shapes (an object that became a string), or too deep to list: shown whole,
    // containers as their shape only, so nothing sensitive beneath can show.
    if (differs(before, after, walk)) emit(walk, path, masked(before, false), masked(after, false));
    return;
  }
  for (const key of childKeys(before, after, node.unknown)) {
    const beforeSensitive = maskOf(node.beforeSensitive, key);
    const afterSensitive = maskOf(node.afterSensitive, key);
    visit(walk, childPath(path, key), depth + 1, {
      before: childOf(before, key),
      after: childOf(after, key),
      sensitive: beforeSensitive === true || afterSensitive === true,
      beforeSensitive,
      afterSensitive,
      unknown: maskOf(node.unknown, key),
    });
    if (walk.out.length >= walk.limit || walk.budget <= 0) return;
  }
}

function emit(walk: Walk, path: string, before: string | undefined, after: string | undefined): void {
  walk.out.push({ path: path || '(resource)', before, after });
}

function masked(side: Side, sensitive: boolean): string | undefined {
  if (side === ABSENT) return undefined;
  return sensitive ? SENSITIVE : renderValue(side);
}

/** `none` for a missing or null side, which takes the other side's shape when descending. */
function shapeOf(side: Side): 'none' | 'list' | 'object' | 'leaf' {
  if (side === ABSENT || side === null || side === undefined) return 'none';
  if (Array.isArray(side)) return 'list';
  return typeof side === 'object' ? 'object' : 'leaf';
}

/** Whether a reviewer should see a line: a null attribute of a create or delete is not a change. */
function differs(before: Side, after: Side, walk: Walk): boolean {
  if (before === ABSENT) return after !== null && after !== ABSENT;
  if (after === ABSENT) return before !== null;
  const same = sameValue(before, after, walk);
  // A comparison cut short by the budget proves nothing; the walk ends there.
  return !same && walk.budget > 0;
}

/** Keys of both sides, in the order they appear (before first), indexes for lists. */
function childKeys(before: Side, after: Side, unknown: unknown): (string | number)[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    const length = Math.max(lengthOf(before), lengthOf(after), lengthOf(unknown));
    return Array.from({ length }, (_, i) => i);
  }
  const keys = new Set<string>();
  for (const side of [before, after, unknown]) {
    if (isObject(side)) for (const key of Object.keys(side)) keys.add(key);
  }
  return [...keys];
}

function childOf(side: Side, key: string | number): Side {
  if (Array.isArray(side)) return typeof key === 'number' && key < side.length ? side[key] : ABSENT;
  if (isObject(side)) return Object.hasOwn(side, key) ? side[key] : ABSENT;
  return ABSENT;
}

/** The part of a sensitive/unknown mask for a child: `true` covers everything beneath it. */
function maskOf(mask: unknown, key: string | number): unknown {
  if (mask === true) return true;
  if (Array.isArray(mask)) return mask[key as number];
  if (isObject(mask)) return mask[key];
  return undefined;
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** A bounded equality: false as soon as the budget runs out (see `differs`). */
function sameValue(a: Side, b: Side, walk: Walk): boolean {
  if (--walk.budget <= 0) return false;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i], walk));
  }
  if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key], walk))
    );
  }
  return false;
}

/** Renders a value for a table cell; containers (only reached when not descended into) as a shape. */
export function renderValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= MAX_VALUE_CHARS) return JSON.stringify(value);
    let cut = value.slice(0, MAX_VALUE_CHARS);
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    return `${JSON.stringify(cut).slice(0, -1)}…" (${value.length} chars)`;
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[…${value.length} items]`;
  if (isObject(value)) {
    const size = Object.keys(value).length;
    return size === 0 ? '{}' : `{…${size} keys}`;
  }
  return String(value);
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}
