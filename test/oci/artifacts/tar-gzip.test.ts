import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_HEADER, GzipLayerWriter } from '../../../src/oci/artifacts/gzip-layer-writer.js';
import {
  paddedToBlock,
  TAR_BLOCK,
  tarHeaderLength,
  writeTarHeader,
  type TarEntryHeader,
} from '../../../src/oci/artifacts/tar-header.js';

function header(fields: TarEntryHeader): Buffer {
  const target = Buffer.alloc(tarHeaderLength(fields));
  expect(writeTarHeader(target, 0, fields)).toBe(target.length);
  return target;
}

function field(block: Buffer, offset: number, length: number): string {
  return block.subarray(offset, offset + length).toString('latin1');
}

describe('tar headers', () => {
  it('write a ustar header with owner, group, names and mtime zeroed', () => {
    const block = header({ name: 'deploy/app.yaml', type: 'file', mode: 0o644, size: 1234 });
    expect(block.length).toBe(TAR_BLOCK);
    expect(field(block, 0, 16)).toBe('deploy/app.yaml\0');
    expect(field(block, 100, 8)).toBe('0000644\0');
    expect(field(block, 108, 16)).toBe('0000000\u00000000000\0');
    expect(field(block, 124, 12)).toBe('00000002322\0');
    expect(field(block, 136, 12)).toBe('00000000000\0');
    expect(field(block, 156, 1)).toBe('0');
    expect(field(block, 257, 8)).toBe('ustar\u000000');
    expect(block.subarray(265, 329).every((byte) => byte === 0)).toBe(true); // uname, gname
  });

  it.each([
    ['an ASCII name', 'deploy/app.yaml', 1],
    ['a UTF-8 name', 'déploiement/überblick-日本.yaml', 1],
    // 40 characters, 120 bytes: the field keeps whole characters only, the pax record all of it.
    ['a UTF-8 name over the field', `${'日'.repeat(40)}.yaml`, 3],
    ['an ASCII name over the field', `${'a'.repeat(101)}`, 3],
  ])('checksum %s exactly, in every block', (_, name, blocks) => {
    const written = header({ name, type: 'file', mode: 0o755, size: 0o7654321 });
    expect(written.length).toBe(blocks * TAR_BLOCK);
    const headers = blocks === 1 ? [written] : [written.subarray(0, TAR_BLOCK), written.subarray(-TAR_BLOCK)];
    for (const block of headers) {
      const stored = parseInt(field(block, 148, 6), 8);
      expect(stored).toBe(
        Buffer.from(block)
          .fill(0x20, 148, 156)
          .reduce((sum, byte) => sum + byte, 0),
      );
    }
    const nameField = (headers.at(-1) as Buffer).subarray(0, 100);
    const kept = nameField.subarray(0, nameField.indexOf(0) === -1 ? 100 : nameField.indexOf(0)).toString();
    expect(name.startsWith(kept)).toBe(true);
    expect(kept).not.toContain('\uFFFD');
  });

  it('carry a checksum over the block with the checksum field as spaces', () => {
    const block = header({ name: 'dir/', type: 'directory', mode: 0o755, size: 0 });
    const stored = parseInt(field(block, 148, 6), 8);
    const copy = Buffer.from(block).fill(0x20, 148, 156);
    expect(stored).toBe(copy.reduce((sum, byte) => sum + byte, 0));
    expect(field(block, 154, 2)).toBe('\0 ');
    expect(field(block, 156, 1)).toBe('5');
  });

  it('put a long name in a pax record, whose length counts its own digits', () => {
    // 93 characters of path: the record " path=<93>\n" is 100 bytes, so its length has 3 digits.
    const name = `${'d/'.repeat(40)}${'x'.repeat(13)}`;
    const blocks = header({ name, type: 'file', mode: 0o644, size: 5 });
    expect(name.length).toBe(93);
    expect(blocks.length).toBe(TAR_BLOCK); // fits the 100-byte field: no pax
    const longer = `${name}${'y'.repeat(10)}`;
    const paxed = header({ name: longer, type: 'file', mode: 0o644, size: 5 });
    expect(paxed.length).toBe(3 * TAR_BLOCK);
    expect(field(paxed, 156, 1)).toBe('x');
    const record = ` path=${longer}\n`;
    const expected = `${record.length + 3}${record}`;
    expect(expected.length).toBe(record.length + 3);
    expect(field(paxed, TAR_BLOCK, expected.length)).toBe(expected);
    expect(parseInt(field(paxed, 124, 11), 8)).toBe(expected.length);
    expect(field(paxed, 2 * TAR_BLOCK, 100)).toBe(longer.slice(0, 100));
  });

  it('never cut a multi-byte character in the name field', () => {
    const name = `${'a'.repeat(99)}é`; // 101 bytes
    const blocks = header({ name, type: 'file', mode: 0o644, size: 0 });
    const nameField = blocks.subarray(2 * TAR_BLOCK, 2 * TAR_BLOCK + 100);
    expect(nameField.toString('utf8').replace(/\0+$/, '')).toBe('a'.repeat(99));
  });

  it('pad lengths to whole blocks', () => {
    expect([0, 1, 512, 513].map(paddedToBlock)).toEqual([0, 512, 512, 1024]);
  });
});

describe('GzipLayerWriter', () => {
  async function gzip(
    data: Buffer,
    pieces: number[],
  ): Promise<Awaited<ReturnType<GzipLayerWriter['finish']>>> {
    const writer = new GzipLayerWriter();
    let offset = 0;
    for (const piece of pieces) {
      // Partial flushes (as a pax header that does not fit would cause) must not change the data.
      await writer.reserve(Math.min(piece, writer.chunk.length));
      let left = piece;
      while (left > 0) {
        if (writer.free === 0) await writer.flush();
        const n = Math.min(left, writer.free);
        data.copy(writer.chunk, writer.used, offset, offset + n);
        writer.used += n;
        offset += n;
        left -= n;
      }
    }
    return writer.finish();
  }

  const data = Buffer.from(
    Array.from({ length: 150_000 }, (_, i) => `line ${i % 977} value ${(i * 7919) % 10007}\n`).join(''),
  );

  it('writes a fixed gzip header: no name, mtime 0, XFL 0, OS 255', async () => {
    const layer = await gzip(data, [data.length]);
    expect(layer.bytes.subarray(0, 10)).toEqual(GZIP_HEADER);
    expect([...GZIP_HEADER]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  });

  it('round-trips through gunzip across several chunks, with CRC and length in the trailer', async () => {
    expect(data.length).toBeGreaterThan(2 << 20);
    const layer = await gzip(data, [700_000, 512, 2_000_000, data.length - 2_700_512]);
    expect(gunzipSync(layer.bytes).equals(data)).toBe(true);
    expect(layer.bytes.readUInt32LE(layer.bytes.length - 4)).toBe(data.length);
  });

  it('reports the compressed digest and the uncompressed diff ID', async () => {
    const layer = await gzip(data, [data.length]);
    expect(layer.digest).toBe(`sha256:${createHash('sha256').update(layer.bytes).digest('hex')}`);
    expect(layer.diffId).toBe(`sha256:${createHash('sha256').update(data).digest('hex')}`);
  });

  it('gives the same bytes for the same writes', async () => {
    const pieces = [123_456, data.length - 123_456];
    const [first, second] = [await gzip(data, pieces), await gzip(data, pieces)];
    expect(first.bytes.equals(second.bytes)).toBe(true);
  });

  it('compresses an empty stream to a valid gzip', async () => {
    const layer = await gzip(Buffer.alloc(0), []);
    expect(gunzipSync(layer.bytes).length).toBe(0);
  });
});
