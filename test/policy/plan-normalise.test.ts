import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeKind, PlanChange, ReplaceOrder } from '../../src/policy/plan-model.js';
import { changeKindOf, moduleCallNames, normalisePlan } from '../../src/policy/plan-normalise.js';

const fixtures = join(import.meta.dirname, '../fixtures/plans/synthetic');

function fixture(name: string) {
  const path = join(fixtures, name);
  return normalisePlan(JSON.parse(readFileSync(path, 'utf8')), `plans/${name}`, path);
}

function change(plan: { changes: PlanChange[] }, address: string): PlanChange {
  const found = plan.changes.find((c) => c.address === address);
  if (!found) throw new Error(`no change ${address}`);
  return found;
}

/** A minimal plan around the given resource_changes entries. */
function planOf(resourceChanges: unknown[], extra: Record<string, unknown> = {}) {
  return normalisePlan(
    { format_version: '1.2', resource_changes: resourceChanges, ...extra },
    'p.json',
    '/w/p.json',
  );
}

describe('changeKindOf', () => {
  it.each<[string[], ChangeKind, ReplaceOrder | undefined]>([
    [['create'], 'create', undefined],
    [['update'], 'update', undefined],
    [['delete'], 'delete', undefined],
    [['delete', 'create'], 'replace', 'delete-before-create'],
    [['create', 'delete'], 'replace', 'create-before-destroy'],
    [['forget'], 'forget', undefined],
    [['create', 'forget'], 'replace-forget', 'create-before-destroy'],
    [['forget', 'create'], 'replace-forget', 'delete-before-create'],
    [['read'], 'read', undefined],
    [['no-op'], 'no-op', undefined],
    [[], 'unknown', undefined],
    [['archive'], 'unknown', undefined],
    [['create', 'update'], 'unknown', undefined],
    [['delete', 'forget'], 'unknown', undefined],
    [['create', 'delete', 'create'], 'unknown', undefined],
    [['Create'], 'unknown', undefined],
    [['create,delete'], 'unknown', undefined],
  ])('%j is %s', (actions, kind, replaceOrder) => {
    expect(changeKindOf(actions)).toEqual({ kind, replaceOrder });
  });
});

describe('moduleCallNames', () => {
  it.each<[string, string[] | undefined]>([
    ['module.a', ['a']],
    ['module.a.module.b', ['a', 'b']],
    ['module.a["x.y[0]"].module.b[3]', ['a', 'b']],
    ['module.a["say \\"hi\\"]."]', ['a']],
    ['module.a["]"].module.b', ['a', 'b']],
    ['module.net-work_1[0].module.sub["eu-west-1a"]', ['net-work_1', 'sub']],
    ['module.a[*]', ['a']],
    ['', []],
    ['module.', undefined],
    ['module.a.', undefined],
    ['module.a["unclosed', undefined],
    ['module.a[0', undefined],
    ['module.a[0]x', undefined],
    ['aws_s3_bucket.b', undefined],
    ['module.a.aws_s3_bucket.b', undefined],
  ])('%s gives %j', (address, names) => {
    expect(moduleCallNames(address)).toEqual(names);
  });
});

describe('normalisePlan', () => {
  it('maps each entry once, keeping the entry order, address, type, provider and plan label', () => {
    const plan = fixture('iam.json');
    expect(plan.changes.map((c) => c.address)).toEqual([
      'data.aws_iam_policy_document.assume',
      'aws_iam_role.ci',
      'module.roles.aws_iam_role.this["reader"]',
      'module.roles.data.aws_iam_policy_document.this["reader"]',
      'google_project_iam_member.ci_editor',
      'azurerm_role_assignment.ops',
      'kubernetes_cluster_role_binding.admins',
      'module.rbac.kubernetes_cluster_role_binding.this["viewers"]',
    ]);
    const role = change(plan, 'module.roles.aws_iam_role.this["reader"]');
    expect(role).toMatchObject({
      plan: 'plans/iam.json',
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'this',
      provider: 'registry.terraform.io/hashicorp/aws',
      moduleAddress: 'module.roles',
      kind: 'create',
      actions: ['create'],
    });
    expect(role.moduleCall).toEqual({
      path: 'module.roles',
      name: 'roles',
      source: 'registry.example.com/acme/iam-roles/aws',
      versionConstraint: '3.1.0',
    });
    expect(change(plan, 'data.aws_iam_policy_document.assume')).toMatchObject({
      mode: 'data',
      kind: 'read',
      moduleCall: undefined,
      moduleCalls: [],
      actionReason: 'read_because_config_unknown',
    });
    expect(change(plan, 'azurerm_role_assignment.ops')).toMatchObject({
      kind: 'delete',
      actionReason: 'delete_because_no_resource_config',
      after: null,
    });
  });

  it('joins module chains to configuration through nested calls, instance keys stripped', () => {
    const plan = fixture('module-pins.json');
    const subnet = change(plan, 'module.vpc.module.subnets.aws_subnet.this["eu-west-1a"]');
    expect(subnet.moduleCall?.source).toBe('registry.example.com/acme/vpc/aws');
    expect(subnet.moduleCalls.map((c) => [c.path, c.source, c.versionConstraint])).toEqual([
      ['module.vpc', 'registry.example.com/acme/vpc/aws', '4.2.1'],
      ['module.vpc.module.subnets', 'registry.example.com/acme/subnets/aws', '2.0.1'],
    ]);
    const dns = change(plan, 'module.dns["api.example.com"].aws_route53_record.this["www"]');
    expect(dns.moduleAddress).toBe('module.dns["api.example.com"]');
    expect(dns.moduleCall).toMatchObject({
      path: 'module.dns',
      source: 'git::https://git.example.com/acme/terraform-dns.git?ref=v1.2.0',
      versionConstraint: undefined,
    });
    const queue = change(plan, 'module.app[0].module.queue.aws_sqs_queue.this');
    expect(queue.moduleCalls.map((c) => [c.path, c.name, c.source])).toEqual([
      ['module.app', 'app', './modules/x'],
      ['module.app.module.queue', 'queue', '../queue'],
    ]);
    expect(plan.moduleCalls.map((c) => [c.path, c.source, c.versionConstraint])).toEqual([
      ['module.vpc', 'registry.example.com/acme/vpc/aws', '4.2.1'],
      ['module.vpc.module.subnets', 'registry.example.com/acme/subnets/aws', '2.0.1'],
      ['module.eks', 'registry.example.com/acme/eks/aws', '~> 19.0'],
      ['module.dns', 'git::https://git.example.com/acme/terraform-dns.git?ref=v1.2.0', undefined],
      ['module.legacy', 'git::https://git.example.com/acme/terraform-legacy.git?ref=master', undefined],
      ['module.app', './modules/x', undefined],
      ['module.app.module.queue', '../queue', undefined],
    ]);
    // A chain and the list of every call hold the same objects, whichever is read first.
    expect(plan.moduleCalls).toContain(subnet.moduleCalls[1]);
    expect(plan.moduleCalls).toContain(queue.moduleCall);
  });

  it('matches call names only against calls the configuration declares, not object built-ins', () => {
    const plan = planOf(
      ['constructor', 'toString', '__proto__'].map((name) => ({
        address: `module.${name}.aws_s3_bucket.x`,
        module_address: `module.${name}`,
        change: { actions: ['create'] },
      })),
      {
        configuration: JSON.parse('{"root_module": {"module_calls": {"constructor": {"source": "./ctor"}}}}'),
      },
    );
    expect(plan.changes.map((c) => [c.moduleCall?.path, c.moduleCall?.source])).toEqual([
      ['module.constructor', './ctor'],
      ['module.toString', undefined],
      ['module.__proto__', undefined],
    ]);
    expect(plan.moduleCalls.map((c) => c.path)).toEqual(['module.constructor']);
  });

  it('finds the module from the address when module_address is missing, and names calls configuration lacks', () => {
    const plan = planOf([
      {
        address: 'module.a["k.1"].module.b[2].aws_s3_bucket.x',
        mode: 'managed',
        type: 'aws_s3_bucket',
        name: 'x',
        change: { actions: ['create'] },
      },
    ]);
    const [only] = plan.changes;
    expect(only?.moduleAddress).toBe('module.a["k.1"].module.b[2]');
    expect(only?.moduleCalls).toEqual([
      { path: 'module.a', name: 'a', source: undefined, versionConstraint: undefined },
      { path: 'module.a.module.b', name: 'b', source: undefined, versionConstraint: undefined },
    ]);
    expect(plan.moduleCalls).toEqual([]);
  });

  it.each([
    [
      'replace-create-before-destroy.json',
      'aws_launch_template.web',
      'replace',
      'create-before-destroy',
      [['name']],
    ],
    [
      'replace-delete-before-create.json',
      'aws_db_instance.orders',
      'replace',
      'delete-before-create',
      [['storage_encrypted']],
    ],
    ['replace-delete-before-create.json', 'aws_instance.worker[0]', 'replace', 'delete-before-create', []],
    [
      'replace-forget-terraform.json',
      'aws_instance.bastion',
      'replace-forget',
      'create-before-destroy',
      [['ami']],
    ],
    [
      'replace-forget-opentofu.json',
      'aws_instance.bastion',
      'replace-forget',
      'delete-before-create',
      [['ami']],
    ],
    ['forget.json', 'aws_s3_bucket.logs', 'forget', undefined, []],
  ])('%s: %s is %s (%s)', (file, address, kind, replaceOrder, replacePaths) => {
    const c = change(fixture(file), address);
    expect(c).toMatchObject({ kind, replaceOrder, replacePaths });
    if (kind === 'replace' || kind === 'replace-forget') expect(c.actionReason).toMatch(/^replace_because_/);
  });

  it('tells the tool only from provider registry addresses', () => {
    expect(fixture('replace-forget-opentofu.json').tool).toBe('opentofu');
    expect(fixture('replace-forget-terraform.json').tool).toBe('terraform');
    // OpenTofu writes terraform_version too, so that field is reported but never evidence.
    expect(fixture('replace-forget-opentofu.json').toolVersion).toBe('1.9.0');
    expect(planOf([{ address: 'a.b', provider_name: 'aws', change: { actions: ['create'] } }]).tool).toBe(
      'unknown',
    );
    const configured = planOf([], {
      configuration: { provider_config: { aws: { full_name: 'registry.opentofu.org/hashicorp/aws' } } },
    });
    expect(configured.tool).toBe('opentofu');
  });

  it('reports completeness, errors, deferred changes and drift as written', () => {
    expect(fixture('deferred.json')).toMatchObject({ complete: false, errored: false, deferredChanges: 2 });
    expect(fixture('errored.json')).toMatchObject({ complete: false, errored: true, deferredChanges: 0 });
    expect(planOf([], { resource_drift: [{}, {}, {}] })).toMatchObject({
      complete: undefined,
      errored: undefined,
      resourceDrift: 3,
      deferredChanges: 0,
    });
    expect(fixture('no-op.json').changes.every((c) => c.kind === 'no-op')).toBe(true);
  });

  it('marks importing and moved resources', () => {
    const imported = fixture('importing.json');
    expect(imported.changes.map((c) => [c.address, c.kind, c.importing])).toEqual([
      ['aws_s3_bucket.legacy', 'no-op', true],
      ['aws_s3_bucket.archive', 'update', true],
    ]);
    expect(change(fixture('iam.json'), 'aws_iam_role.ci').importing).toBe(false);
    const moved = fixture('moved.json');
    expect(moved.changes.map((c) => [c.address, c.previousAddress])).toEqual([
      ['module.storage.aws_s3_bucket.this', 'aws_s3_bucket.data'],
      ['aws_s3_bucket.media["eu"]', 'aws_s3_bucket.media[0]'],
    ]);
    expect(change(fixture('iam.json'), 'aws_iam_role.ci').previousAddress).toBeUndefined();
  });

  it('keeps values and masks by reference, never copied', () => {
    const json = JSON.parse(readFileSync(join(fixtures, 'sensitive.json'), 'utf8'));
    const plan = normalisePlan(json, 'sensitive.json', '/w/sensitive.json');
    const entry = json.resource_changes[0].change;
    const db = plan.changes[0]!;
    expect(db.before).toBe(entry.before);
    expect(db.after).toBe(entry.after);
    expect(db.afterUnknown).toBe(entry.after_unknown);
    expect(db.beforeSensitive).toBe(entry.before_sensitive);
    expect(db.afterSensitive).toEqual({ password: true, tags: {}, tags_all: {} });
    expect(change(plan, 'aws_secretsmanager_secret_version.token').afterSensitive).toBe(true);
  });

  it('turns unknown or malformed actions and changes into unknown changes, never a crash', () => {
    expect(fixture('unknown-action.json').changes.map((c) => [c.kind, c.actions])).toEqual([
      ['unknown', ['archive']],
      ['create', ['create']],
    ]);
    const plan = planOf([
      { address: 'a.no_change', type: 'a', name: 'no_change' },
      { address: 'a.null_change', change: null },
      { address: 'a.string_actions', change: { actions: 'delete' } },
      { address: 'a.number_action', change: { actions: [1] } },
      {
        address: 'a.odd',
        change: { actions: ['create'] },
        replace_paths: 'x',
        module_address: 7,
        mode: 'strange',
      },
      null,
      'text',
    ]);
    expect(plan.changes.map((c) => [c.address, c.kind, c.actions])).toEqual([
      ['a.no_change', 'unknown', []],
      ['a.null_change', 'unknown', []],
      ['a.string_actions', 'unknown', []],
      ['a.number_action', 'unknown', ['1']],
      ['a.odd', 'create', ['create']],
      ['', 'unknown', []],
      ['', 'unknown', []],
    ]);
    expect(plan.changes[4]).toMatchObject({ replacePaths: [], moduleAddress: undefined, mode: 'managed' });
  });

  it('groups the same change objects by kind, in plan order within each kind', () => {
    const actions = [
      ['delete'],
      ['create'],
      ['forget'],
      ['delete', 'create'],
      ['delete'],
      ['archive'],
      ['create'],
    ];
    const plan = planOf(
      actions.map((list, index) => ({ address: `a.r${index}`, change: { actions: list } })),
    );
    const addresses = (kind: ChangeKind) => plan.changesByKind[kind].map((c) => c.address);
    expect(addresses('delete')).toEqual(['a.r0', 'a.r4']);
    expect(addresses('create')).toEqual(['a.r1', 'a.r6']);
    expect(addresses('forget')).toEqual(['a.r2']);
    expect(addresses('replace')).toEqual(['a.r3']);
    expect(addresses('unknown')).toEqual(['a.r5']);
    expect(addresses('update')).toEqual([]);
    expect(plan.changesByKind.delete[0]).toBe(plan.changes[0]);
    const grouped = Object.values(plan.changesByKind).reduce((sum, list) => sum + list.length, 0);
    expect(grouped).toBe(plan.changes.length);
  });

  it('tells a deposed object from the current object at the same address', () => {
    const plan = fixture('deposed.json');
    expect(plan.changes.map((c) => [c.address, c.deposed, c.kind])).toEqual([
      ['aws_instance.web', undefined, 'no-op'],
      ['aws_instance.web', '6f2a9c1e', 'delete'],
    ]);
    expect(
      planOf([{ address: 'a.b', deposed: '', change: { actions: ['delete'] } }]).changes[0]?.deposed,
    ).toBe(undefined);
  });

  it('tolerates a document without resource_changes or configuration', () => {
    expect(normalisePlan({ format_version: '1.0' }, 'p', '/p')).toMatchObject({
      formatVersion: '1.0',
      changes: [],
      moduleCalls: [],
      tool: 'unknown',
    });
  });
});
