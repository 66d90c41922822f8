import { describe, expect, it } from 'vitest';
import { sourceKind } from '../../../src/policy/rules/module-sources.js';
import { moduleCall, plan, runRule } from '../plan-builder.js';

const acme = ['registry.example.com/acme/*', 'git::https://github.com/acme/*'];

function check(config: Record<string, unknown>, source: string | undefined, version?: string): string[] {
  const parsed = plan([], { moduleCalls: [moduleCall('module.net', source, version)] });
  return runRule('module-sources', config, parsed).map((f) => f.message);
}

describe('module-sources', () => {
  it.each([
    ['registry.example.com/acme/vpc/aws', 'registry'],
    ['terraform-aws-modules/vpc/aws', 'registry'],
    ['registry.example.com/acme/vpc/aws//modules/subnet', 'registry'],
    ['./modules/vpc', 'local'],
    ['../shared/vpc', 'local'],
    ['git::https://github.com/acme/vpc.git?ref=v1.2.0', 'git'],
    ['github.com/acme/vpc?ref=v1.2.0', 'git'],
    ['git@github.com:acme/vpc.git', 'git'],
    ['s3::https://s3.amazonaws.com/bucket/vpc.zip', 'other'],
    ['https://example.com/vpc.zip', 'other'],
  ])('%s is a %s source', (source, kind) => {
    expect(sourceKind(source)).toBe(kind);
  });

  it.each<[string, Record<string, unknown>, string | undefined, string | undefined, boolean]>([
    ['exact version', { allowed: acme }, 'registry.example.com/acme/vpc/aws', '1.2.3', true],
    ['= exact version', { allowed: acme }, 'registry.example.com/acme/vpc/aws', '= 1.2.3', true],
    ['not allowed source', { allowed: acme }, 'terraform-aws-modules/vpc/aws', '1.2.3', false],
    ['no allow-list', {}, 'terraform-aws-modules/vpc/aws', '1.2.3', true],
    ['missing version', { allowed: acme }, 'registry.example.com/acme/vpc/aws', undefined, false],
    ['pessimistic under exact', { allowed: acme }, 'registry.example.com/acme/vpc/aws', '~> 1.2', false],
    [
      'pessimistic under bounded',
      { versions: 'bounded' },
      'registry.example.com/acme/vpc/aws',
      '~> 1.2',
      true,
    ],
    [
      'range under bounded',
      { versions: 'bounded' },
      'registry.example.com/acme/vpc/aws',
      '>= 1.0, < 2.0',
      true,
    ],
    [
      'one-segment ~> under bounded',
      { versions: 'bounded' },
      'registry.example.com/acme/vpc/aws',
      '~> 1',
      false,
    ],
    [
      'open range under bounded',
      { versions: 'bounded' },
      'registry.example.com/acme/vpc/aws',
      '>= 1.0',
      false,
    ],
    ['exact under bounded', { versions: 'bounded' }, 'registry.example.com/acme/vpc/aws', '1.2.3', true],
    ['garbage version', { versions: 'bounded' }, 'registry.example.com/acme/vpc/aws', 'latest', false],
    ['open range under any', { versions: 'any' }, 'registry.example.com/acme/vpc/aws', '>= 1.0', true],
    ['git tag', { allowed: acme }, 'git::https://github.com/acme/vpc.git?ref=v1.2.0', undefined, true],
    ['git full sha', {}, `git::https://github.com/acme/vpc.git?ref=${'a1'.repeat(20)}`, undefined, true],
    ['git short sha', {}, 'git::https://github.com/acme/vpc.git?ref=a1b2c3d', undefined, false],
    [
      'git ref=master',
      { allowed: acme },
      'git::https://github.com/acme/vpc.git?ref=master',
      undefined,
      false,
    ],
    [
      'git ref=main with depth',
      {},
      'git::https://github.com/acme/vpc.git?depth=1&ref=main',
      undefined,
      false,
    ],
    ['git without ref', {}, 'github.com/acme/vpc', undefined, false],
    ['git without ref, allowed', { 'allow-unpinned-git': true }, 'github.com/acme/vpc', undefined, true],
    [
      'git from elsewhere',
      { allowed: acme },
      'git::https://gitlab.com/x/vpc.git?ref=v1.0.0',
      undefined,
      false,
    ],
    ['local at the root', {}, './modules/vpc', undefined, false],
    ['local at the root, allowed', { 'allow-local': true }, './modules/vpc', undefined, true],
    ['source unknown', {}, undefined, undefined, false],
  ])('%s: passes %s', (_name, config, source, version, passes) => {
    expect(check(config, source, version).length === 0).toBe(passes);
  });

  it('accepts local calls nested in a registry or git module, refuses them under local ones', () => {
    const parsed = plan([], {
      moduleCalls: [
        moduleCall('module.net', 'registry.example.com/acme/net/aws', '2.0.0'),
        moduleCall('module.net.module.subnets', './modules/subnets'),
        moduleCall('module.net.module.subnets.module.route', '../route'),
        moduleCall('module.app', './app'),
        moduleCall('module.app.module.db', './db'),
      ],
    });
    expect(runRule('module-sources', {}, parsed).map((f) => f.address)).toEqual([
      'module.app',
      'module.app.module.db',
    ]);
  });

  it('explains what to do', () => {
    expect(check({}, 'registry.example.com/acme/vpc/aws', '~> 1.2')).toEqual([
      `module.net: version constraint '~> 1.2' of 'registry.example.com/acme/vpc/aws' is not an exact version (use "1.2.3")`,
    ]);
    expect(check({}, 'git::https://github.com/acme/vpc.git?ref=master')).toEqual([
      "module.net: git source 'git::https://github.com/acme/vpc.git?ref=master' pins ref 'master', which is not a version tag or a full commit sha",
    ]);
  });
});
