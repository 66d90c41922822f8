import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

/**
 * Builds a gzip blob in one pass: callers write uncompressed bytes straight into `chunk` (files
 * are read into it, headers encoded in place); each full chunk is checksummed, hashed and
 * deflated on the thread pool while the next chunks fill.
 *
 * Chunks deflate in parallel the way pigz does it: each one is a separate raw deflate primed
 * with the 32 KiB before it (so matches still reach back across the boundary) and ended with a
 * sync flush, which leaves it byte-aligned so the pieces concatenate into one valid stream; only
 * the last one is finished. The output depends on the bytes and the fixed chunk length only,
 * never on thread timing.
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

/** A multiple of the tar block size; big enough that priming and flushing cost nothing. */
const CHUNK_LENGTH = 1 << 20;
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

export class GzipLayerWriter {
  /** The buffer being filled; `used` bytes of it are written. Replaced on every flush. */
  chunk = Buffer.allocUnsafe(CHUNK_LENGTH);
  used = 0;

  private crc = 0;
  private uncompressedLength = 0;
  private readonly uncompressedHash = createHash('sha256');
  private readonly compressedHash = createHash('sha256').update(GZIP_HEADER);
  private readonly compressed: Buffer[] = [GZIP_HEADER];
  private readonly deflating: Promise<Buffer>[] = [];
  private window: Buffer | undefined;

  get free(): number {
    return this.chunk.length - this.used;
  }

  /** Makes sure `length` contiguous bytes (at most one chunk) are free in `chunk`. */
  async reserve(length: number): Promise<void> {
    if (this.free < length) await this.flush();
  }

  /** Hands the filled part of the chunk to zlib and starts a new chunk. */
  async flush(): Promise<void> {
    if (this.used > 0) await this.deflateChunk(constants.Z_SYNC_FLUSH);
  }

  async finish(): Promise<GzipLayer> {
    await this.deflateChunk(constants.Z_FINISH);
    while (this.deflating.length > 0) this.collect(await (this.deflating.shift() as Promise<Buffer>));
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    // ISIZE is the length modulo 2^32 (RFC 1952).
    trailer.writeUInt32LE(this.uncompressedLength % 2 ** 32, 4);
    this.collect(trailer);
    return {
      bytes: Buffer.concat(this.compressed),
      digest: `sha256:${this.compressedHash.digest('hex')}`,
      diffId: `sha256:${this.uncompressedHash.digest('hex')}`,
    };
  }

  private async deflateChunk(flush: number): Promise<void> {
    const data = this.chunk.subarray(0, this.used);
    this.crc = crc32(data, this.crc);
    this.uncompressedHash.update(data);
    this.uncompressedLength += data.length;
    // One output buffer per chunk: zlib hands back each full buffer via the event loop.
    const options: ZlibOptions = { level: DEFLATE_LEVEL, finishFlush: flush, chunkSize: CHUNK_LENGTH };
    if (this.window) options.dictionary = this.window;
    const deflated = deflateRawAsync(data, options);
    // Marked handled: when packing stops early on a user error nobody awaits this chunk.
    deflated.catch(() => undefined);
    this.deflating.push(deflated);
    // Chunks are never reused, so the window can point into this one.
    this.window = data.subarray(Math.max(0, data.length - WINDOW));
    this.chunk = Buffer.allocUnsafe(CHUNK_LENGTH);
    this.used = 0;
    if (this.deflating.length >= PARALLEL_CHUNKS)
      this.collect(await (this.deflating.shift() as Promise<Buffer>));
  }

  private collect(bytes: Buffer): void {
    this.compressed.push(bytes);
    this.compressedHash.update(bytes);
  }
}
