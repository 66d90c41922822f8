import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteBatch } from '../../src/values/atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function writeAll(writes: { path: string; content: string }[]): Promise<void> {
  const batch = new AtomicWriteBatch();
  for (const { path, content } of writes) batch.stage(path, content);
  return batch.commit();
}

describe('AtomicWriteBatch', () => {
  it('replaces every file and keeps each one’s mode', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'b.yaml'), 'b: 1\n');
    chmodSync(join(dir, 'a.yaml'), 0o640);
    chmodSync(join(dir, 'b.yaml'), 0o755);
    await writeAll([
      { path: join(dir, 'a.yaml'), content: 'a: 2\n' },
      { path: join(dir, 'b.yaml'), content: 'b: 2\n' },
    ]);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('a: 2\n');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('b: 2\n');
    expect(statSync(join(dir, 'a.yaml')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'b.yaml')).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('writes none when one cannot be written, and leaves no temporary file behind', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/b.yaml'), 'b: 1\n');
    // A file in a directory we may not create files in: its temporary file cannot be made.
    chmodSync(join(dir, 'locked'), 0o555);
    const canWriteAnyway = process.getuid?.() === 0;
    const attempt = writeAll([
      { path: join(dir, 'a.yaml'), content: 'a: 2\n' },
      { path: join(dir, 'locked/b.yaml'), content: 'b: 2\n' },
      { path: join(dir, 'missing/c.yaml'), content: 'c: 2\n' },
    ]);
    // root ignores directory permissions, so a missing file is the failure there.
    await expect(attempt).rejects.toThrow(canWriteAnyway ? /ENOENT/ : /EACCES|ENOENT/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readFileSync(join(dir, 'locked/b.yaml'), 'utf8')).toBe('b: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'locked']);
    expect(readdirSync(join(dir, 'locked'))).toEqual(['b.yaml']);
  });

  it('discards everything it staged when the run fails before the commit', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'b.yaml'), 'b: 1\n');
    const batch = new AtomicWriteBatch();
    batch.stage(join(dir, 'a.yaml'), 'a: 2\n');
    batch.stage(join(dir, 'b.yaml'), 'b: 2\n');
    await batch.discard();
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('b: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });
});
