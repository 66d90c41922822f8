import { UserError } from '../runtime/user-error.js';
import type { BumpRequest } from './bump-request.js';
import { loadYaml } from './load-yaml.js';
import type { PathKey, ScalarNode, TextEdit, YamlFile } from './model.js';
import { resolvePath } from './navigate.js';
import { insertMissing } from './insert-missing.js';
import { renderScalar } from './scalar-render.js';
import { findImageTargets, findMarkerTargets } from './targets/index.js';
import type { MissingTarget, Target, TargetKind } from './targets/target.js';
import { applyEdits } from './text-edit.js';
import { isDowngrade } from './version-rules.js';
import { formatPathSegments, formatYamlPath, type PathSegment } from './yaml-path.js';

export type ChangeKind = TargetKind | 'path' | 'created';

/** One value that changes, as reported in the `changes` output and the job summary. */
export interface ValueChange {
  file: string;
  line: number;
  path: string;
  from: string;
  to: string;
  kind: ChangeKind;
}

export interface FileBump {
  file: string;
  after: string;
  changes: ValueChange[];
}

/** The outcome for one file: its new text, or why nothing matched (for "not found" errors). */
export interface FilePlan {
  file: string;
  bump: FileBump | undefined;
  /** The request found something in this file (even if the value already matched). */
  found: { image: boolean; marker: boolean; explicit: boolean };
  /** What the file holds instead, for "closest candidates" errors. */
  candidates: { image: string[]; marker: string[]; explicit: string[] };
}

interface PlannedEdit {
  edit: TextEdit;
  change: ValueChange;
}

/**
 * Plans the bump of one file: finds every target, renders each new scalar in the style of the
 * one it replaces and splices it in; nothing else in the text moves. Missing keys are created
 * one at a time, re-reading the file in between, so each insertion sees the text it lands in.
 */
export function planFileBump(
  file: string,
  text: string,
  request: BumpRequest,
  options: { exhaustive?: boolean } = {},
): FilePlan {
  const plan: FilePlan = {
    file,
    bump: undefined,
    found: { image: false, marker: false, explicit: false },
    candidates: { image: [], marker: [], explicit: [] },
  };
  if (!options.exhaustive && !mayContainTarget(text, request)) return plan;

  const yaml = loadYaml(file, text);
  const edits: PlannedEdit[] = [];
  const missing: MissingTarget[] = [];
  if (request.image) {
    const findings = findImageTargets(yaml, request.image);
    // A Kustomization without an entry for the image yields a proposed new entry: that is not
    // finding the image, only where it could be created.
    plan.found.image = findings.targets.length > 0 || findings.missing.some((m) => m.missing === 'key');
    plan.candidates.image = findings.candidates;
    edits.push(...findings.targets.map((target) => targetEdit(yaml, target, request)));
    missing.push(...findings.missing);
  }
  if (request.marker) {
    const findings = findMarkerTargets(yaml, request.marker);
    plan.found.marker = findings.targets.length > 0;
    plan.candidates.marker = findings.candidates;
    edits.push(...findings.targets.map((target) => targetEdit(yaml, target, request)));
  }
  const explicitMissing: PathSegment[][] = [];
  if (request.explicit) {
    const { segments, value } = request.explicit;
    const resolved = resolvePath(yaml, segments);
    plan.found.explicit = resolved.matches.length > 0;
    plan.candidates.explicit = resolved.candidates;
    for (const match of resolved.matches) {
      if (match.node.kind !== 'scalar') {
        throw new UserError(
          `${file}:${match.node.line}: '${request.explicit.path}' is a ${match.node.kind === 'alias' ? 'alias' : match.node.kind === 'map' ? 'mapping' : 'sequence'}, not a value`,
          {
            location: { file, line: match.node.line, column: match.node.column },
            hint: 'point path at the scalar to change, e.g. image.tag rather than image',
          },
        );
      }
      edits.push(scalarEdit(yaml, match.node, match.keys, value, 'path', request, match.node.value, value));
    }
    if (resolved.matches.length === 0 && request.missing === 'create') {
      explicitMissing.push(segments);
    }
  }

  const unique = dedupe(edits).filter(({ change }) => change.from !== change.to || change.kind === 'created');
  let after = applyEdits(
    text,
    unique.map(({ edit }) => edit),
  );
  const changes = unique.map(({ change }) => change);
  if (request.missing === 'create') {
    for (const target of missing) after = createMissing(file, after, target, changes, request.explicit);
    for (const segments of explicitMissing) {
      after = createAtPath(file, after, segments, request.explicit?.value ?? '', changes);
    }
  }
  if (after !== text) plan.bump = { file, after, changes: sortChanges(changes) };
  return plan;
}

/**
 * Cheap pre-check: a file whose text cannot hold the target is not parsed at all. `exhaustive`
 * turns it off where what the file holds matters, such as the candidates for a not-found error.
 */
function mayContainTarget(text: string, request: BumpRequest): boolean {
  if (request.missing === 'create') return true;
  if (request.image && text.includes(lastSegment(request.image.image.repository))) return true;
  if (request.marker && text.includes('$imagepolicy')) return true;
  if (request.explicit) {
    // Under missing: error a file without the path fails the run, and its keys are the hint.
    if (request.missing === 'error') return true;
    const last = request.explicit.segments.findLast((segment) => 'key' in segment);
    if (!last || !('key' in last) || text.includes(last.key)) return true;
  }
  return false;
}

function lastSegment(repository: string): string {
  return repository.slice(repository.lastIndexOf('/') + 1);
}

function targetEdit(yaml: YamlFile, target: Target, request: BumpRequest): PlannedEdit {
  return scalarEdit(
    yaml,
    target.node,
    target.keys,
    target.newValue,
    target.kind,
    request,
    target.fromVersion,
    target.toVersion,
  );
}

function scalarEdit(
  yaml: YamlFile,
  node: ScalarNode,
  keys: PathKey[],
  value: string,
  kind: ChangeKind,
  request: BumpRequest,
  fromVersion: string | undefined,
  toVersion: string | undefined,
): PlannedEdit {
  const path = formatYamlPath(keys);
  if (
    !request.allowDowngrade &&
    fromVersion !== undefined &&
    toVersion !== undefined &&
    isDowngrade(fromVersion, toVersion)
  ) {
    throw new UserError(
      `${yaml.name}:${node.line}: ${path}: refusing to downgrade ${fromVersion} to ${toVersion}`,
      {
        location: { file: yaml.name, line: node.line, column: node.column },
        hint: 'set allow-downgrade: true to roll back on purpose',
      },
    );
  }
  return {
    edit: {
      span: node.span,
      text:
        node.value === value ? yaml.text.slice(node.span.start, node.span.end) : renderScalar(node, value),
    },
    change: { file: yaml.name, line: node.line, path, from: node.value, to: value, kind },
  };
}

function dedupe(edits: PlannedEdit[]): PlannedEdit[] {
  const seen = new Map<number, PlannedEdit>();
  for (const planned of edits) {
    const other = seen.get(planned.edit.span.start);
    if (other && other.change.to !== planned.change.to) {
      throw new UserError(
        `${planned.change.file}:${planned.change.line}: ${planned.change.path} would be set to both '${other.change.to}' and '${planned.change.to}'`,
        {
          hint: 'the image, marker and path given match the same value with different results; run them separately',
        },
      );
    }
    seen.set(planned.edit.span.start, planned);
  }
  return [...seen.values()];
}

function createMissing(
  file: string,
  text: string,
  target: MissingTarget,
  changes: ValueChange[],
  _explicit: BumpRequest['explicit'],
): string {
  const parent: PathSegment[] = target.parentKeys.map((key) =>
    typeof key === 'number' ? { index: key } : { key },
  );
  if (target.missing === 'key') {
    return createAtPath(file, text, [...parent, { key: target.key }], target.value, changes, target.document);
  }
  const select: PathSegment = { select: { key: 'name', value: target.entry.name } };
  let result = text;
  for (const key of ['newTag', 'digest'] as const) {
    const value = target.entry[key];
    if (value !== undefined) {
      result = createAtPath(file, result, [...parent, select, { key }], value, changes, target.document);
    }
  }
  return result;
}

/**
 * Adds a missing path. In a multi-document file the document is the one given, or else the one
 * that holds the longest part of the path: creating a key in every document would be a guess.
 */
function createAtPath(
  file: string,
  text: string,
  segments: PathSegment[],
  value: string,
  changes: ValueChange[],
  documentIndex?: number,
): string {
  const yaml = loadYaml(file, text);
  const document =
    documentIndex !== undefined ? yaml.documents[documentIndex] : chooseDocumentForPath(yaml, segments);
  if (!document) return text;
  const edit = insertMissing(yaml, document, segments, value);
  const after = applyEdits(text, [edit]);
  const line =
    after.slice(0, edit.span.start).split('\n').length +
    (edit.text.startsWith('\n') || edit.text.startsWith('\r\n') ? 1 : 0);
  changes.push({ file, line, path: formatPathSegments(segments), from: '', to: value, kind: 'created' });
  return after;
}

function chooseDocumentForPath(yaml: YamlFile, segments: PathSegment[]) {
  const nonEmpty = yaml.documents.filter((document) => document.root !== null);
  if (yaml.documents.length === 1) return yaml.documents[0];
  const depths = nonEmpty.map((document) => ({
    document,
    depth: resolvePath({ ...yaml, documents: [document] }, segments).depth,
  }));
  const best = Math.max(...depths.map(({ depth }) => depth));
  const winners = depths.filter(({ depth }) => depth === best);
  if (winners.length !== 1 || best === 0) {
    throw new UserError(
      `${yaml.name}: cannot tell which of its ${yaml.documents.length} documents should receive '${formatPathSegments(segments)}'`,
      { hint: 'create the parent key in the right document first, or list a single-document file' },
    );
  }
  return winners[0]?.document;
}

function sortChanges(changes: ValueChange[]): ValueChange[] {
  return [...changes].sort((a, b) => a.line - b.line);
}
