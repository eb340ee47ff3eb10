import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDingDictionary, type BilingualDictionary } from '../../src/lexicon/bilingual-dictionary.js';
import { DEFAULT_DICTIONARY_FILE } from '../../src/lexicon/load-linguistic-resources.js';
import { realResource } from './real-resources.js';

const fixture = `# Version :: devel 2023-01-30
# License :: GPL Version 2 or later; GNU General Public License
Beschäftigter {m}; Beschäftigte {f}; Mitarbeiter {m} /MA/ <Belegschaftsmitglied> | Beschäftigte {pl}; Mitarbeiter {pl} | leitender Angestellter :: employee /EE/; hire [Am.] | employees; hires | officer
Arbeitnehmer {m}; Dienstnehmer {m} [Ös.] | Arbeitnehmer {pl}; Dienstnehmer {pl} :: employee | employees
Belegschaft {f}; Arbeitnehmer {pl} :: workforce; employees
Aal {m} (auf der Speisekarte) [cook.] | Aal blau; blauer Aal :: Eel (on a menu) | Eel au bleu; Eel steamed
jdn. schulen; jdn. ausbilden {vt} | schulend; ausbildend | geschult; ausgebildet :: to train sb. | training | trained
Zug {m} | Züge {pl} :: train | trains
Abfall verstreuen {vt} | Schmutzige Wäsche lag verstreut. :: to litter | Dirty clothes littered the floor.
etw. beantragen {vt} | Bitte beantragen (bis Freitag) :: to apply for sth.; to request sth. (formally)
Café {n} (Gastronomie; Kaffeehaus) :: café; coffee house
Verwaltung {f}; Administration {f} | Verwaltungen {pl} :: administration | administrations | extra sense without German pair
Behörde {f}; Amt {n} :: authority; public   authority
eine Zeile ohne Trenner
`;

describe('parseDingDictionary', () => {
  const parsed = parseDingDictionary(fixture);
  const dict = parsed.dictionary;

  it('reads the version header, counts entry lines and malformed lines, skips comments', () => {
    expect(parsed.version).toBe('devel 2023-01-30');
    expect(dict.size).toBe(11);
    expect(parsed.malformedLines).toBe(1);
  });

  it('translates an English word to the German alternatives of its sense, annotations removed', () => {
    expect(dict.toGerman('employee')).toEqual(['Arbeitnehmer', 'Beschäftigter', 'Beschäftigte', 'Dienstnehmer', 'Mitarbeiter']);
  });

  it('maps a plural English form to the German plurals of the parallel " | " sense', () => {
    const plural = dict.toGerman('employees', 10);
    expect(plural).toEqual(expect.arrayContaining(['Beschäftigte', 'Mitarbeiter', 'Arbeitnehmer', 'Dienstnehmer']));
    expect(plural).not.toContain('Beschäftigter');
    expect(dict.toGerman('trains')).toEqual(['Züge']);
  });

  it('ranks translations given by more entries first', () => {
    expect(dict.toGerman('employees')[0]).toBe('Arbeitnehmer');
  });

  it('matches case-insensitively and ignores notes, /ABBR/ and the placeholders sb./sth./jdn./etw.', () => {
    expect(dict.toGerman('EEL')).toEqual(['Aal']);
    expect(dict.toGerman('to train')).toEqual(['schulen', 'ausbilden']);
    expect(dict.toGerman('to apply for')).toEqual(['beantragen']);
    expect(dict.toGerman('to request')).toEqual(['beantragen']);
    expect(dict.toGerman('hire')).toContain('Mitarbeiter');
  });

  it('finds non-ASCII and oddly spaced alternatives like plain ones', () => {
    expect(dict.toGerman('Café')).toEqual(['Café']);
    expect(dict.toGerman('coffee house')).toEqual(['Café']);
    expect(dict.toGerman('public authority')).toEqual(['Behörde', 'Amt']);
  });

  it('puts the verb sense ("to …") after exact matches when the query has no "to"', () => {
    expect(dict.toGerman('train')).toEqual(['Zug', 'schulen', 'ausbilden']);
    expect(dict.toGerman('litter')).toEqual(['Abfall verstreuen']);
  });

  it('falls back to the "to be …" entry of an adjective or adverb listed only with its verb ("underway")', () => {
    const own = parseDingDictionary('im Gange sein; laufen {vi} :: to be underway; to be in progress\nverfügbar :: available\nvorhanden sein :: to be available\n').dictionary;
    expect(own.toGerman('underway')).toEqual(['im Gange sein', 'laufen']);
    // A word with an entry of its own keeps it.
    expect(own.toGerman('available')).toEqual(['verfügbar']);
  });

  it('never offers example sentences, neither as key nor as translation', () => {
    expect(dict.toGerman('dirty clothes littered the floor.')).toEqual([]);
    expect(dict.toGerman('Dirty clothes littered the floor')).toEqual([]);
  });

  it('pairs senses only when both sides have as many', () => {
    expect(dict.toGerman('administration')).toEqual(['Verwaltung', 'Administration']);
    expect(dict.toGerman('administrations')).toEqual([]);
    expect(dict.toGerman('extra sense without German pair')).toEqual([]);
  });

  it('honours max and returns [] for unknown or empty input', () => {
    expect(dict.toGerman('employee', 2)).toHaveLength(2);
    expect(dict.toGerman('employee', 0)).toEqual([]);
    expect(dict.toGerman('flibbertigibbet')).toEqual([]);
    expect(dict.toGerman('   ')).toEqual([]);
  });

  it('finds every alternative of a dictionary larger than its initial tables', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `Wort${i} {n} | Wörter${i} {pl} :: word${i}; term${i} | words${i}`);
    const big = parseDingDictionary(lines.join('\n')).dictionary;
    for (const i of [0, 1, 12_345, 39_999]) {
      expect(big.toGerman(`word${i}`)).toEqual([`Wort${i}`]);
      expect(big.toGerman(`TERM${i}`)).toEqual([`Wort${i}`]);
      expect(big.toGerman(`words${i}`)).toEqual([`Wörter${i}`]);
    }
  });

  it('reads an abbreviation note between slashes that holds a ";" as part of its alternative', () => {
    const line = 'Regierung {f} [pol.] | Regierungen {pl} :: government /Gov.; Govt./; administration [Am.] | governments; administrations';
    const parsed = parseDingDictionary(line).dictionary;
    expect(parsed.toGerman('government')).toEqual(['Regierung']);
    expect(parsed.toGerman('administration')).toEqual(['Regierung']);
    expect(parsed.toGerman('governments')).toEqual(['Regierungen']);
    // A slash that no other closes in its sense opens no note: the ";" after it still separates.
    const open = parseDingDictionary('Wort {n} :: word /unclosed; term').dictionary;
    expect(open.toGerman('term')).toEqual(['Wort']);
  });

  it('knows the places of geographical entries, not geographical terms or adjectives', () => {
    const geo = parseDingDictionary(
      [
        'Brandenburg {n} (deutsches Bundesland) [geogr.] :: Brandenburg (German state)',
        'Calicut; Kozhikode (Stadt in Indien) [geogr.] :: Calicut; Kozhikode (city in India)',
        'Steilwand {f} [geogr.] [geol.] | Steilwände {pl} :: precipitous wall; cliff wall | precipitous walls',
        'irakisch {adj} [geogr.] :: Iraqi',
        'Brandstifter {m} :: arsonist',
      ].join('\n'),
    ).dictionary;
    expect(geo.isPlaceName('Brandenburg')).toBe(true);
    expect(geo.isPlaceName('Brandenburgs')).toBe(true);
    expect(geo.isPlaceName('kozhikode')).toBe(true);
    expect(geo.isPlaceName('Steilwand')).toBe(false);
    expect(geo.isPlaceName('irakisch')).toBe(false);
    expect(geo.isPlaceName('Brandstifter')).toBe(false);
    expect(dict.isPlaceName('Zug')).toBe(false);
    // The kind of place, from the English note or a country code.
    const kinds = parseDingDictionary(
      [
        'Brandenburg {n} (deutsches Bundesland) [geogr.] :: Brandenburg (German state)',
        'Brandenburg (Stadt in Deutschland) [geogr.] :: Brandenburg (city in Germany)',
        'Kanada {n} /CA/ (Kfz: /CDN/) [geogr.] :: Canada',
        'Peene {f} (Fluss) [geogr.] :: Peene (river)',
      ].join('\n'),
    ).dictionary;
    expect([...kinds.placeKinds('Brandenburg')].sort()).toEqual(['city', 'region']);
    expect([...kinds.placeKinds('Kanada')]).toEqual(['country']);
    expect([...kinds.placeKinds('Peene')]).toEqual(['nature']);
    expect(kinds.placeKinds('Verwaltung').size).toBe(0);
  });

  it('reads the file bytes as well as its text', () => {
    expect(parseDingDictionary(Buffer.from(fixture, 'utf8')).dictionary.toGerman('trains')).toEqual(['Züge']);
  });
});

const real = realResource(DEFAULT_DICTIONARY_FILE, 'trans-de-en');

describe.skipIf(!real.run)(`the installed Ding dictionary (${DEFAULT_DICTIONARY_FILE})`, () => {
  let dict: BilingualDictionary;
  let version: string | undefined;
  beforeAll(() => {
    const parsed = parseDingDictionary(readFileSync(DEFAULT_DICTIONARY_FILE));
    dict = parsed.dictionary;
    version = parsed.version;
  });

  it('has a version and over a hundred thousand entries', () => {
    expect(version).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(dict.size).toBeGreaterThan(100_000);
  });

  it('translates "employees" to "Mitarbeiter" or "Beschäftigte"', () => {
    const de = dict.toGerman('employees');
    expect(de.length).toBeGreaterThan(0);
    expect(de.length).toBeLessThanOrEqual(5);
    expect(de.some((w) => w === 'Mitarbeiter' || w === 'Beschäftigte')).toBe(true);
  });

  it('names German places: states and cities, also those that split into words', () => {
    expect(dict.isPlaceName('Brandenburg')).toBe(true);
    expect(dict.isPlaceName('Rostock')).toBe(true);
    expect(dict.isPlaceName('Verwaltung')).toBe(false);
  });

  it('translates common administrative words', () => {
    expect(dict.toGerman('administration')).toContain('Verwaltung');
    expect(dict.toGerman('data protection')).toContain('Datenschutz');
    expect(dict.toGerman('schools')).toContain('Schulen');
  });
});
