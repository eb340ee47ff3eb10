import { splitOutsideBrackets, stripBrackets } from './bracketed-text.js';
import { hashString } from './hash-chains.js';

/**
 * The English side of the Ding dictionary, indexed for O(1) lookup without a JS Map: each
 * English alternative is hashed straight from the UTF-8 bytes into typed arrays (no string per
 * alternative), and a lookup decodes the few lines whose hash matches to rule out collisions.
 * This keeps loading the 25 MB file to a fraction of a second and its memory near the file size.
 */

/** Longest English alternative indexed, in words: queries are words or short phrases, not example sentences. */
export const MAX_KEY_WORDS = 5;

const SLASH_ABBREVIATION = /(^|\s)\/[^/\s][^/]*\/(?=\s|$)/g;
const ENGLISH_PLACEHOLDER = /(^|\s)(?:sth|sb)\.(?:'s|’s)?(?=\s|$)/g;

/** Removes annotations, /ABBR/ and a placeholder pattern from one alternative of either side. */
export function cleanAlternative(alt: string, placeholder: RegExp): string {
  return stripBrackets(alt).replace(SLASH_ABBREVIATION, '$1').replace(placeholder, '$1').replace(/\s+/g, ' ').trim();
}

/** Number of space-separated words of a cleaned string. */
export function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** Lookup key of an English alternative ("employee /EE/" → "employee"), or '' for an empty one or a sentence. */
export function englishKey(alt: string): string {
  const key = cleanAlternative(alt, ENGLISH_PLACEHOLDER).toLowerCase();
  if (!key || /[.!?]$/.test(key) || wordCount(key) > MAX_KEY_WORDS) return '';
  return key;
}

const decoder = new TextDecoder();

/** Where an English alternative stands: its line in the text, its " | " sense, its ";" position. */
export interface EnglishPosition {
  lineStart: number;
  part: number;
  alt: number;
}

/** Hash → positions of English alternatives, in growable typed arrays with bucket chains. */
export class DingEnglishIndex {
  private heads: Int32Array;
  private hashes = new Int32Array(1 << 16);
  private lineStarts = new Int32Array(1 << 16);
  private partAlt = new Uint16Array(1 << 16); // part * 256 + alt
  private next = new Int32Array(1 << 16);
  private count = 0;

  constructor(
    private readonly bytes: Uint8Array,
    expectedEntries: number,
  ) {
    let buckets = 1 << 10;
    while (buckets < expectedEntries) buckets <<= 1;
    this.heads = new Int32Array(buckets).fill(-1);
  }

  /** Number of indexed alternatives. */
  get size(): number {
    return this.count;
  }

  private grow(): void {
    const n = this.hashes.length * 2;
    const copy = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.hashes = copy(this.hashes, (k) => new Int32Array(k));
    this.lineStarts = copy(this.lineStarts, (k) => new Int32Array(k));
    this.partAlt = copy(this.partAlt, (k) => new Uint16Array(k));
    this.next = copy(this.next, (k) => new Int32Array(k));
  }

  private add(hash: number, lineStart: number, part: number, alt: number): void {
    if (this.count === this.hashes.length) this.grow();
    const i = this.count++;
    const bucket = hash & (this.heads.length - 1);
    this.hashes[i] = hash;
    this.lineStarts[i] = lineStart;
    this.partAlt[i] = Math.min(part, 255) * 256 + Math.min(alt, 255);
    this.next[i] = this.heads[bucket]!;
    this.heads[bucket] = i;
  }

  /**
   * Indexes the English alternatives between byte offsets `from` and `to` (one line's English
   * side; `senses` is how many of its " | " senses to index). ASCII alternatives without
   * slashes or dots — most of them — are hashed in place, their bracketed notes skipped; the
   * rest go through {@link englishKey}. Both give the same hash for the same key.
   */
  addEnglishSide(lineStart: number, from: number, to: number, senses: number): void {
    const bytes = this.bytes;
    let part = 0;
    let alt = 0;
    let depth = 0;
    let altStart = from;
    let special = false;
    let h = 0x811c9dc5;
    let started = false;
    let pendingSpace = false; // a space is hashed only when a character follows it
    let spaces = 0;
    // Inside an abbreviation note between slashes (" /Gov.; Govt./"): its ";" separates nothing.
    let slash = false;
    const finish = (end: number): void => {
      if (special || depth > 0) {
        const key = englishKey(decoder.decode(bytes.subarray(altStart, end)));
        if (key) this.add(hashString(key), lineStart, part, alt);
      } else if (started && spaces < MAX_KEY_WORDS) this.add(h | 0, lineStart, part, alt);
      alt++;
      altStart = end + 1;
      special = started = pendingSpace = false;
      h = 0x811c9dc5;
      spaces = depth = 0;
      slash = false;
    };
    for (let i = from; i < to; i++) {
      let c = bytes[i]!;
      if (c === 47 && depth === 0 && (slash || ((i === from || bytes[i - 1] === 32) && bytes[i + 1] !== 32 && closes(bytes, i + 1, to)))) {
        slash = !slash;
        special = true; // the careful path strips the note
        continue;
      }
      if (depth === 0 && !slash) {
        if (c === 59) {
          finish(i); // ;
          continue;
        }
        if (c === 32 && bytes[i + 1] === 124 && bytes[i + 2] === 32) {
          finish(i); // " | ": next sense
          if (part + 1 >= senses) return; // unpaired senses: only the first is trusted
          part++;
          alt = 0;
          i += 2;
          altStart = i + 1;
          continue;
        }
      }
      // Brackets are dropped with their content, as stripBrackets does; a stray closing one
      // takes the careful path.
      if (c === 40 || c === 91 || c === 123 || c === 60) {
        depth++;
        continue;
      }
      if (c === 41 || c === 93 || c === 125 || c === 62) {
        if (depth === 0) special = true;
        else depth--;
        continue;
      }
      if (depth > 0 || special) continue;
      if (c === 32) {
        pendingSpace = started;
        continue;
      }
      if (c >= 128 || c === 47 || c === 46 || c === 33 || c === 63 || c === 9 || c === 13) {
        special = true; // non-ASCII, "/", ".", "!", "?", tab, CR: take the careful path
        continue;
      }
      if (pendingSpace) {
        h = Math.imul(h ^ 32, 0x01000193);
        spaces++;
        pendingSpace = false;
      }
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
      started = true;
    }
    finish(to);
  }

  /** Positions whose English alternative is exactly `key` (an {@link englishKey} result). */
  lookup(key: string): EnglishPosition[] {
    const hash = hashString(key);
    const out: EnglishPosition[] = [];
    for (let i = this.heads[hash & (this.heads.length - 1)]!; i >= 0; i = this.next[i]!) {
      if (this.hashes[i] !== hash) continue;
      const pos = { lineStart: this.lineStarts[i]!, part: this.partAlt[i]! >> 8, alt: this.partAlt[i]! & 255 };
      if (this.englishAlternative(pos) === key) out.push(pos);
    }
    return out.reverse(); // file order
  }

  /** The line starting at a byte offset, decoded, without its line break. */
  line(lineStart: number): string {
    const end = this.bytes.indexOf(10, lineStart);
    return decoder.decode(this.bytes.subarray(lineStart, end < 0 ? this.bytes.length : end)).replace(/\r$/, '');
  }

  private englishAlternative(pos: EnglishPosition): string {
    const line = this.line(pos.lineStart);
    const english = line.slice(line.indexOf(' :: ') + 4);
    const part = splitOutsideBrackets(english, ' | ')[pos.part] ?? '';
    return englishKey(splitAlternatives(part)[pos.alt] ?? '');
  }
}

/** A "/" closes the note opened before `from`, within the sense (before " | ") and the line. */
function closes(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (bytes[i] === 47) return true;
    if (bytes[i] === 124) return false;
  }
  return false;
}

/** An abbreviation note between slashes, which may hold ";" itself ("government /Gov.; Govt./"). */
const SLASH_NOTE = /(^|\s)\/[^/\s][^/]*\/(?=\s|$|;)/g;

/**
 * The ";"-separated alternatives of one sense of a Ding entry, outside brackets and outside
 * abbreviation notes between slashes ("government /Gov.; Govt./; administration" has two).
 */
export function splitAlternatives(sense: string): string[] {
  if (!sense.includes('/')) return splitOutsideBrackets(sense, ';');
  const masked = sense.replace(SLASH_NOTE, (note) => note.replace(/;/g, '\u0000'));
  return splitOutsideBrackets(masked, ';').map((alt) => alt.replace(/\u0000/g, ';'));
}
