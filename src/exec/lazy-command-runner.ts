import type { Log } from '../runtime/log.js';
import type { CommandOptions, CommandResult, CommandRunner } from './command.js';

/**
 * A NodeCommandRunner loaded on its first command: most runs start no program (no credential
 * helper, source and revision given), and loading child_process costs start-up time.
 */
export class LazyCommandRunner implements CommandRunner {
  #runner: Promise<CommandRunner> | undefined;

  constructor(private readonly log: Log) {}

  async run(command: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult> {
    this.#runner ??= import('./node-command-runner.js').then(
      ({ NodeCommandRunner }) => new NodeCommandRunner(this.log),
    );
    return (await this.#runner).run(command, args, options);
  }
}
