import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

type Staging =
  { path: string; temp: string; error?: undefined } | { path: string; temp: string; error: unknown };

/**
 * Writes a set of files all or none. Each content goes to a temporary file beside its target
 * (same directory, so the rename stays on one filesystem and is atomic) as soon as it is staged,
 * keeping the file's mode; only `commit`, once every file is staged, renames them over the
 * originals. The files are independent, so they are written concurrently.
 */
export class AtomicWriteBatch {
  private readonly staged: Promise<Staging>[] = [];

  stage(path: string, content: string): void {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    this.staged.push(
      writeTemp(path, temp, content).then(
        () => ({ path, temp }),
        (error: unknown) => ({ path, temp, error }),
      ),
    );
  }

  async commit(): Promise<void> {
    const staged = await Promise.all(this.staged);
    const failed = staged.find((staging) => staging.error !== undefined);
    if (failed) {
      await this.discard();
      throw failed.error;
    }
    await Promise.all(staged.map(({ temp, path }) => fs.rename(temp, path)));
  }

  /** Removes every temporary file; the originals are untouched. */
  async discard(): Promise<void> {
    const staged = await Promise.all(this.staged);
    await Promise.all(staged.map(({ temp }) => fs.rm(temp, { force: true })));
  }
}

// Read once: the mask new files get, to skip a chmod when it cannot change anything.
const umask = process.umask();

async function writeTemp(path: string, temp: string, content: string): Promise<void> {
  const mode = (await fs.stat(path)).mode & 0o7777;
  await fs.writeFile(temp, content, { mode, flag: 'wx' });
  if ((mode & ~umask) !== mode) await fs.chmod(temp, mode);
}
