import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTxt } from '../../src/ingest/parse-txt.js';

const corpusFile = 'kommune21-cio-serie-mecklenburg-vorpommern.txt';
const corpus = readFileSync(new URL(`../../data/docs/${corpusFile}`, import.meta.url), 'utf8');
const doc = parseTxt(corpus, corpusFile);
const sectionOf = (needle: string) => {
  const at = doc.text.indexOf(needle);
  return doc.sections.find((s) => s.start <= at && at + needle.length <= s.end)?.headings;
};
const headingsOf = (text: string) => parseTxt(text, 'x.txt').sections.map((s) => s.headings);

describe('parseTxt', () => {
  it('takes the short first line of the default corpus as title', () => {
    expect(doc.title).toBe('CIO-SerieGesamtheit im Blick');
  });

  it('makes the interviewer questions of the default corpus section headings', () => {
    expect(sectionOf('bis Ende 2013 in allen Ministerien')).toEqual(['Welche konkreten Projekte laufen aktuell oder sind geplant?']);
    expect(sectionOf('Vertretung der Landesregierung im IT-Planungsrat')).toEqual(['Herr Lenz, warum ist die Stelle eines Landes-CIO wichtig?']);
  });

  it('keeps the pull quote as body text', () => {
    expect(sectionOf('„Für die Umsetzung der strategischen')).toEqual(['Welche weiteren Veränderungen streben Sie an?']);
  });

  it('makes each news headline followed by a dated line a heading', () => {
    expect(sectionOf('48-Millionen-Euro-Digitalisierungsfonds')).toEqual(['Hannover: Fonds für digitalen Fortschritt']);
    expect(sectionOf('Staatssekretär Denis Alt')).toEqual(['Rheinland-Pfalz: Erfolg durch Kooperation']);
    expect(doc.sections.filter((s) => doc.text.slice(s.start, s.start + 1) === '[')).toHaveLength(14);
  });

  it('keeps a news date line ("Stand: 05.10.2023 05:55 Uhr") as the heading of its section and in its body, where it dates the first sentence', () => {
    const parsed = parseTxt('Rechnungshof übt Kritik\n\nStand: 05.10.2023 05:55 Uhr\n\nDer Landesrechnungshof hat der Landesregierung Versäumnisse bei der Onlineabwicklung vorgeworfen.\n', 'x.txt');
    const section = parsed.sections.find((s) => parsed.text.slice(s.start, s.end).includes('Landesrechnungshof'))!;
    expect(section.headings).toEqual(['Stand: 05.10.2023 05:55 Uhr']);
    expect(parsed.text.slice(section.start, section.end)).toMatch(/^Stand: 05\.10\.2023 05:55 Uhr\s+Der Landesrechnungshof/);
  });

  it('finds underlined and numbered headings with their levels', () => {
    expect(headingsOf('Strategie\n=========\n\nDas ist der Text der Strategie.\n\nMaßnahmen\n---------\nText.\n\nAusblick\n========\nNoch mehr Text.')).toEqual([
      ['Strategie'],
      ['Strategie', 'Maßnahmen'],
      ['Ausblick'],
    ]);
    expect(headingsOf('1 Ziele\n1.1 Infrastruktur\nDas Land baut eine Infrastruktur für alle Behörden auf.\n2 Maßnahmen\nDas Land setzt elf Programmpunkte in den nächsten Jahren um.')).toEqual([
      ['1 Ziele'],
      ['1 Ziele', '1.1 Infrastruktur'],
      ['2 Maßnahmen'],
    ]);
  });

  it('does not take wrapped lines of a paragraph or list items for headings', () => {
    const text = 'Titel der Datei\n\nDas Land Mecklenburg-Vorpommern hat im Jahr 2011 einen Masterplan\nbeschlossen, der die Entwicklung bis 2015 festlegt und elf Punkte\nenthält.\n\n- Breitband\n- Behördenruf 115 für alle Bürgerinnen und Bürger im ganzen Land';
    const d = parseTxt(text, 'x.txt');
    expect(d.title).toBe('Titel der Datei');
    expect(d.sections.map((s) => s.headings)).toEqual([[]]);
  });

  it('falls back to the file name as title and normalises line endings and Unicode', () => {
    const d = parseTxt('\uFEFFDas ist ein ganzer Satz mit Punkt.\r\nUnd noch einer: Ba\u0308r.\r\n', 'Notiz Übersicht.txt');
    expect(d.title).toBe('Notiz Übersicht');
    expect(d.text).toBe('Das ist ein ganzer Satz mit Punkt.\nUnd noch einer: Bär.\n');
  });
});
