import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { UserError } from '../../runtime/user-error.js';
import { DEFLATE_LEVEL } from './gzip-layer-writer.js';
import { explainFileError, shownPath, type SourceTree, type TreeEntry } from './source-tree.js';

const deflateRawAsync = promisify(deflateRaw);

/**
 * A zip of the tree's files, byte-for-byte the same for the same content (APPNOTE 6.3.x):
 * entries in the tree's bytewise order, every timestamp the DOS epoch (1980-01-01 00:00), no
 * extra fields, no comments, no data descriptors (sizes and CRCs go in the local headers), UTF-8
 * names flagged. Unix modes 0644/0755 go in the external attributes so `unzip` restores them.
 * Directories get no entries: extractors create them from the file paths, and module packages
 * have no use for empty ones. Files deflate in parallel on the thread pool, written in order.
 */
export async function writeZip(tree: SourceTree): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  const append = (entry: ZipEntry) => {
    const end = offset + LOCAL_HEADER_LENGTH + entry.name.length + entry.data.length;
    if (count === MAX_ENTRIES || entry.size > MAX_32_BIT || end > MAX_32_BIT) {
      throw new UserError(`${tree.root} is too large for a zip without ZIP64`, {
        hint: 'module packages over 4 GiB or 65535 files are not supported; leave build output out with ignore-paths',
      });
    }
    central.push(centralHeader(entry, offset));
    parts.push(localHeader(entry), entry.data);
    offset = end;
    count++;
  };
  const pending: Promise<ZipEntry>[] = [];
  for (const entry of tree.entries) {
    if (entry.type !== 'file') continue;
    const compressing = compress(tree, entry);
    compressing.catch(() => undefined); // awaited below; marked handled in case an earlier one throws
    pending.push(compressing);
    if (pending.length >= IN_FLIGHT) append(await (pending.shift() as Promise<ZipEntry>));
  }
  for (const compressing of pending) append(await compressing);
  const directory = Buffer.concat(central);
  return Buffer.concat([...parts, directory, endOfCentralDirectory(count, directory.length, offset)]);
}

/** Files read and compressed ahead of the one being written. */
const IN_FLIGHT = 8;
const MAX_ENTRIES = 0xffff;
const LOCAL_HEADER_LENGTH = 30;
/** Sizes and offsets are 32-bit fields without ZIP64. */
const MAX_32_BIT = 0xffffffff;
const DOS_TIME = 0x0000;
/** 1980-01-01: (year - 1980) << 9 | month << 5 | day. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const VERSION_NEEDED = 20;
/** Made by Unix (3), spec 2.0: tells readers the external attributes hold a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | 20;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
  mode: number;
}

async function compress(tree: SourceTree, entry: TreeEntry): Promise<ZipEntry> {
  const { content, mode } = readWithMode(entry.source, shownPath(tree.root, entry.path));
  const deflated = await deflateRawAsync(content, { level: DEFLATE_LEVEL });
  // Stored when deflate does not help, as zip tools do; either way the choice follows the bytes.
  const stored = deflated.length >= content.length;
  return {
    name: Buffer.from(entry.path),
    method: stored ? STORED : DEFLATED,
    crc: crc32(content),
    size: content.length,
    data: stored ? content : deflated,
    mode,
  };
}

function readWithMode(path: string, shown: string): { content: Buffer; mode: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw explainFileError(error, shown);
  }
  try {
    const executable = (fstatSync(fd).mode & 0o100) !== 0;
    return { content: readFileSync(fd), mode: executable ? 0o755 : 0o644 };
  } finally {
    closeSync(fd);
  }
}

function localHeader(entry: ZipEntry): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_LENGTH + entry.name.length);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  // Extra field length (28) stays 0.
  entry.name.copy(header, LOCAL_HEADER_LENGTH);
  return header;
}

function centralHeader(entry: ZipEntry, localOffset: number): Buffer {
  const header = Buffer.alloc(46 + entry.name.length);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra, comment, disk number and internal attributes (30-37) stay 0.
  header.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38);
  header.writeUInt32LE(localOffset, 42);
  entry.name.copy(header, 46);
  return header;
}

function endOfCentralDirectory(count: number, directoryLength: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(directoryLength, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}
