import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isAskingWord, opensWithRequest } from '../text/question-words.js';

/**
 * What kind of fact a question asks for. The decision to answer and the choice of sentence
 * both require a sentence that holds a fact of this kind next to the asked subject:
 * - `date`: "wann", "bis wann", "seit wann", "in welchem Jahr", "when", "by when";
 * - `money`: "was kostet", "wie teuer", "wie viel Geld/Euro", "wie hoch ist das Budget", "how much does … cost";
 * - `number`: "wie viele", "wie viel", "wie hoch", "in welcher Höhe", "Anzahl", "how many";
 * - `person`: "wer", "wem", "wen", "wie heißt", "who", "welche Behörde/Firma/Person";
 * - `reason`: "warum", "weshalb", "wieso", "wie kommt es, dass", "woran liegt es", "why", "how come";
 * - `place`: "wo", "woher", "in welcher Stadt", "where", "in which city": a place phrase answers ("in der Region Westmecklenburg");
 * - `other`: anything else (what, how) — no fact of a particular kind is required.
 */
export type AnswerType = 'date' | 'number' | 'money' | 'person' | 'place' | 'reason' | 'other';

/** Surface cues of each answer type (the question words of German and English). */
const CUES: [AnswerType, RegExp][] = [
  ['date', /\b(bis wann|ab wann|seit wann|wann|an welchem tag|welche[nms]? datum|(?:an|in|seit|ab|bis|vor|aus|von|zu|um) welche[mnrs]? (?:genaue|exakte|konkrete|ungefahre)[mnrs]? (?:tag|datum|jahr|monat|zeitpunkt)|welche[nms]? (?:genaue|exakte|konkrete|ungefahre)[mnrs]? (?:datum|jahr|zeitpunkt)|zu welchem zeitpunkt|in welchem jahr|welches jahr|(?:seit|ab|bis|vor|aus|von) welchem jahr|bis (?:zu[mr]? |zum )?welche[mnrs]? (?:tag|datum|jahr|monat|zeitpunkt|termin)|(?:in|seit|ab|bis) welchem monat|on which day|what day|which day|welchem zeitraum|welchen zeitraum|zeitraum|wie lange|how long|frist|stichtag|datum|since when|by when|until when|(?<=^\W*(?:(?:and|but|so|ok|okay|also|then)\s+)?|[,;:]\s*|(?:know|tell me|tell us|say|says|said|find out|remember|ask|asked|idea|sure|clear)\s+)when|what year|which year|deadline|(?:what|which) (?:exact |precise |specific )?(?:date|day|year))\b/],
  // "wie" with an adjective of dimension asks for a measure ("Wie dicht ist das Land besiedelt?" → "71 Menschen pro Quadratkilometer").
  // Not those that also judge ("Wie schwer ist die Umsetzung?" asks how hard, "wie breit die Unterstützung" how broad).
  ['number', /\b(wie viele[nmr]?|wieviele[nmr]?|wie viel|wieviel|wie hoch|in welcher hohe|welche hohe|in what amount|wie gross|wie klein|wie dicht|wie dunn|wie alt|wie haufig|anzahl|zahl (?:der|an|von)|how many|how much|how large|how big|how small|how dense|how densely|how sparsely|how old|how often|how frequently|number of|wie oft|(?:the|an) average|(?:die|der|den|eine|einen) durchschnittliche[nrms]?)\b/],
  ['person', /\b(wer|wem|wen|wessen|wie heisst|wie heissen|wie lautet der name|vorname|vornamen|what is the name|what's the name|what [a-z' -]{1,60} called|first name|full name|who|whom|whose|welche[rsmn]? (?:[a-z]+e[nmrs]? )?[a-z]*?(?:person|personen|unternehmen|firma|firmen|behorde|behorden|ministerium|ministerien|stelle|stellen|amt|amter|institution|organisation|einrichtung|einheit|einheiten|gremium|partei|verband|dienstleister)|which (?:[a-z-]+ )?(?:person|company|companies|firm|authority|authorities|ministry|unit|body|organisation|organization|agency|department|party)|what (?:company|companies|firm|authority|ministry|organisation|organization|agency|department|party))\b/],
  ['reason', /\b(warum|weshalb|wieso|weswegen|aus welchem grund|why|for what reason|how come|what is the reason|(?:wie (?:kommt|kam)|woran (?:liegt|lag)|was bewirkt) (?:es|das))\b/],
];

/** Nouns of money: with a quantity cue ("wie viel", "wie hoch", "how much") the question asks for an amount. */
const MONEY_NOUN = /\b(geld|euro|kosten|kostet|gekostet|kostete|budget|etat|haushalt|mittel|fordermittel|forderung|foerderung|investition|investitionen|summe|betrag|preis|gebuhr|gebuhren|zuschuss|zuschusse|finanzierung|money|cost|costs|budget|funding|funds|euros|fee|fees|price|prices)\b/;
/** "What's the total budget …?", "what is the ZDMV's annual budget", "Welche Gebühr …?", "Was ist das Jahresbudget?": the asked thing is an amount of money (folded). */
const ASKED_MONEY =
  /\b(?:what(?:['’]s| s| is| was| are| were)?|which|welche[rsnm]?|was (?:ist|sind|war|waren) (?:das|die|der))\s(?:the\s)?(?:[\p{L}\d-]+(?:['’ ]s)?\s(?=(?:total|overall|annual|yearly|gesamte|jahrliche)\s|\p{L}*(?:budget|etat)\b))?(?:(?:the|total|overall|annual|yearly|gesamte|jahrliche)\s)*\p{L}*(?:budget|etat|kosten|gebuhr|gebuhren|preis|summe|betrag|zinsen|finanzvolumen|fordervolumen|investitionsvolumen|ersparnis|ersparnisse|einsparung|einsparungen|cost|costs|fee|fees|price|funding|interest|savings?)(?![\p{L}-])/u;
/** Compounds whose head is a noun of money ("Jahresbudget", "Lizenzkosten", "Fördermittel"). */
const MONEY_HEAD = /\p{L}(kosten|budget|etat|mittel|summe|betrag|preis|zuschuss|finanzierung|investitionen?|zinsen)\b/u;
/** "Wie viel zahlt das Land …?", "How much does the state pay?": how much of something paid, spent or invested is an amount ("Wie viele Behörden zahlen?" counts). */
const PAID = /\b(?:wie ?viel(?!e)|how much)\b[^?!.;]{0,80}?\b(?:zahlt|zahlen|zahlte|gezahlt|bezahlt|bezahlen|bezahlte|ausgegeben|investiert|investieren|beisteuert|pays|pay|paid|spend|spends|spent|invest|invests|invested|contributes?|contributed)\b/;
/** Direct questions for a price. */
/** The subject between auxiliary and participle stays within its clause, however long ("Was hat der Aufbau des MV-Serviceportals das Land gekostet?"). */
const PRICE = /\b(was kostet|was kosten|(?:kostet|kosten|kostete) [^?!.;]{1,60} (?:was|etwas)(?= *[?!.]* *$)|was (?:hat|haben|wird|werden|soll|sollen) [^?!.;]{1,100} (?:gekostet|kosten|an \p{L}*(?:kosten|ausgaben|zinsen) verursacht)|wie teuer|how much does|how much do|how much did|what (?:does|did|will) [^?!.;]{1,100} cost|how expensive)\b/u;
/** Kinds of place a question may ask for ("In welcher Stadt …?", "in which city …"), folded. */
const PLACE_KIND =
  '(?:stadt|stadte|stadten|ort|orte|orten|gemeinde|gemeinden|region|regionen|kreis|kreise|kreisen|landkreis|landkreise|landkreisen|bundesland|bundeslander|bundeslandern|city|cities|town|towns|region|regions|district|districts|county|counties|state|states)';
/**
 * Questions for a place (folded): "wo", "woher", "wohin", "where" opening a clause ("Und wo …?",
 * "Weißt du, wo …?"; not a relative "die Stelle, wo …"), and a kind of place after a preposition
 * ("In welcher Stadt …?", "in which city …").
 */
const PLACE_QUESTION = new RegExp(
  `(?:^|[,;:¿]\\s*|\\b(?:und|aber|denn|also|doch|and|but|so|weisst du|wissen sie|tell me|know)\\s+)(?:wo|woher|wohin|where)\\b|\\b(?:(?:in|aus|an|from) )?(?:welche[rsmn]?|which) (?:der |of the )?${PLACE_KIND}\\b`,
);
/**
 * The place asked for must be named, not only described ("Wo hat das ZDMV seinen Sitz?", "In
 * welcher Stadt …?", "Where is FITKO headquartered?"): a proper name of a place answers, "im
 * Landesamt" does not.
 */
export function asksPlaceName(question: string): boolean {
  const q = foldText(question);
  return asksSeat(question) || new RegExp(`\\b(?:welche[rsmn]?|which) (?:der |of the )?${PLACE_KIND}\\b`).test(q) || !!askedPlaceKind(question) || TAKES_PLACE.test(q);
}
/** "Wo haben die Konferenzen stattgefunden?", "Where was it held?": an event takes place at a place with a name. */
const TAKES_PLACE = /\b(?:wo|where)\b[^?!.;]*\b(?:stattgefunden|stattfinden|stattfindet|findet [^?!.;]*statt|finden [^?!.;]*statt|fand [^?!.;]*statt|fanden [^?!.;]*statt|take place|took place|taken place|takes place|held)\b/;
/**
 * Verbs and nouns of saying (verba dicendi: "sagen", "äußern", "zitieren"; "Spruch", "Zitat";
 * "say", "quote"): a question for a person with one asks who said something, and the speaker of a
 * quotation answers it ({@link quotationOf}).
 */
const SAYING =
  /(?<![\p{L}])(?:sag\p{L}*|gesagt|äußer\p{L}*|geäußert|erklärt\p{L}*|betont\p{L}*|zitiert\p{L}*|meint\p{L}*|gemeint|spruch|satz|zitat\p{L}*|aussage|äußerung|devise|motto|say|says|said|quote[sd]?|quoting|talk(?:s|ed)?|remark(?:s|ed)?|state[sd]?|spoke|speak)(?![\p{L}])/iu;
/** "Wer hat gesagt, …?", "Von wem stammt der Spruch …?", "Who said …?": asks for the speaker of a quotation. */
export function asksSpeaker(question: string): boolean {
  return SAYING.test(question);
}
/** "Wo hat … seinen Sitz?", "Where is … headquartered/based?": asks where something sits (its seat or location). */
export function asksSeat(question: string): boolean {
  return seatWords(question).length > 0;
}
/** The words of a question that ask where something sits ("Sitz", "headquartered"), as written. */
export function seatWords(question: string): string[] {
  return (question.match(/(?<![\p{L}])(?:Sitz|Hauptsitz|Standort|headquartered|headquarters|based)(?![\p{L}])/giu) ?? []);
}
/** The dictionary's kind of place ({@link PlaceKind}) a question's kind noun asks for: a city, or a region (state, district). */
function placeCategory(kind: string): 'city' | 'region' | undefined {
  const k = foldText(kind);
  if (/^(?:stadt|stadte|stadten|ort|orte|orten|gemeinde|gemeinden|city|cities|town|towns)$/.test(k)) return 'city';
  if (/^(?:kreis|kreise|kreisen|landkreis|landkreise|landkreisen|bundesland|bundeslander|bundeslandern|region|regionen|regions|district|districts|county|counties|state|states)$/.test(k)) return 'region';
  return undefined;
}
/** The kind of place a question asks for ("Stadt" in "In welcher Stadt …?"), as written. */
export function askedPlaceKind(question: string): string | undefined {
  // German adjectives may stand before the noun, lower case and inflected ("Welche beiden kreisfreien Städte …").
  const m = /(?<![\p{L}])(?:[Ww]elche[rsmn]?|[Ww]hich)\s+(?:der\s+|of\s+the\s+)?((?:\p{L}+\s+){0,2}\p{L}+)/u.exec(question);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const isKind = new RegExp(`^${PLACE_KIND}$`);
  const i = words.findIndex((w) => isKind.test(foldText(w)));
  // English puts numerals and adjectives before the noun uninflected ("Which two German states …").
  const english = /^which$/i.test(m[0].split(/\s+/)[0]!);
  return i >= 0 && words.slice(0, i).every((w) => (english ? !STOPWORDS.has(foldText(w)) : /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w))) ? words[i] : undefined;
}

/** A share is a number, whatever it is a share of ("Welchen Anteil der Kosten …"). */
const SHARE = /\b(anteil|prozent|quote|share|percent|percentage)\b/;

/**
 * A question for the holder of a role ("Wer leitet das Innenministerium?", "Wer ist der neue CIO?",
 * "Who heads …?") wants a person's name; other "wer" questions ("Wer vertritt das Land?", "Wer ist
 * zuständig?") are answered by an institution too.
 */
export function wantsPersonName(question: string): boolean {
  const q = foldText(question);
  return (/\b(wer|who|whom|wie heisst)\b/.test(q) && ROLE.test(q)) || !!askedRole(question);
}

/**
 * Roles held by persons, as the head of the noun a "welche(r) …"/"which …" question asks for
 * ("Welcher Landesminister …", "Which Baden-Württemberg minister …"): the answer is a person's
 * name. Folded, matched at the end of the asked noun (German compounds are right-headed).
 */
const ROLE_HEAD = /(?:^|\p{L})(?:minister|ministerin|ministern|prasident|prasidentin|prasidenten|staatssekretar|staatssekretarin|burgermeister|burgermeisterin|landrat|landratin|geschaftsfuhrer|geschaftsfuhrerin|leiter|leiterin|direktor|direktorin|sprecher|sprecherin|beauftragte[rn]?|vorsitzende[rn]?|chef|chefin|secretary|president|mayor|spokesperson|spokesman|spokeswoman|official|officer|director|commissioner|cios?|cdos?)$/u;
/** The role a "welche(r) …"/"which …" question asks the holder of, if any ({@link ROLE_HEAD}). */
export function askedRole(question: string): string | undefined {
  return askedNoun(question, (folded) => ROLE_HEAD.test(folded));
}
const ROLE =
  /\b(leitet|leiten|geleitet|leiter|leiterin|chef|chefin|vorsitzende[rn]?|vorsitz|prasident|prasidentin|direktor|direktorin|spitze|minister|ministerin|staatssekretar|staatssekretarin|cio|cdo|beauftragte[rn]?|burgermeister|burgermeisterin|landrat|landratin|geschaftsfuhrer|geschaftsfuhrerin|sprecher|sprecherin|vorname|heads?|leads?|runs|chairs?|chaired|chairman|chairwoman|chairperson|chief|director|president|minister|mayor|name)\b/;

/**
 * The word a German focus particle marks ("Können auch Vereine …?", "gibts das auch für vereine",
 * "Gilt das sogar für Kommunen?", "auch auf die IT-Infrastruktur"): what the question asks about besides what was said. Articles and
 * prepositions (the closed class) between them are skipped; a function word there ("auch noch") marks none.
 */
export function focusedWord(question: string): string | undefined {
  const m = /(?<![\p{L}])(?:auch|sogar)\s+(?:(?:für|fur|an|am|ans|auf|aufs|aus|bei|beim|durch|gegen|hinter|in|im|ins|mit|nach|neben|über|uber|um|unter|von|vom|vor|zu|zur|zum|zwischen|die|der|das|den|dem|des|ein|eine|einen|einem|einer)\s+)*(\p{L}[\p{L}-]*)/iu.exec(question);
  const word = m?.[1];
  return word && !STOPWORDS.has(foldText(word)) && !isAskingWord(word) ? word : undefined;
}

/** The noun after a universal quantifier ("alle Kommunen", "sämtliche Ministerien", "all municipalities", "every register"), if any. */
export function quantifiedNoun(question: string, lang: 'de' | 'en'): string | undefined {
  const m =
    lang === 'de'
      ? /(?<![\p{L}])(?:alle|allen|aller|sämtliche|sämtlichen|jede|jeder|jedes|jedem|jeden)\s+(\p{Lu}[\p{L}-]+)/u.exec(question)
      : /(?<![\p{L}])(?:all|every|each)\s+(?:(?:the|of the)\s+)?(\p{L}[\p{L}-]+)/iu.exec(question);
  const word = m?.[1];
  // "jedes Mal", "every time", "jedes Jahr": a quantifier over times says how often, not of whom.
  return word && !STOPWORDS.has(foldText(word)) && !TIME_UNIT.test(foldText(word)) ? word : undefined;
}
const TIME_UNIT = /^(?:mal|male|tag|tage|woche|wochen|monat|monate|jahr|jahre|zeit|time|times|day|days|week|weeks|month|months|year|years|moment)$/;

/** A partitive that takes up the previous answer's quantity ("Wie viel davon …?", "How much of it …?"). */
const PARTITIVE = /(?<![\p{L}])(?:davon|hiervon|of (?:it|that|this|these|those|them))(?![\p{L}])/iu;
/** The question asks for a part of the previous answer's quantity ({@link PARTITIVE}). */
export function asksPartOf(question: string): boolean {
  return PARTITIVE.test(question);
}

/**
 * What the last question of a resolved follow-up chain asks for, each partitive turn taking the
 * kind of the quantity before it ("Was kostet das Ganze? Wie viel davon übernimmt der Bund?" asks for an amount).
 */
export function chainAnswerType(resolved: string): AnswerType {
  let type = 'other' as AnswerType;
  for (const q of resolved.split(/(?<=\?)\s+/u)) {
    const own = expectedAnswerType(q);
    type = own === 'number' && type === 'money' && PARTITIVE.test(q) ? 'money' : own !== 'other' ? own : type;
  }
  return type;
}

/**
 * The latest question of a resolved follow-up chain that asks for a type ("Wer baut …? Und wann …?
 * Wie viel davon zahlt der Bund?" → its last question): what an elliptical turn ("Und das Land?")
 * asks again. The whole text when no question of it asks for a type.
 */
export function latestTypedQuestion(resolved: string): string {
  const questions = resolved.split(/(?<=\?)\s+/u);
  for (let i = questions.length - 1; i >= 0; i--) if (expectedAnswerType(questions[i]!) !== 'other') return questions.slice(i).join(' ');
  return resolved;
}

/** The answer type a question asks for (see {@link AnswerType}). */
export function expectedAnswerType(question: string): AnswerType {
  const q = foldText(question);
  const matched = new Set(CUES.filter(([, re]) => re.test(q)).map(([t]) => t));
  if (matched.has('date')) return 'date';
  // "Kreisreform MV jährliche Einsparung", "Breitbandausbau Kosten", "Dresdner Forderungen Urheber": a query in key words asks for what its last noun names.
  const keyword = keywordHead(question);
  if (keyword && (MONEY_NOUN.test(keyword) || MONEY_HEAD.test(keyword) || SAVINGS.test(keyword))) return 'money';
  if (keyword && (ROLE_HEAD.test(keyword) || AUTHOR.test(keyword))) return 'person';
  if (PRICE.test(q) || PAID.test(q) || (matched.has('number') && (MONEY_NOUN.test(q) || MONEY_HEAD.test(q)) && !SHARE.test(q)) || ASKED_MONEY.test(q)) return 'money';
  if (matched.has('number') || (SHARE.test(q) && /\b(welche[rnms]?|which|what)\b/.test(q))) return 'number';
  if (PLACE_QUESTION.test(q) || askedPlaceKind(question)) return 'place';
  if (matched.has('person') || namedKind(question) || askedRole(question) || asksRole(question) || askedNoun(question, (folded) => COMPANY_KIND.test(folded))) return 'person';
  // A question for a goal ("Was soll die Registermodernisierung bringen?", "Welche Ziele verfolgt das Gesetz?", "What is the aim?") is answered like one for a reason: by what it is for ("um … zu", "Ziel ist es").
  if (matched.has('reason') || GOAL.test(q)) return 'reason';
  return 'other';
}

/** Nouns of money saved ("Einsparung", "savings"). */
const SAVINGS = /(?:^|\p{L})(?:einsparung|einsparungen|ersparnis|ersparnisse|savings?)$/u;
/** Nouns of the person who made a text ("Urheber", "Verfasser", "author"). */
const AUTHOR = /^(?:urheber|urheberin|verfasser|verfasserin|autor|autorin|author|authors)$/u;

/**
 * The last word (folded) of a query in key words: two to six content words, no interrogative, no
 * function word ("Kreisreform MV jährliche Einsparung"), before a closing rate ("… Einsparung pro
 * Jahr"); undefined for a question or a sentence.
 */
function keywordHead(question: string): string | undefined {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? [];
  if (words.length < 2 || words.length > 6) return undefined;
  // Key words only: an article, a preposition or a pronoun makes a sentence ("liegts am geld").
  if (words.some((w) => STOPWORDS.has(foldText(w)))) return undefined;
  const q = foldText(question);
  if (/\b(?:wer|wen|wem|was|wann|wo|woher|wohin|wie|warum|weshalb|wieso|welche[rsmn]?|who|what|when|where|why|how|which|ist|sind|gibt|hat|haben|kann|muss|soll|wird|is|are|does|do|did|can|has)\b/.test(q)) return undefined;
  // A rate closing the query qualifies its head, it does not name it ("Kreisreform Einsparung pro Jahr" asks for the saving).
  const head = words.length > 3 && /^(?:pro|je|per)$/iu.test(words.at(-2)!) ? words.at(-3)! : words.at(-1)!;
  return foldText(head);
}

/**
 * The thing whose name "Wie heißt das Gesetz (dazu)?", "Wie lautet der Name des Portals?", "What
 * is the law called?" asks for: its noun, as written; undefined for a person ("Wie heißt der
 * CIO?", "Wie heißt sie?") or when the question asks no name.
 */
export function askedName(question: string): string | undefined {
  const m =
    /\bwie\s+(?:hei(?:ß|ss)t|hei(?:ß|ss)en|hie(?:ß|ss)|lautet\s+der\s+name)\s+(?:(?:denn|eigentlich|genau|offiziell)\s+)*(?:der|die|das|des|dem|den)\s+(\p{L}[\p{L}-]*)/iu.exec(question) ??
    /\bwhat(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+(?:(?:official|full|exact)\s+)?(?:name\s+of\s+the\s+(\p{L}[\p{L}-]*)|(\p{L}[\p{L}-]*)\s+called)\b/iu.exec(question);
  const noun = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!noun || PERSON_NOUN.test(foldText(noun)) || ROLE_HEAD.test(foldText(noun)) || ROLE.test(foldText(noun))) return undefined;
  return noun;
}
/** Nouns of persons (folded): their name is a person's name. */
const PERSON_NOUN = /^(?:person|mann|frau|herr|kind|burger(?:in)?|mitarbeiter(?:in)?|autor(?:in)?|redakteur(?:in)?|person|man|woman|author|editor|he|she|him|her)$/u;

/** Folded questions for a goal or purpose. */
const GOAL =
  /\b(zu welchem zweck|welche[sn]? (?:ziele?|zweck)|was (?:ist|sind) (?:das|die) (?:ziele?|zweck)|(?:was|welche ziele) (?:soll|sollen|will|wollen|mochte|mochten) [^?!.;]{1,80} (?:erreichen|erreicht werden|bringen|bewirken|bezwecken|verfolgen)|what for|what(?: is|'s|s| are| was) (?:the|its|their) (?:aims?|goals?|purposes?|objectives?)|what (?:does|do|did|should|will) [^?!.;]{1,80} (?:aim|want) to achieve|what (?:is|are) [^?!.;]{1,80} (?:meant|supposed|intended) to (?:achieve|bring|do))\b/;

/**
 * The noun whose size a "Wie hoch ist …?" question asks ("Eigenanteil" in "Wie hoch ist beim
 * Breitbandausbau der Eigenanteil der Landkreise?", "budget" in "how big is the annual budget"):
 * the subject of the clause, the first noun after an article that no preposition governs.
 * A number beside it ranks above one beside another word of the question (measured on the tuning
 * sets: 1 won, 0 lost; requiring it there, as a count's counted noun is: 4 won, 5 lost, as synonyms
 * such as "Förderquote" for "Förderung … 70 Prozent" went unmatched).
 */
export function measuredNoun(question: string): string | undefined {
  const m = /\b(?:wie\s+(?:hoch|gro(?:ß|ss)|umfangreich|teuer)|how\s+(?:high|large|big))\s+(?:ist|sind|war|waren|wäre|wären|is|are|was|were)\b(.*)$/iu.exec(question);
  if (!m) return undefined;
  const words = m[1]!.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const english = /^how/i.test(m[0]);
  // Typed in lower case, German nouns look like any other word: the first word after the article's adjectives is the noun.
  const lowerCase = !/\p{Lu}/u.test(m[1]!);
  for (let i = 0; i < words.length; i++) {
    const w = foldText(words[i]!);
    if (!(english ? /^(?:the|its|their|this|that)$/.test(w) : MEASURED_DETERMINER.test(w))) continue;
    if (i > 0 && MEASURED_PREPOSITION.test(foldText(words[i - 1]!))) continue;
    if (english) {
      // English puts the head last: "the council's annual budget in euros" measures the budget.
      let head: string | undefined;
      for (const word of words.slice(i + 1)) {
        if (STOPWORDS.has(foldText(word))) break;
        head = /['’]s$/.test(word) ? undefined : word;
      }
      return head;
    }
    for (const word of words.slice(i + 1, i + 4)) {
      if (/^\p{Lu}/u.test(word) || (lowerCase && !/^\p{Ll}+(?:e|en|er|es|em)$/u.test(word))) return word;
    }
    return undefined;
  }
  return undefined;
}
/** Articles and possessives that open the German subject of a "wie hoch ist …" clause (folded). */
const MEASURED_DETERMINER = /^(?:der|die|das|ihr|ihre|sein|seine|unser|unsere|dessen|deren)$/;
/** Prepositions whose phrase is no subject ("in der Verwaltung", "of the state", folded). */
const MEASURED_PREPOSITION = /^(?:in|an|auf|aus|bei|mit|nach|von|vor|zu|fur|uber|unter|durch|gegen|um|seit|bis|ab|of|for|in|at|by|with|from|to|on)$/;

const COUNTED = /\b(?:wie viele[nmr]?|wieviele[nmr]?|how many|anzahl der|number of)\s+(?:(?:der|die|den|neuen?|weiteren?|verschiedenen?|unterschiedlichen?|digitalen?|new|different)\s+)*([\p{L}][\p{L}-]+)((?:\s+[\p{L}][\p{L}-]+){0,2})/iu;

/** The words after the counted noun of a German count question ("projekte laufen" in "wie viele egov projekte laufen"), in order. */
export function countedNounFollowers(question: string): string[] {
  const m = COUNTED.exec(question);
  if (!m) return [];
  const words = [m[1]!, ...m[2]!.trim().split(/\s+/).filter(Boolean)];
  const head = countedNoun(question);
  return words.slice(words.indexOf(head!) + 1);
}

/** The noun a "wie viele …" / "how many …" question counts ("Projekte" in "Wie viele Projekte gibt es?"). */
export function countedNoun(question: string): string | undefined {
  const m = COUNTED.exec(question);
  if (!m) return undefined;
  // English puts the head last in a noun phrase: "how many e-government projects are …" counts
  // projects (a following plural noun, not a verb: "how many people live …" counts people).
  let head = m[1]!;
  // German capitalises nouns: "Wie viele strategische Programmpunkte …" counts the noun, not its adjective.
  const german = !/^(how|number)/i.test(m[0]);
  if (german && /^\p{Ll}/u.test(head)) {
    const noun = m[2]!.trim().split(/\s+/).find((w) => /^\p{Lu}/u.test(w));
    if (noun) head = noun;
  }
  if (!german)
    for (const w of m[2]!.trim().split(/\s+/).filter(Boolean)) {
      if (STOPWORDS.has(foldText(w)) || !/[^s]s$/i.test(w)) break;
      head = w;
    }
  return head;
}

/**
 * The question asks something of its own with a question word ("Und was erlaubt dieser Artikel?"),
 * so "other" is its own answer type, not a gap for a follow-up to fill from the previous turn; "Was
 * ist mit Bayern?", "what about …" only swap the subject and ask what the previous turn asked.
 */
export function hasOwnInterrogative(question: string): boolean {
  // "Nenn mir ein paar davon.": a request asks for itself (items, an explanation), not what the previous turn asked.
  if (opensWithRequest(question)) return true;
  const q = foldText(question);
  // "What about Baden-Württemberg?" asks the previous question again; "What about Baden-Württemberg, what's their big project?" asks its own.
  const rest = q.replace(/\b(?:was ist mit|was sind mit|wie ist es mit|wie sieht es (?:mit|bei|in)|und was ist|what about|how about)\b[^,;:?]*[,;:?]?/, ' ');
  return /\b(?:was|wie|wo|woher|wohin|wofur|womit|wodurch|worum|wozu|woran|worauf|welche[rsmn]?|what|how|where|which)\b/.test(rest);
}

/**
 * A question who someone it names is ("Wer ist Denis Alt?", "Who is Mr Lenz?"): the title or role
 * next to the name answers it. Other person questions that name someone ask for someone else
 * ("Wer war vor Denis Alt CIO?").
 */
export function asksIdentity(question: string): boolean {
  return /^\s*(?:und\s+|and\s+)?(?:wer|who)\s+(?:ist|war|sind|waren|is|was|are|were)\s+(?:eigentlich\s+|denn\s+|genau\s+)?(?:(?:herr|frau|mr|mrs|ms|dr)\.?\s+)?\p{L}[\p{L}-]+(?:\s+\p{L}[\p{L}-]+){0,3}\s*[?!.]*\s*$/iu.test(question);
}

/**
 * A question for the role, office or trade of a person it names or points to ("Welche Funktion hat
 * Herr Lenz?", "Was ist sie von Beruf?", "What was her official role?", and every
 * {@link asksIdentity} question): a noun naming a person by role or trade answers it
 * ("IT-Beauftragter", "Juristin"), not a name. "Welche Rolle spielt E-Government?" asks none.
 */
export function asksRole(question: string): boolean {
  // "Wer ist dieser Herr Lenz?" names a person; "Wer ist in Schleswig-Holstein Digitalisierungsminister?", "Wer sind die Geschäftsführer der Wemacom?" name a role.
  if (asksIdentity(question)) {
    const subject = /^\s*(?:und\s+|and\s+)?(?:wer|who)\s+\S+\s+(.*?)[?!.\s]*$/iu.exec(question)?.[1] ?? '';
    return subject.split(/\s+/u).every((w) => IDENTITY_WORD.test(w) || (!STOPWORDS.has(foldText(w)) && !ROLE_HEAD.test(foldText(w.split('-').at(-1)!)) && !ROLE.test(foldText(w))));
  }
  const m = ROLE_OF.exec(question);
  return !!m && namesPerson((m[1] ?? m[2] ?? m[3] ?? '').trim());
}
/** Words that may stand before a name a "wer ist" question asks about ("dieser Herr Lenz", "Mr Lenz"). */
const IDENTITY_WORD = /^(?:eigentlich|denn|genau|dieser|diese|der|die|herrn?|frau|mr|mrs|ms|dr)\.?$/iu;
/** The words that frame a role question ("Funktion", "Beruf", "role"): what it asks, not what it is about. */
export const ROLE_FRAME = /^(?:funktion|funktionen|rolle|position|posten|amt|rang|titel|beruf|beruflich|role|job|position|title|office|post|profession|occupation)$/u;
/** "Welche Funktion hat X?", "Was ist X von Beruf?", "What is X's role?": the part that names X. */
const ROLE_OF =
  /\bwelche[nrms]?\s+(?:offizielle[nr]?\s+|genaue[nr]?\s+)?(?:funktion|rolle|position|posten|amt|rang|titel)\s+(?:hat|hatte|hält|bekleidet|bekleidete|übt|übte|innehat)\s+([^?!.;,]{2,60})|\bwas\s+(?:ist|war)\s+([^?!.;,]{2,60}?)\s+von\s+beruf\b|\bwhat\s+(?:is|was|'s|’s)\s+([^?!.;,]{2,60}?)\s*(?:official\s+|current\s+|exact\s+|job\s+)?(?:role|job|position|title|function|post|office|profession|occupation)\b/iu;
/**
 * The subject of a role question is a person: a pronoun or a title ("sie", "Herr Lenz", "her"), or
 * two capitalised words ("Martina Johannsen", "Staatssekretärin Ulbrich"), or an English possessive
 * of a capitalised name ("Lenz's"). "der Zweckverband" is none.
 */
function namesPerson(subject: string): boolean {
  return (
    /^(?:(?:denn|eigentlich|genau|offiziell|die|der|the)\s+)*(?:er|sie|ihm|ihr|his|her|he|she|herrn?|frau|mr|mrs|ms|dr)(?![\p{L}])/iu.test(subject) ||
    /^(?:(?:die|der|the)\s+)?\p{Lu}[\p{L}-]+\s+\p{Lu}\p{Ll}+/u.test(subject) ||
    /^\p{Lu}[\p{L}-]+['’]s$/u.test(subject)
  );
}

/**
 * A yes/no question opens with its finite verb ("Müssen die Bürger zustimmen, …?", "Gibt es …?",
 * "Is storing my data mandatory?"). With a subject of its own it asks something of its own,
 * whatever the previous turn asked; without one ("Wurde der seitdem geändert?") it may ask
 * what the previous turn asked ("Seit wann gilt der?").
 */
export function isPolarQuestion(question: string): boolean {
  return POLAR.test(foldText(question));
}
const POLAR =
  /^\s*(?:(?:und|aber|and|but|also)\s+)?(?:ist|sind|war|waren|gibt|gab|hat|haben|hatte|hatten|kann|konnen|konnte|muss|mussen|musste|darf|durfen|soll|sollen|sollte|will|wollen|wird|werden|wurde|wurden|steht|stehen|geht|gilt|gelten|braucht|brauche|brauchen|fehlt|bekommt|bekomme|is|are|were|do|does|did|can|could|will|would|has|have|had|should|must|may)\b/;

/** Nouns of money and its scale (folded). */
const MONEY_COUNTED = /^(?:euro|euros|millionen|million|millions|milliarden|milliarde|billion|billions|mio|mrd|tausend|thousand|thousands|dollar|dollars)$/;
/** The noun a count question counts is money or its scale ("Wie viele Millionen …"): an amount answers it. */
export function countsMoney(noun: string): boolean {
  return MONEY_COUNTED.test(foldText(noun));
}

/** Nouns of time (folded): "Wie viele Jahre …" is answered by a length of time. */
const TIME_COUNTED = /^(?:jahre?n?|monate?n?|wochen?|tage?n?|stunden?|minuten?|years?|months?|weeks?|days?|hours?|minutes?)$/;
/** The noun a count question counts is a unit of time. */
export function countsTime(noun: string): boolean {
  return TIME_COUNTED.test(foldText(noun));
}

/**
 * Nouns that count persons without saying which ("Wie viele Leute …", "how many people …"):
 * the documents count them as users, residents, staff, so such a noun is no subject a number
 * must stand beside — the question's other words are (a closed class, like the stop words).
 */
const GENERIC_PERSONS = new Set(['leute', 'menschen', 'personen', 'people', 'persons', 'individuals']);
export function countsAnyPersons(noun: string): boolean {
  return GENERIC_PERSONS.has(foldText(noun));
}

/**
 * Kinds of thing known by a proper name: "Welches Office-Programm …?", "Which country …?" ask for
 * that name ("LibreOffice", "Liechtenstein"). Folded heads, matched at the end of the asked noun
 * (German compounds are right-headed: "Bundesland" is a "Land", "Landesgesetz" is none).
 */
/** Kinds of legal provision (folded heads): named by their number, see {@link LEGAL_REFERENCE}. */
const LEGAL_HEADS = 'artikel|artikeln|paragraph|paragraphen|paragraf|paragrafen|article|articles|section|provision';
const NAMED_KINDS = new RegExp(`(?:^|\\p{L})(?:${LEGAL_HEADS}|software|programm|programme|programmen|produkt|produkte|produkten|plattform|plattformen|anwendung|anwendungen|app|apps|tool|tools|land|lander|landern|staat|staaten|stadt|stadte|stadten|kommune|kommunen|gemeinde|gemeinden|ort|orte|orten|country|countries|state|states|city|cities|town|towns|product|products|platform|program|programs|application|municipality|municipalities)$`, 'u');
/** Kind nouns for a political party (folded). */
const PARTY_KIND = /^(?:partei|parteien|party|parties|fraktion)$/u;
/** Kind nouns for a company (folded; compounds ending so: "IT-Firma", "Softwareunternehmen"). */
const COMPANY_KIND = /(?:^|\p{L}|-)(?:firma|firmen|unternehmen|company|companies|firm|firms|dienstleister|dienstleistern|anbieter|anbietern|hersteller|herstellern|lieferant|lieferanten|provider|providers|vendor|vendors|supplier|suppliers|manufacturer|manufacturers|contractor|contractors)$/u;
/** A company named with its legal form: "Wemacom Breitband GmbH", "Dataport AöR", "SAP SE". */
const COMPANY = /(?<![\p{L}])(?:\p{Lu}[\p{L}\d&.-]*\s+){1,4}(?:GmbH(?:\s*&\s*Co\.\s*KG)?|mbH|AG|KG|SE|AöR|eG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC)(?![\p{L}])/gu;
/**
 * The short names a text gives the companies it names with their legal form: "die Wemacom" after
 * "die Wemacom Breitband GmbH" (the first word of the name that is no common word). Pure.
 */
export function companyShortNames(text: string, isCommonWord?: (word: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(COMPANY)) {
    const first = m[0].split(/\s+/)[0]!;
    if (first.length >= 3 && /^\p{Lu}[\p{L}\d&-]*$/u.test(first) && !STOPWORDS.has(foldText(first)) && !isCommonWord?.(first)) out.add(first);
  }
  return [...out];
}

/** The parties of German parliaments, as a text names them (mostly in brackets after a name: "Ina-Maria Ulbrich (SPD)"). */
const PARTY = /(?<![\p{L}])(?:CDU|CSU|SPD|FDP|AfD|BSW|SSW|Bündnis 90\/Die Grünen|Die Grünen|Grüne|Die Linke|Linke|Freie Wähler|Piratenpartei)(?![\p{L}])/gu;

/** The named kind a "welche(s) …"/"which …" question asks for, if any ({@link NAMED_KINDS}). */
export function namedKind(question: string): string | undefined {
  return askedNoun(question, (folded) => NAMED_KINDS.test(folded));
}

/** The noun (its last hyphen part) of a "welche(s) …"/"which …" question that `isKind` accepts, if any. */
function askedNoun(question: string, isKind: (folded: string) => boolean): string | undefined {
  // "what" mostly asks for something else ("What did the state audit office …"): only "which" here,
  // and "what" before the kind noun and its verb ("What software is …?", "what office software will …"; not "What state aid …").
  const what = /\bwhat\s+(?:[\p{L}][\p{L}-]*\s+)?([\p{L}][\p{L}-]*)\s+(?:is|are|was|were|does|do|did|will|would|has|have|had|can|could|should|shall)\b/iu.exec(question);
  if (what && isKind(foldText(what[1]!.split('-').at(-1)!))) return what[1]!.split('-').at(-1)!;
  const m = /\b(?:welche[rsmn]?|which)\s+((?:[\p{L}][\p{L}-]*\s+){0,2}[\p{L}][\p{L}-]*)/iu.exec(question);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  // The asked noun: the first word, or (after adjectives, or in English) a later one; German nouns
  // are capitalised, so a lower-case word after the first is a verb there ("welchem Ministerium gehört").
  const english = /^which$/i.test(m[0].split(/\s+/)[0]!);
  for (const [i, word] of words.entries()) {
    // An adjective or a numeral may stand before a German noun ("welche beiden kreisfreien Städte").
    if (i > 0 && (english ? STOPWORDS.has(foldText(word)) : !/^\p{Lu}/u.test(word) && !GERMAN_ATTRIBUTE.test(word))) break;
    if (isKind(foldText(word.split('-').at(-1)!))) return word.split('-').at(-1)!;
  }
  return undefined;
}

/** A word that may stand between a German interrogative determiner and its noun: an inflected adjective or a numeral. */
const GERMAN_ATTRIBUTE = /^(?:\p{Ll}{3,}(?:e|en|er|es|em)|beide|beiden|zwei|drei|vier|fünf)$/u;

/**
 * The kind of body a "welche(s) …" question asks for ("Ministerium" in "Zu welchem Ministerium
 * gehört …?"): a body named with that head and its complement ("dem Ministerium für Inneres, Bau
 * und Digitalisierung") is the plainest answer.
 */
export function askedKind(question: string): string | undefined {
  // "What party is she in?": "what" before a kind noun asks which.
  const what = /\bwhat\s+(company|companies|firm|authority|ministry|organisation|organization|agency|department|party)\b/iu.exec(question);
  if (what) return what[1];
  const m = /\b(welche[rsmn]?|which)\s+([\p{L}][\p{L}-]+)(?:\s+([\p{L}][\p{L}-]+))?/iu.exec(question);
  if (!m) return undefined;
  const [, which, first, second] = m;
  // An adjective may stand before the noun: "welcher politischen Partei" (German nouns are
  // capitalised), "which political party" (the noun is the last word before a function word).
  if (!second) return first;
  if (/^which$/i.test(which!)) return STOPWORDS.has(foldText(second)) || isAskingWord(second) ? first : second;
  return /^\p{Ll}/u.test(first!) && /^\p{Lu}/u.test(second) ? second : first;
}

/**
 * The unit of a rate a question asks for ("pro Tag", "je Einwohner", "per year"; after "wie oft",
 * "how often" also "im Jahr", "a year"): the answer must name it too.
 */
export function rateUnit(question: string): string | undefined {
  return /\b(?:pro|je|per)\s+(\p{L}[\p{L}-]+)/iu.exec(question)?.[1] ?? FREQUENCY_PERIOD.exec(question)?.[1];
}
/** A frequency asked within a period: "Wie oft im Jahr …?", "How often a year …?" (not "im Jahr 2020"). */
const FREQUENCY_PERIOD =
  /\b(?:wie\s+oft|wie\s+häufig|how\s+often|how\s+frequently)\b.*?\b(?:im|in\s+einem|in\s+der|a|an|in\s+a|each|every)\s+(Jahr|Monat|Woche|Tag|Quartal|year|month|week|day|quarter)\b(?!\s*\d)/iu;

/**
 * A word that states a rate of the unit by itself: "jährlich" for "Jahr", "täglich" for "Tag",
 * "wöchentlich" for "Woche" (German derives them with "-lich"/"-entlich" and an umlaut, which
 * folding removes); the English adverbs for "year", "day", "month", "week", "hour".
 */
export function isRateWord(word: string, unit: string): boolean {
  const w = foldText(word);
  const stem = foldText(unit).replace(/e$/, '');
  if (stem.length >= 3 && new RegExp(`^${stem}(?:ent)?lich(?:e[nmrs]?)?$`).test(w)) return true;
  return ENGLISH_RATE[foldText(unit)]?.includes(w) ?? false;
}
const ENGLISH_RATE: Record<string, string[]> = {
  year: ['yearly', 'annually', 'annual'],
  day: ['daily'],
  month: ['monthly'],
  week: ['weekly'],
  hour: ['hourly'],
};

/**
 * A question when something will happen or is due ("Wann wird … umgestellt haben?", "Wann soll …?",
 * "When will …?", "When is … going to …?"): future tense or a modal of plan or duty.
 */
export function asksFuture(question: string): boolean {
  return /\b(wann (?:wird|werden|soll|sollen|sollte|sollten|muss|mussen)|when (?:will|shall|should|must|(?:is|are) [^?]{1,60} (?:going|expected|due|supposed) to))\b/.test(foldText(question));
}

/**
 * A question for when a text appeared ("Von wann ist der Artikel über …?", "Wann hat Kommune21 über …
 * berichtet?", "When was the article published?"): the date of the report (its dateline) answers
 * it, not the dates it reports.
 */
export function asksPublication(question: string): boolean {
  return PUBLICATION.test(foldText(question));
}
const TEXT_NOUN = '(?:artikel|bericht|beitrag|meldung|pressemitteilung|pressemeldung|interview|nachricht|text|article|report|press release|interview|news item|piece|story)';
const PUBLICATION = new RegExp(
  `\\b(?:von wann (?:ist|stammt|war) (?:der|die|das|dieser|diese|dieses) ${TEXT_NOUN}|wann (?:ist|wurde|erschien|kam) (?:der|die|das|dieser|diese|dieses) ${TEXT_NOUN}|wann (?:hat|haben) [^?!.;]{1,120} (?:berichtet|gemeldet|veroffentlicht|publiziert|bekanntgegeben|bekannt gegeben|mitgeteilt|angekundigt|verkundet)|when did [^?!.;]{1,80} announce|wann (?:berichtete|meldete|veroffentlichte)|when (?:was|did) (?:the|this|that) ${TEXT_NOUN} (?:published|appear|come out|run)|when did [^?!.;]{1,80} (?:report|publish|write) (?:on|about)|when did [^?!.;]{1,60} (?:publish|release|run|print) (?:its|the|an|a|this|that|their|his|her) (?:[\\p{L}-]+ )?${TEXT_NOUN})\\b`,
);

/**
 * A question for the current or latest state of something ("die derzeit gültige Geschäftsordnung",
 * "die aktuelle Fassung", "the latest version"): of several dates, the latest answers it.
 */
export function asksLatest(question: string): boolean {
  return /\b(aktuell\w*|derzeit\w*|gegenwartig\w*|momentan\w*|jungste[nrsm]?|neueste[nrsm]?|letzte[nrsm]?|current|currently|latest|most recent|newest)\b/.test(foldText(question));
}

/** A question for the first state of something ("Wie viele waren es am Anfang?", "zum Start", "initially"): the earliest figure answers. */
export function asksEarliest(question: string): boolean {
  return /\b(am anfang|anfangs|zu beginn|zum start|beim start|zum auftakt|ursprunglich|anfanglich|zunachst|initially|at first|at the (?:start|beginning|outset)|in the beginning|originally)\b/.test(foldText(question));
}

/** A question that negates what it asks about ("Wie viel Geld wurde nicht abgerufen?", "did not merge"). */
export function isNegated(question: string): boolean {
  return /\b(nicht|kein|keine|keinen|keinem|keiner|nie|niemals|not|never|didn't|doesn't|don't|isn't|wasn't|weren't|aren't|haven't|hasn't)\b/.test(foldText(question));
}
/** A negation, an exception or a restriction in a sentence ("nicht", "kein", "ohne", "mit Ausnahme", "außer", "nur 5 Prozent"). */
export const NEGATION = /(?<![\p{L}])(?:nicht|nichts|kein|keine|keinen|keinem|keiner|keines|nie|niemals|ohne|weder|Ausnahme|ausgenommen|außer|außerhalb|fehlt|fehlen|fehlte|mangelt|nur|lediglich|erst)(?![\p{L}])/iu;

/** A question for the day of a date ("An welchem Tag genau …?", "on which day"): a year alone does not answer it. */
export function asksDay(question: string): boolean {
  return /\b(an welchem (?:(?:genaue|exakte|konkrete)[mn] )?tag|welche[nms]? (?:(?:genaue|exakte|konkrete)[mns]? )?datum|genaue[ns]? datum|tag genau|on which day|what day|which day|exact date)\b/.test(foldText(question));
}

/** A question for someone's first or full name: a surname after a title ("Herr Lenz") does not answer it. */
export function asksFullName(question: string): boolean {
  return /\b(vorname|vornamen|vollstandige[nr]? name|first name|full name)\b/.test(foldText(question));
}

/**
 * The surname of the person whose first or full name a question asks ("Lenz" in "Wie lautet der
 * Vorname von Herrn Lenz, dem IT-Beauftragten?", "wie heißt der Landes-CIO Lenz mit Vornamen",
 * "What is the first name of Mr. Lenz?"): the last word of the phrase after "von"/"of", or the word
 * before "mit Vornamen". The name that answers is that person's.
 */
export function namedPersonOf(question: string): string | undefined {
  const after = /\b(?:vorname|vornamen|vollständige[nr]? name|first name|full name)\s+(?:von|vom|des|der|of)\s+([^,;?!()]+)/iu.exec(question);
  const before = /([\p{L}-]+)\s+mit\s+(?:seinem\s+|ihrem\s+)?(?:vornamen?|vollem namen)\b/iu.exec(question);
  const phrase = after?.[1] ?? before?.[1];
  const word = phrase?.trim().split(/\s+/).at(-1)?.replace(/[.]$/, '');
  if (!word || word.length < 2 || STOPWORDS.has(foldText(word))) return undefined;
  // "Vorname des Ministers" names a role, not a person.
  const folded = foldText(word);
  return [folded, folded.replace(/(?:s|es|en|n)$/, '')].some((w) => ROLE_HEAD.test(w)) ? undefined : word;
}

/**
 * The abbreviation a question asks to spell out ("Wofür steht die Abkürzung FITKO?", "Was bedeutet
 * ZDMV?", "What does OZG stand for?"), if any: the sentence that writes it with its long form in
 * brackets answers ("FITKO (Föderale IT-Kooperation)").
 */
export function askedAbbreviation(question: string): string | undefined {
  const q = foldText(question);
  if (!/\b(wofur steht|was bedeutet|was heisst|abkurzung|ausgeschrieben|stand for|stands for|abbreviation|acronym)\b/.test(q)) return undefined;
  // Capitals and perhaps small letters between them ("OZG", "IDNrG", "RegMoG", "eGovG").
  for (const m of question.matchAll(/(?<![\p{L}\p{N}-])([\p{L}\d]{2,12})(?![\p{L}\p{N}-])/gu)) if ((m[1]!.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return m[1];
  return undefined;
}

/**
 * The head noun of what a meaning question asks about ("Prinzip" in "Was bedeutet das
 * Once-Only-Prinzip?"): a sentence that takes it up with a demonstrative ("Nach diesem Prinzip …")
 * explains it.
 */
export function meaningHead(question: string): string | undefined {
  if (!asksMeaning(question) && !asksDefinition(question)) return undefined;
  const m = /\b(?:bedeutet|bedeuten|heißt|heisst|versteht man unter|mean|meant by)\s+(?:(?:der|die|das|dem|den|des|ein|eine|the|a)\s+)?([\p{L}][\p{L}-]*)/iu.exec(question);
  const word = m?.[1]?.split('-').at(-1);
  if (word && /^\p{Lu}/u.test(word) && word.length >= 4) return word;
  // "Was ist das Once-Only-Prinzip?", "was ist das once only prinzip", "what does the once only principle mean":
  // the last word of what is asked about is its head (German compounds are right-headed).
  const np = /^\s*(?:und\s+|and\s+)?(?:was (?:ist|sind|war|waren)|what (?:is|are|was|were)|what does|what do)\s+(?:(?:der|die|das|ein|eine|the|a|an)\s+)?([^?]+?)\s*(?:\b(?:eigentlich|genau|denn|mean|exactly)\b\s*)*\?*\s*$/iu.exec(question);
  const last = np?.[1]?.split(/[\s-]+/).at(-1);
  return last && last.length >= 4 && /^\p{L}+$/u.test(last) && !STOPWORDS.has(foldText(last)) ? last : undefined;
}

/** A question for what something means ("Was bedeutet …", "Was heißt …", "Was versteht man unter …", "what does … mean"). */
export function asksMeaning(question: string): boolean {
  return /\b(was bedeutet|was bedeuten|was heisst|was versteht man unter|was ist mit .+ gemeint|what does .+ mean|what is meant by)\b/.test(foldText(question));
}

/** A short question for what something is ("Was ist das ZDMV?", "Was ist DOMEA eigentlich?", "What is DOMEA?"). */
export function asksDefinition(question: string): boolean {
  return (
    /^\s*(?:was (?:ist|sind|war|waren)|what (?:is|are|was|were))(?:\s+[^\s?]+){1,4}\s*\?*\s*$/iu.test(question) ||
    // "Was versteht man (in MV) unter kooperativem E-Government?", "What is meant by …?", "Wie ist … definiert?"
    /^\s*(?:und\s+|and\s+)?(?:was versteht man\b[^?]{0,40}?\bunter|what is meant by|what do (?:they|you|we) mean by|wie (?:ist|wird|sind|werden)\b[^?]{1,60}\bdefiniert)\b/iu.test(question)
  );
}

/** A span of a sentence holding a fact of some answer type. */
export interface FactSpan {
  start: number;
  end: number;
  /** How plainly the span is the kind of fact asked for (a person's name 1, an institution 0.6). */
  strength?: number;
  /** The fact concerns the whole sentence, wherever its subject stands (the dateline of a news item). */
  whole?: boolean;
}

/** The parts of a word joined by "-" or "." that are no acronym, capitalised: "IT-Systems" → ["Systems"], "eGo-MV" → ["EGo"]. */
export function nonAcronymParts(word: string): string[] {
  return word
    .split(/[-.]/)
    .filter((p) => p && !/^\p{Lu}+$/u.test(p))
    .map((p) => p[0]!.toUpperCase() + p.slice(1));
}

/** The preposition a date question asks with ("bis wann" → "bis"), which the answer usually repeats ("bis Ende 2013"). */
/**
 * The preposition and noun of a German interrogative phrase ("Nach welchen Regeln …?" → nach,
 * Regeln; "In welcher Region …?" → in, Region): the answer names such a thing after the same
 * preposition ("nach den Vorgaben der … Verordnung", "in der Region Westmecklenburg").
 */
export function askedPrepositionPhrase(question: string): { preposition: string; noun: string } | undefined {
  const m = /(?<!\p{L})(nach|auf|mit|für|in|an|aus|von|bei|über|unter|zu|durch|gegen|um|seit|bis|ab|vor)\s+welche[mnrs]?\s+(\p{L}[\p{L}-]*)/iu.exec(question);
  return m ? { preposition: m[1]!.toLowerCase(), noun: m[2]! } : undefined;
}

/**
 * "Seit wann ist Christian Pegel Digitalisierungsminister?", "Since when has he been CIO?": the
 * beginning of someone's term in a role. Only a date the text gives with "seit"/"since" answers
 * it; any other date next to the person dates something else (a statement, a report).
 */
export function asksTenure(question: string): boolean {
  const q = foldText(question);
  return /\b(?:seit wann|since when)\s+(?:ist|sind|war|waren|is|are|was|were|has|have)\b/.test(q) && q.split(/[^\p{L}-]+/u).some((w) => ROLE.test(w) || ROLE_HEAD.test(w));
}

export function dateCue(question: string): string | undefined {
  const m = /\b(bis|seit|ab|since|until|by|from)\s+wann\b|\b(since|until|by) when\b/i.exec(question);
  const cue = (m?.[1] ?? m?.[2])?.toLowerCase();
  const de: Record<string, string> = { since: 'seit', until: 'bis', by: 'bis', from: 'ab' };
  return cue ? (de[cue] ?? cue) : undefined;
}

const MONTH = '(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.|January|February|March|June|July|October|December)';
const YEAR = '(?:19|20)\\d{2}';
const DATE_RE = new RegExp(
  [
    `\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:${YEAR}|\\d{2})\\b`,
    `\\b(?:(?:am|zum|vom|bis zum|seit dem|ab dem)\\s+)?\\d{1,2}\\.\\s${MONTH}(?:\\s${YEAR})?`,
    `\\b(?:(?:bis|seit|ab|zum|im|in|von|Ende|Anfang|Mitte|Beginn|Herbst|Frühjahr|Sommer|Winter|Jahresende)\\s+)*(?:(?:Ende|Anfang|Mitte|Beginn)\\s+)?(?:des Jahres\\s+)?(?:${MONTH}\\s+)?${YEAR}(?:\\s?[-–/]\\s?(?:${YEAR}|\\d{2}))?\\b`,
    // Dates relative to the text's own date, as news write them: "im September des vergangenen Jahres",
    // "Ende des kommenden Jahres", "vor knapp vier Jahren", "am Montag", "last year".
    `\\b(?:(?:bis|seit|ab|im|in)\\s+)?(?:(?:Ende|Anfang|Mitte|Beginn|Herbst|Frühjahr|Sommer|Winter)\\s+)?(?:${MONTH}\\s+)?(?:(?:des|dieses)\\s+)?(?:vergangenen|letzten|laufenden|kommenden|nächsten|vorigen)\\s+Jahr(?:es|s)?\\b`,
    `\\bvor\\s+(?:(?:knapp|fast|rund|etwa|über|mehr als)\\s+)?(?:\\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\\s+(?:Jahren|Monaten|Wochen|Tagen|Jahr|Monat)\\b`,
    `\\b(?:(?:am|ab|bis|seit)\\s+)(?:(?:kommenden|vergangenen|letzten|nächsten)\\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b`,
    `\\b(?:(?:in|since|until|by)\\s+)?(?:${MONTH}\\s+(?:of\\s+)?)?(?:last|next|this)\\s+year\\b|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:years|months)\\s+ago\\b`,
  ].join('|'),
  'giu',
);
/** Number words of German and English (a closed class: the fact a count question asks for). */
const NUMBER_WORDS =
  'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dutzend|dutzende|hunderte|tausende|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|dozens?';
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORDS})$`, 'iu');
const SCALE = '(?:Millionen|Million|Milliarden|Milliarde|Mio\\.?|Mrd\\.?|Tsd\\.?|Tausend|million|billion)';
// "nur eine einzige Großstadt", "a single city": a count of one (the article alone is none).
// "viermal", "4-mal", "twice", "three times": how often (not "einmal", "once", which are particles as often).
const NUMBER_RE = new RegExp(`(?:\\b(?:mehr als|über|rund|etwa|ca\\.|circa|knapp|fast|insgesamt|bis zu|mindestens|more than|about|around|over|nearly|some)\\s+)?(?:\\b(?:nur\\s+)?eine?[nmrs]?\\s+einzige[nmrs]?\\b|\\b(?:only one|a single|one single)\\b|\\b(?:${NUMBER_WORDS}|\\d+)\\s?-?mal\\b|\\b(?:twice|(?:${NUMBER_WORDS}|\\d+)\\s+times)\\b|\\b\\d+(?:[.,]\\d+)*\\b(?:\\s?(?:%|Prozent|percent))?(?:[\\s-]${SCALE})?|\\b(?:${NUMBER_WORDS})\\b)`, 'giu');
const MONEY_RE = new RegExp(
  // A price of nothing is an amount too ("kostenfrei zur Verfügung stellen", "free of charge").
  `\\b(?:kostenfrei|kostenlos|gebührenfrei|unentgeltlich|free of charge)\\b|(?:(?:mehr als|über|rund|etwa|ca\\.|knapp|fast|insgesamt|bis zu|more than|about|around|over)\\s+)?(?:(?:€|EUR)\\s?\\d+(?:[.,]\\d+)*(?:\\s${SCALE})?|\\b\\d+(?:[.,]\\d+)*(?:[\\s-]${SCALE})?[\\s-]?(?:Euro|EUR|€)|\\b(?:${NUMBER_WORDS})\\s${SCALE}\\s(?:Euro|EUR))`,
  'giu',
);
/** Kinds of legal provision a "welche(r) …" question may ask for (folded, at the end of the asked noun). */
const LEGAL_KIND = new RegExp(`(?:${LEGAL_HEADS})$`, 'u');
/** A provision named by its number: "Artikel 91c", "Art. 1", "§ 8", "§§ 3 und 4", "Paragraph 12 Absatz 2". */
const LEGAL_REFERENCE = /(?:(?<![\p{L}])(?:Artikel|Art\.|Paragra(?:ph|f)(?:en)?|Article|Section)\s*|§§?\s*)\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+)?/gu;
/** Titles and roles that precede a person's name. */
const TITLE =
  '(?:Herrn?|Frau|Dr\\.|Prof\\.|\\p{Lu}\\p{Ll}+(?:präsident|minister|bürgermeister|staatssekretär|geschäftsführer|leiter|sprecher)(?:in)?|Minister(?:in)?|Staatssekretär(?:in)?|Staatsminister(?:in)?|Ministerpräsident(?:in)?|Landrat|Landrätin|Präsident(?:in)?|Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Geschäftsführer(?:in)?|Leiter(?:in)?|Sprecher(?:in)?|Vorsitzende[rn]?|Digitalisierungsminister(?:in)?|Innenminister(?:in)?|CIO|CDO)';
const TITLE_START = new RegExp(`^${TITLE}\\s`, 'u');
const NAME = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?";
// A name starts a word, never inside a compound ("E-Government Aktivitäten" holds no name).
const PERSON_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${TITLE}\\s+(?:${NAME}\\s+)?${NAME}|${NAME}\\s${NAME}(?=[\\s,.;:)“"]|$))`, 'gu');
/** Bodies: acronyms, and words formed with the heads of German institution names, with their complement ("Ministerium für Inneres, Bau und Digitalisierung"). */
const BODY_RE =
  /\b(?:\p{Lu}{2,}(?:-\p{Lu}{1,4})?|\p{Lu}\p{Ll}+-\p{Lu}{2,}|[\p{L}-]*(?:[Mm]inisterium|[Mm]inisterien|[Aa]mt|[Ää]mter|[Vv]erband|[Rr]at|[Zz]entrum|[Bb]ehörde|[Bb]üro|[Kk]ommission|[Aa]usschuss|[Gg]esellschaft|[Ll]andtag|[Rr]egierung|[Kk]anzlei|[Dd]ienstleister|[Ll]andkreis|[Kk]reis|[Bb]und|[Ll]änder|GmbH|AG|[Aa]genturs?|[Ii]nstitut|[Hh]of|[Ss]tadt|[Gg]emeinde|[Ll]and|[Aa]bteilung|[Dd]ezernat|[Rr]eferat)|[\p{L}-]+stelle)\b(?:\s(?:für|des|der)\s\p{Lu}[\p{L}-]*(?:(?:,\s|\sund\s)\p{Lu}[\p{L}-]*)*)?/gu;
/** A unit named in quotation marks: plainer than a bare body (0.6), less than a person's name (1), which "wer leitet …?" asks for. */
const NAMED_UNIT = 0.9;
/** A name in quotation marks right after a noun: „Landeseinheitliche E-Akte“, "IT-Betrieb". */
const QUOTED_NAME = /^\s*[„"»“]\p{Lu}[^„“"»«]{1,60}[“"«”]/u;
const REASON_RE = /\b(ziele?\s+(?:ist|sind|war|waren|bleibt)\s+es,\s+[^.;:!?]+|weil|wenn|falls|da |daher|dadurch|dank|aufgrund|wegen|deshalb|deswegen|darum|somit|um\s.+\szu\b|damit|aus diesem grunde?|grund|ziel|erforderlich|notwendig|unumgänglich|wichtig|essenziell|voraussetzung|because|therefore|so that)/giu;

/** A question for a length of time ("Wie lange …?", "Auf welchen Zeitraum …?", "how long"): a duration answers it. */
export function asksDuration(question: string): boolean {
  return /\b(wie lange|welche[nm]? zeitraum|zeitraum|welche dauer|laufzeit|how long|for how many (?:years|months))\b/.test(foldText(question));
}
const DURATION_RE = new RegExp(
  `(?:\\b(?:für|über|seit|in|den|die|der)\\s+){0,2}(?:(?:kommenden|nächsten|letzten|vergangenen)\\s+)?(?:\\b\\d+|\\b(?:ein|einem|einen|${NUMBER_WORDS}))\\s(?:Jahre?n?|Monate?n?|Wochen?|Tage?n?|years?|months?|weeks?|days?)(?:\\s+lang)?\\b`,
  'giu',
);

/** Spans of a sentence that hold a fact of the given type (empty for `other`). */
export function factSpans(
  sentence: string,
  type: AnswerType,
  options: { isCommonWord?: (word: string) => boolean; role?: boolean; isPersonNoun?: (word: string) => boolean; kind?: string; duration?: boolean; day?: boolean; fullName?: boolean; named?: boolean; count?: boolean; thingName?: string; surname?: string; seat?: boolean; placeKinds?: (word: string) => ReadonlySet<string>; kindNouns?: string[]; companies?: string[] } = {},
): FactSpan[] {
  const re = type === 'date' ? DATE_RE : type === 'money' ? MONEY_RE : type === 'number' ? NUMBER_RE : type === 'reason' ? REASON_RE : undefined;
  const spans: FactSpan[] = [];
  // A duration question is answered by a length of time ("für die kommenden vier Jahre") as well as by dates.
  if (type === 'date' && options.duration) for (const m of sentence.matchAll(DURATION_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
  // "Welcher Partei gehört er an?", "Which political party …?": a party answers, nothing else does.
  if (type === 'person' && options.kind && PARTY_KIND.test(foldText(options.kind))) {
    for (const m of sentence.matchAll(PARTY)) spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
    return spans;
  }
  // "Wer ist Herr Lenz?", "Was ist sie von Beruf?": a noun naming a person by role or trade answers ("IT-Beauftragter", "Juristin").
  if (type === 'person' && options.role) return roleNouns(sentence, options.isPersonNoun);
  if (type === 'place') return merge(placeSpans(sentence, options.isCommonWord, options.kind, !!options.seat, options.placeKinds, options.kindNouns));
  // "Wie heißt das Gesetz?": a thing's name is a compound with its noun as head ("Registermodernisierungsgesetz",
  // "MV-Serviceportal") or the noun with its complement ("Gesetz zur Förderung der elektronischen Verwaltungstätigkeit").
  // A name need not hold its kind ("Wie heißt die Software?" → "LibreOffice"): a proper name of a thing counts too.
  if (type === 'person' && options.thingName) return merge([...thingNames(sentence, options.thingName), ...properNames(sentence, options.isCommonWord)]);
  // "Welche Firma …?", "Which IT company …?": a company has a name, often with its legal form ("Wemacom Breitband GmbH"); a public body is none.
  const company = type === 'person' && !!options.kind && COMPANY_KIND.test(foldText(options.kind));
  if (company) for (const m of sentence.matchAll(COMPANY)) spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
  // …and by the short name its text gives it after the full one ("Die Wemacom beabsichtigt, …").
  if (company && options.companies?.length)
    for (const m of sentence.matchAll(new RegExp(`(?<![\\p{L}\\d-])(?:${options.companies.map(escapeRegExp).join('|')})(?![\\p{L}\\d-])`, 'gu')))
      spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
  if (type === 'person') {
    const re = new RegExp(PERSON_RE.source, PERSON_RE.flags);
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      // "Welches Büroprogramm …?": a person's name ("Digitalisierungsminister Dirk Schrödter") names no thing.
      if (options.named && namesPersonAt(sentence, m.index + m[0].split(/\s+/)[0]!.length + 1, options.isPersonNoun)) continue;
      const words = m[0].split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
      // "Im Interview" is no name: function words never are. Nor is "Digitalisierung
      // Mecklenburg-Vorpommern": without a title before it, a name opens with a given name, never
      // a common word — so the name may start at the next word ("Rechnungshofpräsidentin Martina Johannsen").
      const common = options.isCommonWord;
      // A sentence capitalises its first word whatever it is ("Vier Regionalkonferenzen hat …"): there its small form counts too.
      const opensSentence = /(?:^|[.!?:]\s+|[„"»]\s*)$/u.test(sentence.slice(0, m.index));
      const badStart =
        !TITLE_START.test(m[0]) &&
        (STOPWORDS.has(foldText(words[0]!)) || NUMBER_WORD.test(words[0]!) || !!common?.(words[0]!) || (opensSentence && !!common && isCommonInflected(words[0]!.toLowerCase(), common)));
      if (badStart) {
        re.lastIndex = m.index + words[0]!.length + 1;
        continue;
      }
      if (words.some((w) => STOPWORDS.has(foldText(w))) || (common && words.every((w) => common(w)))) continue;
      // "Herr Lenz" names no first name.
      if (options.fullName && TITLE_START.test(m[0]) && words.length < 3) continue;
      // "Vorname von Herrn Lenz": only Lenz's name answers.
      if (options.fullName && options.surname && !words.some((w) => foldText(w) === foldText(options.surname!))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
    }
    // A thing known by its name ("LibreOffice", "Liechtenstein"): a word with a capital inside, or
    // one no dictionary knows, after the first word of the sentence.
    // A person's name is none of a thing: not the words after a noun of a role ("Digitalisierungsminister Dirk Schrödter").
    if (options.named) spans.push(...properNames(sentence, options.isCommonWord).filter((f) => !namesPersonAt(sentence, f.start, options.isPersonNoun)));
    // "Welcher Grundgesetzartikel …?", "Welcher Paragraph …?": a legal provision is named by its number ("Artikel 91c", "§ 8").
    if (options.kind && LEGAL_KIND.test(foldText(options.kind)))
      for (const m of sentence.matchAll(LEGAL_REFERENCE)) spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
    // The asked kind's head with a complement ("Ministerium für Inneres") names the body asked for.
    const kind = options.kind ? foldText(options.kind).slice(0, 6) : undefined;
    for (const m of company ? [] : sentence.matchAll(BODY_RE)) {
      const named = !!kind && kind.length >= 4 && foldText(m[0]).includes(kind) && /\s(?:für|des|der)\s/u.test(m[0]);
      // A unit named by its name in quotation marks right after it (Projektstelle „Landeseinheitliche E-Akte“) is named as plainly as a person.
      const quotedName = QUOTED_NAME.exec(sentence.slice(m.index + m[0].length));
      spans.push({ start: m.index, end: m.index + m[0].length + (quotedName?.[0].length ?? 0), strength: named ? 1 : quotedName ? NAMED_UNIT : 0.6 });
    }
    return merge(spans);
  }
  if (!re) return spans;
  for (const m of sentence.matchAll(re)) {
    const text = m[0];
    // A count is not a date ("2013" alone answers "wann", not "wie viele"), an ordinal ("2. Sitzung")
    // nor part of a reference ("Beschluss 2010/14", "§ 139b", "Nr. 142/2019").
    if (type === 'number' || type === 'money') {
      const before = sentence.slice(Math.max(0, m.index - 8), m.index);
      const after = sentence.slice(m.index + text.length, m.index + text.length + 3);
      if (type === 'number' && (new RegExp(`^${YEAR}$`).test(text.trim()) || isInsideDate(sentence, m.index, m.index + text.length))) continue;
      // A count of things ("Wie viele Landkreise …") is no amount of money ("24 Millionen Euro").
      // …nor a length of time ("für die kommenden vier Jahre").
      if (type === 'number' && options.count && (isInside(MONEY_RE, sentence, m.index, m.index + text.length) || isInside(DURATION_RE, sentence, m.index, m.index + text.length))) continue;
      // A number right after a noun, and before no noun it counts, names a thing ("Behördenruf 115,", "Artikel 91c");
      // "trägt der Bund 113 Millionen Euro" counts.
      if (type === 'number' && !/^\s+\p{Lu}/u.test(sentence.slice(m.index + text.length)) && /(?:^|[\s(„"»])\p{Lu}[\p{L}-]*\p{Ll}\s$/u.test(sentence.slice(Math.max(0, m.index - 40), m.index)) && !isSentenceStartWord(sentence, m.index)) continue;
      if (/[/§]\s*$|\b(?:Nr|Art|Abs|Artikel|Ziff)\.?\s*$/u.test(before) || /^\/|^\.\s?\p{L}|^\.$/u.test(after) && /^\d+$/.test(text.trim())) continue;
    }
    // A day asked: "2016" or "Juni 2016" is no answer, "1. April 2010" and "02.07.2010" are.
    if (type === 'date' && options.day && !/\b\d{1,2}\.\s?(?:\d{1,2}\.|\p{Lu})/u.test(text)) continue;
    spans.push({ start: m.index, end: m.index + text.length });
  }
  return merge(spans);
}

/** Nouns that name a person by role or trade: {@link ROLE_HEAD} or the lexicon's person nouns ({@link Lexicon.isPersonNoun}). */
function roleNouns(sentence: string, isPersonNoun?: (word: string) => boolean): FactSpan[] {
  const spans: FactSpan[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*/gu))
    if (ROLE_HEAD.test(foldText(m[0].split('-').at(-1)!)) || isPersonNoun?.(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
  return spans;
}

/** The name at `at` follows a noun of a person's role, perhaps with a given name between ("Minister Dirk Schrödter", "Ministerin Schmidt"): one of the two capitalised words before it is such a noun. */
function namesPersonAt(sentence: string, at: number, isPersonNoun: ((word: string) => boolean) | undefined): boolean {
  if (!isPersonNoun) return false;
  const before = /(?:^|\s)(\p{Lu}[\p{L}-]*)\s+(?:(\p{Lu}\p{Ll}+)\s+)?$/u.exec(sentence.slice(Math.max(0, at - 60), at));
  const role = (w: string | undefined) => !!w && (isPersonNoun(w) || ROLE_HEAD.test(foldText(w.split('-').at(-1)!)));
  return !!before && (role(before[1]) || role(before[2]));
}

/** The word before `at` opens the sentence (a capital there may be any word: "Rund 300 …" is no name). */
function isSentenceStartWord(sentence: string, at: number): boolean {
  return /^\s*[„"»]?\p{L}[\p{L}-]*\s$/u.test(sentence.slice(0, at));
}

/** A word or an inflected adjective whose form in -e the lexicon knows ("besonderer" → "besondere"). */
function isCommonInflected(word: string, isCommonWord: (word: string) => boolean): boolean {
  return isCommonWord(word) || (/e[rsnm]$/u.test(word) && isCommonWord(word.slice(0, -1)));
}

/** Proper names of things: a word with a capital inside ("LibreOffice"), or one no dictionary knows, after the first word of the sentence. */
function properNames(sentence: string, isCommonWord?: (word: string) => boolean): FactSpan[] {
  const spans: FactSpan[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)*/gu)) {
    const w = m[0];
    const inner = /\p{Ll}\p{Lu}/u.test(w);
    // "IT-Systems", "EU-Richtlinie": an acronym before a common word makes a common noun.
    const rest = nonAcronymParts(w);
    if (isCommonWord && rest.length && rest.length < w.split('-').length && rest.every((p) => isCommonWord(p))) continue;
    if (m.index > 0 && (inner || (isCommonWord && !isCommonWord(w) && !STOPWORDS.has(foldText(w))))) spans.push({ start: m.index, end: m.index + w.length, strength: 1 });
  }
  return spans;
}

/** Names of things of the kind `noun` in a sentence (see {@link askedName}); an acronym in brackets after one belongs to it. */
function thingNames(sentence: string, noun: string): FactSpan[] {
  const head = escapeRegExp(noun.toLowerCase().replace(/(?:e|en|es|s|n)$/u, ''));
  if (head.length < 3) return [];
  const spans: FactSpan[] = [];
  // A compound with the noun as its head (with the noun's endings), and the noun with a complement up to the next punctuation.
  const compound = new RegExp(`(?<![\\p{L}\\p{N}-])[\\p{L}][\\p{L}-]*?\\p{L}-?${head}(?:e|en|er|es|s|n)?(?![\\p{L}])`, 'giu');
  const complemented = new RegExp(`(?<![\\p{L}-])${head}(?:e|en|er|es|s|n)?\\s(?:zur|zum|zu|über|für|des|der|von)\\s[^,.;:!?()„“”"»«]{3,160}`, 'giu');
  for (const re of [compound, complemented])
    for (const m of sentence.matchAll(re)) {
      // A complement ends with its noun: the verb after it ("… Verwaltungstätigkeit verabschiedet") is no part of the name.
      const text = re === complemented ? m[0].replace(/(?:\s+\p{Ll}[\p{L}-]*)+\s*$/u, '') : m[0];
      spans.push({ start: m.index, end: m.index + text.length, strength: 1 });
    }
  for (const m of sentence.matchAll(/\s?\((?:[\p{L}-]+\s[–-]\s)?\p{Lu}[\p{L}\d-]*\)/gu)) {
    if (spans.some((sp) => sp.end === m.index || sp.end === m.index + (m[0].startsWith(' ') ? 1 : 0))) spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
  }
  return merge(spans);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The span [start, end) lies inside a match of `re` (an amount of money, a length of time). */
function isInside(re: RegExp, sentence: string, start: number, end: number): boolean {
  for (const m of sentence.matchAll(re)) if (m.index <= start && end <= m.index + m[0].length) return true;
  return false;
}

function isInsideDate(sentence: string, start: number, end: number): boolean {
  for (const m of sentence.matchAll(DATE_RE)) if (m.index <= start && end <= m.index + m[0].length && /\d{4}|\.\s?\d/.test(m[0])) return true;
  return false;
}

/** Words saying where something sits (German, as the documents write). */
const SEAT = /(?<![\p{L}])(?:Sitz|Sitzes|Hauptsitz|Hauptsitzes|Standort|Standortes|Standorts|Standorte|Standorten|ansässig|ansässige[nmrs]?|beheimatet|residiert|sitzt|sitzen|angesiedelt)(?![\p{L}])/u;
/** A place phrase: a local preposition, perhaps an article and adjectives, and a noun, perhaps with a name after it ("in der Region Westmecklenburg"). */
const LOCATIVE =
  /(?<![\p{L}])((?:[Ii]n|[Ii]m|[Ii]ns|[Bb]ei|[Bb]eim|[Aa]us|[Nn]ach|[Aa]n|[Aa]m|[Aa]uf)\s+(?:(?:der|die|das|dem|den|des|einer|einem|eines)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*))(?:\s+(\p{Lu}[\p{L}-]*))?/gu;
/** Nouns of time: with a number after them they date, they do not place. */
const TIME_NOUN = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr|Jahre|Jahren|Jahres|Monat|Monaten|Quartal|Sommer|Herbst|Winter|Frühjahr|Frühling|Haushaltsjahr|Kalenderjahr)$/u;
/** Adverbs and phrases of place that name no place, and web addresses. */
const PLACE_ADVERB =
  /(?<![\p{L}])(?:online|digital|vor Ort|überall|landesweit|bundesweit|deutschlandweit|europaweit|flächendeckend|dort|hier|(?:über|unter) (?:das|den|die|dem)? ?\p{Lu}[\p{L}-]*|(?:https?:\/\/|www\.)\S+)(?![\p{L}])/gu;
/**
 * Places of a sentence: place phrases, strength 1 when they hold a proper name ("in Schwerin",
 * "in der Region Westmecklenburg"), 0.6 when only common nouns ("im Landesamt", "aus den vielen
 * kleinen Einheiten"); and names of the asked kind of place, a compound with it as head
 * ("Neckar-Odenwald-Kreis") or the kind with a name ("Stadt Ulm"). Not a date ("im Juni 2019").
 * Without a lexicon every capitalised word may be a name.
 */
function placeSpans(
  sentence: string,
  isCommonWord: ((word: string) => boolean) | undefined,
  kind: string | undefined,
  seat: boolean,
  placeKinds?: (word: string) => ReadonlySet<string>,
  kindNouns?: string[],
): FactSpan[] {
  // "Wo hat … seinen Sitz?": a place answers only where the sentence says that something sits there.
  if (seat && !SEAT.test(sentence)) return [];
  // A place the dictionary names is a name though it is a word too ("in Bayern", "in Essen").
  // A place the dictionary names is a name though it is a word too ("in Bayern", "in Essen"), but
  // not of another kind than the one asked ("In welchen Städten …?" is not answered by "in Mecklenburg-Vorpommern").
  const asked = kind ? placeCategory(kind) : undefined;
  const proper = (w: string | undefined) => {
    if (!w || STOPWORDS.has(foldText(w))) return false;
    const kinds = placeKinds?.(w);
    if (kinds?.size) return !asked || kinds.has(asked) || kinds.has('place');
    return !(isCommonWord?.(w) ?? false);
  };
  const spans: FactSpan[] = [];
  // "online", "vor Ort", "landesweit", a web address: where, without a named place.
  for (const m of sentence.matchAll(PLACE_ADVERB)) spans.push({ start: m.index, end: m.index + m[0].length, strength: 0.6 });
  for (const m of sentence.matchAll(LOCATIVE)) {
    const end = m.index + m[0].length;
    // "im Juni 2019", "in den Jahren 2014 und 2015" date; "in Artikel 91c" is a place in a text.
    if (TIME_NOUN.test(m[2]!) && /^\s*\d/.test(sentence.slice(m.index + m[1]!.length))) continue;
    // A name after the noun belongs to it ("Region Westmecklenburg"); a common noun does not ("im ZDMV Schritt für Schritt").
    const named = proper(m[3]);
    spans.push({ start: m.index, end: named ? end : m.index + m[1]!.length, strength: proper(m[2]) || named ? 1 : 0.6 });
  }
  // A region the dictionary names answers a question for a region wherever it stands ("Schleswig-Holstein wird als erstes Land …"
  // for "Welches Bundesland …?"). A city name alone is no answer ("… hat mit Rostock nur eine einzige Großstadt" does not rank cities): it needs "in".
  if (asked === 'region' && placeKinds)
    for (const m of sentence.matchAll(/(?<![\p{L}-])\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*(?![\p{L}-])/gu)) if (placeKinds(m[0]).has(asked)) spans.push({ start: m.index, end: m.index + m[0].length, strength: 1 });
  // The kind in German: the question's noun, or for English the dictionary's translations ("district" → "Bezirk", "Kreis", …).
  const stems = (kindNouns ?? (kind ? [kind] : [])).map((k) => foldText(k).replace(/(?:en|n|e)$/u, '')).filter((k) => k.length >= 3 && /^[a-z]+$/.test(k));
  if (stems.length) {
    const ofKind = new RegExp(`(?:${stems.join('|')})(?:e|en|es|s|n)?$`, 'u');
    const re = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*)(?=(\s+\p{Lu}[\p{L}-]*)?)/gu;
    for (const m of sentence.matchAll(re)) {
      const word = m[1]!;
      if (!ofKind.test(foldText(word))) continue;
      // "Neckar-Odenwald-Kreis": names joined to the kind by hyphens, though each is a word of the dictionary.
      if (proper(word) || /^(?:\p{Lu}\p{Ll}+-)+\p{Lu}/u.test(word)) spans.push({ start: m.index, end: m.index + word.length, strength: 1 });
      else if (m[2] && proper(m[2].trim())) spans.push({ start: m.index, end: m.index + word.length + m[2].length, strength: 1 });
    }
  }
  return spans;
}

function merge(spans: FactSpan[]): FactSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FactSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.strength = Math.max(last.strength ?? 1, s.strength ?? 1);
    } else out.push({ ...s });
  }
  return out;
}

/**
 * Ordinal numbers a question gives in German words ("die zweite Runde", "in der dritten Sitzung")
 * as digits: the passage must have them too (as "2." or "zweite"). "erste" is left out: "zum
 * ersten Mal" asks when something began, which "erstmals" or a date answers; so is "achte",
 * which is also a form of the verb "achten".
 */
export function ordinalNumbers(question: string): string[] {
  return [...foldText(question).matchAll(ORDINAL_WORD)].map((m) => String(ORDINALS[m[1]!]));
}
/**
 * A span of time the question gives in words ("vier Jahre später", "two years after the launch") as
 * digits: the passage or its title must have it too ("Vier Jahre MV-Serviceportal"), as it must a
 * number given in digits.
 */
export function spanNumbers(question: string): string[] {
  return [...foldText(question).matchAll(SPAN_WORD)].map((m) => String(CARDINALS[m[1]!]));
}
const CARDINALS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const SPAN_WORD = new RegExp(`\\b(${Object.keys(CARDINALS).join('|')})\\s+(?:jahre|jahren|monate|monaten|years|months)\\b`, 'g');
const ORDINALS: Record<string, number> = { zweit: 2, dritt: 3, viert: 4, funft: 5, sechst: 6, siebt: 7, neunt: 9, zehnt: 10 };
const ORDINAL_WORD = /\b(zweit|dritt|viert|funft|sechst|siebt|neunt|zehnt)e[nmrs]?\b/g;

/**
 * A question for the most or least of something ("die meisten Einwohner", "am meisten genutzt",
 * "die schwierigste Aufgabe", "the largest city"): only a sentence that ranks things itself
 * answers it ({@link statesSuperlative}); one that merely names the subject does not.
 */
export function asksSuperlative(question: string): boolean {
  return QUESTION_SUPERLATIVE.test(question);
}
// Case-sensitive: a superlative is written in small letters ("die Dienste", "die Kosten" are nouns).
const QUESTION_SUPERLATIVE =
  /(?<!\p{L})(?:[Aa]m\s+\p{Ll}+sten|(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?:meisten|wenigsten|\p{Ll}{3,}(?:st|ßt)e[nmrs]?)|[Tt]he\s+(?:most|least|fewest|\p{Ll}{2,}est))(?!\p{L})/u;

/**
 * The sentence ranks things: a superlative ("am meisten", "die größte", "die geringste", "most"),
 * a first rank ("als erstes Land", "Spitzenreiter") or "einzige". A comparison alone ranks
 * nothing ("Nur im Saarland und in Bremen leben noch weniger Menschen" names no most).
 */
export function statesSuperlative(sentence: string): boolean {
  return SENTENCE_SUPERLATIVE.test(sentence);
}
const SENTENCE_SUPERLATIVE =
  /(?<!\p{L})(?:[Aa]m\s+\p{Ll}+sten|[Mm]eisten|[Ww]enigsten|(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ii]hre?[nmrs]?|[Ss]eine?[nmrs]?)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?:st|ßt)e[nmrs]?|als\s+erste[nmrs]?|[Ee]inzige[nmrs]?|Spitzenreiter\p{L}*|[Mm]ost|[Ll]east|[Ff]ewest)(?!\p{L})/u;

/**
 * The words of the alternatives an alternative question offers at its end ("… vorgesehen – FTTC
 * oder Glasfaser bis ins Gebäude?", "glasfaser bis ins haus oder nur bis zum verteilerkasten?",
 * "… BundID or something else?"), folded: the answer names one of them, so the documents need not
 * know the other. The last clause (after a dash, colon, comma or semicolon) that holds "oder"/"or".
 * Empty for a question without one. Pure.
 */
export function alternativeWords(question: string): Set<string> {
  const clause = /(?:^|[–—:;,(]\s*)([^–—:;,()]*\s(?:oder|or)\s[^–—:;,()]*)$/iu.exec(question.replace(/[?!.\s]+$/u, ''));
  if (!clause) return new Set();
  return new Set((clause[1]!.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []).map((w) => foldText(w)));
}
