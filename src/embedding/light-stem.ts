/**
 * A deliberately light German/English stemmer for the offline embedder: it removes the
 * participle "ge" (gefördert → fördert, eingeführt → einführt) and one common inflection or
 * derivation suffix (Einführung → einfuhr, eingeführt → einfuhr). It only has to be
 * consistent between questions and passages, not linguistically right: its output is one more
 * hashed feature beside the exact word and the character n-grams, so a wrong stem costs a
 * little recall and nothing else. Input and output are folded (foldText) words without hyphens.
 */

/** Separable verb prefixes that take "ge" inside the participle (ein-ge-führt, aus-ge-baut). */
const SEPARABLE = ['ab', 'an', 'auf', 'aus', 'bei', 'dar', 'durch', 'ein', 'fest', 'her', 'hin', 'mit', 'nach', 'uber', 'um', 'unter', 'vor', 'weg', 'wieder', 'zu', 'zuruck', 'zusammen'];
/** Longest first; the first one that leaves at least MIN_STEM characters is removed. */
const SUFFIXES = ['ungen', 'heiten', 'keiten', 'ungs', 'ung', 'heit', 'keit', 'lich', 'isch', 'ern', 'ten', 'te', 'en', 'er', 'es', 'em', 'st', 'e', 't', 's', 'n'];
const MIN_STEM = 4;

/** Stem of one folded word part (see the module comment); short words come back unchanged. */
export function lightStem(word: string): string {
  let w = word;
  // Weak participles end in -t: ge-plan-t, ein-ge-führ-t. Nouns in -heit/-keit are not participles.
  if (w.length >= 7 && w.endsWith('t') && !w.endsWith('heit') && !w.endsWith('keit')) {
    if (w.startsWith('ge') && w.length - 2 >= 5) {
      w = w.slice(2);
    } else {
      for (const p of SEPARABLE) {
        if (w.startsWith(p) && w.startsWith('ge', p.length) && w.length - p.length - 2 >= MIN_STEM) {
          w = p + w.slice(p.length + 2);
          break;
        }
      }
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_STEM) return w.slice(0, -s.length);
  }
  return w;
}
