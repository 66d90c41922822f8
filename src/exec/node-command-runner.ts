import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { silentLog, type Log } from '../runtime/log.js';
import { UserError } from '../runtime/user-error.js';
import {
  CommandFailedError,
  formatCommandLine,
  type CommandOptions,
  type CommandResult,
  type CommandRunner,
} from './command.js';

/**
 * Runs programs with `spawn` and no shell. Used instead of @actions/exec, which echoes
 * `[command]...` to stdout and would corrupt the CLI's `--json` output.
 */
export class NodeCommandRunner implements CommandRunner {
  constructor(private readonly log: Log = silentLog) {}

  run(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    const commandLine = formatCommandLine(command, args);
    this.log.debug(`$ ${commandLine}`);
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
      });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(spawnFailure(error, command, commandLine, options.cwd)),
      );
      // A program may exit without reading its input; its exit status is what matters then.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
      child.on('close', (code, signal) => {
        const result: CommandResult = {
          exitCode: code ?? 128 + (signal ? constants.signals[signal] : 0),
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        };
        if (result.exitCode !== 0 && !options.allowFailure) {
          reject(new CommandFailedError(command, args, result));
        } else {
          resolve(result);
        }
      });
    });
  }
}

function spawnFailure(
  error: NodeJS.ErrnoException,
  command: string,
  commandLine: string,
  cwd: string | undefined,
): Error {
  if (error.code !== 'ENOENT') return error;
  // Node reports a missing working directory exactly like a missing program.
  if (cwd !== undefined && !existsSync(cwd)) {
    return new Error(`cannot run ${commandLine}: the directory ${cwd} does not exist`, { cause: error });
  }
  return new UserError(`${command} was not found on PATH (needed to run: ${commandLine})`, {
    hint: `install ${command} on the runner, or run the job in an image that has it`,
    cause: error,
  });
}
