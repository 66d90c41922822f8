import type { CommandRunner } from '../../exec/command.js';
import { formatLocation, UserError, type SourceLocation } from '../../runtime/user-error.js';
import type { Finding } from '../finding.js';
import { findingsFromData } from './conftest-rules.js';

export interface RegoEvaluation {
  opaPath: string;
  /** Rego files or directories, passed to OPA as they are (it loads directories recursively). */
  policyPaths: readonly string[];
  /** The plan JSON file, the same one the built-in rules read. */
  planPath: string;
  runner: CommandRunner;
  /** The plan's label (ParsedPlan.label), carried into every finding. */
  label: string;
  /** For policies still in pre-1.0 syntax (`deny[msg] { ... }`): OPA's `--v0-compatible`. */
  regoV0?: boolean;
}

/**
 * The query is `data`, evaluated once: every package's rules come back in one document, so one
 * process serves any number of packages and the caller need not name them (conftest's
 * `--all-namespaces`). The cost is that helper rules are printed too; plan-policy only reads the
 * deny/violation/warn rules out of it.
 */
const QUERY = 'data';

export async function evaluateRego(evaluation: RegoEvaluation): Promise<Finding[]> {
  const args = ['eval', '--format', 'json'];
  if (evaluation.regoV0) args.push('--v0-compatible');
  for (const policyPath of evaluation.policyPaths) args.push('--data', policyPath);
  args.push('--input', evaluation.planPath, QUERY);
  // OPA exits non-zero on errors but still prints them as JSON; the output decides.
  const result = await evaluation.runner.run(evaluation.opaPath, args, { allowFailure: true });
  let output: unknown;
  try {
    output = JSON.parse(result.stdout);
  } catch {
    const said = (result.stderr || result.stdout).trim().split('\n').slice(-10).join('\n');
    throw new UserError(`opa eval failed (exit ${result.exitCode}) on ${evaluation.policyPaths.join(', ')}`, {
      hint: said || 'run the same opa eval command locally to see why',
    });
  }
  return findingsFromOpaOutput(output, evaluation.label);
}

interface OpaError {
  message?: string;
  code?: string;
  location?: { file?: string; row?: number; col?: number };
}

/** Reads `opa eval --format json` output: `{result: [{expressions: [{value}]}]}` or `{errors: [...]}`. */
export function findingsFromOpaOutput(output: unknown, label: string): Finding[] {
  if (!isObject(output)) throw new Error(`opa eval printed ${typeof output}, not a JSON object`);
  if (Array.isArray(output.errors) && output.errors.length > 0) {
    throw regoError(output.errors as OpaError[]);
  }
  // An undefined query prints `{}`; `data` is never undefined, but an empty answer is no finding.
  const results = Array.isArray(output.result) ? output.result : [];
  const findings: Finding[] = [];
  for (const result of results) {
    const expressions = isObject(result) && Array.isArray(result.expressions) ? result.expressions : [];
    for (const expression of expressions) {
      if (isObject(expression)) findings.push(...findingsFromData(expression.value, label));
    }
  }
  return findings;
}

const V0_SYNTAX = /`(if|contains)` keyword is required/;

/** One UserError for all of OPA's errors, located at the first one that names a file. */
function regoError(errors: readonly OpaError[]): UserError {
  const lines = errors.map((error) => {
    const where = locationOf(error);
    const prefix = where ? `${formatLocation(where)}: ` : '';
    return `${prefix}${error.code ?? 'opa_error'}: ${error.message ?? 'no message'}`;
  });
  const location = errors.map(locationOf).find((where) => where !== undefined);
  const v0 = errors.some((error) => V0_SYNTAX.test(error.message ?? ''));
  const hint = v0
    ? 'the policy uses pre-1.0 Rego syntax: convert it with `opa fmt --write --v0-v1 <dir>`, or evaluate it as Rego v0'
    : 'fix the policy, then check it locally with `opa check <files>`';
  const noun = errors.length === 1 ? 'an error' : `${errors.length} errors`;
  return new UserError(`OPA reported ${noun} in the Rego policies:\n${lines.join('\n')}`, {
    hint,
    ...(location && { location }),
  });
}

function locationOf(error: OpaError): SourceLocation | undefined {
  const file = error.location?.file;
  if (!file) return undefined;
  return { file, line: error.location?.row, column: error.location?.col };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
