import { Worker } from 'node:worker_threads';
import type { TreeEntry } from './source-tree.js';

/**
 * Opening, stat-ing and reading thousands of small files is most of what packing a manifest
 * tree costs, and on the main thread it serialises with the tar framing and hashing. Past the
 * first few hundred files, a worker thread reads ahead in batches while the main thread writes
 * the archive, so the two run on separate cores. Small trees never start the worker (its start
 * costs more than it saves).
 */
const INLINE_FILES = 256;
const BATCH_FILES = 128;
const BATCHES_AHEAD = 8;
/** Larger files are left to the main thread, which reads them straight into the archive chunks. */
export const PREFETCH_MAX_FILE = 1 << 20;

/**
 * A file the worker read: its bytes, or why the main thread must read it itself. A failure's
 * code is the system error's (ENOENT, EACCES) or ESHRANK for a file that shrank while read.
 */
export type Prefetched =
  | { kind: 'read'; mode: number; bytes: Buffer }
  | { kind: 'large' }
  | { kind: 'failed'; code: string; message: string };

export interface PrefetchedEntry {
  entry: TreeEntry;
  /** Undefined for directories and for files the main thread reads itself. */
  file: Prefetched | undefined;
}

interface BatchResult {
  modes: Int32Array;
  /** Byte length read, -1 for a large file, -2 for a failure (see `errors`). */
  lengths: Float64Array;
  errors: ({ code: string; message: string } | null)[];
  data: ArrayBuffer;
  offsets: Float64Array;
}

/** The entries in order, files past the first INLINE_FILES with their content read ahead. */
export async function* prefetchFiles(entries: Iterable<TreeEntry>): AsyncGenerator<PrefetchedEntry> {
  const walk = entries[Symbol.iterator]();
  let files = 0;
  // Entries of the tree up to the first file handed to the worker, then a queue of lookahead.
  for (;;) {
    const next = walk.next();
    if (next.done) return;
    yield { entry: next.value, file: undefined };
    if (next.value.type === 'file' && ++files >= INLINE_FILES) break;
  }
  const reader = new WorkerReader();
  try {
    yield* reader.readAhead(walk);
  } finally {
    await reader.close();
  }
}

class WorkerReader {
  private readonly worker = new Worker(`(${readBatches.toString()})()`, { eval: true });
  private readonly waiting = new Map<
    number,
    { resolve: (r: BatchResult) => void; reject: (e: Error) => void }
  >();
  private failure: Error | undefined;
  private nextId = 0;

  constructor() {
    this.worker.on('message', (message: { id: number; result: BatchResult }) => {
      this.waiting.get(message.id)?.resolve(message.result);
      this.waiting.delete(message.id);
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    });
  }

  async *readAhead(walk: Iterator<TreeEntry>): AsyncGenerator<PrefetchedEntry> {
    type Queued = { entry: TreeEntry; batch?: Promise<BatchResult>; index?: number };
    const queue: (Queued | undefined)[] = [];
    let head = 0;
    let open: Queued[] = [];
    let posted = 0;
    let consumed = 0;
    let done = false;
    const post = () => {
      const batch = this.request(open.map((item) => item.entry.source));
      for (const item of open) item.batch = batch;
      open = [];
      posted++;
    };
    for (;;) {
      while (!done && posted - consumed < BATCHES_AHEAD) {
        const next = walk.next();
        if (next.done) {
          done = true;
          if (open.length > 0) post();
          break;
        }
        const item: Queued = { entry: next.value };
        queue.push(item);
        if (next.value.type !== 'file') continue;
        item.index = open.length;
        open.push(item);
        if (open.length === BATCH_FILES) post();
      }
      // A read index instead of shift(), which moves the whole lookahead on every entry.
      const item = queue[head];
      if (!item) return;
      queue[head++] = undefined;
      if (head > 4096) {
        queue.splice(0, head);
        head = 0;
      }
      // The archive caught up with the batch still being filled: send it as it is.
      if (item.index !== undefined && !item.batch) post();
      if (!item.batch) {
        yield { entry: item.entry, file: undefined };
        continue;
      }
      const result = await item.batch;
      const index = item.index as number;
      yield { entry: item.entry, file: fileOf(result, index) };
      if (index === result.lengths.length - 1) {
        consumed++;
        // Its files are in the archive now: the worker fills the same memory with a later batch,
        // instead of each batch allocating (and the collector reclaiming) a megabyte per thread.
        this.worker.postMessage({ recycle: result.data }, [result.data]);
      }
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private request(paths: string[]): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const result = new Promise<BatchResult>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // A batch nobody awaits any more (packing stopped on an error) must not reject unhandled.
    result.catch(() => undefined);
    this.worker.postMessage({ id, paths, largest: PREFETCH_MAX_FILE });
    return result;
  }
}

function fileOf(result: BatchResult, index: number): Prefetched {
  const length = result.lengths[index] as number;
  if (length === -1) return { kind: 'large' };
  if (length === -2) {
    const error = result.errors[index] as { code: string; message: string };
    return { kind: 'failed', ...error };
  }
  const offset = result.offsets[index] as number;
  return {
    kind: 'read',
    mode: result.modes[index] as number,
    bytes: Buffer.from(result.data, offset, length),
  };
}

/**
 * The worker's whole program, sent as source (`eval`), so that the same code runs from the
 * bundles, from the compiled build and under the test runner, with no worker file to locate.
 * It must stay self-contained: no imports, no closures; built-ins come from getBuiltinModule.
 */
function readBatches(): void {
  const fs = process.getBuiltinModule('node:fs');
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const spares: ArrayBuffer[] = [];
  type Request = { id: number; paths: string[]; largest: number } | { recycle: ArrayBuffer };
  parentPort?.on('message', (request: Request) => {
    if ('recycle' in request) {
      spares.push(request.recycle);
      return;
    }
    const { id, paths, largest } = request;
    const modes = new Int32Array(paths.length);
    const lengths = new Float64Array(paths.length);
    const offsets = new Float64Array(paths.length);
    const errors: ({ code: string; message: string } | null)[] = [];
    // Not from the shared pool, so its whole ArrayBuffer can be transferred, not copied.
    const spare = spares.pop();
    let data = spare ? Buffer.from(spare) : Buffer.allocUnsafeSlow(1 << 20);
    let used = 0;
    paths.forEach((path, index) => {
      errors.push(null);
      let fd: number | undefined;
      try {
        fd = fs.openSync(path, 'r');
        const stat = fs.fstatSync(fd);
        modes[index] = stat.mode;
        if (stat.size > largest) {
          lengths[index] = -1;
          return;
        }
        if (used + stat.size > data.length) {
          const grown = Buffer.allocUnsafeSlow(Math.max(data.length * 2, used + stat.size));
          data.copy(grown, 0, 0, used);
          data = grown;
        }
        let read = 0;
        for (;;) {
          const n = fs.readSync(fd, data, used + read, stat.size - read, null);
          if (n === 0) break;
          read += n;
          if (read === stat.size) break;
        }
        if (read !== stat.size) {
          lengths[index] = -2;
          errors[index] = { code: 'ESHRANK', message: `read ${read} of ${stat.size} bytes` };
          return;
        }
        offsets[index] = used;
        lengths[index] = read;
        used += read;
      } catch (error) {
        const { code, message } = error as { code?: string; message: string };
        lengths[index] = -2;
        errors[index] = { code: code ?? 'EIO', message };
      } finally {
        if (fd !== undefined) fs.closeSync(fd);
      }
    });
    const out = data.buffer as ArrayBuffer;
    parentPort?.postMessage({ id, result: { modes, lengths, offsets, errors, data: out } }, [out]);
  });
}
