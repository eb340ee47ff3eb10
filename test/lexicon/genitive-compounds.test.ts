import { beforeAll, describe, expect, it } from 'vitest';
import { loadLinguisticResources, type LinguisticResources } from '../../src/lexicon/load-linguistic-resources.js';
import { genitiveCompoundAlternatives } from '../../src/lexicon/word-expansions.js';

let resources: LinguisticResources;
beforeAll(async () => {
  resources = await loadLinguisticResources({ thesaurusFile: 'off', dictionaryFile: 'off' });
}, 60_000);

describe('genitiveCompoundAlternatives', () => {
  it('lets a noun with a genitive complement stand for the compound the documents use', () => {
    const documents = new Set(['infrastrukturverzeichnis', 'ausbaukosten']);
    const known = (w: string) => documents.has(w.toLowerCase());
    const verzeichnis = genitiveCompoundAlternatives(resources, 'Ist ein Verzeichnis der Infrastruktur vorgesehen?', known);
    expect(verzeichnis.get('Verzeichnis')).toEqual([{ word: 'Infrastrukturverzeichnis', weight: 0.9 }]);
    expect(verzeichnis.get('Infrastruktur')).toEqual([{ word: 'Infrastrukturverzeichnis', weight: 0.9 }]);
    // With a linking element and an inflected complement.
    expect(genitiveCompoundAlternatives(resources, 'Wie hoch sind die Kosten des Ausbaus?', known).get('Kosten')).toEqual([{ word: 'Ausbaukosten', weight: 0.9 }]);
  });

  it('adds nothing the documents do not use, nor without a genitive', () => {
    const known = () => false;
    expect(genitiveCompoundAlternatives(resources, 'Ist ein Verzeichnis der Infrastruktur vorgesehen?', known).size).toBe(0);
    expect(genitiveCompoundAlternatives(resources, 'Ist ein Verzeichnis für die Infrastruktur vorgesehen?', () => true).size).toBe(0);
    expect(genitiveCompoundAlternatives(undefined, 'Ist ein Verzeichnis der Infrastruktur vorgesehen?', () => true).size).toBe(0);
  });
});
