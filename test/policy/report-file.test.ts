import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/runtime/user-error.js';
import { writeReportFile } from '../../src/policy/write-report-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeReportFile', () => {
  it('creates missing directories and leaves no temporary file', async () => {
    const path = join(dir, 'reports', 'nested', 'policy.sarif');
    await writeReportFile(path, '{"version":"2.1.0"}', 'sarif');
    expect(await readFile(path, 'utf8')).toBe('{"version":"2.1.0"}');
    expect(await readdir(join(dir, 'reports', 'nested'))).toEqual(['policy.sarif']);
  });

  it('replaces an existing report whole', async () => {
    const path = join(dir, 'junit.xml');
    await writeFile(path, 'old and much longer content');
    await writeReportFile(path, 'new', 'junit-file');
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('names the input when the path cannot be written', async () => {
    const path = join(dir, 'taken');
    await mkdir(path);
    const error = await writeReportFile(path, 'x', 'sarif').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^cannot write the sarif file .*taken: E[A-Z]+/);
    expect((error as UserError).hint).toContain('`sarif`');
    expect(await readdir(dir)).toEqual(['taken']);
  });
});
