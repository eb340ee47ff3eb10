declare module 'wink-pos-tagger' {
  /** A token of {@link PosTagger.tagSentence}: `pos` is a Penn Treebank tag, `lemma` the base form of a verb, noun or adjective. */
  interface TaggedToken {
    value: string;
    tag: string;
    normal: string;
    pos: string;
    lemma?: string;
  }
  interface PosTagger {
    tagSentence(sentence: string): TaggedToken[];
  }
  function posTagger(): PosTagger;
  export default posTagger;
}
