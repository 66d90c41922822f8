import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../runtime/user-error.js';

/**
 * Writes a report (SARIF, JUnit) whole or not at all: to a temporary file beside the target, then
 * renamed over it, so an upload step that runs after a failure never reads half a file. Missing
 * directories are created. `input` names the action input that chose the path, for the error.
 */
export async function writeReportFile(path: string, content: string, input: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await fs.writeFile(temp, content, { flag: 'wx' });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`cannot write the ${input} file ${path}: ${code}`, {
      hint: `set \`${input}\` to a writable file path inside the workspace (for example reports/${basename(path) || 'report'})`,
      cause: error,
    });
  }
}
