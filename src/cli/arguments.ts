import type { ActionSchema } from '../runtime/action-schema.js';
import { InputError } from '../runtime/user-error.js';

export interface CliArguments {
  flags: Map<string, string>;
  json: boolean;
  help: boolean;
  verbose: boolean;
}

/**
 * `--name value`, `--name=value`; a repeated flag appends a line (lists); a boolean flag alone
 * means true. Unknown flags are usage errors, named with the list of known ones.
 */
export function parseArguments(action: string, schema: ActionSchema, argv: readonly string[]): CliArguments {
  const declared = schema.properties.inputs.properties;
  const result: CliArguments = { flags: new Map(), json: false, help: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') result.json = true;
    else if (arg === '--help' || arg === '-h') result.help = true;
    else if (arg === '--verbose') result.verbose = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const input = declared[name];
      if (!input) {
        throw new InputError(`unknown flag '--${name}' for '${action}'`, {
          hint: `known flags: ${Object.keys(declared)
            .map((n) => `--${n}`)
            .join(', ')}, --json, --verbose, --help`,
        });
      }
      let value: string;
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (input.type === 'boolean' && !/^(true|false)$/i.test(argv[i + 1] ?? '')) value = 'true';
      else if (i + 1 < argv.length) value = argv[++i] as string;
      else throw new InputError(`flag '--${name}' needs a value`);
      const previous = result.flags.get(name);
      result.flags.set(name, previous === undefined ? value : `${previous}\n${value}`);
    } else {
      throw new InputError(`unexpected argument '${arg}' for '${action}'`, {
        hint: 'inputs are passed as --<input-name> <value>',
      });
    }
  }
  return result;
}
