import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeText', () => {
  it('decodes valid UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFGrüße aus Schwerin', 'utf8'))).toEqual({ ok: true, text: 'Grüße aus Schwerin', encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Behördenruf 115', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Behördenruf 115', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for Latin-1 German text', () => {
    expect(decodeText(latin1('Gr\xfc\xdfe aus M\xfcnchen, \x84Zitat\x93 f\xfcr 5 \x80.'))).toEqual({
      ok: true,
      text: 'Grüße aus München, „Zitat“ für 5 €.',
      encoding: 'windows-1252',
    });
  });

  it('keeps mostly valid UTF-8 with a damaged byte as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Grüße, Ärger, Öl, Übung und ', 'utf8'), Buffer.from([0xff]), Buffer.from(' mehr.', 'utf8')]);
    const r = decodeText(bytes);
    expect(r).toEqual({ ok: true, text: 'Grüße, Ärger, Öl, Übung und \uFFFD mehr.', encoding: 'utf-8' });
  });

  it('rejects NUL bytes and mostly control characters as binary', () => {
    expect(decodeText(Buffer.from([0x48, 0x61, 0x00, 0x6c, 0x6c, 0x6f]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeText(Buffer.from([1, 2, 3, 4, 5, 6, 0x41, 0x42, 7, 8]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });

  it('rejects text that is mostly undecodable', () => {
    const bytes = Buffer.alloc(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x41 : 0x80 + ((i * 7) % 0x7f);
    expect(decodeText(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/^invalid UTF-8/) });
  });
});
