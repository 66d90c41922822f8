import type { PasswordCredentials } from './credentials.js';

/**
 * The credentials a GitHub Actions job has for GitHub's container registry: the actor and the job's
 * token (ghcr.io accepts GITHUB_TOKEN when the job has `permissions: packages: write`). Other
 * registries get nothing from the job's environment.
 */
export function githubRegistryCredentials(
  registry: string,
  env: Readonly<Record<string, string | undefined>>,
): PasswordCredentials | undefined {
  if (registry.toLowerCase() !== 'ghcr.io') return undefined;
  const token = env.GITHUB_TOKEN;
  const actor = env.GITHUB_ACTOR;
  if (!token || !actor) return undefined;
  return { username: actor, password: token };
}
