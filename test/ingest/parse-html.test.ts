import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/parse-html.js';

const html = readFileSync(new URL('../fixtures/ingest/portal.html', import.meta.url), 'utf8');
const doc = parseHtml(html, 'portal.html');

describe('parseHtml', () => {
  it('takes the title from <title> with entities decoded', () => {
    expect(doc.title).toBe('Digitale Verwaltung – Landesportal');
  });

  it('drops scripts, styles, navigation, header, footer, asides and hidden elements', () => {
    for (const gone of ['GEHEIM-SKRIPT', 'noch ein Skript', 'color: red', 'Navigationseintrag', 'Brotkrumen', 'Startseite-Kopf', 'Impressum', 'Randbemerkung', 'Versteckter', 'Unsichtbarer', 'JavaScript aktivieren']) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it('keeps headings as heading paths and decodes entities and collapses whitespace in bodies', () => {
    expect(doc.sections.map((s) => s.headings)).toEqual([
      ['E-Government im Land'],
      ['E-Government im Land', 'Projekte'],
      ['E-Government im Land', 'Projekte', 'Kosten'],
      ['E-Government im Land', 'Kontakt'],
    ]);
    const first = doc.sections[0]!;
    expect(doc.text.slice(first.start, first.end)).toBe('Das Land führt bis Ende 2013 die E-Akte ein. Die Einführung läuft „planmäßig“.');
  });

  it('puts list items and table cells on lines of their own', () => {
    const [, projects, costs] = doc.sections;
    expect(doc.text.slice(projects!.start, projects!.end)).toBe('Behördenruf 115\nDienstleistungsportal');
    expect(doc.text.slice(costs!.start, costs!.end)).toBe('Jahr\nBetrag\n2012\n1.000 Euro');
  });

  it('reads the whole body when there is no main or article, and falls back to the first h1 as title', () => {
    const d = parseHtml('<html><body><nav>Menü</nav><h1>Über uns</h1><div>Wir sind <b>das</b> Amt.</div></body></html>', 'x.html');
    expect(d.title).toBe('Über uns');
    expect(d.text).toBe('Über uns\nWir sind das Amt.');
  });
});
