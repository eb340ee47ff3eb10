/**
 * A turn that asks two things ("Wer leitet den Landesrechnungshof, und woran hapert es ihrer
 * Meinung nach?", "total budget for the build-out, and how much does the Bund pay?", "Muss ich
 * das speichern? Und was bringt mir das?"): its words spread over two passages, so no passage
 * covers the whole question. Split at a conjunction or a question mark that opens a second
 * question with an interrogative of its own, it is two questions, the second a follow-up to the
 * first (its connector stays: "und wann fiel der Beschluss?"). This is question decomposition
 * in its simplest, syntactic form (a coordinated wh-question, as in the multi-hop QA literature:
 * Min et al., "Multi-hop Reading Comprehension through Question Decomposition", ACL 2019).
 * Pure.
 */

const INTERROGATIVE =
  'wer|wem|wen|wessen|was|wann|wo|wohin|woher|wie|welche[rsmn]?|warum|wieso|weshalb|weswegen|wozu|wofür|woran|worum|worauf|womit|wodurch|wovon|ob|who|whom|whose|what|when|where|which|why|how';
/**
 * A yes/no question opens with its finite verb and its subject ("und sieht sie …", "and is it …"):
 * the auxiliaries and modals, or any verb the caller's lexicon knows, before a pronoun or an article.
 */
const AUXILIARY = 'ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|konnte|soll|sollen|sollte|muss|müssen|darf|dürfen|gibt|gab|is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|must';
const SUBJECT = 'er|sie|es|man|das|der|die|den|dem|des|ein|eine|einen|dieser|diese|dieses|dort|he|she|it|they|there|this|that|these|the|a|an|its|their';
/** A second question after a conjunction: ", und wann …", " and how much …", ", und ist das …". */
const CONJOINED = new RegExp(`(?:,\\s*|\\s+)(?=(?:und|and|sowie|aber|but)\\s+(?:(?:${INTERROGATIVE})(?!\\p{L})|(\\p{Ll}+)\\s+(?:${SUBJECT})(?!\\p{L})))`, 'gu');
/** A second question after a question mark: "…? Und was bringt mir das?", "…? wann?". */
const NEXT_SENTENCE = new RegExp(`(?<=\\?)\\s+(?=(?:(?:und|and|aber|but)\\s+)?(?:${INTERROGATIVE})(?!\\p{L}))`, 'giu');
const AUXILIARY_WORD = new RegExp(`^(?:${AUXILIARY})$`, 'u');
const ASKING = new RegExp(`(?<!\\p{L})(?:${INTERROGATIVE})(?!\\p{L})`, 'iu');
/** Each part asks something of its own: a few words at least ("when and what for?" is one question). */
const MIN_PART_WORDS = 3;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The questions a turn asks, in order: two when it splits into a first question (with an
 * interrogative or a question mark of its own) and a second that opens with an interrogative or,
 * after a conjunction, with a finite verb before its subject (`isVerb`: the lexicon's verbs),
 * each of at least {@link MIN_PART_WORDS} words; else the turn alone. Split at the first such
 * place only: a third part stays with the second.
 */
export function splitQuestion(text: string, isVerb: (word: string) => boolean = () => false): string[] {
  const trimmed = text.trim();
  for (const re of [NEXT_SENTENCE, CONJOINED]) {
    re.lastIndex = 0;
    for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
      const verb = m[1];
      if (verb && !AUXILIARY_WORD.test(verb) && !isVerb(verb)) continue;
      const first = trimmed.slice(0, m.index).replace(/[\s,;–-]+$/u, '');
      const second = trimmed.slice(m.index + m[0].length).trim();
      if (words(first) < MIN_PART_WORDS || words(second) < MIN_PART_WORDS) continue;
      if (!ASKING.test(first) && !first.endsWith('?')) continue;
      return [first, second];
    }
  }
  return [trimmed];
}

/** A sentence's or a frame's end before the question proper: ". ", "! ", ": " before a capital or an interrogative. */
const LEAD_BOUNDARY = new RegExp(`(?<=[.!:])\\s+(?=\\p{Lu}|(?:${INTERROGATIVE})(?!\\p{L}))`, 'gu');
/** A dot that ends an abbreviation ("bzw.", "z. B.", "Mr.", "Nr.", "ca."), not a sentence: a word of up to three letters, or one with a dot inside. */
const ABBREVIATION_DOT = /(?:(?<!\p{L})\p{L}{1,3}|\p{L}\.\p{L}+)\.$/u;

/**
 * A turn that says something before it asks ("Ich habe im Radio gehört, dass … . Ich bin 78 …,
 * aber mich würde interessieren: Welcher Anteil …?", "Als Personalrat interessiert mich: Was …?"):
 * the lead (what the asker read, heard or is) and the question proper, the last sentence, which
 * ends the turn with a question mark. The lead is to the question what a previous turn is to a
 * follow-up: it may give the subject ("… von diesem Serviceportal. Wie viele Leistungen gab es
 * da …?"), but its words, numbers and names are not what is asked. Undefined for a turn of one
 * sentence, or whose last sentence is too short to ask anything. Pure.
 */
export function leadAndQuestion(text: string): { lead: string; question: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith('?')) return undefined;
  let last = -1;
  LEAD_BOUNDARY.lastIndex = 0;
  for (let m = LEAD_BOUNDARY.exec(trimmed); m; m = LEAD_BOUNDARY.exec(trimmed)) {
    if (!ABBREVIATION_DOT.test(trimmed.slice(Math.max(0, m.index - 8), m.index))) last = m.index + m[0].length;
  }
  if (last < 0) return undefined;
  const lead = trimmed.slice(0, last).trim();
  const question = trimmed.slice(last).trim();
  if (words(question) < MIN_PART_WORDS || words(lead) < 2 || lead.includes('?')) return undefined;
  return { lead, question };
}
