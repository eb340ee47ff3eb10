import posTagger from 'wink-pos-tagger';

/** How an English question uses a word: as a verb (with its base form), as a noun, or as a verb of saying. */
export interface EnglishWordUse {
  pos: 'verb' | 'noun' | 'saying';
  /** Base form ("pays" → "pay"). */
  lemma: string;
  /** The word after a verb, folded ("in" of "fill in"): the dictionary may list the two as one verb. */
  next?: string;
}

/**
 * How an English question uses its content words, by wink-pos-tagger (MIT; a transformation-based
 * tagger with the wink lexicon, Penn Treebank tags): "Who pays for …?" uses "pays" as a verb, "What
 * kind of network …?" uses "kind" as a noun. The Ding dictionary lists a verb's senses under "to …"
 * and a word's other senses under the bare word, so only the use tells "pays" (bezahlen) from the
 * noun's plural and "kind" (Art) from the adjective (freundlich). Verbs in the past or as participles
 * are left out (the dictionary lists those forms with their own translations), and so are forms of
 * "be", "have", "do"; verbs of saying are marked as such, since they frame a question rather than
 * name its subject. Measured on the tuning questions: verbs in all their forms won 9 and lost 23,
 * gerunds too won 1 and lost 1, lower-case senses first for adjectives changed nothing.
 */
export function englishWordUses(question: string, isPhrase: (phrase: string) => boolean = () => false): Map<string, EnglishWordUse> {
  const uses = new Map<string, EnglishWordUse>();
  const tokens = tagger().tagSentence(question);
  tokens.forEach((token, i) => {
    if (token.tag !== 'word') return;
    const next = tokens[i + 1];
    // After a determiner or a possessive a word is no verb, whatever its tag ("the state IT commissioner").
    const verb = VERB_TAG.test(token.pos) && !DETERMINER_TAG.test(tokens[i - 1]?.pos ?? '');
    if (verb && SAYING.has(token.lemma ?? token.normal)) uses.set(token.normal, { pos: 'saying', lemma: token.lemma ?? token.normal });
    else if (verb && !FRAME_VERBS.has(token.lemma ?? token.normal)) {
      const lemma = token.lemma ?? token.normal;
      // With the word after it, a phrase the dictionary lists as one verb ("fill in", "pay for"); a noun or a particle after
      // a verb makes a phrase of another sense ("take office", "roll out"), which the verb alone would not translate.
      if (next?.tag === 'word' && isPhrase(`to ${lemma} ${next.normal}`)) uses.set(token.normal, { pos: 'verb', lemma, next: next.normal });
      else if (next?.pos !== 'RP' && !NOUN_TAG.test(next?.pos ?? '')) uses.set(token.normal, { pos: 'verb', lemma });
    } else if (NOUN_TAG.test(token.pos)) uses.set(token.normal, { pos: 'noun', lemma: token.lemma ?? token.normal });
  });
  return uses;
}

/** Penn Treebank tags of a verb in its base or present form: VB, VBP, VBZ. */
const VERB_TAG = /^VB[PZ]?$/;
/** Determiners and possessives: DT, PRP$, POS, WP$. */
const DETERMINER_TAG = /^(?:DT|PRP\$|POS|WP\$)$/;
/** Common nouns, singular and plural: NN, NNS. */
const NOUN_TAG = /^NNS?$/;
/** "be", "have", "do", by their base forms. */
const FRAME_VERBS = new Set(['be', 'have', 'do']);
/** Verbs of saying: "What did she say about …?" asks what was said, which a report states without the verb. */
const SAYING = new Set(['say', 'tell', 'mention']);

let instance: ReturnType<typeof posTagger> | undefined;
/** The tagger, made on first use (its lexicon takes a few hundred milliseconds to load). */
function tagger(): ReturnType<typeof posTagger> {
  return (instance ??= posTagger());
}
