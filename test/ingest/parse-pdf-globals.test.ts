import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/ingest/parse-pdf.js';
import { makePdf } from './support/make-pdf.js';

describe('parsePdf', () => {
  it('leaves the native JSON functions in place after loading pdf.js (its core-js polyfills are slow)', async () => {
    const { parse, stringify } = JSON;
    const doc = await parsePdf(makePdf([['Seite eins.']]), 'a.pdf');
    expect(doc.text).toContain('Seite eins.');
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.stringify.toString()).toContain('[native code]');
  });
});
