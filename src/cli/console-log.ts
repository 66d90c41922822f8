import type { Log } from '../runtime/log.js';
import { formatLocation } from '../runtime/user-error.js';

/** CLI log: plain lines on stderr (stdout carries only the report or the JSON), secrets masked. */
export function consoleLog(options: { verbose: boolean; write?: (line: string) => void }): Log {
  const secrets: string[] = [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
  const say = (line: string) => write(mask(line));
  return {
    info: (message) => say(message),
    debug: (message) => {
      if (options.verbose) say(`debug: ${message}`);
    },
    warning: (message, location) =>
      say(`${location ? `${formatLocation(location)}: ` : ''}warning: ${message}`),
    error: (message, location) => say(`${location ? `${formatLocation(location)}: ` : ''}error: ${message}`),
    group: async (name, fn) => {
      say(`== ${name}`);
      return fn();
    },
    setSecret: (value) => {
      if (value && !secrets.includes(value)) secrets.push(value);
    },
  };
}
