import type { ActionEntry } from '../actions/index.js';
import { reportText } from './action.js';
import { executeAction } from './execute.js';
import { githubContextFromEnv } from './github-context.js';
import { envInputSource } from './inputs.js';
import type { Log } from './log.js';
import { UserError } from './user-error.js';
import * as commands from './workflow-commands.js';

/** Runs an action the way the GitHub runner invokes its bundle. */
export async function runOnRunner(name: string, entry: ActionEntry): Promise<void> {
  const log = runnerLog();
  try {
    const result = await executeAction(name, entry, envInputSource(process.env), {
      log,
      github: githubContextFromEnv(process.env, process.cwd()),
      env: process.env,
    });
    for (const [output, value] of Object.entries(result.outputs)) commands.setOutput(output, value);
    const report = reportText(result);
    if (report) commands.appendSummary(report);
    if (result.failure) commands.setFailed(`${name}: ${result.failure}`);
  } catch (error) {
    if (error instanceof UserError) {
      commands.setFailed(`${name}: ${error.message}`, error.location);
    } else {
      commands.setFailed(
        `${name}: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}`,
      );
    }
  }
}

function runnerLog(): Log {
  return {
    info: commands.info,
    debug: commands.debug,
    warning: (message, location) => commands.annotate('warning', message, location),
    error: (message, location) => commands.annotate('error', message, location),
    group: async (name, fn) => {
      commands.startGroup(name);
      try {
        return await fn();
      } finally {
        commands.endGroup();
      }
    },
    setSecret: commands.setSecret,
  };
}
