import { describe, expect, it } from 'vitest';
import { sanitizeQuestion } from '../../src/answer/sanitize-question.js';
import { detectLanguage } from '../../src/answer/detect-language.js';

describe('sanitizeQuestion', () => {
  it('keeps an ordinary question as it is', () => {
    expect(sanitizeQuestion('Bis wann soll DOMEA eingeführt sein?', 1000)).toEqual({ text: 'Bis wann soll DOMEA eingeführt sein?', truncated: false });
  });

  it('turns empty, whitespace-only, punctuation-only and emoji-only input into an empty question', () => {
    for (const q of ['', '   \n\t ', '?!?...', '🙂🎉', '\u200b\u200b']) expect(sanitizeQuestion(q, 1000).text).toBe('');
  });

  it('removes control, zero-width and bidi characters', () => {
    expect(sanitizeQuestion('DO\u200bMEA\u0007 \u202eWann?', 1000).text).toBe('DOMEA Wann?');
  });

  it('defuses @everyone/@here and strips Discord mention syntax', () => {
    const { text } = sanitizeQuestion('@everyone <@123456789012> <@&42> <#99> was ist DOMEA? @here', 1000);
    expect(text).not.toMatch(/@everyone|@here|<@|<#/);
    expect(text).toContain('was ist DOMEA?');
  });

  it('cuts a question above the limit at a word boundary and says so', () => {
    const long = 'Masterplan '.repeat(200);
    const r = sanitizeQuestion(long, 1000);
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(1000);
    expect(r.text.endsWith('Masterplan')).toBe(true);
  });
});

describe('detectLanguage', () => {
  it('tells German from English questions', () => {
    expect(detectLanguage('Bis wann soll DOMEA in allen Ministerien eingeführt sein?')).toBe('de');
    expect(detectLanguage('What is the Masterplan 2011?')).toBe('en');
    expect(detectLanguage('Who won the football World Cup in 2014?')).toBe('en');
    expect(detectLanguage('Wer ist der neue CIO von Rheinland-Pfalz?')).toBe('de');
  });

  it('reads an English question that names a German institution or person as English', () => {
    expect(detectLanguage('When was the Zentrum für Digitalisierung MV set up?')).toBe('en');
    expect(detectLanguage('who is Dirk Schrödter?')).toBe('en');
    expect(detectLanguage('In which city is the ZDMV (Zentrum für Digitalisierung MV) based?')).toBe('en');
    expect(detectLanguage('How many staff work at the Büro für kooperatives E-Government?')).toBe('en');
  });

  it('takes no part of a hyphenated compound for a function word ("it-staatsvertrag"), and German "Will …?" stays German', () => {
    expect(detectLanguage('was regelt der it-staatsvertrag in sachen zusammensetzung vom it-planungsrat')).toBe('de');
    expect(detectLanguage('Will das ZDMV auch mit Start-ups neue Lösungen ausprobieren?')).toBe('de');
    expect(detectLanguage('wie dünn besiedelt ist mv eigentlich')).toBe('de');
  });

  it('defaults to German when there is nothing to go by', () => {
    expect(detectLanguage('DOMEA')).toBe('de');
  });
});
