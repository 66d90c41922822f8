import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/runtime/user-error.js';
import { resolveValueFiles } from '../../src/values/value-files.js';

let root: string;
let workspace: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'value-files-'));
  workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'envs/staging'), { recursive: true });
  mkdirSync(join(workspace, 'envs/prod'), { recursive: true });
  mkdirSync(join(workspace, '.git'), { recursive: true });
  writeFileSync(join(workspace, 'envs/staging/values.yaml'), 'a: 1\n');
  writeFileSync(join(workspace, 'envs/prod/values.yaml'), 'a: 1\n');
  writeFileSync(join(workspace, '.git/config.yaml'), 'a: 1\n');
  writeFileSync(join(root, 'outside.yaml'), 'a: 1\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('resolveValueFiles', () => {
  it('expands globs relative to the workspace, sorted, with ! excludes and never inside .git', async () => {
    expect(await resolveValueFiles(workspace, ['**/*.yaml'])).toEqual([
      'envs/prod/values.yaml',
      'envs/staging/values.yaml',
    ]);
    expect(await resolveValueFiles(workspace, ['envs/**/*.yaml', '!envs/prod/**'])).toEqual([
      'envs/staging/values.yaml',
    ]);
  });

  it.each([['../outside.yaml'], [join('/', 'etc', 'passwd')], ['envs/../../outside.yaml'], ['!../x.yaml']])(
    'refuses %s, which points outside the workspace',
    async (pattern) => {
      await expect(resolveValueFiles(workspace, [pattern])).rejects.toThrow(/points outside the workspace/);
    },
  );

  it('refuses a symlink that leads out of the workspace', async () => {
    symlinkSync(join(root, 'outside.yaml'), join(workspace, 'envs/staging/linked.yaml'));
    await expect(resolveValueFiles(workspace, ['envs/staging/*.yaml'])).rejects.toThrow(
      /linked\.yaml' is a symlink to .*outside\.yaml, outside the workspace/,
    );
  });

  it('accepts a symlink that stays inside the workspace', async () => {
    symlinkSync(join(workspace, 'envs/prod/values.yaml'), join(workspace, 'envs/staging/prod-link.yaml'));
    expect(await resolveValueFiles(workspace, ['envs/staging/*.yaml'])).toEqual([
      'envs/staging/prod-link.yaml',
      'envs/staging/values.yaml',
    ]);
  });

  it('says so when nothing matches', async () => {
    const attempt = resolveValueFiles(workspace, ['environments/**/*.yaml']);
    await expect(attempt).rejects.toThrow(UserError);
    await expect(resolveValueFiles(workspace, ['environments/**/*.yaml'])).rejects.toThrow(
      /no file matches 'environments\/\*\*\/\*\.yaml'/,
    );
  });
});
