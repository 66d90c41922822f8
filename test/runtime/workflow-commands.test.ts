import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as commands from '../../src/runtime/workflow-commands.js';

// Our runner protocol must be byte for byte what @actions/core 3 writes, since the runner parses it.
function stdoutOf(fn: () => void): string {
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    fn();
    return spy.mock.calls.map(([chunk]) => String(chunk)).join('');
  } finally {
    spy.mockRestore();
  }
}

const awkward = 'line one\nline two\r\n100% done: a,b::c';
const location = { file: 'env/a b,c.yaml', line: 3, column: 7 };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe('workflow commands match @actions/core', () => {
  it.each([
    ['info', () => core.info(awkward), () => commands.info(awkward)],
    ['debug', () => core.debug(awkward), () => commands.debug(awkward)],
    ['error', () => core.error(awkward), () => commands.annotate('error', awkward)],
    ['notice', () => core.notice(awkward), () => commands.annotate('notice', awkward)],
    [
      'warning with a location',
      () =>
        core.warning(awkward, {
          file: location.file,
          startLine: location.line,
          startColumn: location.column,
        }),
      () => commands.annotate('warning', awkward, location),
    ],
    [
      'error with a file only',
      () => core.error(awkward, { file: location.file, startLine: undefined, startColumn: undefined }),
      () => commands.annotate('error', awkward, { file: location.file }),
    ],
    ['add-mask', () => core.setSecret('s3cr3t%\n'), () => commands.setSecret('s3cr3t%\n')],
    ['group', () => core.startGroup(awkward), () => commands.startGroup(awkward)],
    ['endgroup', () => core.endGroup(), () => commands.endGroup()],
    [
      'set-output without GITHUB_OUTPUT',
      () => core.setOutput('a', awkward),
      () => commands.setOutput('a', awkward),
    ],
  ])('%s', (_, theirs, ours) => {
    vi.stubEnv('GITHUB_OUTPUT', '');
    expect(stdoutOf(ours)).toBe(stdoutOf(theirs));
  });

  it('setFailed writes the same error and sets exit code 1', () => {
    const theirs = stdoutOf(() => core.setFailed(awkward));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(stdoutOf(() => commands.setFailed(awkward))).toBe(theirs);
    expect(process.exitCode).toBe(1);
  });

  it('setOutput appends the same delimited block to GITHUB_OUTPUT', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    core.setOutput('changes', awkward);
    commands.setOutput('changes', awkward);
    const delimiters = /ghadelimiter_[0-9a-f-]{36}/g;
    const [theirs, ours] = readFileSync(file, 'utf8')
      .replace(delimiters, 'DELIMITER')
      .split(/(?<=DELIMITER\n)(?=changes)/);
    expect(ours).toBe(theirs);
    expect(theirs).toBe(`changes<<DELIMITER\n${awkward}\nDELIMITER\n`);
  });

  it('the summary is appended like core.summary.addRaw().write()', async () => {
    const theirs = join(dir, 'theirs.md');
    const ours = join(dir, 'ours.md');
    writeFileSync(theirs, '# before\n');
    writeFileSync(ours, '# before\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', theirs);
    await core.summary.addRaw('| a | b |\n').write();
    vi.stubEnv('GITHUB_STEP_SUMMARY', ours);
    commands.appendSummary('| a | b |\n');
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
  });
});
