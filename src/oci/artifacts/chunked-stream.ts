/**
 * Uncompressed archive bytes written in place into 1 MiB chunks: files are read into `chunk`,
 * headers encoded in it, so packing allocates nothing per entry. Each filled chunk goes to
 * `take`. The chunk boundaries are part of the output (gzip deflates every chunk on its own), so
 * they depend on the sequence of writes only: a chunk is handed on when full, or early when the
 * next header does not fit in what is left. Every chunk starts zero-filled, so writers skip
 * zeroing padding and empty fields (a fresh 1 MiB allocation comes from zeroed pages anyway).
 */
export const CHUNK_LENGTH = 1 << 20;
/** Recycled chunks kept for reuse: about as many as are deflating at once. */
const MAX_SPARES = 8;

export abstract class ChunkedStream {
  /** The buffer being filled; `used` bytes of it are written, the rest is zero. Replaced on every hand-over. */
  chunk: Buffer = Buffer.alloc(CHUNK_LENGTH);
  used = 0;

  get free(): number {
    return this.chunk.length - this.used;
  }

  /** Makes sure `length` contiguous bytes (at most one chunk) are free in `chunk`. */
  async reserve(length: number): Promise<void> {
    if (this.free < length) await this.flush();
  }

  /** Hands the filled part of the chunk on and starts a new chunk. */
  async flush(): Promise<void> {
    if (this.used > 0) await this.handOver(false);
  }

  /** Hands on the last chunk, empty or not: the stream ends with it. */
  protected end(): Promise<void> {
    return this.handOver(true);
  }

  /**
   * Receives each chunk once; chunks are not reused unless the subclass hands one back through
   * `recycle`, so it may keep them.
   */
  protected abstract take(data: Buffer, last: boolean): Promise<void>;

  /**
   * A chunk `take` is done with, zeroed and filled again instead of a new allocation: fresh
   * memory costs a page fault per 4 KiB on first write, a tenth of packing a large tree.
   */
  protected recycle(data: Buffer): void {
    if (this.spares.length < MAX_SPARES)
      this.spares.push(Buffer.from(data.buffer, data.byteOffset, CHUNK_LENGTH));
  }

  private readonly spares: Buffer[] = [];

  private handOver(last: boolean): Promise<void> {
    const data = this.chunk.subarray(0, this.used);
    this.chunk = this.spares.pop()?.fill(0) ?? Buffer.alloc(CHUNK_LENGTH);
    this.used = 0;
    return this.take(data, last);
  }
}
