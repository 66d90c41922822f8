import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';
import { CHUNK_LENGTH, ChunkedStream } from './chunked-stream.js';

const deflateRawAsync = promisify(deflateRaw);

/**
 * Gzip for layers. Chunks deflate in parallel the way pigz does it: each one is a separate raw
 * deflate primed with the 32 KiB before it (so matches still reach back across the boundary) and
 * ended with a sync flush, which leaves it byte-aligned so the pieces concatenate into one valid
 * stream; only the last one is finished. The output depends on the bytes and the chunk
 * boundaries only (see ChunkedStream), never on thread timing or on whether the chunks are
 * compressed as they are written or later from a captured stream.
 *
 * The gzip framing is written here, not by zlib, so that it is the same everywhere: no file
 * name, mtime 0, XFL 0 and OS 255 ("unknown", what Go's gzip writes) — zlib's own header
 * records the build platform. The deflate data is whatever Node's bundled zlib produces at
 * level 6: the same across runs and machines for one zlib build (`process.versions.zlib`; the
 * builds in Node 20 and 24 agree), while another zlib build may encode the same tar differently.
 */
export const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** zlib's default level, as `gzip` uses; the zip writer deflates at the same level. */
export const DEFLATE_LEVEL = 6;

/** Deflate's window: the most a match can reach back. */
const WINDOW = 32 * 1024;
/**
 * Chunks deflating at once: one per core, at least two so that reading overlaps deflating, at
 * most libuv's default thread-pool size.
 */
const PARALLEL_CHUNKS = Math.max(2, Math.min(4, availableParallelism()));

export interface GzipLayer {
  bytes: Buffer;
  /** `sha256:<hex>` of the compressed bytes: the blob digest. */
  digest: string;
  /** `sha256:<hex>` of the uncompressed stream: the layer's diff ID. */
  diffId: string;
}

/**
 * A layer written once and compressed when asked: with `compress: false` the uncompressed chunks
 * are hashed and kept, so the diff ID is known before any deflate runs; `compress()` (called at
 * any point, before or after the end) deflates the kept chunks and every later one as it comes.
 * Either way the gzip is the same: only the chunks and their boundaries decide it.
 */
export class GzipLayerWriter extends ChunkedStream {
  private gzip: ParallelGzip | undefined;
  /** Chunks not handed to the compressor yet. */
  private readonly pending: Buffer[] = [];
  private ended = false;
  /** Set by keepNothing. */
  private digestOnly = false;
  private readonly uncompressedHash = createHash('sha256');
  private diffId: string | undefined;

  constructor(options: { compress: boolean } = { compress: true }) {
    super();
    if (options.compress) this.compress();
  }

  compress(): void {
    if (this.digestOnly) throw new Error('the uncompressed layer was not kept');
    this.gzip ??= new ParallelGzip((chunk) => this.recycle(chunk));
  }

  /**
   * Only the diff ID is wanted (the registry holds every tag, so only a comparison is left): the
   * kept chunks are dropped and each later one is recycled once hashed, which spares allocating
   * and faulting in memory for the whole layer. Nothing can be compressed afterwards.
   */
  keepNothing(): void {
    if (this.gzip) return;
    this.digestOnly = true;
    // Hashed already; their memory, faulted in once, serves the chunks still to come.
    for (const chunk of this.pending.splice(0)) this.recycle(chunk);
  }

  get keepsNothing(): boolean {
    return this.digestOnly;
  }

  /** Ends the uncompressed stream; its digest is the layer's diff ID. */
  async endStream(): Promise<string> {
    await this.end();
    this.diffId = `sha256:${this.uncompressedHash.digest('hex')}`;
    return this.diffId;
  }

  /** The layer, compressing whatever is left; only after the stream ended. */
  async compressed(): Promise<GzipLayer> {
    if (this.diffId === undefined) throw new Error('the layer stream has not ended');
    this.compress();
    await this.drain();
    return { ...(await (this.gzip as ParallelGzip).finish()), diffId: this.diffId };
  }

  async finish(): Promise<GzipLayer> {
    await this.endStream();
    return this.compressed();
  }

  protected async take(data: Buffer, last: boolean): Promise<void> {
    this.uncompressedHash.update(data);
    if (this.digestOnly) return this.recycle(data);
    this.pending.push(data);
    this.ended = last;
    if (this.gzip) return this.drain();
    // Kept, not compressed: let the event loop turn, so that an answer arriving meanwhile (the
    // registry saying the tag is new) can switch compression on while the tree is still read.
    return new Promise((resolve) => setImmediate(resolve));
  }

  private async drain(): Promise<void> {
    const gzip = this.gzip as ParallelGzip;
    while (this.pending.length > 0) {
      const chunk = this.pending.shift() as Buffer;
      await gzip.write(chunk, this.ended && this.pending.length === 0);
    }
  }
}

class ParallelGzip {
  private crc = 0;
  private uncompressedLength = 0;
  private readonly compressedHash = createHash('sha256').update(GZIP_HEADER);
  private readonly compressed: Buffer[] = [GZIP_HEADER];
  private readonly deflating: { input: Buffer; output: Promise<Buffer> }[] = [];
  private window: Buffer | undefined;

  /** `release` gets each input chunk back once deflated, for reuse. */
  constructor(private readonly release: (chunk: Buffer) => void) {}

  /** Starts deflating `data` on the thread pool; waits only when enough chunks are in flight. */
  async write(data: Buffer, last: boolean): Promise<void> {
    this.crc = crc32(data, this.crc);
    this.uncompressedLength += data.length;
    // One output buffer per chunk: zlib hands back each full buffer via the event loop.
    const options: ZlibOptions = {
      level: DEFLATE_LEVEL,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      chunkSize: CHUNK_LENGTH,
    };
    if (this.window) options.dictionary = this.window;
    const output = deflateRawAsync(data, options);
    // Marked handled: when packing stops early on a user error nobody awaits this chunk.
    output.catch(() => undefined);
    this.deflating.push({ input: data, output });
    // A copy: this chunk is recycled once deflated, possibly before the next one starts.
    this.window = Buffer.from(data.subarray(Math.max(0, data.length - WINDOW)));
    if (this.deflating.length >= PARALLEL_CHUNKS) await this.collectOldest();
  }

  async finish(): Promise<{ bytes: Buffer; digest: string }> {
    while (this.deflating.length > 0) await this.collectOldest();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    // ISIZE is the length modulo 2^32 (RFC 1952).
    trailer.writeUInt32LE(this.uncompressedLength % 2 ** 32, 4);
    this.collect(trailer);
    return {
      bytes: Buffer.concat(this.compressed),
      digest: `sha256:${this.compressedHash.digest('hex')}`,
    };
  }

  private async collectOldest(): Promise<void> {
    const { input, output } = this.deflating.shift() as (typeof this.deflating)[number];
    this.collect(await output);
    this.release(input);
  }

  private collect(bytes: Buffer): void {
    this.compressed.push(bytes);
    this.compressedHash.update(bytes);
  }
}
