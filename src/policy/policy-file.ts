import { readFile } from 'node:fs/promises';
import * as ajvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import policySchema from '../../action-schemas/policy.schema.json' with { type: 'json' };
import { UserError, formatLocation } from '../runtime/user-error.js';
import type { SourceLocation } from '../runtime/user-error.js';
import { closestCandidates } from '../values/closest-candidates.js';
import { isCalendarDate, prepareException } from './exceptions.js';
import type { ExceptionEntry, PolicyException } from './exceptions.js';
import { buildPolicy, defaultPolicy, type Policy, type RuleConfig } from './policy.js';

interface PolicyDocument {
  version: 1;
  rules?: Partial<Record<RuleId, RuleConfig>>;
  exceptions?: ExceptionEntry[];
}
import { RULE_IDS, isRuleId } from './rules/index.js';
import type { RuleId } from './rules/index.js';

/**
 * Reads the policy file at `path`. `label` is how messages, annotations and findings name it (the
 * path relative to the workspace, as for plans): GitHub places annotations by repository path.
 */
export async function loadPolicy(path: string | undefined, label = path): Promise<Policy> {
  if (path === undefined) return defaultPolicy();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(`policy file ${label} ${missing ? 'does not exist' : 'cannot be read'}`, {
      hint: 'set the policy input to a YAML policy file relative to the workspace, or leave it empty for the default policy',
      cause: error,
    });
  }
  return parsePolicy(text, label ?? path);
}

export function parsePolicy(text: string, file: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const reason = yamlError.message.split('\n')[0] ?? yamlError.code;
    throw policyError(
      [{ location: locate(yamlError.pos[0]), message: `invalid YAML: ${reason}` }],
      'fix the YAML syntax',
    );
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    throw policyError(
      [{ location: { file }, message: 'the policy file is empty' }],
      'a policy starts with "version: 1"',
    );
  }
  const validate = policyValidator();
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((error) => describe(error, doc, locate));
    throw policyError(problems, problems.find((problem) => problem.hint)?.hint);
  }
  const policy = value as PolicyDocument;
  const exceptions = (policy.exceptions ?? []).map((entry, index) =>
    checkedException(entry, locate(nodeAt(doc, ['exceptions', String(index)])?.range?.[0] ?? 0)),
  );
  return buildPolicy(file, policy.rules ?? {}, exceptions);
}

function checkedException(entry: ExceptionEntry, location: SourceLocation): PolicyException {
  const where = formatLocation(location);
  if (!isRuleId(entry.rule) && !entry.rule.startsWith('rego:')) {
    const [closest] = closestCandidates(entry.rule, RULE_IDS, 1);
    throw policyError(
      [{ location, message: `exception for unknown rule '${entry.rule}'` }],
      [
        closest ? `did you mean '${closest}'?` : undefined,
        `exceptions name a built-in rule (${RULE_IDS.join(', ')}) or rego:<package>`,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  if (!isCalendarDate(entry.expires)) {
    throw policyError(
      [{ location, message: `exception expires on '${entry.expires}', which is not a date` }],
      'write expires as YYYY-MM-DD, for example 2027-01-31',
    );
  }
  return prepareException(entry, where);
}

interface Problem {
  location: SourceLocation;
  message: string;
  hint?: string;
}

function policyError(problems: Problem[], hint: string | undefined): UserError {
  const lines = problems.map((problem) => `${formatLocation(problem.location)}: ${problem.message}`);
  const message =
    lines.length === 1
      ? `invalid policy: ${lines[0]}`
      : `invalid policy:\n${lines.map((line) => `  - ${line}`).join('\n')}`;
  return new UserError(message, { location: problems[0]?.location, ...(hint ? { hint } : {}) });
}

let compiled: ValidateFunction | undefined;

function policyValidator(): ValidateFunction {
  if (!compiled) {
    // ajv is CommonJS: Node names its `Ajv` export, a bundler's interop only gives `default`.
    const module = ajvModule as unknown as {
      Ajv?: typeof ajvModule.Ajv;
      default: { Ajv: typeof ajvModule.Ajv };
    };
    const Ajv = module.Ajv ?? module.default.Ajv;
    compiled = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(policySchema);
  }
  return compiled;
}

function describe(error: ErrorObject, doc: Document, locate: (offset: number) => SourceLocation): Problem {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = segments.length === 0 ? 'the policy' : keyPath(segments);
  const node = nodeAt(doc, segments);
  const location = locate(node?.range?.[0] ?? 0);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const valid = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const keyNode = keyNodeAt(node, key);
      const [closest] = closestCandidates(key, valid, 1);
      const what = segments.length === 1 && segments[0] === 'rules' ? 'rule' : 'key';
      return {
        location: keyNode ? locate(keyNode.range?.[0] ?? 0) : location,
        message: `${where}: unknown ${what} '${key}'`,
        hint: `${closest ? `did you mean '${closest}'? ` : ''}valid ${what}s: ${valid.join(', ')}`,
      };
    }
    case 'required':
      return { location, message: `${where}: '${String(error.params.missingProperty)}' is required` };
    case 'enum':
      return {
        location,
        message: `${where}: must be one of ${(error.schema as unknown[]).join(', ')} (got ${JSON.stringify(error.data)})`,
      };
    case 'const':
      return {
        location,
        message: `${where}: must be ${JSON.stringify(error.schema)} (got ${JSON.stringify(error.data)})`,
      };
    case 'pattern':
      return { location, message: `${where}: must be a date YYYY-MM-DD (got ${JSON.stringify(error.data)})` };
    case 'type':
      return {
        location,
        message: `${where}: must be ${String(error.params.type)} (got ${JSON.stringify(error.data)})`,
      };
    default:
      return { location, message: `${where}: ${error.message ?? 'is invalid'}` };
  }
}

/** `rules.no-destroy.allow[0]`, as a reader finds it in the file. */
function keyPath(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function nodeAt(doc: Document, segments: readonly string[]): YamlNode | undefined {
  let node = doc.contents as YamlNode | null | undefined;
  for (const segment of segments) {
    if (isMap(node))
      node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.value as
        YamlNode | undefined;
    else if (isSeq(node)) node = node.items[Number(segment)] as YamlNode | undefined;
    else return undefined;
  }
  return node ?? undefined;
}

function keyNodeAt(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair?.key as YamlNode | undefined;
}
