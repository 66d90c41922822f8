import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../runtime/user-error.js';
import type { ChunkedStream } from './chunked-stream.js';
import { GzipLayerWriter, StreamCapture, type CapturedStream, type GzipLayer } from './gzip-layer-writer.js';
import { explainFileError, shownPath, type SourceTree, type TreeEntry } from './source-tree.js';
import {
  paddedToBlock,
  TAR_END_LENGTH,
  tarHeaderLength,
  writeTarHeader,
  type TarEntryHeader,
} from './tar-header.js';

export interface TarLayerOptions {
  /** Put in front of every path, e.g. `mychart/` as `helm package` does. */
  prefix?: string;
  /**
   * Whether directories get entries of their own. `flux push artifact` writes them (so empty
   * directories survive); `helm package` writes files only.
   */
  directories: boolean;
}

/**
 * A gzipped tar of the tree, byte-for-byte the same for the same content: entries in the tree's
 * bytewise order, modes reduced to 0644 or 0755 (git's rule: executable when the owner may run
 * it), directories 0755, owners and times zeroed. The tree's root gets no entry of its own.
 */
export async function writeTarGzip(tree: SourceTree, options: TarLayerOptions): Promise<GzipLayer> {
  const writer = new GzipLayerWriter();
  await writeTar(tree, options, writer);
  return writer.finish();
}

/** The same tar, uncompressed and kept in memory: its diff ID comes before any compression. */
export async function captureTar(tree: SourceTree, options: TarLayerOptions): Promise<CapturedStream> {
  const capture = new StreamCapture();
  await writeTar(tree, options, capture);
  return capture.finish();
}

async function writeTar(tree: SourceTree, options: TarLayerOptions, writer: ChunkedStream): Promise<void> {
  const prefix = options.prefix ?? '';
  for (const entry of tree.entries) {
    if (entry.type === 'file') {
      await writeFile(writer, tree, entry, `${prefix}${entry.path}`);
    } else if (options.directories) {
      await writeHeader(writer, { name: `${prefix}${entry.path}/`, type: 'directory', mode: 0o755, size: 0 });
    }
  }
  await writer.reserve(TAR_END_LENGTH);
  writer.chunk.fill(0, writer.used, writer.used + TAR_END_LENGTH);
  writer.used += TAR_END_LENGTH;
}

async function writeHeader(writer: ChunkedStream, header: TarEntryHeader): Promise<void> {
  await writer.reserve(tarHeaderLength(header));
  writer.used += writeTarHeader(writer.chunk, writer.used, header);
}

/** Reads the file straight into the writer's chunk: no per-file buffer, no copy. */
async function writeFile(writer: ChunkedStream, tree: SourceTree, entry: TreeEntry, name: string) {
  let fd: number;
  try {
    fd = openSync(entry.source, 'r');
  } catch (error) {
    throw explainFileError(error, shownPath(tree.root, entry.path));
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    await writeHeader(writer, { name, type: 'file', mode: stat.mode & 0o100 ? 0o755 : 0o644, size });
    let remaining = size;
    while (remaining > 0) {
      if (writer.free === 0) await writer.flush();
      const read = readSync(fd, writer.chunk, writer.used, Math.min(remaining, writer.free), null);
      if (read === 0) {
        throw new UserError(`${shownPath(tree.root, entry.path)} shrank while it was being packaged`, {
          hint: 'package the directory when nothing else is writing to it',
        });
      }
      writer.used += read;
      remaining -= read;
    }
    const padding = paddedToBlock(size) - size;
    await writer.reserve(padding);
    writer.chunk.fill(0, writer.used, writer.used + padding);
    writer.used += padding;
  } finally {
    closeSync(fd);
  }
}
