import { runTool } from './run-tool.js';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * One bcrypt htpasswd line, the only hash distribution accepts. Node has no bcrypt, so
 * `htpasswd` makes it, reading the password from stdin (`-i`) to keep it out of argv.
 */
export async function htpasswdLine({ username, password }: Credentials): Promise<string> {
  // Cost 4 is bcrypt's minimum: this hash guards a throwaway registry, and every login pays for it.
  const line = await runTool('htpasswd', ['-niB', '-C', '4', username], password);
  return line.trim();
}
