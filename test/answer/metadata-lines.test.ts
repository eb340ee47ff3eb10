import { describe, expect, it } from 'vitest';
import { isDateLine, isMetadataOnly, isMetadataSentence, statementRange } from '../../src/answer/metadata-lines.js';

describe('isMetadataSentence', () => {
  it('takes source lines, bare links, type lines and lone datelines or teasers for metadata', () => {
    expect(isMetadataSentence('Quelle: https://www.example.org/seite.html')).toBe(true);
    expect(isMetadataSentence('Source: https://example.org')).toBe(true);
    expect(isMetadataSentence('Typ: Artikel , Schwerpunktthema: Nutzerkonto Bund')).toBe(true);
    expect(isMetadataSentence('https://www.example.org/a/b/c')).toBe(true);
    expect(isMetadataSentence('[04.09.2024]')).toBe(true);
    expect(isMetadataSentence('mehr...')).toBe(true);
  });

  it('takes a table of file names and their source links for metadata', () => {
    const table =
      '| file | source | | --- | --- | | `ndr-landesrechnungshof-kritik-2023.txt` | https://www.ndr.de/nachrichten/kritik.html | | `thueringen-registermodernisierung-vorhaben.md` | https://registermodernisierung.thueringen.de/vorhaben |';
    expect(isMetadataSentence(table)).toBe(true);
    expect(isMetadataSentence('Die Datei bericht-2023.pdf enthält den Landesfinanzbericht des Rechnungshofs.')).toBe(false);
  });

  it('keeps statements, also those that open with a dateline', () => {
    expect(isMetadataSentence('[04.09.2024] In ihrer Charta Digitale Ethik hat die Stadt Essen Regeln festgelegt.')).toBe(false);
    expect(isMetadataSentence('Derzeit sind 33 E-Government-Projekte in der Umsetzung.')).toBe(false);
  });
});

describe('isMetadataOnly', () => {
  it('takes a passage that only lists files and their links for metadata, never one that says something', () => {
    const table = '| file | source |\n| --- | --- |\n| `ndr-kritik-2023.txt` | https://www.ndr.de/kritik.html |\n| `portal-2020.txt` | https://example.org/portal |\n';
    expect(isMetadataOnly(table)).toBe(true);
    expect(isMetadataOnly(`Quelle: https://example.org/a\n\nDer Landesrechnungshof kritisiert die Landesregierung.\n`)).toBe(false);
  });
});

describe('statementRange', () => {
  it('takes a date line ("Stand: 05.10.2023 05:55 Uhr") for the dateline of the sentence after it', () => {
    expect(isDateLine('Stand: 05.10.2023 05:55 Uhr')).toBe(true);
    expect(isDateLine('Stand: Die Verhandlungen dauern an.')).toBe(false);
    const s = 'Stand: 05.10.2023 05:55 Uhr\n\nDer Landesrechnungshof hat Versäumnisse vorgeworfen.';
    const r = statementRange(s);
    expect(s.slice(r.start, r.end)).toBe('Der Landesrechnungshof hat Versäumnisse vorgeworfen.');
  });

  it('cuts a leading dateline and a trailing "mehr..." off the statement', () => {
    const s = '[04.09.2024] Die Stadt Essen hat eine Charta verabschiedet. mehr...';
    const r = statementRange(s);
    expect(s.slice(r.start, r.end)).toBe('Die Stadt Essen hat eine Charta verabschiedet.');
  });
});
