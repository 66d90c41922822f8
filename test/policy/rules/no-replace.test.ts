import { describe, expect, it } from 'vitest';
import type { ChangeKind, PlanChange } from '../../../src/policy/plan-model.js';
import { change, plan, runRule } from '../plan-builder.js';

describe('no-replace', () => {
  it.each<[ChangeKind, boolean]>([
    ['replace', true],
    ['replace-forget', true],
    ['delete', false],
    ['forget', false],
    ['create', false],
    ['update', false],
    ['no-op', false],
  ])('%s is a finding: %s', (kind, expected) => {
    expect(runRule('no-replace', {}, plan([change('aws_instance.web', { kind })])).length > 0).toBe(expected);
  });

  it.each<[Partial<PlanChange>, string]>([
    [
      {
        kind: 'replace',
        replaceOrder: 'delete-before-create',
        replacePaths: [['ami']],
        actionReason: 'replace_because_cannot_update',
      },
      'aws_instance.web will be replaced (destroyed before it is created again: expect downtime); forced by ami (a changed attribute cannot be updated in place: replace_because_cannot_update)',
    ],
    [
      {
        kind: 'replace',
        replaceOrder: 'create-before-destroy',
        replacePaths: [
          ['root_block_device', 0, 'volume_size'],
          ['tags', 'a b'],
        ],
      },
      'aws_instance.web will be replaced (create before destroy); forced by root_block_device[0].volume_size, tags["a b"]',
    ],
    [
      { kind: 'replace-forget', replaceOrder: 'create-before-destroy', actionReason: 'replace_by_request' },
      'aws_instance.web will be replaced: a new object is created and the old one is removed from the state without being destroyed (replacement was requested (-replace): replace_by_request)',
    ],
    [
      { kind: 'replace', actionReason: 'something_new' },
      'aws_instance.web will be replaced (destroyed before it is created again: expect downtime) (something_new)',
    ],
  ])('message for %j', (overrides, message) => {
    const [finding] = runRule('no-replace', {}, plan([change('aws_instance.web', overrides)]));
    expect(finding?.message).toBe(message);
  });

  it.each<[Record<string, unknown>, string, boolean]>([
    [{ 'allow-types': ['aws_launch_template'] }, 'aws_launch_template.web', false],
    [{ 'allow-types': ['aws_launch_template'] }, 'aws_instance.web', true],
    [{ 'allow-addresses': ['module.asg.*'] }, 'module.asg.aws_instance.web', false],
    [{ 'allow-addresses': ['module.asg.*'] }, 'module.asg2.aws_instance.web', true],
    [{ 'allow-addresses': ['module.asg.*'] }, 'aws_instance.web', true],
  ])('with %j, replacing %s is a finding: %s', (config, address, expected) => {
    expect(runRule('no-replace', config, plan([change(address, { kind: 'replace' })])).length > 0).toBe(
      expected,
    );
  });
});
