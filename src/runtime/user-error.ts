/**
 * A problem the user can fix (bad input, malformed file, refused change). The entry prints its
 * message without a stack trace; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly location: SourceLocation | undefined;

  constructor(message: string, options: { hint?: string; location?: SourceLocation; cause?: unknown } = {}) {
    super(options.hint ? `${message}\n  hint: ${options.hint}` : message, { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
    this.location = options.location;
  }
}

/** Bad action input: the CLI exits 2 for these (usage error), the runner fails the step. */
export class InputError extends UserError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(message, options);
    this.name = 'InputError';
  }
}

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export function formatLocation(loc: SourceLocation): string {
  return [loc.file, loc.line, loc.line !== undefined ? loc.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
}
