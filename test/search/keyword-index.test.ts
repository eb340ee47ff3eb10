import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.js';
import { KeywordIndex, participleForms } from '../../src/search/keyword-index.js';
import { decodeKeywordData, encodeKeywordData } from '../../src/search/keyword-codec.js';

const analyzer = new Analyzer();
const params = { k1: 1.2, b: 0.75 };
const texts = [
  'Dazu gehören eine flächendeckende Breitband-Versorgung und die Einführung der 115.',
  'Der einheitliche Behördenruf 115 wird in der Region Westmecklenburg erprobt.',
  'Das Dokumenten-Management-System DOMEA wird bis Ende 2013 in allen Ministerien eingeführt.',
  'Hannover setzt mit einem 48-Millionen-Euro-Digitalisierungsfonds auf die Modernisierung.',
  'Die Verwaltungsmodernisierung braucht E-Government.',
  'Anträge können ab dem 1. März 2025 gestellt werden.',
  'Ein einheitliches IT-Sicherheitsmanagement ist geboten.',
];
const index = KeywordIndex.build(texts, analyzer, params);
const top = (q: string) => index.search(q, 3)[0]?.label;

describe('KeywordIndex', () => {
  it('finds a hyphenated compound from a closed compound of the question (Breitbandausbau → Breitband-Versorgung)', () => {
    expect(top('Wie steht es um den Breitbandausbau?')).toBe(0);
  });

  it('leaves out the words that only ask ("wem", "wofür", "wie hoch", "gibt\'s"), so they never count as unknown words', () => {
    const words = (q: string) => index.queryTerms(q).map((t) => t.word);
    expect(words('Wem nützt DOMEA?')).toEqual(['nutzt', 'domea']);
    expect(words('Wofür gibt\'s den Fonds?')).toEqual(['fonds']);
    expect(words('Wie hoch ist der Fonds?')).toEqual(['fonds']);
    // "How long" comes translated as "How lang"; "wie lang" is German too.
    expect(words('How lang läuft der Fonds?')).toEqual(['lauft', 'fonds']);
    expect(words('Wie lang läuft der Fonds?')).toEqual(['lauft', 'fonds']);
    expect(words('Hoch oben im Fonds')).toContain('hoch');
    // Modal verbs ask about a duty or a permission, which the answer states in its own words.
    expect(words('Ab wann müssen die Behörden Akten führen?')).toEqual(['behorden', 'akten', 'fuhren']);
    expect(words('Darf der Fonds das?')).toEqual(['fonds']);
    // Modal particles of spoken German and adverbs pointing back to the previous turn ask nothing of their own.
    expect(words('Wurde der Fonds seitdem mal geändert?')).toEqual(['fonds', 'geandert']);
    // Capitalised, "Mal" is a noun ("zum ersten Mal").
    expect(words('Wann tagte der Fonds zum ersten Mal?')).toContain('mal');
    expect(words('Wozu braucht man überhaupt den Fonds, und wie viel davon?')).toEqual(['braucht', 'fonds']);
    // "Von wann ist der Artikel über …": the kind of text whose date is asked is no subject.
    expect(words('Von wann ist der Artikel über den Fonds?')).toEqual(['fonds']);
    expect(words('Was regelt Artikel 2 zum Fonds?')).toContain('artikel');
    // A noun phrase that only points back ("das Ganze", "the whole thing") and the "going" of "going to" are no subject.
    expect(words('Was kostet das Ganze?')).toEqual(['kostet']);
    expect(words('How much is the whole thing going to cost?')).toEqual(['cost']);
    // English "whose" asks like "who" and "whom" (a translation would bring in "denen").
    expect(words('On whose decision was the fund set up?')).toEqual(['decision', 'fund', 'set']);
    expect(words('Was kostet das Ganztagsangebot?')).toContain('ganztagsangebot');
    // "hält" folds to "halt": the verb stays.
    expect(words('Warum hält er den Fonds für nötig?')).toContain('halt');
  });

  it('lets an alternative noun match, more weakly, the compounds it heads ("items" → "Punkt" → "Programmpunkte")', () => {
    const own = KeywordIndex.build(['Der Katalog enthält elf strategische Programmpunkte.', 'Der Punkt ist klar.'], analyzer, params);
    const translations = (word: string) => (/^items$/i.test(word) ? [{ word: 'Punkt', weight: 0.7 }] : []);
    const [term] = own.queryTerms('items', translations);
    const weightOf = (w: string) => term!.variants.find((v) => v.id === own.termIdOfWord(w))?.weight;
    expect(weightOf('Punkt')).toBe(0.7);
    expect(weightOf('Programmpunkte')).toBeGreaterThan(0);
    expect(weightOf('Programmpunkte')!).toBeLessThan(0.7);
  });

  it('lets the synonyms of an unknown compound\'s head stand for it, weakly ("Amtsregister" → "Register" ~ "Verzeichnis")', () => {
    const own = KeywordIndex.build(['Das Verzeichnis der Dienste umfasst 33 Kategorien.', 'Das Register liegt beim Amt.'], analyzer, params);
    const synonyms = (word: string) => (/^register$/i.test(word) ? [{ word: 'Verzeichnis', weight: 0.6 }] : []);
    const [term] = own.queryTerms('Amtsregister', synonyms);
    const id = own.termIdOfWord('Verzeichnis');
    const v = term!.variants.find((x) => x.id === id);
    expect(v?.weight).toBeGreaterThan(0);
    expect(v!.weight).toBeLessThan(0.6);
    // A word the documents use as it is keeps only its own synonyms.
    const [known] = own.queryTerms('Register', synonyms);
    expect(known!.variants.find((x) => x.id === id)?.weight).toBe(0.6);
  });

  it('leaves out the preposition naming a source ("laut Rechnungshof", "according to"), keeping the source', () => {
    const words = (q: string) => index.queryTerms(q).map((t) => t.word);
    expect(words('Wie hoch ist der Fonds laut Rechnungshof?')).toEqual(['fonds', 'rechnungshof']);
    expect(words('Fonds gemäß Ministerium')).toEqual(['fonds', 'ministerium']);
    expect(words('fund according to the ministry')).not.toContain('according');
  });

  it('leaves out a topic switch at the start of a turn ("Ganz anderes Thema:", "Different topic:"), not the word elsewhere', () => {
    const words = (q: string) => index.queryTerms(q).map((t) => t.word);
    expect(words('Ganz anderes Thema: Wie hoch ist der Fonds?')).toEqual(['fonds']);
    expect(words('Andere Frage: Wie hoch ist der Fonds?')).toEqual(['fonds']);
    expect(words('Different topic: how big is the fund?')).not.toContain('topic');
    expect(words('Switching topics: how big is the fund?')).not.toContain('switching');
    expect(words('Welches Thema hat der Fonds?')).toContain('thema');
  });

  it('leaves out the verb of a phrase asking why ("Wie kommt es, dass …", "Woran liegt es", "how come")', () => {
    const words = (q: string) => index.queryTerms(q).map((t) => t.word);
    expect(words('Wie kommt es, dass der Fonds reicht?')).toEqual(['fonds', 'reicht']);
    expect(words('Woran liegt es, dass der Fonds reicht?')).not.toContain('liegt');
    expect(words('how come the fund is late')).not.toContain('come');
    expect(words('Der Fonds kommt später')).toContain('kommt');
  });

  it('finds compounds ending in a word, although Snowball stems the word further inside them ("Leistungen" → "Verwaltungsleistungen")', () => {
    const small = KeywordIndex.build(['Nur fünf Prozent aller Verwaltungsleistungen sind online.', 'Das Netz ist schnell.'], analyzer, params);
    const compound = small.data.terms.indexOf(analyzer.terms('Verwaltungsleistungen')[0]!);
    expect(analyzer.terms('Verwaltungsleistungen')[0]!.endsWith(analyzer.terms('Leistungen')[0]!)).toBe(false);
    const [term] = small.queryTerms('Leistungen');
    expect(term!.variants).toContainEqual({ id: compound, weight: 0.7 });
  });

  it('matches a compound that a question word heads more strongly than one it only modifies ("Zufriedenheit" ~ "Kundenzufriedenheit" > "Nutzer" ~ "Nutzerkonto")', () => {
    const small = KeywordIndex.build(['Das Dezernat für Kundenzufriedenheit prüft das Nutzerkonto.', 'Das Netz ist schnell.'], analyzer, params);
    const weight = (question: string, compound: string) => small.queryTerms(question)[0]!.variants.find((v) => v.id === small.data.terms.indexOf(analyzer.terms(compound)[0]!))?.weight;
    expect(weight('Zufriedenheit', 'Kundenzufriedenheit')).toBe(0.7);
    expect(weight('Nutzer', 'Nutzerkonto')).toBe(0.5);
  });

  it('matches compounds ending in a part of a hyphenated question word only weakly: the part is not what it names ("Plattform" of "Wissens-Plattform")', () => {
    const small = KeywordIndex.build(['Das Land bietet eine Buchungsplattform für Reisen.', 'Das Netz ist schnell.'], analyzer, params);
    const booking = small.data.terms.indexOf(analyzer.terms('Buchungsplattform')[0]!);
    const part = small.queryTerms('Wissens-Plattform').find((t) => t.term === analyzer.terms('Plattform')[0]);
    expect(part!.variants.find((v) => v.id === booking)?.weight).toBe(0.5);
    // The word alone, as the question's own word, heads the compound.
    expect(small.queryTerms('Plattform')[0]!.variants.find((v) => v.id === booking)?.weight).toBe(0.7);
  });

  it('matches a compound of the question with document compounds of the same head, weakly ("Behördenleistungen" ~ "Verwaltungsleistungen")', () => {
    const small = KeywordIndex.build(['Nur fünf Prozent aller Verwaltungsleistungen sind online.', 'Die Behörden und ihre Leistungen.'], analyzer, params);
    const sibling = small.data.terms.indexOf(analyzer.terms('Verwaltungsleistungen')[0]!);
    const [term] = small.queryTerms('Behördenleistungen');
    expect(term!.variants).toContainEqual({ id: sibling, weight: 0.4 });
  });


  it('matches compounds that the head of a question compound modifies, weakly ("Landesrechnungshof" → "Rechnungshof" ~ "Rechnungshofpräsidentin"), not those of its modifier', () => {
    const small = KeywordIndex.build(['Rechnungshofpräsidentin Martina Johannsen erklärte es.', 'Der Rechnungshof des Landes prüft die Landesregierung.'], analyzer, params);
    const id = (word: string) => small.data.terms.indexOf(analyzer.terms(word)[0]!);
    const [term] = small.queryTerms('Landesrechnungshof');
    expect(term!.variants).toContainEqual({ id: id('Rechnungshofpräsidentin'), weight: 0.3 });
    expect(term!.variants.some((v) => v.id === id('Landesregierung'))).toBe(false);
  });
  it('matches an unknown compound of the question by its known head noun, weakly ("Glasfaserausbau" → "Ausbau")', () => {
    const small = KeywordIndex.build(['Der Ausbau des Netzes beginnt 2025.', 'Das Netz ist schnell.'], analyzer, params);
    const [term] = small.queryTerms('Glasfaserausbau');
    expect(term!.variants).toEqual([{ id: small.data.terms.indexOf('ausbau'), weight: 0.4 }]);
    expect(small.search('Wann beginnt der Glasfaserausbau?', 2)[0]?.label).toBe(0);
    // A word the documents use keeps its own match only.
    expect(small.queryTerms('Netz')[0]!.variants.every((v) => v.weight === 1)).toBe(true);
  });

  it('finds the index term of a word the documents use, and none for a long word they do not', () => {
    expect(index.termIdOfWord('Ministerien')).toBe(index.data.terms.indexOf(analyzer.terms('Ministerien')[0]!));
    expect(index.termIdOfWord('Digitalisierungsfonds')).toBeDefined();
    expect(index.termIdOfWord('Bundesverfassungsgerichtsurteil')).toBeUndefined();
    expect(index.termIdOfWord('Kanada')).toBeUndefined();
  });

  it('tells whether some index term starts with a prefix', () => {
    expect(index.hasTermWithPrefix('breitband')).toBe(true);
    expect(index.hasTermWithPrefix('kanad')).toBe(false);
  });

  it('tells whether some prefix of a folded word is an index term', () => {
    expect(index.hasTermStarting('breitbandausbaus')).toBe(true);
    expect(index.hasTermStarting('domea')).toBe(true);
    expect(index.hasTermStarting('kanada')).toBe(false);
  });

  it('finds a closed compound of a document from one of its parts', () => {
    expect(top('Digitalisierungsfonds')).toBe(3);
    expect(top('Wie viel steckt Hannover in den Fonds für Digitalisierung?')).toBe(3);
    expect(top('Modernisierung der Verwaltung')).toBeDefined();
  });

  it('folds case and umlauts (Behordenruf, BEHÖRDENRUF)', () => {
    expect(top('behordenruf')).toBe(1);
    expect(top('BEHÖRDENRUF')).toBe(1);
  });

  it('matches stems (eingeführt ~ einführen is not required, Ministerium ~ Ministerien is)', () => {
    expect(top('DOMEA Ministerien')).toBe(2);
    expect(top('in allen Ministerien')).toBe(2);
  });

  it('matches a verb with its participle ("stellen" ~ "gestellt", "eingeführt" ~ "Einführung")', () => {
    expect(top('Wann können Anträge gestellt werden?')).toBe(5);
    expect(top('Ab wann kann man Anträge stellen?')).toBe(5);
    expect(participleForms('stell')).toContain('gestellt');
    expect(participleForms('gestellt')).toContain('stell');
    expect(participleForms('eingefuhrt')).toContain('einfuhr');
    expect(participleForms('einfuhr')).toContain('eingefuhrt');
  });

  it('expands a compound part by its word, not only its short stem (Sicherheit → IT-Sicherheitsmanagement)', () => {
    expect(top('Sicherheit')).toBe(6);
  });

  it('returns nothing for words it does not know, and ignores stop words', () => {
    expect(index.search('Wetter morgen Schwerin', 3)).toEqual([]);
    expect(index.search('und oder die der', 3)).toEqual([]);
  });

  it('reports which query terms each hit matched', () => {
    const [hit] = index.search('DOMEA Wetter', 3);
    expect(hit?.label).toBe(2);
    expect(hit?.matched).toBe(0b01);
  });

  it('gives the same results after encoding and decoding', () => {
    const copy = KeywordIndex.fromData(decodeKeywordData(encodeKeywordData(index.data), 'x'), analyzer, params);
    for (const q of ['Breitbandausbau', '115 Region', 'DOMEA 2013']) expect(copy.search(q, 5)).toEqual(index.search(q, 5));
  });

  it('gives the same results when rebuilt from an older index\'s term lists instead of text', () => {
    const rebuilt = KeywordIndex.build(texts.map((_, d) => ({ from: index, d })), analyzer, params);
    for (const q of ['Breitbandausbau', '115 Region', 'Digitalisierungsfonds']) expect(rebuilt.search(q, 5)).toEqual(index.search(q, 5));
  });

  it('refuses a damaged file with the file name in the message', () => {
    const buf = encodeKeywordData(index.data);
    expect(() => decodeKeywordData(buf.subarray(0, buf.length - 3), '/x/keyword.bin')).toThrow(/keyword\.bin/);
    expect(() => decodeKeywordData(Buffer.from('garbage!'), '/x/keyword.bin')).toThrow(/not a keyword index/);
  });
});
