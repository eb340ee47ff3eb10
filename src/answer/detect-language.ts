import type { Lang } from './types.js';

const EN = new Set(
  'the a an is are was were what which who whom when where why how does do did will would can could should of in on for to with about and or not it this that these those there their many much long since until by from ministry project projects plan'.split(' '),
);
const DE = new Set(
  'der die das ist sind war wer wie was wann wo warum welche welcher welches wieviel viele bis seit und oder nicht ein eine einen dem den des im in zu zum zur für mit von auf soll sollen wird werden gibt es ab'.split(' '),
);

/** Interrogatives and auxiliaries that open a question in only one of the two languages ("was", "in" open both). */
const EN_OPENERS = new Set('when what which who whom whose where why how does do did can could would should is are'.split(' '));
const DE_OPENERS = new Set('wann wer wen wem wessen wie wo woher wohin welche welcher welches welchen welchem warum weshalb wieso ist sind gibt hat haben kann können muss soll wird'.split(' '));
/** Prepositions that may come before the interrogative ("In which city …?", "Bis wann …?"). */
const LEADING = new Set('in on at for from by to with of an auf für von bis seit ab mit zu nach bei aus and und but aber so ok okay also'.split(' '));
/** What the frame of the question weighs against its function words: a question is asked in the language it opens with. */
const OPENER_WEIGHT = 2;

/**
 * German or English, from function words (German wins ties: it is the documents' language and
 * the default framing), the word the question opens with, and umlauts and ß in words written in
 * lower case. The parts of a hyphenated compound ("it-staatsvertrag") are no function words, and an
 * umlaut in a capitalised word may be a German name inside an English question ("When was the
 * Zentrum für Digitalisierung MV set up?", "who is Dirk Schrödter?").
 */
export function detectLanguage(text: string): Lang {
  const tokens = text.match(/[\p{L}-]+/gu) ?? [];
  let en = 0;
  let de = tokens.some((t) => /^\p{Ll}/u.test(t) && /[äöüß]/u.test(t)) ? 2 : 0;
  const words: string[] = [];
  for (const t of tokens) {
    if (t.includes('-')) continue;
    const w = t.toLowerCase();
    words.push(w);
    if (EN.has(w)) en++;
    if (DE.has(w)) de++;
  }
  const opener = words.find((w) => !LEADING.has(w));
  if (opener && EN_OPENERS.has(opener)) en += OPENER_WEIGHT;
  if (opener && DE_OPENERS.has(opener)) de += OPENER_WEIGHT;
  return en > de ? 'en' : 'de';
}
