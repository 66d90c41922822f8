import { describe, expect, it } from 'vitest';
import { withStdoutAsLog } from '../../src/cli/stdout-guard.js';
import type { Log } from '../../src/runtime/log.js';

function recordingLog(): { log: Log; lines: string[] } {
  const lines: string[] = [];
  const log: Log = {
    info: (message) => lines.push(`info ${message}`),
    debug: (message) => lines.push(`debug ${message}`),
    warning: (message) => lines.push(`warning ${message}`),
    error: (message) => lines.push(`error ${message}`),
    group: (_name, fn) => fn(),
    setSecret: (value) => lines.push(`secret ${value}`),
  };
  return { log, lines };
}

describe('withStdoutAsLog', () => {
  it('turns workflow commands and plain lines written to stdout into decoded log lines', async () => {
    const { log, lines } = recordingLog();
    const original = process.stdout.write;
    const result = await withStdoutAsLog(log, async () => {
      process.stdout.write('::debug::Downloading https://example.com/opa%0Aline two 100%25\n');
      process.stdout.write(Buffer.from('::warning file=a.tf,line=3::careful\nplain '));
      process.stdout.write('text\n::error::broken\n::add-mask::x\n', () => lines.push('callback'));
      process.stdout.write('unterminated');
      return 42;
    });
    expect(result).toBe(42);
    expect(process.stdout.write).toBe(original);
    expect(lines).toEqual([
      'debug Downloading https://example.com/opa\nline two 100%',
      'warning careful',
      'info plain text',
      'error broken',
      'secret x',
      'callback',
      'info unterminated',
    ]);
  });

  it('gives stdout back when the function throws', async () => {
    const { log } = recordingLog();
    const original = process.stdout.write;
    await expect(
      withStdoutAsLog(log, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(process.stdout.write).toBe(original);
  });
});
