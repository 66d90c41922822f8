import type { Finding } from '../finding.js';

/**
 * conftest's rule names, which is what teams' existing policies use: `deny`, `violation` and `warn`,
 * optionally with a suffix (`deny_public_bucket`). conftest reads them in package `main` unless told
 * otherwise; here every package counts, as with its `--all-namespaces`.
 */
const RULE_NAME = /^(deny|violation|warn)(_[A-Za-z0-9_]+)?$/;

/**
 * Walks the `data` document OPA evaluated and turns every conftest rule's results into findings.
 * Packages are nested objects (`package terraform.iam` is `data.terraform.iam`); OPA's output does
 * not say which objects are packages, so a rule-named key whose value is a set (a JSON array) or a
 * boolean is taken as a rule, and the walk does not descend into such values.
 */
export function findingsFromData(data: unknown, label: string): Finding[] {
  const findings: Finding[] = [];
  walkPackages(data, [], (packagePath, ruleName, value) => {
    // Rego has no rules outside a package; only a data file can put one at the top.
    findings.push(...findingsOfRule(packagePath.join('.') || 'data', ruleName, value, label));
  });
  return findings;
}

type RuleVisitor = (packagePath: readonly string[], ruleName: string, value: unknown) => void;

function walkPackages(node: unknown, packagePath: readonly string[], visit: RuleVisitor): void {
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (RULE_NAME.test(key) && (Array.isArray(value) || typeof value === 'boolean')) {
      visit(packagePath, key, value);
    } else {
      walkPackages(value, [...packagePath, key], visit);
    }
  }
}

function findingsOfRule(packageName: string, ruleName: string, value: unknown, label: string): Finding[] {
  const blocking = !ruleName.startsWith('warn');
  const base = {
    rule: `rego:${packageName}`,
    severity: blocking ? ('deny' as const) : ('warn' as const),
    blocksAutoApprove: blocking,
    plan: label,
  };
  // A boolean rule (`deny if { ... }`) carries no message; name the rule so the finding says something.
  if (typeof value === 'boolean') {
    return value ? [{ ...base, address: undefined, message: `${packageName}.${ruleName} is true` }] : [];
  }
  return (value as unknown[]).map((result) => ({ ...base, ...messageOf(result, packageName, ruleName) }));
}

/** conftest results are strings, or objects whose `msg` is the message (other keys are metadata). */
function messageOf(
  result: unknown,
  packageName: string,
  ruleName: string,
): { address: string | undefined; message: string } {
  if (typeof result === 'string') return { address: undefined, message: result };
  if (isObject(result)) {
    const address = [result.address, result.resource].find((field) => typeof field === 'string');
    const message =
      typeof result.msg === 'string' ? result.msg : `${packageName}.${ruleName}: ${JSON.stringify(result)}`;
    return { address: address as string | undefined, message };
  }
  return { address: undefined, message: `${packageName}.${ruleName}: ${JSON.stringify(result)}` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
