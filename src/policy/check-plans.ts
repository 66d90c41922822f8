import type { CommandRunner } from '../exec/command.js';
import { LazyCommandRunner } from '../exec/lazy-command-runner.js';
import type { Log } from '../runtime/log.js';
import { evaluatePolicy } from './evaluate.js';
import type { Finding, RuleDescription } from './finding.js';
import { resolvePlanPaths, workspaceLabel } from './plan-paths.js';
import type { ParsedPlan } from './plan-model.js';
import { readPlanFile } from './plan-file.js';
import { defaultPolicy } from './policy.js';
import type { PolicyOutcome } from './policy-report.js';
import type { OpaRequest } from './rego/opa-binary.js';
import type { FailOn } from './verdict.js';

export interface PlanCheckRequest {
  workspace: string;
  /** The `plans` input: paths or globs. */
  plans: readonly string[];
  /** The policy file (absolute); undefined for the default policy. */
  policy: string | undefined;
  failOn: FailOn;
  /** The moment exceptions expire against. */
  now: Date;
  /** Rego policies evaluated with OPA besides the built-in rules. */
  rego?: { policyPaths: readonly string[]; regoV0: boolean; opa: Omit<OpaRequest, 'runner' | 'log'> };
  /** Runs OPA; only Rego policies need it (default: a LazyCommandRunner). */
  runner?: CommandRunner;
  log: Log;
}

/** Reads every plan, runs the policy (and any Rego policies) over them and decides the verdict. */
export async function checkPlans(request: PlanCheckRequest): Promise<PolicyOutcome> {
  const { log } = request;
  const policy = await log.group('Load policy', async () => {
    const { policy: file, workspace } = request;
    // The YAML parser and the schema validator load only for a policy file.
    const loaded =
      file === undefined
        ? defaultPolicy()
        : await (await import('./policy-file.js')).loadPolicy(file, workspaceLabel(workspace, file));
    log.info(
      `${loaded.file ?? 'Default policy'}: ${loaded.rules.map((rule) => rule.description.id).join(', ')}` +
        (loaded.exceptions.length > 0 ? `; ${loaded.exceptions.length} exception(s)` : ''),
    );
    return loaded;
  });
  const plans = await log.group('Read plans', async () => {
    const read: ParsedPlan[] = [];
    // One at a time: a plan can be tens of megabytes, and parsing is CPU-bound anyway.
    for (const { path, label } of await resolvePlanPaths(request.workspace, request.plans)) {
      const plan = await readPlanFile(path, label);
      log.info(`${label}: ${plan.changes.length} resource change(s), format ${plan.formatVersion}.`);
      read.push(plan);
    }
    return read;
  });
  const rego = request.rego?.policyPaths.length
    ? await log.group('Evaluate Rego policies', () => regoFindings(plans, request))
    : { findings: [], rules: [] };
  return log.group('Evaluate policy', async () =>
    evaluatePolicy(plans, policy, {
      now: request.now,
      failOn: request.failOn,
      extraFindings: rego.findings,
      extraRules: rego.rules,
    }),
  );
}

async function regoFindings(
  plans: readonly ParsedPlan[],
  request: PlanCheckRequest,
): Promise<{ findings: Finding[]; rules: RuleDescription[] }> {
  const rego = request.rego as NonNullable<PlanCheckRequest['rego']>;
  // Loaded only here: most runs have no Rego policies and need neither OPA nor its download code.
  const { resolveOpa } = await import('./rego/opa-binary.js');
  const { evaluateRego } = await import('./rego/opa-eval.js');
  const runner = request.runner ?? new LazyCommandRunner(request.log);
  const opa = await resolveOpa({ ...rego.opa, runner, log: request.log });
  request.log.info(`OPA ${opa.version} from ${opa.source}: ${opa.path}`);
  const findings: Finding[] = [];
  for (const plan of plans) {
    const found = await evaluateRego({
      opaPath: opa.path,
      policyPaths: rego.policyPaths,
      planPath: plan.path,
      runner,
      label: plan.label,
      regoV0: rego.regoV0,
    });
    request.log.info(`${plan.label}: ${found.length} Rego finding(s).`);
    for (const finding of found) findings.push(finding);
  }
  const packages = [...new Set(findings.map((finding) => finding.rule))].sort();
  return {
    findings,
    rules: packages.map((id) => ({
      id,
      title: `Rego policy ${id.replace(/^rego:/, '')}`,
      help: `A deny, violation or warn rule of package \`${id.replace(/^rego:/, '')}\` in rego-policies, evaluated with OPA over the plan JSON.`,
    })),
  };
}
