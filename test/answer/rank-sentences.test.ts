import { describe, expect, it } from 'vitest';
import { analyzePassage, rankSentences } from '../../src/answer/rank-sentences.js';
import type { TermMatcher } from '../../src/answer/pick-sentences.js';
import { Analyzer } from '../../src/search/analyzer.js';
import type { RetrievedPassage } from '../../src/search/retriever.js';

const analyzer = new Analyzer();

let nextId = 0;
function hit(text: string, title = 'Pressemitteilung'): RetrievedPassage {
  const id = `doc.txt#${nextId++}:abcdef12`;
  return { passage: { id, docId: 'doc.txt', title, section: [], start: 0, end: text.length, text, label: 0 }, ordinal: 0, score: 1, coverage: 1 };
}

/** One matcher per question word, each matching its own stem with full strength and weight 1. */
function matchers(question: string): TermMatcher[] {
  return analyzer.terms(question).map((t) => ({ weight: 1, variants: new Map([[t, 1]]) }));
}

describe('analyzePassage', () => {
  it('keeps statements only, each with the heading and the sentences before it as context', () => {
    const text = 'Quelle: https://example.org/a\n\nSmartes Rhein Main 2030: Gemeinsame Vision\n\nDie Städte haben eine Vision erarbeitet. Frankfurt, Wiesbaden und Darmstadt sind dabei.';
    const sentences = analyzePassage(hit(text).passage, analyzer);
    expect(sentences.map((s) => s.sentence)).toEqual(['Die Städte haben eine Vision erarbeitet.', 'Frankfurt, Wiesbaden und Darmstadt sind dabei.']);
    const second = sentences[1]!;
    for (const word of ['Rhein', '2030', 'Städte']) expect(second.context.has(analyzer.terms(word)[0]!), word).toBe(true);
  });
});

describe('analyzePassage: the publisher of a source link', () => {
  const withUrl = (url: string) => ({ ...hit('Der Rechnungshof kritisiert die Landesregierung.').passage, url });
  const context = (url: string, isPlaceName?: (w: string) => boolean) => [...analyzePassage(withUrl(url), analyzer, undefined, isPlaceName)[0]!.context];

  it('is context of the sentences: "Wann hat der NDR … berichtet?" asks about them', () => {
    expect(context('https://www.ndr.de/nachrichten/kritik.html')).toContain('ndr');
  });

  it('is not a portal named after a place ("schleswig-holstein.de"): that names its owner', () => {
    const isPlaceName = (w: string) => /^schleswig-holstein$/i.test(w);
    expect(context('https://www.schleswig-holstein.de/DE/artikel.html', isPlaceName)).not.toContain('schleswig');
    expect(context('https://www.ndr.de/nachrichten/kritik.html', isPlaceName)).toContain('ndr');
  });
});

describe('analyzePassage: list items', () => {
  it('keeps a short list item without final punctuation as a statement, not a heading', () => {
    const text = 'Der Staatsvertrag\n\n- beauftragt den IT-Planungsrat zur Errichtung der FITKO (Föderale IT-Kooperation) und\n- legt die Finanzierung fest.';
    const sentences = analyzePassage(hit(text).passage, analyzer).map((s) => s.sentence);
    expect(sentences).toContain('- beauftragt den IT-Planungsrat zur Errichtung der FITKO (Föderale IT-Kooperation) und');
    expect(sentences).not.toContain('Der Staatsvertrag');
  });
});

describe('rankSentences', () => {
  it('answers a negated question only with a sentence that negates or excepts too', () => {
    const text = 'Der Landtag hat 400 Millionen Euro für die Digitalisierung beschlossen. Ein großer Teil des Geldes wird nicht abgerufen.';
    const question = 'Wie viele Millionen Euro für die Digitalisierung wurden nicht abgerufen?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'money' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const withFact = (r: ReturnType<typeof rankSentences>) => r.filter((s) => s.features.fact).map((s) => text.slice(s.start, s.end));
    expect(withFact(rankSentences(base))).toContain('Der Landtag hat 400 Millionen Euro für die Digitalisierung beschlossen.');
    expect(withFact(rankSentences({ ...base, negated: true }))).toEqual([]);
    // An exception is a negation too ("mit Ausnahme des Landkreises Demmin").
    const exception = 'Dabei gingen mit Ausnahme des Landkreises Demmin alle Kreise in einem neuen Großkreis auf.';
    const which = 'Welcher Landkreis ist nicht in einem Großkreis aufgegangen?';
    const ranked = rankSentences({ hits: [hit(exception)], matchers: matchers(which), type: 'person', analyzer, questionTerms: new Set(analyzer.terms(which)), negated: true });
    expect(ranked[0]!.features.fact).toBe(true);
    // So is a restriction ("Nur fünf Prozent …" for "Wie viele … sind nicht online?").
    const only = 'Nur fünf Prozent aller Leistungen können online erledigt werden.';
    const notOnline = 'Wie viel Prozent der Leistungen können nicht online erledigt werden?';
    const restricted = rankSentences({ hits: [hit(only)], matchers: matchers(notOnline), type: 'number', analyzer, questionTerms: new Set(analyzer.terms(notOnline)), negated: true });
    expect(restricted[0]!.features.fact).toBe(true);
  });

  it('answers "wie viele waren es am Anfang?" with the figure dated earliest', () => {
    const text = 'Aktuell zählt das Portal fast 35.300 Nutzerkonten. Im September 2019 zählte das Portal erst 117 Nutzerkonten.';
    const question = 'Wie viele Nutzerkonten zählte das Portal?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'number' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const first = (r: ReturnType<typeof rankSentences>) => text.slice(r[0]!.start, r[0]!.end);
    expect(first(rankSentences(base))).toMatch(/^Aktuell/);
    expect(first(rankSentences({ ...base, earliest: true }))).toMatch(/^Im September 2019/);
  });

  it("prefers, at equal coverage, the sentence where the question's words stand together as in the question", () => {
    // Both sentences hold "eigenes", "Konto" and "Portal"; only the second keeps "eigenes Konto" together.
    const text = 'Das eigene Portal zählt viele Nutzer mit Konto. Das Portal gilt auch für Nutzer ohne eigenes Konto.';
    const question = 'Brauche ich ein eigenes Konto für das Portal?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'other', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    const best = ranked[0]!;
    expect(text.slice(best.start, best.end)).toBe('Das Portal gilt auch für Nutzer ohne eigenes Konto.');
    expect(best.features.proximity).toBeGreaterThan(0);
  });

  it('counts words the context names at a discount, so a short fact sentence still covers its subject', () => {
    const text = 'Potsdams Stadtverordnete haben Melitta Kühnlein als Leiterin des Fachbereichs E-Government bestätigt. Kühnlein ist seit Anfang 2021 in leitender Funktion tätig.';
    const question = 'Seit wann arbeitet Melitta Kühnlein im Fachbereich E-Government?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'date', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    const fact = ranked.find((s) => text.slice(s.start, s.end).startsWith('Kühnlein ist'))!;
    expect(fact.features.fact).toBe(true);
    expect(fact.features.context).toBeGreaterThan(fact.features.coverage);
    expect(fact.features.context).toBeLessThan(1);
  });

  it('takes a number for a count of the noun right after it: "drei Abteilungen, den dazugehörigen Dezernaten" counts no Dezernate', () => {
    const text = 'Das Landesamt wurde 2023 gegründet. Das ZDMV besteht aus drei Abteilungen, den dazugehörigen Dezernaten und einem Stabsbereich.';
    const count = (question: string, noun: string) => {
      const counted = { weight: 1, variants: new Map([[analyzer.terms(noun)[0]!, 1]]) };
      const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)), counted, countsThings: true });
      return ranked.find((r) => text.slice(r.start, r.end).startsWith('Das ZDMV'))!.features.fact;
    };
    expect(count('Wie viele Dezernate hat das ZDMV?', 'Dezernate')).toBe(false);
    expect(count('Wie viele Abteilungen hat das ZDMV?', 'Abteilungen')).toBe(true);
    // A noun the sentence does not name after the number may be a synonym of the counted one ("71 Menschen" for "Einwohner").
    expect(count('Wie viele Referate hat das ZDMV?', 'Referate')).toBe(true);
  });

  it('wants the names of the question where the fact stands or before it, not only in a later sentence that does not take it up', () => {
    const text = 'Mecklenburg-Vorpommern ist dünn besiedelt. Etwa 71 Menschen sind es derzeit pro Quadratkilometer. Nur im Saarland und in Bremen leben noch weniger Menschen.';
    const question = 'Wie hoch ist die Einwohnerdichte im Saarland?';
    const names = [{ weight: 1, variants: new Map([[analyzer.terms('Saarland')[0]!, 1]]) }];
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)), names });
    const withFact = ranked.filter((r) => r.features.fact);
    expect(withFact.length).toBeGreaterThan(0);
    expect(withFact.every((r) => !r.features.names)).toBe(true);
    // Where the later sentence points back ("Dort …"), it speaks of the same: the pair names the Saarland.
    const leaning = 'Im Saarland wurde gezählt. Etwa 71 Menschen sind es dort pro Quadratkilometer.';
    const pair = rankSentences({ hits: [hit(leaning)], matchers: matchers(question), type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)), names });
    expect(pair.some((r) => r.features.fact && r.features.names)).toBe(true);
  });

  it("counts, as strong matches, the question's words and their forms, not their synonyms nor compound parts", () => {
    const text = 'Die Verträge werden am Montag (20.08.2018) unterzeichnet.';
    // "abgeschlossen" matches "unterzeichnet" only as a thesaurus synonym (0.6).
    const question: TermMatcher[] = [
      { weight: 1, variants: new Map([[analyzer.terms('Verträge')[0]!, 1]]) },
      { weight: 1, variants: new Map([[analyzer.terms('unterzeichnet')[0]!, 0.6]]) },
    ];
    const [ranked] = rankSentences({ hits: [hit(text)], matchers: question, type: 'date', analyzer, questionTerms: new Set() });
    expect(ranked!.features.coverage).toBeCloseTo(0.8);
    expect(ranked!.features.strong).toBeCloseTo(0.5);
  });

  it('pairs a sentence naming the subject with the next one that brings the fact, even when that adds no question word', () => {
    const text = 'Das Land hat ein Problem: Es weist die geringste Einwohnerdichte aller Flächenländer auf. Etwa 71 Menschen leben dort pro Quadratkilometer.';
    const question = 'Wie hoch ist die Einwohnerdichte im Land?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    const best = ranked[0]!;
    expect(text.slice(best.start, best.end)).toBe(text);
    expect(best.features.fact && best.features.near).toBe(true);
    // A first sentence sharing a single word of a longer question makes no subject for the fact beside it.
    const weak = 'Aber auch Rom wurde nicht an einem Tag erbaut. Aktuell gibt es 35.300 Nutzerkonten.';
    const often = 'Wie oft im Jahr tagt der Planungsrat des Bundes?';
    const pairs = rankSentences({ hits: [hit(weak)], matchers: matchers(often), type: 'number', analyzer, questionTerms: new Set(analyzer.terms(often)) });
    expect(pairs.some((r) => r.start === 0 && r.end === weak.length)).toBe(false);
  });

  it('states a long pair by its second sentence only when that one brings the fact, never crediting it with the first one\'s words', () => {
    const text =
      'Still und leise hat das Land das Gesetz zur Förderung der elektronischen Verwaltungstätigkeit verabschiedet, nachdem der Landtag monatelang über die Einzelheiten der Umsetzung beraten hatte. ' +
      'Damit hat ein weiteres Bundesland jetzt ein eigenes Gesetz und wie in den meisten anderen Bundesländern ist das Thema der elektronischen Aktenführung dabei von zentraler Bedeutung.';
    const question = 'Wurde das Gesetz zur Förderung der elektronischen Verwaltungstätigkeit im Bundesland still verabschiedet?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'other', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    expect(text.slice(ranked[0]!.statementStart, ranked[0]!.statementEnd)).toMatch(/^Still und leise/);
    // A question for a meaning keeps the pair whose second sentence explains the first.
    const meaning = 'Was bedeutet es, dass das Land das Gesetz zur Förderung der elektronischen Verwaltungstätigkeit verabschiedet hat?';
    const explained = text.replace('Damit hat', 'Das heißt, damit hat');
    const pairs = rankSentences({ hits: [hit(explained)], matchers: matchers(meaning), type: 'other', analyzer, questionTerms: new Set(analyzer.terms(meaning)), meaning: true });
    expect(pairs.some((r) => r.start === 0 && r.end === explained.length)).toBe(true);
  });

  it('answers a question for the current version with the latest date among the sentences dating the subject', () => {
    const text = 'Der Rat hat sich in seiner 2. Sitzung vom 02.07.2010 erstmals eine Geschäftsordnung gegeben. Zur aktuellen Fassung der Geschäftsordnung (vom 03.11.2023, Beschluss 2023/40)';
    const question = 'Von wann ist die derzeit gültige Geschäftsordnung des Rats?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'date' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const first = (r: ReturnType<typeof rankSentences>) => text.slice(r[0]!.start, r[0]!.end);
    expect(first(rankSentences(base))).toContain('02.07.2010');
    expect(first(rankSentences({ ...base, latest: true }))).toContain('03.11.2023');
  });

  it('lets a pronoun opening a sentence stand for the subject its predecessor names', () => {
    const text = 'Der von Bund und Ländern geschlossene Staatsvertrag bildet die Grundlage des Gremiums. Er trat am 1. April 2010 in Kraft.';
    const question = 'Seit wann gilt der Staatsvertrag?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'date', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    const single = ranked.find((s) => text.slice(s.start, s.end).startsWith('Er trat'))!;
    expect(single.features.fact).toBe(true);
    expect(single.features.near).toBe(true);
  });

  it('answers "wann" with a news item\'s dateline when nothing else dates the sentence, showing the dateline, but not "seit wann"', () => {
    const text = '[23.08.2024] Um ihre Digitale Agenda umzusetzen, hat die Stadt Ulm den Innovationsmotor gestartet.';
    const question = 'Wann hat Ulm den Innovationsmotor gestartet?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'date' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const best = rankSentences(base)[0]!;
    expect(best.features.fact).toBe(true);
    expect(best.features.near).toBe(true);
    expect(text.slice(best.statementStart, best.statementEnd)).toMatch(/^\[23\.08\.2024\]/);
    // A date the sentence states itself is the answer; the dateline stays metadata.
    const stated = '[23.08.2024] Die Stadt Ulm hat den Innovationsmotor im Mai 2024 gestartet.';
    const own = rankSentences({ ...base, hits: [hit(stated)] })[0]!;
    expect(stated.slice(own.facts[0]!.start, own.facts[0]!.end)).toContain('Mai 2024');
    expect(stated.slice(own.statementStart, own.statementEnd)).toMatch(/^Die Stadt/);
    // "Seit wann": the report's date is no beginning.
    const since = rankSentences({ ...base, cue: 'seit' })[0]!;
    expect(since.features.fact).toBe(false);
    // "Wann wird …?": the report's date is past, no answer to what is still to come.
    const future = rankSentences({ ...base, future: true })[0]!;
    expect(future.features.fact).toBe(false);
    // "Von wann ist der Artikel …?": the report's date answers, not the dates it reports.
    const published = rankSentences({ ...base, hits: [hit(stated)], published: true })[0]!;
    expect(stated.slice(published.facts[0]!.start, published.facts[0]!.end)).toBe('23.08.2024');
    expect(stated.slice(published.statementStart, published.statementEnd)).toMatch(/^\[23\.08\.2024\]/);
    expect(rankSentences({ ...base, hits: [hit('Die Stadt Ulm hat den Innovationsmotor im Mai 2024 gestartet.')], published: true })[0]!.features.fact).toBe(false);
  });

  it('takes no person the question names itself for the answer, even after a title ("Digitalisierungsminister Dirk Schrödter")', () => {
    const text = 'Die Souveränität ist wichtig, sagt Digitalisierungsminister Dirk Schrödter.';
    const question = 'In welcher Partei ist Dirk Schrödter?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'person', kind: 'Partei', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    expect(ranked.every((s) => !s.features.fact)).toBe(true);
    const other = 'Die Souveränität ist wichtig, sagt Digitalisierungsminister Dirk Schrödter (CDU).';
    const withParty = rankSentences({ hits: [hit(other)], matchers: matchers(question), type: 'person', kind: 'Partei', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    expect(withParty.some((s) => s.features.fact)).toBe(true);
    // "Wer ist Dirk Schrödter?" asks for his title: there it is the answer.
    const who = 'Wer ist Dirk Schrödter?';
    const title = rankSentences({ hits: [hit(text)], matchers: matchers(who), type: 'person', role: true, analyzer, questionTerms: new Set(analyzer.terms(who)) });
    expect(title.some((s) => s.features.fact)).toBe(true);
    // "Wer war vor Dirk Schrödter Minister?" asks for someone else.
    const before = 'Wer war vor Dirk Schrödter Digitalisierungsminister?';
    const same = rankSentences({ hits: [hit(text)], matchers: matchers(before), type: 'person', analyzer, questionTerms: new Set(analyzer.terms(before)) });
    expect(same.every((s) => !s.features.fact)).toBe(true);
  });

  it('answers a "warum" question with the sentence a "Deshalb …" sentence draws its consequence from', () => {
    const text = 'Der parallele Betrieb von Nutzerkonten ist jedoch aufwändig. Deshalb tendieren Bund und Länder zu einem zentralen Nutzerkonto.';
    const question = 'Warum tendieren Bund und Länder zu einem zentralen Nutzerkonto?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'reason', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    const single = ranked.find((s) => text.slice(s.start, s.end).startsWith('Deshalb'))!;
    expect(single.features.fact).toBe(false);
    expect(text.slice(ranked[0]!.statementStart, ranked[0]!.statementEnd)).toContain('ist jedoch aufwändig');
    expect(ranked[0]!.features.fact).toBe(true);
  });

  it("prefers for a follow-up the sentence with the turn's own words over one that repeats the previous subject", () => {
    const text = 'Grundlage ist die Föderalismusreform II, die 2009 in Kraft trat. Im Rahmen dieser Reform wurde das Grundgesetz um den Artikel 91c ergänzt.';
    const question = 'Föderalismusreform II? Was kam ins Grundgesetz?';
    const all = matchers(question);
    const own = new Set(analyzer.terms('Was kam ins Grundgesetz?'));
    const turnTerms = analyzer.terms(question).map((t) => own.has(t));
    const base = { hits: [hit(text)], matchers: all.map((m, i) => (turnTerms[i] ? m : { ...m, weight: 0.5 })), type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const best = rankSentences({ ...base, turnTerms })[0]!;
    expect(text.slice(best.start, best.end)).toContain('Grundgesetz');
    expect(best.features.turn).toBeGreaterThan(0);
    const without = rankSentences(base)[0]!;
    expect(text.slice(without.start, without.end)).toContain('in Kraft trat');
  });

  it('takes a sentence naming none of the question words as continuing the subject of its context', () => {
    const text = 'Im ZDMV bündelt das Land die Ressourcen für IT. Zum Beginn des Jahres 2023 wurde das neue Landesamt gegründet.';
    const question = 'Seit wann gibt es das ZDMV?';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), type: 'date', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    const founded = ranked.find((s) => text.slice(s.start, s.end).startsWith('Zum Beginn'))!;
    expect(founded.features.fact).toBe(true);
    expect(founded.features.near).toBe(true);
    // Without the subject in its context, the date stands next to nothing asked.
    const alone = rankSentences({ hits: [hit('Zum Beginn des Jahres 2023 wurde das neue Landesamt gegründet.')], matchers: matchers(question), type: 'date', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    expect(alone[0]!.features.near).toBe(false);
  });

  it('prefers for "Wofür steht FITKO?" the sentence that spells the abbreviation out in brackets', () => {
    const text = 'Er wurde zur Errichtung der FITKO überarbeitet und trat 2019 in Kraft. Der Vertrag beauftragt den Rat zur Errichtung der FITKO (Föderale IT-Kooperation).';
    const question = 'Wofür steht die Abkürzung FITKO?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const best = rankSentences({ ...base, abbreviation: 'FITKO' })[0]!;
    expect(text.slice(best.start, best.end)).toContain('(Föderale IT-Kooperation)');
    expect(best.features.cue).toBe(true);
  });

  it('takes a long form before a dash in brackets as spelling out the abbreviation ("(Identifikationsnummerngesetz – IDNrG)")', () => {
    const text = '§ 1 des IDNrG definiert die Ziele des Gesetzes. Der Kern ist Artikel 1 "Gesetz zur Einführung einer Identifikationsnummer (Identifikationsnummerngesetz – IDNrG)".';
    const question = 'Wofür steht IDNrG?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const best = rankSentences({ ...base, abbreviation: 'IDNrG' })[0]!;
    expect(text.slice(best.start, best.end)).toContain('(Identifikationsnummerngesetz – IDNrG)');
    expect(best.features.cue).toBe(true);
  });

  it('takes the sentence that takes up "diesem Prinzip" as explaining "Was bedeutet das Once-Only-Prinzip?"', () => {
    const text = 'Die Ziele werden erreicht, indem das sogenannte Once-Only-Prinzip für Verwaltungsleistungen umgesetzt wird. Nach diesem Prinzip sollen Behörden vorhandene Daten selbst abrufen.';
    const question = 'Was bedeutet das Once-Only-Prinzip?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)), meaning: true };
    const takesUp = (ranked: ReturnType<typeof rankSentences>) => ranked.find((s) => text.slice(s.start, s.end).startsWith('Nach diesem Prinzip'))!;
    const withHead = takesUp(rankSentences({ ...base, meaningHead: 'Prinzip' }));
    const without = takesUp(rankSentences(base));
    expect(withHead.features.cue).toBe(true);
    expect(without.features.cue).toBe(false);
    expect(withHead.score).toBeGreaterThan(without.score);
  });

  it('requires the names the question gives in the sentence or its context', () => {
    const text = 'Die Geschäftsführer der Netzfirma, Martin Retzlaff und Thorsten Speth, unterzeichnen.';
    const question = 'Wer ist Geschäftsführer des ZVKOM?';
    const all = matchers(question);
    const zvkom = all[analyzer.terms(question).indexOf(analyzer.terms('ZVKOM')[0]!)]!;
    const ranked = rankSentences({ hits: [hit(text)], matchers: all, type: 'person', analyzer, questionTerms: new Set(analyzer.terms(question)), names: [zvkom] });
    expect(ranked[0]!.features.fact).toBe(true);
    expect(ranked[0]!.features.names).toBe(false);
    const named = rankSentences({ hits: [hit(text, 'ZVKOM: Verträge')], matchers: all, type: 'person', analyzer, questionTerms: new Set(analyzer.terms(question)), names: [zvkom] });
    expect(named[0]!.features.names).toBe(true);
  });

  it('answers a rate only with a sentence that names its unit', () => {
    const text = 'Etwa 71 Menschen sind es derzeit pro Quadratkilometer. Täglich melden sich 500 Menschen pro Tag im Portal an.';
    const question = 'Wie viele Menschen nutzen das Portal pro Tag?';
    const all = matchers(question);
    const unit = all[analyzer.terms(question).indexOf(analyzer.terms('Tag')[0]!)]!;
    const ranked = rankSentences({ hits: [hit(text)], matchers: all, type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)), unit });
    const near = ranked.filter((s) => s.features.near).map((s) => text.slice(s.start, s.end));
    expect(near.length).toBeGreaterThan(0);
    for (const s of near) expect(s).toContain('pro Tag');
    const alone = ranked.find((s) => text.slice(s.start, s.end) === 'Etwa 71 Menschen sind es derzeit pro Quadratkilometer.')!;
    expect(alone.features.fact).toBe(true);
    expect(alone.features.near).toBe(false);
  });

  it('takes a unit for a rate only after a distributive word ("pro Tag", "im Jahr"), not "an einem Tag"', () => {
    const text = 'Rom wurde nicht an einem Tag erbaut, aktuell hat das Portal 35.300 Nutzerkonten. Im Jahr kommen 9.000 Nutzerkonten hinzu.';
    const question = 'Wie viele Nutzerkonten hat das Portal pro Tag?';
    const all = matchers(question);
    const rate = (unitWord: string) => {
      const unit = all[analyzer.terms(question).indexOf(analyzer.terms(unitWord)[0]!)]!;
      return rankSentences({ hits: [hit(text)], matchers: all, type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)), unit });
    };
    expect(rate('Tag').filter((s) => s.features.near)).toEqual([]);
    const perYear = rankSentences({ hits: [hit(text)], matchers: matchers('Wie viele Nutzerkonten kommen pro Jahr hinzu?'), type: 'number', analyzer, questionTerms: new Set(analyzer.terms('Wie viele Nutzerkonten kommen pro Jahr hinzu?')), unit: { weight: 1, variants: new Map([[analyzer.terms('Jahr')[0]!, 1]]) } });
    expect(perYear.filter((s) => s.features.near).map((s) => text.slice(s.start, s.end))).toContain('Im Jahr kommen 9.000 Nutzerkonten hinzu.');
    const yearly = 'Die Reform spart jährlich 90 Millionen Euro.';
    const q = 'Wie viel spart die Reform pro Jahr?';
    const unit = { weight: 1, variants: new Map([[analyzer.terms('Jahr')[0]!, 1]]) };
    const base = { hits: [hit(yearly)], matchers: matchers(q), type: 'money' as const, analyzer, questionTerms: new Set(analyzer.terms(q)), unit };
    expect(rankSentences({ ...base, unitWord: 'Jahr' })[0]!.features.near).toBe(true);
    expect(rankSentences(base)[0]!.features.near).toBe(false);
  });

  it('answers a question for a meaning with the sentence that explains ("Das heißt, …")', () => {
    const text = 'Über das Portal lassen sich 294 Leistungen vollständig smart erledigen. Das heißt, Antragstellung, Bezahlung und Bescheid erfolgen digital.';
    const question = 'Was bedeutet es, dass man eine Leistung vollständig smart erledigen kann?';
    const base = { hits: [hit(text)], matchers: matchers(question), type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const best = rankSentences({ ...base, meaning: true })[0]!;
    expect(text.slice(best.statementStart, best.statementEnd)).toContain('Das heißt');
    expect(best.features.cue).toBe(true);
    expect(text.slice(rankSentences(base)[0]!.statementStart, rankSentences(base)[0]!.statementEnd)).not.toContain('Das heißt');
  });

  it('answers a question what something is with the sentence that first names it', () => {
    const text = 'Im Landesamt ZDMV bündelt das Land die Ressourcen für IT. Das ZDMV in Schwerin besteht aus drei Abteilungen.';
    const question = 'Was ist das ZDMV in Schwerin?';
    // "Schwerin" weighs little next to "ZDMV" (as a frequent word would).
    const weighted = analyzer.terms(question).map((t) => ({ weight: t === analyzer.terms('Schwerin')[0] ? 0.25 : 1, variants: new Map([[t, 1]]) }));
    const base = { hits: [hit(text)], matchers: weighted, type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const first = (r: ReturnType<typeof rankSentences>) => text.slice(r[0]!.start, r[0]!.end);
    expect(first(rankSentences(base))).toMatch(/^Das ZDMV in Schwerin/);
    expect(first(rankSentences({ ...base, definition: true }))).toMatch(/^Im Landesamt ZDMV bündelt/);
  });
});

describe('rankSentences: follow-ups', () => {
  it('does not answer an untyped follow-up with a statement the previous answer gave', () => {
    const text = 'Grundlage ist die Föderalismusreform II, die 2009 in Kraft trat. Im Rahmen dieser Reform wurde das Grundgesetz um den Artikel 91c ergänzt.';
    // The previous turn's words weigh half, the turn's own ("kam", "Grundgesetz") are marked, as the engine does.
    const previous = matchers('Wann trat die Föderalismusreform II in Kraft?').map((m) => ({ ...m, weight: 0.5 }));
    const own = matchers('Was kam dadurch ins Grundgesetz?');
    const question = 'Wann trat die Föderalismusreform II in Kraft? Was kam dadurch ins Grundgesetz?';
    const input = {
      hits: [hit(text)],
      matchers: [...previous, ...own],
      turnTerms: [...previous.map(() => false), ...own.map(() => true)],
      type: 'other' as const,
      analyzer,
      questionTerms: new Set(analyzer.terms(question)),
    };
    const top = (ranked: ReturnType<typeof rankSentences>) => text.slice(ranked[0]!.start, ranked[0]!.end);
    expect(top(rankSentences(input))).toMatch(/^Grundlage/);
    expect(top(rankSentences({ ...input, said: ['Grundlage ist die Föderalismusreform II, die 2009 in Kraft trat.'] }))).toMatch(/^Im Rahmen/);
    // A typed follow-up ("Und wann?") may find its fact in the sentence said before.
    const date = { ...input, type: 'date' as const, said: ['Grundlage ist die Föderalismusreform II, die 2009 in Kraft trat.'] };
    expect(top(rankSentences(date))).toMatch(/^Grundlage/);
  });
});

describe('rankSentences: counts', () => {
  it('prefers a count of the counted noun itself to a count of a related word ("114 Ämtern" over "100 … Behörden")', () => {
    const text = 'Mehr als 100 Dienste wurden in einzelnen Behörden eingeführt. Die Dienste werden in bis zu 114 Ämtern eingeführt.';
    const [amt] = analyzer.terms('Ämtern');
    const [behoerde] = analyzer.terms('Behörden');
    const counted: TermMatcher = { weight: 1, variants: new Map([[amt!, 1], [behoerde!, 0.6]]) };
    const question = 'Dienste eingeführt';
    const ranked = rankSentences({ hits: [hit(text)], matchers: matchers(question), counted, type: 'number', analyzer, questionTerms: new Set(analyzer.terms(question)) });
    expect(text.slice(ranked[0]!.start, ranked[0]!.end)).toMatch(/^Die Dienste werden in bis zu 114 Ämtern/);
  });
});

describe('rankSentences: the question\'s preposition', () => {
  it('prefers the sentence naming the asked thing after the same preposition ("nach den Vorgaben", "im … Bericht")', () => {
    const text = 'Nach einmaliger Registrierung gilt das Konto für alle Leistungen. Die Registrierung erfolgt nach den Vorgaben der Verordnung.';
    const question = 'Registrierung';
    const noun: TermMatcher = { weight: 1, variants: new Map([[analyzer.terms('Regeln')[0]!, 1], [analyzer.terms('Vorgaben')[0]!, 0.6]]) };
    const input = { hits: [hit(text)], matchers: matchers(question), type: 'other' as const, analyzer, questionTerms: new Set(analyzer.terms(question)) };
    const top = (r: ReturnType<typeof rankSentences>) => text.slice(r[0]!.start, r[0]!.end);
    expect(top(rankSentences(input))).toMatch(/^Nach einmaliger/);
    expect(top(rankSentences({ ...input, phrase: { preposition: 'nach', noun } }))).toMatch(/^Die Registrierung erfolgt nach den Vorgaben/);
    const report = 'Der Bericht des Rechnungshofs erschien im Oktober. Die Mängel stehen im neuen Landesfinanzbericht.';
    const bericht: TermMatcher = { weight: 1, variants: new Map([[analyzer.terms('Bericht')[0]!, 1], [analyzer.terms('Landesfinanzbericht')[0]!, 0.5]]) };
    const ranked = rankSentences({ hits: [hit(report)], matchers: matchers('Mängel'), type: 'other', analyzer, questionTerms: new Set(analyzer.terms('Mängel')), phrase: { preposition: 'in', noun: bericht } });
    expect(ranked.find((r) => report.slice(r.start, r.end).startsWith('Die Mängel'))!.features.cue).toBe(true);
  });
});
