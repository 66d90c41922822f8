import type { ValidateFunction } from 'ajv';
import { actions } from '../actions/index.js';
import type { RawInputSource } from '../runtime/inputs.js';
import { reportText } from '../runtime/action.js';
import { executeAction } from '../runtime/execute.js';
import { githubContextFromEnv } from '../runtime/github-context.js';
import { inputEnvName } from '../runtime/inputs.js';
import { InputError, UserError } from '../runtime/user-error.js';
import { parseArguments } from './arguments.js';
import { consoleLog } from './console-log.js';
import { actionHelp, generalHelp } from './help.js';
import { withStdoutAsLog } from './stdout-guard.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * The process entry: `main`, where stdout closed early by its reader (`| head`) only drops the
 * rest of the output: the run finishes and exits with its own status, not with an unhandled
 * EPIPE and a stack trace.
 */
export function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  validators: Validators,
): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return main(argv, env, validators);
}

/**
 * Each action's input validator, compiled at build time and loaded only for the action that runs:
 * the other actions' validators would be start-up time for nothing.
 */
export type Validators = Record<string, () => Promise<ValidateFunction>>;

/** `gitops-actions <action> [--<input> value]... [--json]`; returns the exit status. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  validators: Validators = {},
): Promise<number> {
  const [name, ...rest] = argv;
  const names = Object.keys(actions);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(generalHelp(names, (n) => actions[n]?.schema.description ?? ''));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const entry = actions[name];
  if (!entry) {
    process.stderr.write(`gitops-actions: unknown action '${name}'; known actions: ${names.join(', ')}\n`);
    return EXIT_USAGE;
  }
  let log = consoleLog({ verbose: false });
  try {
    const args = parseArguments(name, entry.schema, rest);
    if (args.help) {
      process.stdout.write(actionHelp(name, entry.schema));
      return EXIT_OK;
    }
    log = consoleLog({ verbose: args.verbose || env.RUNNER_DEBUG === '1' });
    const declared = entry.schema.properties.inputs.properties;
    const source: RawInputSource = (input) => {
      const fallback = declared[input]?.['x-env'];
      return args.flags.get(input) ?? env[inputEnvName(input)] ?? (fallback ? env[fallback] : undefined);
    };
    const validate = await validators[name]?.();
    const result = await withStdoutAsLog(log, () =>
      executeAction(name, { ...entry, validate }, source, {
        log,
        github: githubContextFromEnv(env, process.cwd()),
        env,
      }),
    );
    if (args.json) process.stdout.write(`${JSON.stringify(result.outputs)}\n`);
    else process.stdout.write(reportText(result));
    if (result.failure) {
      log.error(`${name}: ${result.failure}`);
      return EXIT_FAILED;
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UserError) {
      // The message names its file and line already; the location is for runner annotations.
      log.error(`${name}: ${error.message}`);
      return error instanceof InputError ? EXIT_USAGE : EXIT_FAILED;
    }
    log.error(`${name}: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}`);
    return EXIT_FAILED;
  }
}
