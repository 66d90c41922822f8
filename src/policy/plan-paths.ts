import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../runtime/user-error.js';

/** Characters without which a pattern is certainly a plain path. */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

export interface PlanPath {
  /** Absolute path of the plan file. */
  path: string;
  /** How reports name it: relative to the workspace when inside it, else the absolute path. */
  label: string;
}

/**
 * Expands the `plans` input. Unlike value files, plans are only read, so absolute paths (a plan
 * written to RUNNER_TEMP) are fine. Every glob must match something: a stack whose plan went
 * missing must not pass silently.
 */
export async function resolvePlanPaths(workspace: string, patterns: readonly string[]): Promise<PlanPath[]> {
  const found = new Map<string, PlanPath>();
  for (const pattern of patterns) {
    // A literal path is taken as it is: reading it says plainly when it is missing. The glob
    // library loads only for a pattern that may be one (most runs name their plan files).
    const globbing = MAYBE_GLOB.test(pattern) ? await import('tinyglobby') : undefined;
    const matches = globbing?.isDynamicPattern(pattern)
      ? await globbing.glob(pattern, {
          cwd: workspace,
          absolute: true,
          onlyFiles: true,
          expandDirectories: false,
        })
      : [resolve(workspace, pattern)];
    if (matches.length === 0) {
      throw new UserError(`plans: nothing matches '${pattern}'`, {
        hint: `globs are relative to the workspace (${workspace}); check that the step writing the plan JSON ran first`,
      });
    }
    for (const path of matches.sort()) found.set(path, { path, label: workspaceLabel(workspace, path) });
  }
  return [...found.values()];
}

/** How reports name a file: relative to the workspace (with `/`) when inside it, else the absolute path. */
export function workspaceLabel(workspace: string, path: string): string {
  const inside = relative(resolve(workspace), path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return path;
  return inside.split(sep).join('/');
}
