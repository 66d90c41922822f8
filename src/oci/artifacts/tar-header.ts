/**
 * POSIX ustar headers (pax extended headers for what ustar cannot hold), with every field that
 * varies between machines fixed: uid/gid 0, empty user and group names, mtime 0. Written in
 * place into the caller's buffer, so packing thousands of files allocates nothing per header.
 */

export const TAR_BLOCK = 512;
/** Two zero blocks end a tar archive. */
export const TAR_END_LENGTH = 2 * TAR_BLOCK;

export type TarEntryType = 'file' | 'directory';

export interface TarEntryHeader {
  /** Path inside the archive; directories get their trailing slash here. */
  name: string;
  type: TarEntryType;
  /** Permission bits only (0o644, 0o755). */
  mode: number;
  /** Content length; 0 for directories. */
  size: number;
}

const NAME_FIELD = 100;
/** The largest size an 11-digit octal field holds; larger files need a pax `size` record. */
const MAX_OCTAL_SIZE = 0o77777777777;
const TYPE_FLAG: Record<TarEntryType | 'pax', number> = { file: 0x30, directory: 0x35, pax: 0x78 };

/** Bytes the header of this entry takes: one block, or a pax header and its records before it. */
export function tarHeaderLength(header: TarEntryHeader): number {
  if (fitsUstar(header)) return TAR_BLOCK;
  const records = paxRecords(header) as string;
  return 2 * TAR_BLOCK + paddedToBlock(Buffer.byteLength(records));
}

/**
 * Writes the header (and pax header, if needed) at `offset`; returns the bytes written. The
 * target bytes must be zero (ChunkedStream's are): unset fields and padding are left as found.
 */
export function writeTarHeader(target: Buffer, offset: number, header: TarEntryHeader): number {
  let at = offset;
  if (!fitsUstar(header)) {
    const records = paxRecords(header) as string;
    const length = Buffer.byteLength(records);
    writeBlock(target, at, { name: 'PaxHeader', type: 'pax', mode: 0o644, size: length });
    at += TAR_BLOCK;
    target.write(records, at, 'utf8');
    at += paddedToBlock(length);
  }
  writeBlock(target, at, header);
  return at + TAR_BLOCK - offset;
}

export function paddedToBlock(length: number): number {
  return Math.ceil(length / TAR_BLOCK) * TAR_BLOCK;
}

/** Whether the plain header holds the entry: an ASCII name (the common case, scanned here) or a short UTF-8 one. */
function fitsUstar(header: TarEntryHeader): boolean {
  if (header.size > MAX_OCTAL_SIZE) return false;
  const { name } = header;
  if (name.length > NAME_FIELD) return false;
  for (let i = 0; i < name.length; i++)
    if (name.charCodeAt(i) >= 0x80) return Buffer.byteLength(name) <= NAME_FIELD;
  return true;
}

/**
 * Pax records for a name longer than the ustar name field or a size beyond 8 GiB. Names always
 * go through pax rather than the ustar prefix field: one rule, and every reader knows pax.
 */
function paxRecords(header: TarEntryHeader): string | undefined {
  let records = '';
  if (Buffer.byteLength(header.name) > NAME_FIELD) records += paxRecord('path', header.name);
  if (header.size > MAX_OCTAL_SIZE) records += paxRecord('size', String(header.size));
  return records === '' ? undefined : records;
}

/** `<length> <key>=<value>\n`, where the length counts its own digits too. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = Buffer.byteLength(body);
  let digits = String(bodyLength).length;
  while (String(bodyLength + digits).length !== digits) digits++;
  return `${bodyLength + digits}${body}`;
}

/**
 * What every header holds alike, from the mode field (100) to the end of the magic (265): uid,
 * gid and mtime 0, the checksum field as blanks (as it is summed), `ustar\0` and version `00`.
 * Mode, size and type flag are zero here and written over. uname, gname, devmajor, devminor and
 * prefix stay zero-filled.
 */
const FIXED_FROM = 100;
const FIXED = ((): Uint8Array => {
  const block = Buffer.alloc(TAR_BLOCK);
  writeOctal(block, 108, 8, 0); // uid
  writeOctal(block, 116, 8, 0); // gid
  writeOctal(block, 136, 12, 0); // mtime
  block.fill(0x20, 148, 156);
  block.write('ustar\u000000', 257, 8, 'latin1');
  return block.subarray(FIXED_FROM, 265);
})();
const FIXED_SUM = FIXED.reduce((sum, byte) => sum + byte, 0);

/**
 * One header block. The checksum is the sum of the block's bytes with the checksum field as
 * blanks: the fixed fields' sum is known, the rest is added up as each field is written, so
 * the block is never read back.
 */
function writeBlock(target: Buffer, offset: number, header: TarEntryHeader | PaxBlock): void {
  target.set(FIXED, offset + FIXED_FROM);
  let checksum = FIXED_SUM + writeName(target, offset, header.name);
  checksum += writeOctal(target, offset + 100, 8, header.mode);
  checksum += writeOctal(target, offset + 124, 12, header.size > MAX_OCTAL_SIZE ? 0 : header.size);
  const flag = TYPE_FLAG[header.type];
  target[offset + 156] = flag;
  checksum += flag;
  writeOctal(target, offset + 148, 7, checksum);
  target[offset + 155] = 0x20;
}

/**
 * Writes the name field and returns the sum of its bytes. An ASCII name is copied a character
 * at a time; any other is encoded as UTF-8, cut (never mid-character) to the field when too long:
 * the pax record holds it whole.
 */
function writeName(target: Buffer, offset: number, name: string): number {
  let sum = 0;
  const length = Math.min(name.length, NAME_FIELD);
  for (let i = 0; i < length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80) {
      const written = target.write(name, offset, NAME_FIELD, 'utf8');
      sum = 0;
      for (let j = offset; j < offset + written; j++) sum += target[j] as number;
      return sum;
    }
    target[offset + i] = code;
    sum += code;
  }
  return sum;
}

interface PaxBlock {
  name: string;
  type: 'pax';
  mode: number;
  size: number;
}

/** Zero-padded octal digits and a NUL, written digit by digit; returns the sum of the bytes. */
function writeOctal(target: Buffer, offset: number, width: number, value: number): number {
  let rest = value;
  let sum = 0;
  for (let i = offset + width - 2; i >= offset; i--) {
    const digit = 0x30 + (rest % 8);
    target[i] = digit;
    sum += digit;
    rest = Math.floor(rest / 8);
  }
  target[offset + width - 1] = 0;
  return sum;
}
