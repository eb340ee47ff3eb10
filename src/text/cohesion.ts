/**
 * Grammatical cohesion (Halliday & Hasan, "Cohesion in English", 1976): a sentence that opens
 * with a pronoun, a pronominal adverb or a connective ("Er trat … in Kraft", "Dazu gehören …",
 * "Seither …", "Zum anderen …") takes up the sentence before it, which gives it its context. Pure.
 */

/** Words as a regex alternation, each also capitalised (as at the start of a sentence); "_" stands for a space. */
const either = (words: string) =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/_/g, ' ')}`)
    .join('|');

/**
 * German pronominal adverbs, a closed class: "da(r)-" or "hier-" before a preposition ("davon",
 * "darauf", "hierzu"); each stands for a phrase of the sentence before ("Davon trägt der Bund …").
 */
const PREPOSITIONS = 'an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor zu zwischen'.split(' ');
const PRONOMINAL_ADVERBS = PREPOSITIONS.flatMap((p) => [/^[aeiouäöü]/.test(p) ? `dar${p}` : `da${p}`, `hier${p}`]).join(' ');

/** Pronouns, possessives, pronominal adverbs and connectives that point back, German and English. */
const POINTING_WORDS = `er sie es dies diese dieser dieses ihr ihre sein seine deren dessen dort ${PRONOMINAL_ADVERBS}
  das_heißt seither seitdem somit demnach deshalb deswegen daher
  zudem außerdem ferner folglich dementsprechend zugleich gleichzeitig allerdings jedoch darüber_hinaus zum_anderen zum_zweiten
  it they this these he she therefore thus moreover`;
const POINTING_BACK = new RegExp(`^[„"»]?(?:${either(POINTING_WORDS)})(?![\\p{L}-])`, 'u');
/** The sentence opens with a word that points back to the previous sentence ("Er …", "Dazu …", "Seither …"). */
export function pointsBack(sentence: string): boolean {
  return POINTING_BACK.test(sentence.trimStart());
}
