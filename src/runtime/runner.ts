import * as core from '@actions/core';
import type { ActionDefinition } from './action.js';
import { executeAction } from './execute.js';
import { githubContextFromEnv } from './github-context.js';
import { envInputSource } from './inputs.js';
import type { Log } from './log.js';
import { UserError, type SourceLocation } from './user-error.js';

/** Runs an action the way the GitHub runner invokes its bundle. */
export async function runOnRunner(action: ActionDefinition): Promise<void> {
  const log = runnerLog();
  try {
    const result = await executeAction(action, envInputSource(process.env), {
      log,
      github: githubContextFromEnv(process.env, process.cwd()),
      env: process.env,
    });
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (result.report && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.report).write();
    if (result.failure) core.setFailed(`${action.name}: ${result.failure}`);
  } catch (error) {
    if (error instanceof UserError) {
      if (error.location) core.error(error.message, annotation(error.location));
      core.setFailed(`${action.name}: ${error.message}`);
    } else {
      core.setFailed(
        `${action.name}: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}`,
      );
    }
  }
}

function runnerLog(): Log {
  return {
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, location) => core.warning(message, location && annotation(location)),
    error: (message, location) => core.error(message, location && annotation(location)),
    group: (name, fn) => core.group(name, fn),
    setSecret: (value) => core.setSecret(value),
  };
}

function annotation(location: SourceLocation): core.AnnotationProperties {
  return { file: location.file, startLine: location.line, startColumn: location.column };
}
