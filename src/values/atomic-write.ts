import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PendingWrite {
  path: string;
  content: string;
}

/**
 * Writes every file or none: all contents go to temporary files beside their targets first
 * (same directory, so the rename stays on one filesystem and is atomic), keeping each file's
 * mode; only when every temporary file is written are they renamed over the originals.
 */
export async function writeAllAtomically(writes: readonly PendingWrite[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const { path, content } of writes) {
      const { mode } = await fs.stat(path);
      const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ temp, path });
      await fs.writeFile(temp, content, { mode: mode & 0o7777, flag: 'wx' });
      await fs.chmod(temp, mode & 0o7777);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => fs.rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged) await fs.rename(temp, path);
}
