/** A token for HTTPS remotes on one server (https://github.com, or a GitHub Enterprise Server URL). */
export interface GitAuth {
  serverUrl: string;
  token: string;
}

/** The value git sends; exposed so callers can register it as a secret alongside the token. */
export function authorizationHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}

/**
 * Environment that makes git send the token to the server without it ever appearing in argv,
 * a remote URL or a config file. Entries are appended after any GIT_CONFIG_* the process
 * already inherits. The empty value first clears headers from config files: actions/checkout
 * persists its own `extraheader` for the same URL, and two Authorization headers are refused.
 */
export function gitAuthEnv(auth: GitAuth, inherited: NodeJS.ProcessEnv): Record<string, string> {
  const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const start = Number.parseInt(inherited.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  const entries: [string, string][] = [
    [key, ''],
    [key, authorizationHeader(auth.token)],
  ];
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([name, value], offset) => {
    env[`GIT_CONFIG_KEY_${start + offset}`] = name;
    env[`GIT_CONFIG_VALUE_${start + offset}`] = value;
  });
  return env;
}
