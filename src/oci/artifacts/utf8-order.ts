/**
 * Compares strings in UTF-8 byte order — the order of `tar --sort=name`, `LC_ALL=C sort` and Go's
 * string comparison — without encoding them. UTF-16 code units already sort that way, except
 * that surrogates (characters beyond U+FFFF, four UTF-8 bytes) must sort after U+E000–U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x2000 : x - 0x800;
      y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    }
    return x - y;
  }
  return a.length - b.length;
}
