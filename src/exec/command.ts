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

const STDERR_LINES_IN_ERROR = 10;

/** A command that exited non-zero; carries the captured output so callers can classify it. */
export class CommandFailedError extends Error {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;

  constructor(command: string, args: readonly string[], result: CommandResult) {
    const commandLine = formatCommandLine(command, args);
    const tail = lastLines(result.stderr || result.stdout, STDERR_LINES_IN_ERROR);
    super(`${commandLine} failed with exit code ${result.exitCode}${tail ? `:\n${tail}` : ''}`);
    this.name = 'CommandFailedError';
    this.exitCode = result.exitCode;
    this.stdout = result.stdout;
    this.stderr = result.stderr;
  }
}

/** The command as a reader would type it; only for messages, never executed. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part)))
    .join(' ');
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
