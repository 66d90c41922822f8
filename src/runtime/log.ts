import type { SourceLocation } from './user-error.js';

/**
 * What domain code may say while it works. The runner implementation maps it onto workflow
 * commands (groups, annotations, masks); the CLI one writes plain lines to stderr.
 */
export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value to be masked in every later line; call before the value is used. */
  setSecret(value: string): void;
}

/** A log that drops everything: for tests and for library callers that want silence. */
export const silentLog: Log = {
  info: () => {},
  debug: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
  setSecret: () => {},
};
