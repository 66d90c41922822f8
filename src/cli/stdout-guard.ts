import type { Log } from '../runtime/log.js';

const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;

/**
 * Runs `fn` with whatever it writes to stdout turned into log lines. In the CLI stdout carries
 * only the report or the JSON, but libraries written for workflows print there: @actions/tool-cache
 * reports through @actions/core's workflow commands (`::debug::Downloading …`). Those become debug,
 * warning and error lines of the log, decoded (a masked value is masked in the log); anything else
 * an info line.
 */
export async function withStdoutAsLog<T>(log: Log, fn: () => Promise<T>): Promise<T> {
  const stdout = process.stdout;
  const write = stdout.write;
  let pending = '';
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const lines = (pending + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())).split(
      /\r?\n/,
    );
    pending = lines.pop() ?? '';
    for (const line of lines) logLine(log, line);
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof stdout.write;
  try {
    return await fn();
  } finally {
    stdout.write = write;
    if (pending !== '') logLine(log, pending);
  }
}

function logLine(log: Log, line: string): void {
  const command = COMMAND.exec(line);
  if (!command) {
    if (line !== '') log.info(line);
    return;
  }
  const [, name, data = ''] = command;
  // Workflow command data escapes %, CR and LF (@actions/core's escapeData).
  const message = data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  // A value a library masks is masked in the log too, and never printed.
  if (name === 'add-mask') log.setSecret(message);
  else if (name === 'debug') log.debug(message);
  else if (name === 'warning' || name === 'notice') log.warning(message);
  else if (name === 'error') log.error(message);
  else log.debug(line);
}
