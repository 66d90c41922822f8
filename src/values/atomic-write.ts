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
 * mode; only when every temporary file is written are they renamed over the originals. The
 * files are independent, so each phase runs them concurrently: creating files dominates a
 * large bump, and the disk overlaps that work well.
 */
export async function writeAllAtomically(writes: readonly PendingWrite[]): Promise<void> {
  const staged = writes.map(({ path }) => ({
    path,
    temp: join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`),
  }));
  const results = await Promise.allSettled(
    writes.map(async ({ path, content }, i) => {
      const { mode } = await fs.stat(path);
      const { temp } = staged[i] as { temp: string };
      await fs.writeFile(temp, content, { mode: mode & 0o7777, flag: 'wx' });
      // The umask may have cleared bits of the requested mode.
      await fs.chmod(temp, mode & 0o7777);
    }),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(staged.map(({ temp }) => fs.rm(temp, { force: true })));
    throw failure.reason;
  }
  await Promise.all(staged.map(({ temp, path }) => fs.rename(temp, path)));
}
