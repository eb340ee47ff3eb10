import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/parse-html.js';
import { parseMarkdown } from '../../src/ingest/parse-markdown.js';
import { parseTxt } from '../../src/ingest/parse-txt.js';
import { publisherWords, sourceUrl, takeSourceLine } from '../../src/ingest/source-link.js';

describe('sourceUrl', () => {
  it('accepts absolute http and https links only', () => {
    expect(sourceUrl(' https://www.ndr.de/a,b.html ')).toBe('https://www.ndr.de/a,b.html');
    expect(sourceUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '/relative/path', 'https://user:pw@example.org/', '', undefined]) {
      expect(sourceUrl(bad)).toBeUndefined();
    }
  });
});

describe('publisherWords', () => {
  it('names the publisher by the registrable label of the host, with umlauts spelled out too', () => {
    expect(publisherWords('https://www.ndr.de/nachrichten/kritik.html')).toBe('ndr');
    expect(publisherWords('https://www.behoerden-spiegel.de/2020/07/13/mv/')).toBe('behoerden-spiegel behörden-spiegel');
    expect(publisherWords('http://192.168.0.1/a')).toBeUndefined();
    expect(publisherWords(undefined)).toBeUndefined();
  });
});

describe('takeSourceLine', () => {
  it('removes a Quelle or Source line near the top and returns its URL', () => {
    expect(takeSourceLine('Titel\nQuelle: https://example.org/x\n\nText.')).toEqual({ text: 'Titel\n\nText.', url: 'https://example.org/x' });
    expect(takeSourceLine('Source: <https://example.org/y>\nText.').url).toBe('https://example.org/y');
    expect(takeSourceLine('**Quelle:** [Landesportal](https://example.org/z)\nText.').url).toBe('https://example.org/z');
  });

  it('leaves a Quelle line further down and one without a link alone', () => {
    const late = 'a\nb\nc\nd\ne\nQuelle: https://example.org/x';
    expect(takeSourceLine(late)).toEqual({ text: late });
    expect(takeSourceLine('Titel\nQuelle: Statistisches Amt\nText.')).toEqual({ text: 'Titel\nQuelle: Statistisches Amt\nText.' });
  });
});

describe('source links in text, Markdown and HTML documents', () => {
  it('makes the Quelle line of a text file neither a heading nor text', () => {
    const doc = parseTxt('MV-Serviceportal baut Angebot aus\nQuelle: https://www.behoerden-spiegel.de/2020/07/13/mv/\n\nEin Jahr nach dem Start bietet das Portal 100 Online-Leistungen.\n', 'a.txt');
    expect(doc.url).toBe('https://www.behoerden-spiegel.de/2020/07/13/mv/');
    expect(doc.title).toBe('MV-Serviceportal baut Angebot aus');
    expect(doc.text).not.toContain('Quelle');
    expect(doc.sections.flatMap((s) => s.headings)).toEqual([]);
  });

  it('reads Markdown front matter source or url, and a Quelle line', () => {
    expect(parseMarkdown('---\ntitle: T\nsource: "https://example.org/fm"\n---\n# T\nText.', 'a.md').url).toBe('https://example.org/fm');
    expect(parseMarkdown('---\nurl: https://example.org/u\n---\nText.', 'a.md').url).toBe('https://example.org/u');
    const doc = parseMarkdown('# Vorhaben\nQuelle: https://example.org/q\n\nDie Register werden modernisiert.', 'a.md');
    expect(doc.url).toBe('https://example.org/q');
    expect(doc.text).toBe('Vorhaben\n\nDie Register werden modernisiert.\n');
  });

  it('reads the HTML canonical link or og:url, and prefers a Quelle paragraph', () => {
    const head = '<head><link rel="canonical" href="https://example.org/canonical"><meta property="og:url" content="https://example.org/og"></head>';
    expect(parseHtml(`<html>${head}<body><p>Text.</p></body></html>`, 'a.html').url).toBe('https://example.org/canonical');
    expect(parseHtml('<html><head><meta property="og:url" content="https://example.org/og"></head><body><p>Text.</p></body></html>', 'a.html').url).toBe('https://example.org/og');
    const doc = parseHtml(`<html>${head}<body><main><h1>Kooperation</h1><p class="source">Quelle: http://www.cio.m-v.de/Koop/</p><p>Bund und Länder arbeiten zusammen.</p></main></body></html>`, 'a.html');
    expect(doc.url).toBe('http://www.cio.m-v.de/Koop/');
    expect(doc.text).toBe('Kooperation\nBund und Länder arbeiten zusammen.');
  });
});
