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
const TYPE_FLAG: Record<TarEntryType | 'pax', string> = { file: '0', directory: '5', pax: 'x' };

/** Bytes the header of this entry takes: one block, or a pax header and its records before it. */
export function tarHeaderLength(header: TarEntryHeader): number {
  const records = paxRecords(header);
  return records === undefined ? TAR_BLOCK : 2 * TAR_BLOCK + paddedToBlock(Buffer.byteLength(records));
}

/**
 * Writes the header (and pax header, if needed) at `offset`; returns the bytes written. The
 * target bytes must be zero (ChunkedStream's are): unset fields and padding are left as found.
 */
export function writeTarHeader(target: Buffer, offset: number, header: TarEntryHeader): number {
  const records = paxRecords(header);
  let at = offset;
  if (records !== undefined) {
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

function writeBlock(target: Buffer, offset: number, header: TarEntryHeader | PaxBlock): void {
  // A name too long for the field is cut (never mid-character); the pax record holds it whole.
  target.write(header.name, offset, NAME_FIELD, 'utf8');
  writeOctal(target, offset + 100, 8, header.mode);
  writeOctal(target, offset + 108, 8, 0); // uid
  writeOctal(target, offset + 116, 8, 0); // gid
  writeOctal(target, offset + 124, 12, header.size > MAX_OCTAL_SIZE ? 0 : header.size);
  writeOctal(target, offset + 136, 12, 0); // mtime
  target.write(TYPE_FLAG[header.type], offset + 156, 1, 'latin1');
  target.write('ustar\u000000', offset + 257, 8, 'latin1');
  // uname, gname, devmajor, devminor and prefix stay zero-filled.
  for (let i = offset + 148; i < offset + 156; i++) target[i] = 0x20;
  // The checksum sums the whole block, but only the fields written here are non-zero: the name
  // through the type flag (0-156) and the magic (257-264). Summing those is a third of the work.
  let checksum = 0;
  for (let i = offset; i < offset + 157; i++) checksum += target[i] as number;
  for (let i = offset + 257; i < offset + 265; i++) checksum += target[i] as number;
  writeOctal(target, offset + 148, 7, checksum);
  target[offset + 155] = 0x20;
}

interface PaxBlock {
  name: string;
  type: 'pax';
  mode: number;
  size: number;
}

/** Zero-padded octal digits and a NUL, written digit by digit: no string per field. */
function writeOctal(target: Buffer, offset: number, width: number, value: number): void {
  let rest = value;
  for (let i = offset + width - 2; i >= offset; i--) {
    target[i] = 0x30 + (rest % 8);
    rest = Math.floor(rest / 8);
  }
  target[offset + width - 1] = 0;
}
