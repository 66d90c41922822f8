/**
 * Fitting text into GitHub's field limits without breaking a character, and saying so visibly:
 * a silently shortened report reads as a complete one.
 */

/** Cuts `text` to at most `maxBytes` of UTF-8, notice included. */
export function limitUtf8Bytes(text: string, maxBytes: number, noun = 'text'): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return text;
  const notice = truncationNotice(noun, `${group(bytes)} bytes`, `${group(maxBytes)} bytes`);
  const encoded = Buffer.from(text, 'utf8');
  let cut = Math.max(maxBytes - Buffer.byteLength(notice, 'utf8'), 0);
  // 0b10xxxxxx bytes continue a character; cutting before one would split it.
  while (cut > 0 && ((encoded[cut] ?? 0) & 0xc0) === 0x80) cut -= 1;
  return atLineEnd(encoded.subarray(0, cut).toString('utf8')).trimEnd() + notice;
}

/** Cuts `text` to at most `maxUnits` UTF-16 code units (JavaScript length), notice included. */
export function limitCharacters(text: string, maxUnits: number, noun = 'text'): string {
  if (text.length <= maxUnits) return text;
  const notice = truncationNotice(noun, `${group(text.length)} characters`, `${group(maxUnits)} characters`);
  let cut = Math.max(maxUnits - notice.length, 0);
  // Never keep the first half of a surrogate pair (an emoji, say) without its second.
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return atLineEnd(text.slice(0, cut)).trimEnd() + notice;
}

/** How far back a cut may move to end on a whole line (a table row, a list item). */
const LINE_SEARCH_WINDOW = 2048;

function atLineEnd(kept: string): string {
  const newline = kept.lastIndexOf('\n');
  return newline >= 0 && kept.length - newline <= LINE_SEARCH_WINDOW ? kept.slice(0, newline + 1) : kept;
}

function truncationNotice(noun: string, size: string, limit: string): string {
  return `\n\n> [!WARNING]\n> This ${noun} was truncated: it is ${size} and GitHub keeps at most ${limit}.\n`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function group(value: number): string {
  return value.toLocaleString('en-US');
}
