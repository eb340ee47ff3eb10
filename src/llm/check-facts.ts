/**
 * Finds the checkable facts of a statement (numbers and dates, acronyms, name-like words) and
 * tells which of them its cited passages do not contain. Pure.
 *
 * "Names" need care in German, where every noun is capitalised: a capitalised word is no sign
 * of a name, and paraphrasing nouns ("Bürger" for "Einwohner") is legitimate. So a name is:
 * - an acronym or camel-case word (two or more capitals: `DOMEA`, `OZG`, `GovData`), which
 *   must occur in the cited passages (or in the question, which the user wrote);
 * - a run of two or more capitalised words of which at least two occur nowhere in the question
 *   or in any given passage (`Anna Schmidt`, `Deutsche Telekom`): words the model cannot have
 *   read. German only: English answers translate German names (`Federal Ministry`).
 * Numbers (digits) must occur in the cited passages, in any common notation (`1.500` = `1500`,
 * `1. Januar 2025` matches `01.01.2025` by its parts).
 */

import type { Lang } from '../answer/types.js';

export interface FactContext {
  /** Text of the passages the statement cites (joined). */
  cited: string;
  /** Question plus the text of every given passage: what the model has read. */
  readText: string;
  question: string;
  lang: Lang;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const WORD = /[\p{L}\p{N}]+/gu;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\p{N}]+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// Nouns that stand next to each other in plain German ("2 Millionen Euro", "Ende Dezember")
// without being a name; never counted as unknown.
const COMMON_NOUNS = new Set(
  'euro cent prozent millionen million milliarden milliarde tausend jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen ende anfang mitte beginn stand'.split(' '),
);

/**
 * The facts of `statement` (markers already removed) that its cited passages do not support,
 * as they appear in the statement; empty when every fact is supported.
 */
export function unsupportedFacts(statement: string, ctx: FactContext): string[] {
  const missing: string[] = [];
  const passageNumbers = numbersOf(ctx.cited);
  for (const n of statement.match(NUMBER) ?? []) {
    if (!numberSupported(n, passageNumbers)) missing.push(n);
  }
  for (const word of statement.match(WORD) ?? []) {
    if (ACRONYM.test(word) && !containsAcronym(ctx.cited, word) && !containsAcronym(ctx.question, word)) missing.push(word);
  }
  if (ctx.lang === 'de') missing.push(...unknownNameRuns(statement, ctx.readText.toLowerCase().match(WORD) ?? []));
  return [...new Set(missing)];
}

interface PassageNumbers {
  /** Digits only of every number token (`1.500` → `1500`). */
  joined: Set<string>;
  /** Every digit group without leading zeros (`01.01.2025` → `1`, `2025`). */
  groups: Set<string>;
}

function numbersOf(text: string): PassageNumbers {
  const joined = new Set<string>();
  const groups = new Set<string>();
  for (const tok of text.match(NUMBER) ?? []) {
    joined.add(tok.replace(/[.,]/g, ''));
    for (const g of tok.split(/[.,]/)) groups.add(stripZeros(g));
  }
  return { joined, groups };
}

function numberSupported(token: string, p: PassageNumbers): boolean {
  if (p.joined.has(token.replace(/[.,]/g, ''))) return true;
  const groups = token.split(/[.,]/).map(stripZeros);
  // A single number ("1" of "1. Januar") or a dotted date ("31.12.2025" for "31. Dezember 2025")
  // may match by its parts; other multi-part numbers ("2,5") must match as a whole.
  const dateLike = groups.length === 3 && /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(token);
  return (groups.length === 1 || dateLike) && groups.every((g) => p.groups.has(g));
}

function stripZeros(g: string): string {
  return g.replace(/^0+(?=\d)/, '');
}

function containsAcronym(text: string, acronym: string): boolean {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not part of a longer capitalised token ("IT" is not in "MIT"); a plural "s" may follow.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{Lu}\\p{N}])`, 'u').test(text);
}

/** Runs of consecutive capitalised words with two or more words never read by the model. */
function unknownNameRuns(statement: string, readWords: string[]): string[] {
  const found: string[] = [];
  // Runs are broken by anything but single spaces or hyphens (punctuation, lower-case words).
  for (const chunk of statement.split(/[^\p{L}\p{N}\s-]|\s{2,}/u)) {
    let run: string[] = [];
    const flush = () => {
      const unknown = run.filter((w) => !isKnown(w, readWords));
      if (run.length >= 2 && unknown.length >= 2) found.push(run.join(' '));
      run = [];
    };
    for (const word of chunk.split(/[\s-]+/).filter(Boolean)) {
      if (CAPITALISED.test(word)) run.push(word);
      else flush();
    }
    flush();
  }
  return found;
}

function isKnown(word: string, readWords: string[]): boolean {
  const w = word.toLowerCase();
  if (COMMON_NOUNS.has(w)) return true;
  // Inflected forms ("Kommunen" for "Kommune") share all but the last two letters; matching at
  // word starts only keeps a short name ("Anna") from hiding inside another word ("Johanna").
  const stem = w.length > 5 ? w.slice(0, -2) : w;
  return readWords.some((r) => r.startsWith(stem));
}
