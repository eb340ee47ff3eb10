/** The outcome of decoding a text file's bytes. */
export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: string };

/** Share of control characters above which a "text" file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of undecodable characters above which a file is not text (German Latin-1 text stays far below: umlauts are a few %). */
const MAX_REPLACEMENT_SHARE = 0.4;

/**
 * Decodes the bytes of a text file (txt, md, html) to a string, or says why it is not text.
 *
 * Encoding policy (German files are often saved as Latin-1 / Windows-1252):
 * 1. A byte-order mark decides (UTF-8, UTF-16 LE/BE); the mark itself is dropped.
 * 2. NUL bytes, or more than 10 % control characters, mean binary content: skipped.
 * 3. Valid UTF-8 is taken as UTF-8.
 * 4. Otherwise the bytes are decoded as UTF-8 with U+FFFD replacements. If more than 40 % of the
 *    non-space characters are U+FFFD, the file is skipped (not text, or an unknown encoding).
 *    If the correctly decoded non-ASCII characters outnumber the replacements, the file is
 *    UTF-8 with a few damaged bytes and is kept as decoded (the damage stays local). Otherwise
 *    it is decoded as Windows-1252, a superset of Latin-1 that also has „“ and €.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');

  if (bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes) in a text file' };
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary content (mostly control characters) in a text file' };

  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not valid UTF-8: decide below.
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  let visible = 0;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) nonAscii++;
    if (c > 0x20) visible++;
  }
  if (replaced / Math.max(1, visible) > MAX_REPLACEMENT_SHARE) {
    const pct = Math.round((100 * replaced) / Math.max(1, visible));
    return { ok: false, reason: `invalid UTF-8 (${pct} % of the characters cannot be decoded); save the file as UTF-8` };
  }
  if (nonAscii > replaced) return checked(lossy, 'utf-8');
  return checked(decodeWindows1252(bytes), 'windows-1252');
}

/** Windows-1252 characters of bytes 0x80–0x9f (undefined bytes map to the C1 control of that code). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252 by hand: Node's `TextDecoder('windows-1252')` decodes plain ISO-8859-1,
 * which turns „ “ € into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - at);
    codes.length = n;
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i]!;
      codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function checked(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'): DecodedText {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || isControl(c) || (c >= 0x80 && c < 0xa0)) control++;
  }
  if (text.includes('\u0000') || control / Math.max(1, text.length) > MAX_CONTROL_SHARE) {
    return { ok: false, reason: 'binary content (mostly control characters) in a text file' };
  }
  return { ok: true, text, encoding };
}

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const b of bytes) if (isControl(b)) control++;
  return control / Math.max(1, bytes.length);
}

/** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}
