import { splitOutsideBrackets } from './bracketed-text.js';
import { cleanAlternative, DingEnglishIndex, englishKey, splitAlternatives, wordCount } from './ding-english-index.js';
import { foldWord } from './fold-word.js';

/** An English → German dictionary. Lookups are case-insensitive and O(1) per entry. */
export interface BilingualDictionary {
  /**
   * German translations of an English word or short phrase: "employees" → ["Mitarbeiter",
   * "Arbeitnehmer", "Beschäftigte", …] with the Ding file of 2023. A plural English form yields the German plurals the entry
   * gives for it. Annotations ({m}, [comp.], (…), /ABBR/) and the placeholders jdn./etw. are
   * removed. When the input has no leading "to ", the verb sense ("to train") follows the
   * exact matches. Order: exact before verb sense, then translations given by more entries,
   * then main senses and first alternatives, then shorter. At most `max` (default 5); [] when unknown.
   */
  toGerman(english: string, max?: number): string[];
  /**
   * A German proper name of a place: the head of an entry marked [geogr.] whose English side is
   * a name too ("Brandenburg {n} (deutsches Bundesland) [geogr.] :: Brandenburg (German state)",
   * "Essen (Stadt in Deutschland) [geogr.]"), also in the genitive ("Brandenburgs"); not a
   * geographical term ("Steilwand {f} [geogr.] :: cliff wall") nor an adjective ("irakisch").
   */
  isPlaceName(word: string): boolean;
  /**
   * What kind of place a name is, by the English note of its entries: `city` ("city in Germany",
   * "capital of …", "town", "village"), `region` ("German state", "Swiss canton", "county",
   * "district", "region"), `nature` ("river", "island", "mountain", "sea", "lake"), `country`
   * (an entry with a country code, "Kanada {n} /CA/"), else `place`. Empty when no place.
   */
  placeKinds(word: string): ReadonlySet<PlaceKind>;
  /** Number of dictionary lines ("German :: English") indexed, for logs. */
  readonly size: number;
}

/** A kind of place, as the dictionary describes it ({@link BilingualDictionary.placeKinds}). */
export type PlaceKind = 'city' | 'region' | 'country' | 'nature' | 'place';

/** What {@link parseDingDictionary} found. */
export interface ParsedDictionary {
  dictionary: BilingualDictionary;
  /** Value of the "# Version :: …" header, e.g. "devel 2023-01-30", when present. */
  version: string | undefined;
  /** Non-comment lines without the " :: " separator. */
  malformedLines: number;
}

/** Longest German translation returned, in words. */
const MAX_TRANSLATION_WORDS = 4;

const GERMAN_PLACEHOLDER = /(^|\s)(?:jd|jdn|jdm|jds|etw)\.(?=\s|$)/g;
const decoder = new TextDecoder();

/**
 * Parses the Ding dictionary (Debian `trans-de-en`): lines "German :: English", parallel
 * senses separated by " | " on both sides, alternatives by ";", "#" comments. Takes the file's
 * bytes (UTF-8) or its text. Only the English side is indexed here; the German side of a
 * matching line is split when looked up. Pure; never throws.
 */
export function parseDingDictionary(content: Uint8Array | string): ParsedDictionary {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // Roughly one English alternative per 45 bytes in the real file; the table grows if needed.
  const index = new DingEnglishIndex(bytes, Math.ceil(bytes.length / 45));
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let version: string | undefined;
  let malformedLines = 0;
  let indexed = 0;
  const placeNames = new Map<string, Set<PlaceKind>>();

  for (let start = 0; start < buf.length; ) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    if (buf[start] === 35) {
      // "#" comment; the header carries "# Version :: devel 2023-01-30"
      version ??= /^#\s*Version\s*::\s*(.+?)\s*$/.exec(decoder.decode(buf.subarray(start, end)))?.[1];
    } else if (end > start) {
      // One byte pass finds " :: " and counts the German senses (" | "); Buffer.indexOf with
      // a string needle is many times slower here.
      let sep = -1;
      let deSenses = 1;
      for (let i = start; i + 3 < end; i++) {
        if (buf[i] !== 32) continue;
        if (buf[i + 1] === 58 && buf[i + 2] === 58 && buf[i + 3] === 32) {
          sep = i;
          break;
        }
        if (buf[i + 1] === 124 && buf[i + 2] === 32) deSenses++;
      }
      if (sep < 0) {
        if (decoder.decode(buf.subarray(start, end)).trim()) malformedLines++;
      } else {
        indexed++;
        let enSenses = 1;
        for (let i = sep + 4; i + 2 < end; i++) if (buf[i] === 32 && buf[i + 1] === 124 && buf[i + 2] === 32) enSenses++;
        // Senses pair up by position only when both sides have as many; else trust the first
        // only. (Counting ignores brackets: a " | " inside a note merely unpairs the line.)
        index.addEnglishSide(start, sep + 4, end, deSenses === enSenses ? enSenses : 1);
        if (buf.subarray(start, sep).includes(GEOGRAPHY)) addPlaceNames(decoder.decode(buf.subarray(start, end)), placeNames);
      }
    }
    start = end + 1;
  }

  const translations = (key: string, priority: number, into: Map<string, Candidate>): void => {
    for (const { lineStart, part: p, alt: englishAlt } of index.lookup(key)) {
      const line = index.line(lineStart);
      const part = splitOutsideBrackets(line.slice(0, line.indexOf(' :: ')), ' | ')[p] ?? '';
      const seen = new Set<string>();
      splitAlternatives(part).forEach((raw, germanAlt) => {
        const word = cleanAlternative(raw, GERMAN_PLACEHOLDER);
        if (!word || /[.!?]$/.test(word) || wordCount(word) > MAX_TRANSLATION_WORDS) return;
        const folded = word.toLowerCase();
        if (seen.has(folded)) return;
        seen.add(folded);
        const c = into.get(folded);
        if (!c) into.set(folded, { word, priority, count: 1, englishAlt, germanAlt });
        else {
          if (priority === c.priority) c.count++;
          c.englishAlt = Math.min(c.englishAlt, englishAlt);
          c.germanAlt = Math.min(c.germanAlt, germanAlt);
        }
      });
    }
  };

  const dictionary: BilingualDictionary = {
    size: indexed,
    isPlaceName(word) {
      return dictionary.placeKinds(word).size > 0;
    },
    placeKinds(word) {
      const folded = foldWord(word).toLowerCase();
      return placeNames.get(folded) ?? (folded.length > 4 && folded.endsWith('s') ? placeNames.get(folded.slice(0, -1)) : undefined) ?? NO_KINDS;
    },
    toGerman(english, max = 5) {
      const key = englishKey(foldWord(english));
      if (!key || max <= 0) return [];
      const candidates = new Map<string, Candidate>();
      translations(key, 0, candidates);
      if (!key.startsWith('to ')) translations(`to ${key}`, 1, candidates);
      // An adjective or adverb the dictionary lists only with its verb ("to be underway" → "laufen").
      if (!candidates.size && !key.startsWith('to ')) translations(`to be ${key}`, 2, candidates);
      return [...candidates.values()]
        .sort(
          (a, b) =>
            a.priority - b.priority ||
            b.count - a.count ||
            a.englishAlt - b.englishAlt ||
            a.germanAlt - b.germanAlt ||
            a.word.length - b.word.length,
        )
        .slice(0, max)
        .map((c) => c.word);
    },
  };
  return { dictionary, version, malformedLines };
}

/** The subject mark of geographical entries, as bytes. */
const GEOGRAPHY = Buffer.from('[geogr.]');

const NO_KINDS: ReadonlySet<PlaceKind> = new Set();

/** The kind of place an entry describes, from the note on its English side and a country code on its German side. */
function kindOfPlace(german: string, english: string): PlaceKind {
  const note = /\(([^)]*)\)/.exec(english)?.[1]?.toLowerCase() ?? '';
  if (/\b(?:city|capital|town|village)\b/.test(note)) return 'city';
  if (/\b(?:state|canton|region|county|district|province|borough|land)\b/.test(note)) return 'region';
  if (/\b(?:river|island|mountains?|sea|ocean|lake|bay|peninsula)\b/.test(note)) return 'nature';
  if (/\/[A-Z]{2}\//.test(german)) return 'country';
  return 'place';
}

/** The one-word German names of the first sense of a geographical line whose English side names a place too, with their kind. */
function addPlaceNames(line: string, into: Map<string, Set<PlaceKind>>): void {
  const sep = line.indexOf(' :: ');
  const german = splitOutsideBrackets(line.slice(0, sep), ' | ')[0] ?? '';
  const english = splitOutsideBrackets(line.slice(sep + 4), ' | ')[0] ?? '';
  // A name in English is capitalised; a geographical term is not ("cliff wall"), nor is a German adjective or adverb an entry of a place.
  if (!/^\p{Lu}/u.test(english.trim()) || /\{(?:adj|adv)\}/.test(german)) return;
  const kind = kindOfPlace(german, english);
  for (const raw of splitAlternatives(german)) {
    const name = cleanAlternative(raw, GERMAN_PLACEHOLDER);
    if (!/^\p{Lu}[\p{L}-]*$/u.test(name)) continue;
    const key = foldWord(name).toLowerCase();
    const kinds = into.get(key) ?? new Set<PlaceKind>();
    kinds.add(kind);
    into.set(key, kinds);
  }
}

interface Candidate {
  word: string;
  /** 0 for the query as given, 1 for its verb sense "to …", 2 for "to be …" when nothing else matched. */
  priority: number;
  /** Entries (senses) that give this translation. */
  count: number;
  /** Best position of the query among the English alternatives of a sense. */
  englishAlt: number;
  /** Best position of this translation among the German alternatives. */
  germanAlt: number;
}
