import type { CommandRunner } from '../../exec/command.js';
import { UserError } from '../../runtime/user-error.js';
import type { RegistryCredentials } from './credentials.js';

/** Helper names become part of an executable name, so nothing that could walk the file system. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** docker-credential-helpers' answer when it has nothing for the server (credentials.ErrCredentialsNotFound). */
const NOT_FOUND = /credentials not found/i;
/** The Username a helper returns for an identity token instead of a password. */
const IDENTITY_TOKEN_USERNAME = '<token>';

/**
 * Asks `docker-credential-<helper> get` for a server's credentials, the protocol of
 * docker/docker-credential-helpers: the server URL on stdin, `{ServerURL, Username, Secret}` on stdout.
 * Returns undefined when the helper has none. The secret never reaches argv, logs or messages.
 */
export async function credentialsFromHelper(
  helper: string,
  serverUrl: string,
  runner: CommandRunner,
): Promise<RegistryCredentials | undefined> {
  if (!HELPER_NAME.test(helper)) {
    throw new UserError(`invalid Docker credential helper name ${JSON.stringify(helper)}`, {
      hint: 'credsStore and credHelpers name a program docker-credential-<name> on PATH',
    });
  }
  const program = `docker-credential-${helper}`;
  const result = await runner.run(program, ['get'], { input: serverUrl, allowFailure: true });
  if (result.exitCode !== 0) {
    if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr)) return undefined;
    // Only the first line: helpers explain themselves there, and nothing past it is needed.
    const reason = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
    throw new UserError(`${program} get failed for ${serverUrl} (exit code ${result.exitCode}): ${reason}`, {
      hint: `check that ${program} works: echo ${serverUrl} | ${program} get`,
    });
  }
  let answer: { Username?: unknown; Secret?: unknown };
  try {
    answer = JSON.parse(result.stdout) as typeof answer;
  } catch {
    throw new UserError(`${program} get answered with something other than JSON for ${serverUrl}`);
  }
  const { Username: username, Secret: secret } = answer;
  if (typeof secret !== 'string' || secret === '') return undefined;
  if (username === IDENTITY_TOKEN_USERNAME) return { identityToken: secret };
  if (typeof username !== 'string' || username === '') {
    throw new UserError(`${program} get returned a secret without a username for ${serverUrl}`);
  }
  return { username, password: secret };
}
