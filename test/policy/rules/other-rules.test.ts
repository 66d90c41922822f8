import { describe, expect, it } from 'vitest';
import type { ChangeKind, PlanChange } from '../../../src/policy/plan-model.js';
import { change, plan, runRule } from '../plan-builder.js';

describe('allowed-providers', () => {
  const allowed = { allowed: ['registry.terraform.io/hashicorp/*'] };

  it('reports each refused provider once per plan, with its first resource and count', () => {
    const acme = 'registry.terraform.io/acme/thing';
    const parsed = plan([
      change('aws_s3_bucket.a'),
      change('thing_widget.a', { provider: acme }),
      change('thing_widget.b', { provider: acme, kind: 'no-op' }),
      change('data.thing_info.c', { provider: 'registry.example.com/x/y', kind: 'read' }),
    ]);
    expect(runRule('allowed-providers', allowed, parsed).map((f) => [f.address, f.message])).toEqual([
      [acme, `provider ${acme} is not allowed (used by 2 resources, first thing_widget.a)`],
      [
        'registry.example.com/x/y',
        'provider registry.example.com/x/y is not allowed (used by data.thing_info.c)',
      ],
    ]);
  });

  it('passes allowed providers', () => {
    expect(runRule('allowed-providers', allowed, plan([change('aws_s3_bucket.a')]))).toEqual([]);
  });
});

describe('resource-types', () => {
  it.each<[Record<string, unknown>, string, ChangeKind, boolean]>([
    [{ allow: ['aws_*'] }, 'aws_s3_bucket.a', 'create', false],
    [{ allow: ['aws_*'] }, 'google_storage_bucket.a', 'create', true],
    [{ allow: ['aws_*'] }, 'google_storage_bucket.a', 'delete', false],
    [{ allow: ['aws_*'] }, 'google_storage_bucket.a', 'no-op', false],
    [{ allow: ['aws_*'], deny: ['aws_instance'] }, 'aws_instance.a', 'update', true],
    [{ deny: ['aws_instance'] }, 'aws_instance.a', 'replace', true],
    [{ deny: ['aws_instance'] }, 'aws_s3_bucket.a', 'create', false],
    [{ allow: ['aws_*'] }, 'data.google_client_config.a', 'read', false],
    [{ allow: ['aws_*'], modes: ['managed', 'data'] }, 'data.google_client_config.a', 'read', true],
    [{ allow: ['aws_*'], modes: ['data'] }, 'google_storage_bucket.a', 'create', false],
  ])('%j: %s (%s) is a finding: %s', (config, address, kind, expected) => {
    expect(runRule('resource-types', config, plan([change(address, { kind })])).length > 0).toBe(expected);
  });

  it('says whether the type is denied or not allowed', () => {
    const parsed = plan([change('aws_instance.a'), change('google_dns_zone.b')]);
    expect(
      runRule('resource-types', { allow: ['aws_*'], deny: ['aws_instance'] }, parsed).map((f) => f.message),
    ).toEqual([
      'aws_instance.a: resource type aws_instance is denied by the policy',
      'google_dns_zone.b: resource type google_dns_zone is not in the allowed list',
    ]);
  });
});

describe('max-changes', () => {
  const kinds: ChangeKind[] = [
    'create',
    'create',
    'update',
    'delete',
    'replace',
    'replace-forget',
    'forget',
    'read',
    'no-op',
  ];
  const parsed = plan(kinds.map((kind, i) => change(`null_resource.r${i}`, { kind })));

  it.each<[Record<string, unknown>, string[]]>([
    [{ create: 2, update: 1, delete: 1, replace: 2, forget: 1, total: 7 }, []],
    [{ create: 1 }, ['2 create changes, more than the limit of 1']],
    [{ replace: 1 }, ['2 replace changes, more than the limit of 1']],
    [
      { delete: 0, total: 6 },
      ['1 delete changes, more than the limit of 0', '7 changes in total, more than the limit of 6'],
    ],
  ])('%j', (config, messages) => {
    const findings = runRule('max-changes', config, parsed);
    expect(findings.map((f) => f.message)).toEqual(messages);
    for (const finding of findings) expect(finding.address).toBeUndefined();
  });
});

describe('required-tags', () => {
  const tags = { tags: ['owner', 'cost-center'] };
  it.each<[string, Partial<PlanChange>, string | undefined]>([
    ['all tags on the resource', { after: { tags: { owner: 'a', 'cost-center': 'b' } } }, undefined],
    [
      'one from default_tags',
      { after: { tags: { owner: 'a' }, tags_all: { owner: 'a', 'cost-center': 'b' } } },
      undefined,
    ],
    [
      'one missing',
      { after: { tags: { owner: 'a' } } },
      'aws_s3_bucket.a (aws_s3_bucket) lacks required tag cost-center',
    ],
    [
      'tags null',
      { after: { tags: null } },
      'aws_s3_bucket.a (aws_s3_bucket) lacks required tags owner, cost-center',
    ],
    ['type without tags', { after: { bucket: 'x' } }, undefined],
    ['tags unknown after apply', { after: { tags: null }, afterUnknown: { tags: true } }, undefined],
    ['tags_all unknown after apply', { after: { tags: {} }, afterUnknown: { tags_all: true } }, undefined],
    ['a delete', { kind: 'delete', after: null }, undefined],
    ['a no-op', { kind: 'no-op', after: { tags: {} } }, undefined],
    [
      'an update',
      { kind: 'update', after: { tags: { owner: 'a' } } },
      'aws_s3_bucket.a (aws_s3_bucket) lacks required tag cost-center',
    ],
  ])('%s', (_name, overrides, message) => {
    const findings = runRule('required-tags', tags, plan([change('aws_s3_bucket.a', overrides)]));
    expect(findings[0]?.message).toBe(message);
  });

  it('never checks data sources', () => {
    const parsed = plan([change('data.aws_s3_bucket.a', { kind: 'read', after: { tags: {} } })]);
    expect(runRule('required-tags', tags, parsed)).toEqual([]);
  });
});

describe('protected-addresses', () => {
  const config = { addresses: ['aws_db_instance.main', 'module.data.*'] };
  it.each<[string, ChangeKind, boolean]>([
    ['aws_db_instance.main', 'delete', true],
    ['aws_db_instance.main', 'replace', true],
    ['aws_db_instance.main', 'forget', true],
    ['aws_db_instance.main', 'replace-forget', true],
    ['aws_db_instance.main', 'update', false],
    ['aws_db_instance.main', 'no-op', false],
    ['aws_db_instance.other', 'delete', false],
    ['module.data["eu"].aws_s3_bucket.x', 'delete', true],
    ['module.database.aws_s3_bucket.x', 'delete', false],
  ])('%s %s is a finding: %s', (address, kind, expected) => {
    expect(runRule('protected-addresses', config, plan([change(address, { kind })])).length > 0).toBe(
      expected,
    );
  });
});

describe('plan-complete', () => {
  it.each<[string, Parameters<typeof plan>[1], PlanChange[], string[]]>([
    ['a complete plan', {}, [change('a_b.c')], []],
    ['complete unknown (older formats)', { complete: undefined, errored: undefined }, [], []],
    ['complete: false', { complete: false }, [], ['the plan is incomplete (complete: false)']],
    ['deferred changes', { deferredChanges: 3 }, [], ['3 changes are deferred to a later plan']],
    ['errored', { errored: true }, [], ['the plan errored part way (errored: true)']],
    [
      'an unknown action',
      {},
      [change('a_b.c', { kind: 'unknown' })],
      ['a_b.c has actions ["explode"], which this tool does not know'],
    ],
    [
      'everything at once',
      { complete: false, deferredChanges: 1, errored: true },
      [],
      [
        'the plan is incomplete (complete: false)',
        '1 change is deferred to a later plan',
        'the plan errored part way (errored: true)',
      ],
    ],
  ])('%s', (_name, overrides, changes, messages) => {
    expect(runRule('plan-complete', {}, plan(changes, overrides)).map((f) => f.message)).toEqual(messages);
  });
});
