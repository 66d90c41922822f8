import { describe, expect, it } from 'vitest';
import type { ChangeKind, ModuleCall } from '../../../src/policy/plan-model.js';
import { change, moduleCall, plan, runRule } from '../plan-builder.js';

const iamModule = moduleCall('module.iam', 'registry.example.com/acme/iam-role/aws', '1.2.3');
const wrapper = moduleCall('module.wrap', './modules/wrap');

describe('no-direct-iam', () => {
  it.each<[string, boolean]>([
    ['aws_iam_role.app', true],
    ['aws_iam_policy.app', true],
    ['data.aws_iam_policy_document.app', false],
    ['google_project_iam_member.app', true],
    ['google_storage_bucket_iam_binding.app', true],
    ['google_storage_bucket.app', false],
    ['azurerm_role_assignment.app', true],
    ['azurerm_role_definition.app', true],
    ['azurerm_resource_group.app', false],
    ['kubernetes_role.app', true],
    ['kubernetes_role_binding_v1.app', true],
    ['kubernetes_cluster_role_v1.app', true],
    ['kubernetes_cluster_role_binding.app', true],
    ['kubernetes_config_map.app', false],
    ['aws_s3_bucket.app', false],
  ])('default types: %s in the root is a finding: %s', (address, expected) => {
    expect(runRule('no-direct-iam', {}, plan([change(address)])).length > 0).toBe(expected);
  });

  it.each<[ChangeKind, boolean]>([
    ['create', true],
    ['update', true],
    ['delete', true],
    ['replace', true],
    ['forget', true],
    ['replace-forget', true],
    ['read', false],
    ['no-op', false],
  ])('%s of an IAM resource is a finding: %s', (kind, expected) => {
    expect(runRule('no-direct-iam', {}, plan([change('aws_iam_role.app', { kind })])).length > 0).toBe(
      expected,
    );
  });

  it.each<[string, Record<string, unknown>, ModuleCall[], boolean]>([
    ['approved by source', { 'approved-modules': ['registry.example.com/acme/iam-*'] }, [iamModule], false],
    ['source not approved', { 'approved-modules': ['registry.example.com/acme/net-*'] }, [iamModule], true],
    ['no module approved', {}, [iamModule], true],
    ['approved by path', { 'approved-module-paths': ['module.iam'] }, [iamModule], false],
    [
      'local call inside an approved module',
      { 'approved-modules': ['registry.example.com/acme/iam-*'] },
      [iamModule, moduleCall('module.iam.module.role', './modules/role')],
      false,
    ],
    [
      'approved module called by a local wrapper',
      { 'approved-modules': ['registry.example.com/acme/iam-*'] },
      [wrapper, moduleCall('module.wrap.module.iam', 'registry.example.com/acme/iam-role/aws', '1.2.3')],
      false,
    ],
    ['local wrapper itself', { 'approved-modules': ['registry.example.com/acme/iam-*'] }, [wrapper], true],
    ['source unknown', { 'approved-modules': ['*'] }, [moduleCall('module.iam', undefined)], true],
  ])('%s: finding %s', (_name, config, calls, expected) => {
    const address = `${calls.map((c) => `module.${c.name}`).join('.')}.aws_iam_role.app`;
    const parsed = plan([change(address, { moduleCalls: calls, moduleCall: calls[0] })]);
    expect(runRule('no-direct-iam', config, parsed).length > 0).toBe(expected);
  });

  it.each<[Record<string, unknown>, string, boolean]>([
    [{ types: ['aws_ssoadmin_*'] }, 'aws_ssoadmin_account_assignment.a', true],
    [{ types: ['aws_ssoadmin_*'] }, 'aws_iam_role.a', false],
    [{ 'extra-types': ['aws_ssoadmin_*'] }, 'aws_iam_role.a', true],
    [{ 'extra-types': ['aws_ssoadmin_*'] }, 'aws_ssoadmin_account_assignment.a', true],
  ])('with %j, %s is a finding: %s', (config, address, expected) => {
    expect(runRule('no-direct-iam', config, plan([change(address)])).length > 0).toBe(expected);
  });

  it('names the module and its source', () => {
    const parsed = plan([
      change('module.iam.aws_iam_role.app', {
        kind: 'update',
        moduleCalls: [iamModule],
        moduleCall: iamModule,
      }),
    ]);
    expect(runRule('no-direct-iam', {}, parsed)[0]?.message).toBe(
      "module.iam.aws_iam_role.app updates an IAM resource (aws_iam_role) in module.iam (source 'registry.example.com/acme/iam-role/aws'), which is not an approved module",
    );
    expect(runRule('no-direct-iam', {}, plan([change('aws_iam_role.app')]))[0]?.message).toBe(
      'aws_iam_role.app creates an IAM resource (aws_iam_role) in the root module',
    );
  });
});
