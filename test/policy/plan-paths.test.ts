import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePlanPaths } from '../../src/policy/plan-paths.js';
import { UserError } from '../../src/runtime/user-error.js';
import { rejectionOf } from '../github/github-test-client.js';

let root: string;
let workspace: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-paths-'));
  workspace = join(root, 'workspace');
  for (const file of [
    'stacks/network/plan.json',
    'stacks/data/plan.json',
    'stacks/data/notes.txt',
    'stacks/app/eu/plan.json',
    'plan.json',
    'outside/plan.json',
  ]) {
    const path = file.startsWith('outside/') ? join(root, file) : join(workspace, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '{}');
  }
  // A directory whose name matches a glob: plans are files, so it is never picked.
  mkdirSync(join(workspace, 'stacks/dir.json'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const labels = async (patterns: string[]) =>
  (await resolvePlanPaths(workspace, patterns)).map((plan) => plan.label);

describe('resolvePlanPaths', () => {
  it.each([
    {
      case: 'a literal path',
      patterns: ['stacks/network/plan.json'],
      expected: ['stacks/network/plan.json'],
    },
    {
      case: 'a one-level glob, sorted',
      patterns: ['stacks/*/plan.json'],
      expected: ['stacks/data/plan.json', 'stacks/network/plan.json'],
    },
    {
      case: 'a recursive glob, files only',
      patterns: ['**/*.json'],
      expected: ['plan.json', 'stacks/app/eu/plan.json', 'stacks/data/plan.json', 'stacks/network/plan.json'],
    },
    {
      case: 'patterns in the order given, each sorted',
      patterns: ['stacks/network/plan.json', 'stacks/{data,app}/**/plan.json'],
      expected: ['stacks/network/plan.json', 'stacks/app/eu/plan.json', 'stacks/data/plan.json'],
    },
    {
      case: 'a plan matched twice, kept once at its first place',
      patterns: ['stacks/data/plan.json', 'stacks/*/plan.json', './stacks/data/plan.json'],
      expected: ['stacks/data/plan.json', 'stacks/network/plan.json'],
    },
  ])('$case', async ({ patterns, expected }) => {
    expect(await labels(patterns)).toEqual(expected);
  });

  it('gives absolute paths, and labels relative to the workspace with forward slashes', async () => {
    expect(await resolvePlanPaths(workspace, ['stacks/*/plan.json', 'plan.json'])).toEqual([
      { path: join(workspace, 'stacks/data/plan.json'), label: 'stacks/data/plan.json' },
      { path: join(workspace, 'stacks/network/plan.json'), label: 'stacks/network/plan.json' },
      { path: join(workspace, 'plan.json'), label: 'plan.json' },
    ]);
  });

  it('keeps an absolute path outside the workspace as its label', async () => {
    const outside = join(root, 'outside/plan.json');
    expect(await resolvePlanPaths(workspace, [outside])).toEqual([{ path: outside, label: outside }]);
  });

  it('labels an absolute path inside the workspace like a relative one', async () => {
    const inside = join(workspace, 'stacks/network/plan.json');
    expect(await resolvePlanPaths(workspace, [inside, 'stacks/network/plan.json'])).toEqual([
      { path: inside, label: 'stacks/network/plan.json' },
    ]);
  });

  it('takes a literal path as it is, even when missing: reading it says so', async () => {
    expect(await resolvePlanPaths(workspace, ['plans/missing.json'])).toEqual([
      { path: join(workspace, 'plans/missing.json'), label: 'plans/missing.json' },
    ]);
  });

  it('refuses a glob that matches nothing, naming the pattern and the workspace', async () => {
    const error = await rejectionOf(
      resolvePlanPaths(workspace, ['stacks/*/plan.json', 'stacks/*/tfplan.json']),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message.split('\n')[0]).toBe("plans: nothing matches 'stacks/*/tfplan.json'");
    expect((error as UserError).hint).toContain(`globs are relative to the workspace (${workspace})`);
  });

  it('does not count a directory as a match', async () => {
    const error = await rejectionOf(resolvePlanPaths(workspace, ['stacks/*.json']));
    expect(error.message.split('\n')[0]).toBe("plans: nothing matches 'stacks/*.json'");
  });
});
