import type { Lang } from './types.js';

const EN = new Set(
  'the a an is are was were what which who whom when where why how does do did will would can could should of in on for to with about and or not it this that these those there their many much long since until by from ministry project projects plan'.split(' '),
);
const DE = new Set(
  'der die das ist sind war wer wie was wann wo warum welche welcher welches wieviel viele bis seit und oder nicht ein eine einen dem den des im in zu zum zur für mit von auf soll sollen wird werden gibt es ab'.split(' '),
);

/**
 * German or English, from function words (German wins ties: it is the documents' language and
 * the default framing). Umlauts and ß count as German.
 */
export function detectLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let de = /[äöüß]/i.test(text) ? 2 : 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    if (DE.has(w)) de++;
  }
  return en > de ? 'en' : 'de';
}
