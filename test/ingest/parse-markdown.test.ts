import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/parse-markdown.js';

const source = readFileSync(new URL('../fixtures/ingest/masterplan.md', import.meta.url), 'utf8');
const doc = parseMarkdown(source, 'masterplan.md');
const bodyOf = (last: string) => {
  const s = doc.sections.find((x) => x.headings.at(-1) === last);
  if (!s) throw new Error(`no section ${last}`);
  return { path: s.headings, body: doc.text.slice(s.start, s.end) };
};

describe('parseMarkdown', () => {
  it('takes the first h1 as title', () => {
    expect(doc.title).toBe('Masterplan 2011');
  });

  it('nests ATX and setext headings into heading paths', () => {
    expect(doc.sections.map((s) => s.headings)).toEqual([
      ['Masterplan 2011'],
      ['Masterplan 2011', 'Ziele'],
      ['Masterplan 2011', 'Ziele', 'Infrastruktur'],
      ['Masterplan 2011', 'Programmpunkte'],
      ['Umsetzung'],
    ]);
  });

  it('removes link, emphasis and code syntax, comments and fence lines but keeps the words', () => {
    expect(bodyOf('Masterplan 2011').body).toBe('Einleitender Text mit einem Link und fett und kursiv.');
    expect(bodyOf('Infrastruktur').body).toBe('Ein IT-Grundsystem für alle Ressorts.');
    expect(doc.text).not.toContain('interner Kommentar');
    expect(doc.text).not.toContain('```');
    expect(doc.text).not.toContain('Front Matter');
    expect(bodyOf('Programmpunkte').body).toContain('code_bleibt_wie_er_ist *hier*');
    expect(bodyOf('Umsetzung').body).toBe('Zitat aus dem Masterplan.');
  });

  it('keeps heading lines out of section bodies', () => {
    for (const s of doc.sections) expect(doc.text.slice(s.start, s.end)).not.toMatch(/^#|Programmpunkte|-----|=====/m);
    expect(bodyOf('Ziele').body).toBe('Die Strategie gilt bis 2015. Das Land will den Behördenruf 115 einführen.');
  });

  it('falls back to front matter title, then file name', () => {
    expect(parseMarkdown('---\ntitle: "Nur Front"\n---\nText.', 'x.md').title).toBe('Nur Front');
    expect(parseMarkdown('## Unterkapitel\n\nText.', 'Mein Dokument.md').title).toBe('Mein Dokument');
  });
});
