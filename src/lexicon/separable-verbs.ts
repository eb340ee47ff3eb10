import type { Lexicon } from './lexicon.js';

/**
 * Separable verb particles of German ("vorstellen" → "stellt … vor"). A question puts the
 * particle at the end of its clause, away from its verb: "Wie stellt sich der Minister die
 * Verwaltung vor?", "Wann führt das Land die E-Akte ein?".
 */
const PARTICLES = new Set(
  'ab an auf aus bei dar durch ein fest fort her herab heran heraus herbei herein herum hervor hin hinaus hinein hinzu los mit nach nieder statt teil um vor voran voraus vorbei vorweg weg weiter wieder zu zurecht zurück zusammen dazu dabei dagegen'.split(' '),
);
/** The finite verb of a question stands first (yes/no) or after the question word or phrase ("Wie viele Haushalte schließt …", "Bis zu welchem Jahr legt …"). */
const VERB_POSITIONS = 6;

/**
 * Joins a clause-final separable particle to the clause's finite verb when the lexicon knows the
 * joined form as a verb ("Wann führt das Land die E-Akte ein?" → "Wann einführt das Land die
 * E-Akte?"), so the verb is searched as "einführen" (and "Einführung"), not as "führen". Clause
 * by clause; anything else stays as it is.
 */
export function joinSeparableVerbs(text: string, lexicon: Lexicon): string {
  return text.replace(/[^?.!,;:]+[?.!,;:]*/gu, (clause) => {
    const words = [...clause.matchAll(/\p{L}+/gu)];
    const last = words.at(-1);
    if (!last || words.length < 3 || !PARTICLES.has(last[0].toLowerCase())) return clause;
    for (const w of words.slice(0, Math.min(VERB_POSITIONS, words.length - 1))) {
      if (/^\p{Lu}/u.test(w[0]) && w.index > 0) continue;
      const joined = `${last[0].toLowerCase()}${w[0].toLowerCase()}`;
      if (!lexicon.lemmaInfo(joined).some((l) => l.pos === 'verb')) continue;
      return clause.slice(0, w.index) + joined + clause.slice(w.index + w[0].length, last.index).trimEnd() + clause.slice(last.index + last[0].length);
    }
    return clause;
  });
}
