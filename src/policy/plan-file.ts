import { readFileSync } from 'node:fs';
import { UserError } from '../runtime/user-error.js';
import type { ParsedPlan } from './plan-model.js';
import { normalisePlan } from './plan-normalise.js';

const HOW_TO_PRODUCE =
  'write the plan to a file and convert it: `terraform plan -out=tfplan && terraform show -json tfplan > plan.json` ' +
  '(OpenTofu: `tofu plan -out=tfplan && tofu show -json tfplan > plan.json`)';

/** The `format_version` majors this reader understands; the format promises minors stay compatible. */
const SUPPORTED_MAJORS = new Set(['0', '1']);

/**
 * Reads one plan JSON (`terraform show -json` / `tofu show -json`) and normalises it. Anything else
 * (a binary plan, a state, the `plan -json` log stream, an HCP redacted plan, broken JSON, a future
 * major format) is a UserError naming the file, what it is, and how to produce a plan JSON.
 */
export async function readPlanFile(path: string, label: string): Promise<ParsedPlan> {
  let text: string;
  try {
    // Decoded as it is read, without a Buffer of the whole file: tens of megabytes of external
    // memory make V8 start a full garbage collection in the middle of the parse.
    text = readFileSync(path, 'utf8');
    // A zip, and bytes that are not UTF-8 (UTF-16, damage), are looked at as bytes.
    text =
      text.startsWith('PK') || text.includes('\uFFFD')
        ? planText(readFileSync(path), label)
        : withoutBom(text);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UserError(`cannot read the plan ${label}: ${reason}`, {
      hint: `pass the path of a plan JSON; ${HOW_TO_PRODUCE}`,
      location: { file: label },
      cause: error,
    });
  }
  const json = parsePlanText(text, label);
  checkPlanDocument(json, label);
  return normalisePlan(json, label, path);
}

function planText(bytes: Buffer, label: string): string {
  // A saved plan (`-out=tfplan`) is a zip archive.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new UserError(
      `${label} is a binary plan file (the zip that \`terraform plan -out\` writes), not a plan JSON`,
      {
        hint: `convert it: \`terraform show -json ${label} > plan.json\` (OpenTofu: \`tofu show -json ${label} > plan.json\`)`,
        location: { file: label },
      },
    );
  }
  // Windows PowerShell 5 redirects (`>`) write UTF-16LE with a byte order mark.
  return bytes[0] === 0xff && bytes[1] === 0xfe
    ? bytes.toString('utf16le', 2)
    : withoutBom(bytes.toString('utf8'));
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parsePlanText(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (text.trim() === '') {
      throw new UserError(`${label} is empty, not a plan JSON`, {
        hint: HOW_TO_PRODUCE,
        location: { file: label },
      });
    }
    if (isUiMessage(firstLineJson(text))) throw uiStreamError(label);
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(text, errorOffset(message, text));
    // V8 quotes the whole input in some messages; keep only the reason.
    const reason = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position.*$/s, '');
    throw new UserError(`${label}:${line}:${column}: not valid JSON: ${reason}`, {
      hint: `check the file was written completely and not edited since; ${HOW_TO_PRODUCE}`,
      location: { file: label, line, column },
      cause: error,
    });
  }
}

/**
 * Throws a UserError unless `json` is a plan JSON of a supported `format_version` major. Only the
 * major gates (the documented promise: minors add fields, which are ignored); `terraform_version`
 * never does, since OpenTofu and future releases write versions this code cannot know.
 */
export function checkPlanDocument(json: unknown, label: string): void {
  const location = { file: label };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UserError(`${label} is not a plan JSON: it holds a JSON ${jsonKind(json)}, not an object`, {
      hint: HOW_TO_PRODUCE,
      location,
    });
  }
  const document = json as Record<string, unknown>;
  if (isUiMessage(document)) throw uiStreamError(label);
  if (isRedactedPlan(document)) {
    throw new UserError(
      `${label} is an HCP Terraform redacted plan (the json-output-redacted API, made for the UI), ` +
        'not a plan JSON: it has no format_version and no configuration, so module sources cannot be checked',
      {
        hint:
          'download the plan JSON from `/api/v2/plans/<plan-id>/json-output` instead (a token with workspace admin ' +
          `access), or ${HOW_TO_PRODUCE}`,
        location,
      },
    );
  }
  if (!('format_version' in document)) {
    throw new UserError(`${label} is not a Terraform/OpenTofu plan JSON: it has no format_version`, {
      hint: HOW_TO_PRODUCE,
      location,
    });
  }
  if (isState(document)) {
    throw new UserError(
      `${label} is a state JSON (\`terraform show -json\` without a plan file), not a plan JSON: it has no resource_changes`,
      { hint: HOW_TO_PRODUCE, location },
    );
  }
  const formatVersion = document.format_version;
  const major = typeof formatVersion === 'string' ? formatVersion.split('.')[0] : undefined;
  if (major === undefined || !SUPPORTED_MAJORS.has(major)) {
    throw new UserError(
      `${label} has plan format_version ${JSON.stringify(formatVersion)}; this action reads formats 0.x and 1.x`,
      {
        hint: 'a new major format changes meanings this action relies on; update gitops-actions, or produce the plan with a release that writes format 1.x',
        location,
      },
    );
  }
}

/** Keys only plans have; a state JSON has `values` (or, for an empty state, nothing else at all). */
const PLAN_KEYS = ['resource_changes', 'planned_values', 'configuration', 'prior_state', 'output_changes'];
const STATE_KEYS = new Set(['format_version', 'terraform_version', 'values']);

function isState(document: Record<string, unknown>): boolean {
  if (PLAN_KEYS.some((key) => key in document)) return false;
  return 'values' in document || Object.keys(document).every((key) => STATE_KEYS.has(key));
}

/**
 * HCP Terraform's json-output-redacted body is Terraform's `jsonformat.Plan` (what its UI renders):
 * `plan_format_version`, `provider_format_version`, `provider_schemas`, `relevant_attributes` and
 * no `format_version` or `configuration`. Facts from hashicorp/terraform:
 * internal/command/jsonformat/plan.go (type Plan), internal/cloud/cloudplan/remote_plan_json.go
 * ("the redacted one can be decoded directly into a jsonformat.Plan struct"), and the fixture
 * internal/cloud/testdata/apply-json-with-outputs/plan-redacted.json.
 */
function isRedactedPlan(document: Record<string, unknown>): boolean {
  return !('format_version' in document) && 'plan_format_version' in document;
}

/** A line of `terraform plan -json` / `tofu plan -json` (the machine-readable UI), not a plan. */
function isUiMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return '@message' in value && ('@level' in value || 'type' in value);
}

function uiStreamError(label: string): UserError {
  return new UserError(
    `${label} is the log stream of \`terraform plan -json\` (one JSON message per line), not a plan JSON`,
    {
      hint: `the stream describes a plan but not its configuration; ${HOW_TO_PRODUCE}`,
      location: { file: label },
    },
  );
}

function firstLineJson(text: string): unknown {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  try {
    return JSON.parse(firstLine);
  } catch {
    return undefined;
  }
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Where JSON.parse failed: V8 gives `at position N` in most messages, but not in `Unexpected token
 * 'x', "…" is not valid JSON` (Node 20 and later), so those are located by scanning.
 */
function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return firstSyntaxError(text);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first character that cannot continue a JSON text. Used only for the one kind of
 * V8 message without a position, so it checks structure and tokens, not every string escape.
 */
function firstSyntaxError(text: string): number {
  const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // Control characters in strings get a positioned V8 message, so they need no check here.
  const string = /"(?:[^"\\]|\\.)*"/y;
  const stack: string[] = [];
  let expectValue = true;
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (/\s/.test(char)) {
      at += 1;
    } else if (expectValue && (char === '{' || char === '[')) {
      stack.push(char === '{' ? '}' : ']');
      at += 1;
    } else if (char === '}' || char === ']') {
      if (stack.pop() !== char) return at;
      expectValue = false;
      at += 1;
    } else if (!expectValue && (char === ',' || char === ':') && stack.length > 0) {
      expectValue = true;
      at += 1;
    } else if (expectValue && char === '"') {
      string.lastIndex = at;
      if (!string.test(text)) return at;
      at = string.lastIndex;
      expectValue = false;
    } else if (expectValue) {
      literal.lastIndex = at;
      if (!literal.test(text)) return at;
      at = literal.lastIndex;
      expectValue = false;
    } else {
      return at;
    }
  }
  return at;
}
