import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THESAURUS_FILE } from '../../src/lexicon/load-linguistic-resources.js';
import { parseOpenThesaurus, type Thesaurus } from '../../src/lexicon/thesaurus.js';
import { realResource } from './real-resources.js';

const fixture = `# OpenThesaurus - German Thesaurus in text format
# Automatically generated 2016-04-24 23:01
Beschäftigter;Mitarbeiter;Angestellter;Arbeitnehmer;Arbeitskraft;Bediensteter
ungelernte Arbeitskraft;Gehilfe;Aushilfe;Hilfskeule (ugs., salopp);ungelernter Mitarbeiter
Kollege;Mitarbeiter;Arbeitskollege (Hauptform)
abfliegen;abreisen;(von etwas) fortfahren;abdüsen (ugs.);wegfahren
Deputat...;Konzessions...;Deputat
Rat (Gremium; Beirat);Gremium;Ausschuss

Sitzung;Konferenz;Zusammenkunft;Konferenz
`;

describe('parseOpenThesaurus', () => {
  const parsed = parseOpenThesaurus(fixture);
  const th = parsed.thesaurus;

  it('reads one synset per non-comment line and the generation date of the header', () => {
    expect(th.size).toBe(7);
    expect(parsed.generated).toBe('2016-04-24');
    expect(parsed.skippedLines).toBe(0);
  });

  it('gives the other single-word entries of the synsets of a word, not the word itself', () => {
    expect(th.synonyms('Beschäftigter')).toEqual(['Mitarbeiter', 'Angestellter', 'Arbeitnehmer', 'Arbeitskraft', 'Bediensteter']);
  });

  it('matches case-insensitively but keeps the spelling and umlauts of the thesaurus', () => {
    expect(th.synonyms('BESCHÄFTIGTER')[0]).toBe('Mitarbeiter');
    expect(th.synonyms('beschäftigter')).toContain('Bediensteter');
  });

  it('drops multi-word entries from the result but still finds a multi-word entry as the query', () => {
    expect(th.synonyms('Aushilfe')).not.toContain('ungelernte Arbeitskraft');
    expect(th.synonyms('Aushilfe')).not.toContain('ungelernter Mitarbeiter');
    expect(th.synonyms('ungelernte  Arbeitskraft')).toEqual(['Gehilfe', 'Aushilfe', 'Hilfskeule']);
  });

  it('drops parenthesised notes, both for matching and in the result', () => {
    expect(th.synonyms('abdüsen')).toContain('abreisen');
    expect(th.synonyms('abreisen')).toContain('fortfahren');
    expect(th.synonyms('Hilfskeule')).toContain('Gehilfe');
  });

  it('ranks words shared by several synsets first, main forms before unmarked before register-marked words', () => {
    const ofMitarbeiter = th.synonyms('Mitarbeiter');
    expect(ofMitarbeiter.indexOf('Arbeitskollege')).toBeLessThan(ofMitarbeiter.indexOf('Kollege'));
    expect(th.synonyms('abfliegen').at(-1)).toBe('abdüsen');
  });

  it('keeps a separator inside a note within its entry', () => {
    expect(th.synonyms('Gremium')).toEqual(['Ausschuss', 'Rat']); // "Rat" carries a note: ranked last
  });

  it('never returns fragments ending in dots, and lists a duplicate entry once', () => {
    expect(th.synonyms('Deputat')).toEqual([]);
    expect(th.synonyms('Sitzung')).toEqual(['Konferenz', 'Zusammenkunft']);
  });

  it('honours max and returns [] for an unknown word', () => {
    expect(th.synonyms('Beschäftigter', 2)).toEqual(['Mitarbeiter', 'Angestellter']);
    expect(th.synonyms('Beschäftigter', 0)).toEqual([]);
    expect(th.synonyms('Quatschwort')).toEqual([]);
  });

  it('reports lines without a synset (for example binary junk) as skipped', () => {
    expect(parseOpenThesaurus('\u0000\u0001garbage\nmore garbage\n').skippedLines).toBe(2);
  });
});

const real = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');

describe.skipIf(!real.run)(`the installed OpenThesaurus (${DEFAULT_THESAURUS_FILE})`, () => {
  let th: Thesaurus;
  beforeAll(() => {
    th = parseOpenThesaurus(readFileSync(DEFAULT_THESAURUS_FILE, 'utf8')).thesaurus;
  });

  it('has tens of thousands of synsets', () => {
    expect(th.size).toBeGreaterThan(20_000);
  });

  it('gives "Mitarbeiter" as a synonym of "Beschäftigter"', () => {
    expect(th.synonyms('Beschäftigter')).toContain('Mitarbeiter');
  });

  it('gives single words only, at most 20 by default', () => {
    const syn = th.synonyms('schnell');
    expect(syn.length).toBeGreaterThan(5);
    expect(syn.length).toBeLessThanOrEqual(20);
    for (const s of syn) expect(s).not.toMatch(/\s|\(/);
  });
});
