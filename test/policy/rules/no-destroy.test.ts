import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../../src/policy/plan-model.js';
import { change, plan, runRule } from '../plan-builder.js';

describe('no-destroy', () => {
  it.each<[ChangeKind, boolean]>([
    ['delete', true],
    ['forget', true],
    ['create', false],
    ['update', false],
    ['replace', false],
    ['replace-forget', false],
    ['read', false],
    ['no-op', false],
    ['unknown', false],
  ])('%s is a finding: %s', (kind, expected) => {
    const findings = runRule('no-destroy', {}, plan([change('aws_s3_bucket.logs', { kind })]));
    expect(findings.length > 0).toBe(expected);
  });

  it('says whether the object is destroyed or only forgotten, with the action reason in words', () => {
    const findings = runRule(
      'no-destroy',
      {},
      plan([
        change('aws_s3_bucket.logs', { kind: 'delete', actionReason: 'delete_because_no_resource_config' }),
        change('aws_s3_bucket.old', { kind: 'forget' }),
      ]),
    );
    expect(findings.map((f) => [f.address, f.kind, f.message])).toEqual([
      [
        'aws_s3_bucket.logs',
        'delete',
        'aws_s3_bucket.logs will be destroyed (its resource block was removed from the configuration: delete_because_no_resource_config)',
      ],
      [
        'aws_s3_bucket.old',
        'forget',
        'aws_s3_bucket.old will be removed from the state without being destroyed: the object stays and is no longer managed',
      ],
    ]);
    expect(findings[0]).toMatchObject({ rule: 'no-destroy', severity: 'deny', plan: 'stacks/app/plan.json' });
  });

  it('names a deposed object by its key, apart from the current object at the same address', () => {
    const findings = runRule(
      'no-destroy',
      {},
      plan([
        change('aws_instance.web', { kind: 'no-op' }),
        change('aws_instance.web', { kind: 'delete', deposed: '6f2a9c1e' }),
      ]),
    );
    expect(findings.map((f) => [f.address, f.deposed, f.message])).toEqual([
      [
        'aws_instance.web',
        '6f2a9c1e',
        'aws_instance.web (deposed object 6f2a9c1e) will be destroyed: the old object of a create-before-destroy replacement whose destroy did not finish',
      ],
    ]);
  });

  it.each<[Record<string, unknown>, string, boolean]>([
    [{ allow: ['aws_s3_object.*'] }, 'aws_s3_object.readme', false],
    [{ allow: ['aws_s3_object.*'] }, 'module.site.aws_s3_object.readme', true],
    [{ allow: ['*aws_s3_object.*'] }, 'module.site["eu"].aws_s3_object.readme', false],
    [{ 'allow-types': ['aws_s3_object'] }, 'module.site.aws_s3_object.readme', false],
    [{ 'allow-types': ['aws_s3_*'] }, 'aws_db_instance.main', true],
  ])('with %j, deleting %s is a finding: %s', (config, address, expected) => {
    const findings = runRule('no-destroy', config, plan([change(address, { kind: 'delete' })]));
    expect(findings.length > 0).toBe(expected);
  });
});
