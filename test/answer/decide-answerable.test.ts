import { describe, expect, it } from 'vitest';
import { decideAnswerable, type DecisionThresholds } from '../../src/answer/decide-answerable.js';
import type { RankedSentence, SentenceFeatures } from '../../src/answer/rank-sentences.js';

const thresholds: DecisionThresholds = { minPassageCoverage: 0.34, minSentenceCoverage: 0.25, minFactSubjectCoverage: 0.3 };

function sentence(features: Partial<SentenceFeatures>): RankedSentence {
  const all: SentenceFeatures = { coverage: 0.2, context: 0.2, names: true, passage: 0.5, fact: true, near: true, cue: false, similarity: 0.2, rank: 1, proximity: 0, ...features };
  return { hit: 0, start: 0, end: 40, statementStart: 0, statementEnd: 40, facts: [{ start: 20, end: 30 }], features: all, score: 1 };
}

const decide = (ranked: RankedSentence[], passageCoverage = 0.5) =>
  decideAnswerable(
    { answerType: 'number', passageCoverage, ranked, unknownIdentifiers: [], unknownNames: [], mostlyUnknown: false, questionNumbers: [], passageText: () => '', followUpOfDeclined: false },
    thresholds,
  );

describe('a fact question next to its subject', () => {
  it('declines when the sentence with its context covers too little of the question', () => {
    expect(decide([sentence({ context: 0.2 })]).answer).toBe(false);
  });

  it("answers a follow-up whose own words the sentence covers, though the previous turn's words dilute the whole ('Wie viel davon zahlt der Bund?')", () => {
    const decision = decide([sentence({ context: 0.2, turn: 0.34 })]);
    expect(decision.answer).toBe(true);
    // The turn's own words covered too little: still declined.
    expect(decide([sentence({ context: 0.2, turn: 0.26 })]).answer).toBe(false);
  });

  it("judges the passage coverage by the passage that holds the answer, not only by the first hit ('Er trat am 1. April 2010 in Kraft')", () => {
    // The first hit covers 0.28 of the question; the passage of the pronoun sentence that answers covers 0.72.
    const answering = sentence({ coverage: 0, context: 0.36, passage: 0.72 });
    expect(decide([answering], 0.28).answer).toBe(true);
    expect(decide([sentence({ coverage: 0, context: 0.36, passage: 0.3 })], 0.28).answer).toBe(false);
  });
});

describe('the names a question gives', () => {
  it('answers with a sentence that lacks a name only when its document uses the name throughout, and no sentence names it where it stands', () => {
    // The quoted minister's sentence of a report on a state's e-file does not name the state again.
    const quoted = sentence({ context: 0.4, names: false, docNames: true });
    expect(decide([quoted]).chosen).toBe(quoted);
    expect(decide([sentence({ context: 0.4, names: false })]).answer).toBe(false);
    // A sentence that names it where it stands comes first, even ranked lower.
    const naming = sentence({ context: 0.35, names: true });
    expect(decide([quoted, naming]).chosen).toBe(naming);
  });
});

describe('a date question', () => {
  const decideDate = (ranked: RankedSentence[], eventNamedBefore = false) =>
    decideAnswerable(
      {
        answerType: 'date', passageCoverage: 0.6, ranked, unknownIdentifiers: [], unknownNames: [], mostlyUnknown: false, questionNumbers: [], passageText: () => '', followUpOfDeclined: false,
        ...(eventNamedBefore ? { eventNamedBefore } : {}),
      },
      thresholds,
    );

  it("declines a date whose sentence covers the question only by synonyms and compound parts: it dates another event ('Bis wann soll der Ausbau abgeschlossen sein?' is no contract's signing date)", () => {
    expect(decideDate([sentence({ context: 0.35, strong: 0.1 })]).answer).toBe(false);
    expect(decideDate([sentence({ context: 0.35, strong: 0.32 })]).answer).toBe(true);
  });

  it('answers it when an earlier turn named the event ("Und bis wann?"), and a number question whatever its matches are', () => {
    expect(decideDate([sentence({ context: 0.35, strong: 0.1 })], true).answer).toBe(true);
    expect(decide([sentence({ context: 0.35, strong: 0.1 })]).answer).toBe(true);
  });
});

describe('a year a count question gives', () => {
  // "… auf 100 Leistungen aufgestockt. Im Vergleich zum Start im Juni 2019 hat sich …": the year names the comparison, not the count's time.
  const text = 'Das Portal hat sein Angebot auf 100 Leistungen aufgestockt. Im Vergleich zum Start im Juni 2019 hat es sich verdoppelt.';
  const fact = text.indexOf('100 Leistungen');
  const pair: RankedSentence = { ...sentence({ coverage: 0.6, context: 0.6 }), start: 0, end: text.length, statementEnd: text.length, facts: [{ start: fact, end: fact + 3 }] };
  const ask = (answerType: 'number' | 'other', passage: string) =>
    decideAnswerable(
      { answerType, passageCoverage: 0.6, ranked: [pair], unknownIdentifiers: [], unknownNames: [], mostlyUnknown: false, questionNumbers: ['2019'], passageText: () => passage, followUpOfDeclined: false },
      thresholds,
    );

  it('must stand before the count or in its sentence, not only in a later sentence', () => {
    expect(ask('number', text).answer).toBe(false);
    expect(ask('number', text).features.missingNumbers).toEqual(['2019']);
    // Before the count, the year dates it ("Im Juni 2019 …. Damals …").
    const dated = 'Im Juni 2019 startete das Portal. Es hat sein Angebot auf 100 Leistungen aufgestockt. Im Vergleich zum Start hat es sich verdoppelt.';
    const at = dated.indexOf('100 Leistungen');
    const later = { ...pair, start: dated.indexOf('Es hat'), end: dated.length, statementEnd: dated.length, facts: [{ start: at, end: at + 3 }] };
    expect(
      decideAnswerable(
        { answerType: 'number', passageCoverage: 0.6, ranked: [later], unknownIdentifiers: [], unknownNames: [], mostlyUnknown: false, questionNumbers: ['2019'], passageText: () => dated, followUpOfDeclined: false },
        thresholds,
      ).answer,
    ).toBe(true);
  });

  it('may stand anywhere in the passage for a question that asks for no count', () => {
    expect(ask('other', text).features.missingNumbers).toEqual([]);
  });
});
