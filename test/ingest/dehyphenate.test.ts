import { describe, expect, it } from 'vitest';
import { documentVocabulary, hyphenJoin } from '../../src/ingest/dehyphenate.js';
import { germanWordList } from '../../src/ingest/german-word-list.js';

const none = { vocabulary: new Set<string>() };

describe('hyphenJoin', () => {
  it('joins a word broken before a lower-case letter', () => {
    expect(hyphenJoin('die Verwaltungsmodernisie-', 'rung des Landes', none)).toBe('join');
    expect(hyphenJoin('in Mecklenburg-Vor-', 'pommern', none)).toBe('join');
  });

  it('keeps a real hyphen before a capital letter', () => {
    expect(hyphenJoin('das E-', 'Government-Gesetz', none)).toBe('keep');
    expect(hyphenJoin('in Mecklenburg-', 'Vorpommern', none)).toBe('keep');
  });

  it('keeps a suspended compound with its space', () => {
    expect(hyphenJoin('die Bürger-', 'und Unternehmensservices', none)).toBe('space');
  });

  it('follows the document’s own spelling of a hyphenated compound unless the word list knows the joined word', () => {
    const vocabulary = documentVocabulary(['Die Open-source Lösung und die Dienst-leistung']);
    expect(hyphenJoin('eine Open-', 'source Lösung', { vocabulary })).toBe('keep');
    const dictionary = () => ({ has: (w: string) => w === 'dienstleistung' });
    expect(hyphenJoin('eine Dienst-', 'leistung', { vocabulary, dictionary })).toBe('join');
  });

  it('prefers a word the document uses unbroken', () => {
    const vocabulary = documentVocabulary(['Das Onlinezugangsgesetz gilt.', 'Nach dem Online-', 'zugangsgesetz']);
    expect(vocabulary.has('onlinezugangsgesetz')).toBe(true);
    expect(vocabulary.has('online')).toBe(false); // a line-end fragment is no evidence
    expect(hyphenJoin('Nach dem Onlinezugangs-', 'gesetz', { vocabulary })).toBe('join');
  });

  it('says nothing about a line without a final hyphen', () => {
    expect(hyphenJoin('Ein Satz', 'geht weiter', none)).toBeUndefined();
    expect(hyphenJoin('Seite 3 -', 'weiter', none)).toBeUndefined();
  });
});

describe('germanWordList', () => {
  it('knows declined nouns and compounds ending in a known noun', () => {
    const words = germanWordList();
    expect(words).toBeDefined();
    expect(words!.has('Verwaltungen')).toBe(true);
    expect(words!.has('verwaltungsmodernisierung')).toBe(true);
    expect(words!.has('qwxzvbn')).toBe(false);
  });
});

describe('germanWordList verbs', () => {
  it('knows verb forms from the project lexicon', () => {
    expect(germanWordList()!.has('werden')).toBe(true);
    expect(germanWordList()!.has('eingeführt')).toBe(true);
  });
});
