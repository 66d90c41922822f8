import { homedir } from 'node:os';
import type { CommandRunner } from '../../exec/command.js';
import type { RegistryCredentials } from './credentials.js';
import { dockerConfigCredentials } from './docker-config.js';
import { githubRegistryCredentials } from './github-credentials.js';

export interface CredentialSources {
  /** Given by the user (action inputs); wins over everything else. */
  explicit?: RegistryCredentials;
  env: Readonly<Record<string, string | undefined>>;
  runner: CommandRunner;
  homeDir?: string;
}

export type CredentialSource = 'explicit' | 'docker-config' | 'github-token' | 'anonymous';

export interface ResolvedCredentials {
  credentials: RegistryCredentials | undefined;
  /** Where they came from, for a log line that names no secret. */
  source: CredentialSource;
}

/**
 * Finds credentials for `registry`: explicit ones, else a Docker login (so docker/login-action
 * with a personal token beats the job token), else GITHUB_TOKEN for ghcr.io, else anonymous.
 */
export async function resolveRegistryCredentials(
  registry: string,
  sources: CredentialSources,
): Promise<ResolvedCredentials> {
  if (sources.explicit) return { credentials: sources.explicit, source: 'explicit' };
  const fromDocker = await dockerConfigCredentials(registry, {
    env: sources.env,
    homeDir: sources.homeDir ?? homedir(),
    runner: sources.runner,
  });
  if (fromDocker) return { credentials: fromDocker, source: 'docker-config' };
  const fromGithub = githubRegistryCredentials(registry, sources.env);
  if (fromGithub) return { credentials: fromGithub, source: 'github-token' };
  return { credentials: undefined, source: 'anonymous' };
}
