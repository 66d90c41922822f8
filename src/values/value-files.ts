import { realpathSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { UserError } from '../runtime/user-error.js';

/**
 * Expands the `files` globs inside the workspace. Anything that resolves outside it, through
 * `..`, an absolute path or a symlink, is refused: a bump must never write elsewhere on the runner.
 */
export async function resolveValueFiles(workspace: string, patterns: readonly string[]): Promise<string[]> {
  const root = realpathSync(workspace);
  for (const pattern of patterns) {
    const bare = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (isAbsolute(bare) || bare.split(/[\\/]/).includes('..')) {
      throw new UserError(`files: '${pattern}' points outside the workspace`, {
        hint: 'write globs relative to the workspace (GITHUB_WORKSPACE), e.g. environments/staging/**/*.yaml',
      });
    }
  }
  const matches = await glob([...patterns], {
    cwd: root,
    dot: true,
    onlyFiles: true,
    // Symlinked files and folders are listed, then refused below when they lead outside.
    followSymbolicLinks: true,
    expandDirectories: false,
    ignore: ['**/.git/**'],
  });
  const files = [...new Set(matches)].sort();
  for (const file of files) {
    const real = realpathSync(resolve(root, file));
    if (real !== root && !real.startsWith(root + sep)) {
      throw new UserError(`files: '${file}' is a symlink to ${real}, outside the workspace`, {
        hint: 'bump only edits files inside the workspace; point the glob at the real file instead',
      });
    }
  }
  if (files.length === 0) {
    throw new UserError(`files: no file matches ${patterns.map((p) => `'${p}'`).join(', ')} in ${root}`, {
      hint: 'globs are relative to the workspace; check the path and that the repository is checked out',
    });
  }
  return files;
}

export function workspacePath(workspace: string, file: string): string {
  return resolve(workspace, file);
}
