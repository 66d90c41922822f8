import type { CommandRunner } from '../exec/command.js';
import type { Log } from '../runtime/log.js';
import type { RegistryCredentials } from './auth/credentials.js';
import { resolveRegistryCredentials } from './auth/resolve-credentials.js';
import { RegistryClient } from './registry-client.js';

/**
 * A client for `registry` with the credentials that apply: the explicit ones, else a Docker
 * login, else GITHUB_TOKEN for ghcr.io, else anonymous. Says where they came from, never what.
 */
export async function connectRegistry(
  registry: string,
  options: {
    explicit?: RegistryCredentials;
    env: NodeJS.ProcessEnv;
    runner: CommandRunner;
    plainHttp: boolean;
    log: Log;
  },
): Promise<RegistryClient> {
  const { credentials, source } = await resolveRegistryCredentials(registry, {
    explicit: options.explicit,
    env: options.env,
    runner: options.runner,
  });
  options.log.info(`Registry ${registry}: credentials from ${source}.`);
  return new RegistryClient({ registry, credentials, plainHttp: options.plainHttp, log: options.log });
}
