/**
 * Running external programs (git, buildah, docker, opa) behind one small interface, so domain
 * code never builds shell strings and tests can substitute it. Arguments are always an array.
 */
export interface CommandOptions {
  cwd?: string;
  /** Added to the inherited environment; how secrets reach a program (never argv). */
  env?: Record<string, string>;
  input?: string | Buffer;
  /** Non-zero exit is returned instead of thrown. */
  allowFailure?: boolean;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandRunner {
  run(command: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult>;
}
