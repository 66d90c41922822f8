import type { Finding } from '../../src/policy/finding.js';
import { groupByKind } from '../../src/policy/plan-model.js';
import type { ModuleCall, ParsedPlan, PlanChange } from '../../src/policy/plan-model.js';
import { activateRule } from '../../src/policy/rules/index.js';
import type { RuleId } from '../../src/policy/rules/index.js';

/** Test plans built in memory, so rule tests do not depend on the plan reader. */
export function change(address: string, overrides: Partial<PlanChange> = {}): PlanChange {
  const resource = address.replace(/\[[^\]]*\]/g, '').split('.');
  const mode = resource.at(-3) === 'data' ? 'data' : 'managed';
  const type = resource.at(-2) ?? 'null_resource';
  const calls = moduleCallsOf(address);
  const kind = overrides.kind ?? 'create';
  return {
    plan: 'stacks/app/plan.json',
    address,
    previousAddress: undefined,
    deposed: undefined,
    mode,
    type,
    name: resource.at(-1) ?? 'this',
    provider: `registry.terraform.io/hashicorp/${type.split('_')[0]}`,
    moduleAddress: /^((?:module\.[\w-]+(?:\[[^\]]*\])?\.)+)/.exec(address)?.[1]?.slice(0, -1),
    moduleCall: calls[0],
    moduleCalls: calls,
    kind,
    actions: ACTIONS[kind],
    replaceOrder: kind === 'replace' || kind === 'replace-forget' ? 'delete-before-create' : undefined,
    actionReason: undefined,
    replacePaths: [],
    importing: false,
    before: null,
    after: null,
    afterUnknown: {},
    beforeSensitive: false,
    afterSensitive: false,
    ...overrides,
  };
}

const ACTIONS: Record<PlanChange['kind'], string[]> = {
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
  replace: ['delete', 'create'],
  forget: ['forget'],
  'replace-forget': ['create', 'forget'],
  read: ['read'],
  'no-op': ['no-op'],
  unknown: ['explode'],
};

/** The call chain of an address, sources unknown: pass `moduleCalls` in overrides to give them. */
function moduleCallsOf(address: string): ModuleCall[] {
  const calls: ModuleCall[] = [];
  const pattern = /module\.([\w-]+)(\[[^\]]*\])?\./g;
  let path = '';
  for (const match of address.matchAll(pattern)) {
    path = path === '' ? `module.${match[1]}` : `${path}.module.${match[1]}`;
    calls.push({ path, name: match[1] as string, source: undefined, versionConstraint: undefined });
  }
  return calls;
}

export function moduleCall(path: string, source: string | undefined, versionConstraint?: string): ModuleCall {
  return { path, name: path.split('.').at(-1) as string, source, versionConstraint };
}

export function plan(changes: PlanChange[], overrides: Partial<ParsedPlan> = {}): ParsedPlan {
  const label = overrides.label ?? 'stacks/app/plan.json';
  const labelled = (overrides.changes ?? changes).map((c) => ({ ...c, plan: label }));
  return {
    label,
    path: `/workspace/${label}`,
    formatVersion: '1.2',
    toolVersion: '1.9.0',
    tool: 'terraform',
    moduleCalls: [],
    complete: true,
    errored: false,
    deferredChanges: 0,
    resourceDrift: 0,
    ...overrides,
    changes: labelled,
    changesByKind: groupByKind(labelled),
  };
}

/** Runs one built-in rule as a deny, blocking rule with the policy file's options. */
export function runRule(id: RuleId, config: Record<string, unknown>, parsed: ParsedPlan): Finding[] {
  return activateRule(id, { severity: 'deny', blocksAutoApprove: true }, config).check(parsed);
}
