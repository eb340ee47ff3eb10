import { describe, expect, it } from 'vitest';
import { parseOdt } from '../../src/ingest/parse-odt.js';
import { UnreadableFileError } from '../../src/ingest/unreadable-file-error.js';
import { makeOdt } from '../support/make-odt.js';

const BODY = `
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Referat 2</dc:creator></office:change-info><text:p>vierhundert</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:style-name="Heading_20_1" text:outline-level="1">Registermodernisierung in Thüringen</text:h>
<text:p>Stand: <text:span text:style-name="T1">März</text:span> 2024</text:p>
<text:h text:outline-level="2">Vorhaben</text:h>
<text:p>Das Land modernisiert<text:s text:c="2"/>seine Register<text:change text:change-id="ct1"/> bis 2028.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Gesetz zur Einführung einer Identifikationsnummer.</text:p></text:note-body></text:note></text:p>
<text:p><office:annotation><dc:creator>Referat 2</dc:creator><text:p>Bitte Termin prüfen</text:p></office:annotation>Die Federführung liegt beim Finanzministerium.</text:p>
<text:list><text:list-item><text:p>Melderegister</text:p></text:list-item><text:list-item><text:p>Personenstandsregister</text:p></text:list-item></text:list>
<text:h text:outline-level="2">Zeitplan</text:h>
<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>Register</text:p></table:table-cell><table:table-cell><text:p>Jahr</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>Melderegister</text:p></table:table-cell><table:table-cell><text:p>2025</text:p></table:table-cell></table:table-row>
</table:table>`;

async function reason(bytes: Uint8Array): Promise<string> {
  const e = await parseOdt(bytes, 'x.odt').then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UnreadableFileError);
  return (e as UnreadableFileError).reason;
}

describe('parseOdt', () => {
  it('takes sections from the headings and their outline levels', async () => {
    const doc = await parseOdt(await makeOdt(BODY), 'register.odt');
    expect(doc.title).toBe('Registermodernisierung in Thüringen');
    expect(doc.sections.map((s) => s.headings.join(' › '))).toEqual([
      'Registermodernisierung in Thüringen',
      'Registermodernisierung in Thüringen › Vorhaben',
      'Registermodernisierung in Thüringen › Zeitplan',
    ]);
  });

  it('keeps text, spaces, lists, table rows and footnotes; leaves out comments and tracked deletions', async () => {
    const doc = await parseOdt(await makeOdt(BODY), 'register.odt');
    const lines = doc.text.split('\n');
    expect(lines).toContain('Stand: März 2024');
    expect(lines).toContain('Das Land modernisiert seine Register bis 2028.[1]');
    expect(lines).toContain('Die Federführung liegt beim Finanzministerium.');
    expect(lines).toContain('• Melderegister');
    expect(lines).toContain('Register | Jahr');
    expect(lines).toContain('Melderegister | 2025');
    expect(lines).toContain('[1] Gesetz zur Einführung einer Identifikationsnummer.');
    expect(doc.text).not.toContain('Bitte Termin');
    expect(doc.text).not.toContain('vierhundert');
  });

  it('uses the metadata title and a user-defined source field', async () => {
    const doc = await parseOdt(await makeOdt(BODY, { title: 'Register (ODT)', userFields: { Quelle: 'https://registermodernisierung.thueringen.de/' } }), 'r.odt');
    expect(doc.title).toBe('Register (ODT)');
    expect(doc.url).toBe('https://registermodernisierung.thueringen.de/');
  });

  it('takes a Quelle paragraph at the top as source link and leaves it out of the text', async () => {
    const doc = await parseOdt(
      await makeOdt('<text:h text:outline-level="1">Meldung</text:h><text:p>Quelle: https://www.example.org/meldung</text:p><text:p>Das Portal ist online.</text:p>'),
      'm.odt',
    );
    expect(doc.url).toBe('https://www.example.org/meldung');
    expect(doc.text).toBe('Meldung\nDas Portal ist online.');
  });

  it('reports encrypted and broken files with a reason', async () => {
    expect(await reason(await makeOdt(BODY, { encrypted: true }))).toBe('encrypted OpenDocument file (password protected)');
    expect(await reason(Buffer.from('PK but not really'))).toMatch(/^broken OpenDocument file/);
    const good = await makeOdt(BODY);
    expect(await reason(good.subarray(0, 100))).toMatch(/^broken OpenDocument file/);
  });
});

describe('parseOdt on malformed XML', () => {
  it('says the content is not well-formed without quoting it', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await makeOdt('<text:p>ok</text:p>'));
    zip.file('content.xml', '<office:document-content><office:body><office:text><text:p>Geheimer Inhalt</office:text>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const e = (await parseOdt(bytes, 'x.odt').catch((err: unknown) => err)) as UnreadableFileError;
    expect(e.reason).toBe('broken OpenDocument file (content.xml is not well-formed XML)');
  });
});
