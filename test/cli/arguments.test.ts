import { describe, expect, it } from 'vitest';
import bumpSchema from '../../action-schemas/bump.schema.json' with { type: 'json' };
import { parseArguments } from '../../src/cli/arguments.js';
import { consoleLog } from '../../src/cli/console-log.js';
import type { ActionSchema } from '../../src/runtime/action-schema.js';
import { InputError } from '../../src/runtime/user-error.js';

const schema = bumpSchema as ActionSchema;

describe('parseArguments', () => {
  it('maps flags to inputs, joins repeated flags into lines, and reads = forms', () => {
    const args = parseArguments('bump', schema, [
      '--files',
      'a.yaml',
      '--files=b.yaml',
      '--path',
      'image.tag',
      '--value',
      '1.2.3',
      '--json',
    ]);
    expect(Object.fromEntries(args.flags)).toEqual({
      files: 'a.yaml\nb.yaml',
      path: 'image.tag',
      value: '1.2.3',
    });
    expect(args.json).toBe(true);
  });

  it('takes a lone boolean flag as true and an explicit value when given', () => {
    expect(parseArguments('bump', schema, ['--dry-run', '--json']).flags.get('dry-run')).toBe('true');
    expect(parseArguments('bump', schema, ['--dry-run', 'false']).flags.get('dry-run')).toBe('false');
  });

  it('refuses unknown flags, listing the known ones', () => {
    expect(() => parseArguments('bump', schema, ['--file', 'a'])).toThrow(InputError);
    expect(() => parseArguments('bump', schema, ['--file', 'a'])).toThrow(
      /unknown flag '--file'[\s\S]*--files/,
    );
  });

  it('refuses a value flag without a value and stray arguments', () => {
    expect(() => parseArguments('bump', schema, ['--path'])).toThrow("flag '--path' needs a value");
    expect(() => parseArguments('bump', schema, ['values.yaml'])).toThrow(
      "unexpected argument 'values.yaml'",
    );
  });
});

describe('consoleLog', () => {
  it('masks registered secrets in every line and shows debug only when verbose', () => {
    const lines: string[] = [];
    const log = consoleLog({ verbose: false, write: (line) => lines.push(line) });
    log.setSecret('s3cr3t');
    log.info('token is s3cr3t');
    log.debug('hidden');
    log.warning('near s3cr3t', { file: 'a.yaml', line: 3, column: 5 });
    expect(lines).toEqual(['token is ***', 'a.yaml:3:5: warning: near ***']);
  });
});
