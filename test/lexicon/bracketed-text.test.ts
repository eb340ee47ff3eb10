import { describe, expect, it } from 'vitest';
import { splitOutsideBrackets, stripBrackets } from '../../src/lexicon/bracketed-text.js';

describe('splitOutsideBrackets', () => {
  it('splits on the separator outside brackets only', () => {
    expect(splitOutsideBrackets('a (x; y); b [c; d]; e {f;g} <h;i>', ';')).toEqual(['a (x; y)', ' b [c; d]', ' e {f;g} <h;i>']);
  });

  it('handles multi-character separators and text without brackets', () => {
    expect(splitOutsideBrackets('a | b (c | d) | e', ' | ')).toEqual(['a', 'b (c | d)', 'e']);
    expect(splitOutsideBrackets('a | b', ' | ')).toEqual(['a', 'b']);
    expect(splitOutsideBrackets('abc', ';')).toEqual(['abc']);
  });

  it('does not let a stray closing bracket swallow the rest of the line', () => {
    expect(splitOutsideBrackets('a) b; c (d); e', ';')).toEqual(['a) b', ' c (d)', ' e']);
  });
});

describe('stripBrackets', () => {
  it('removes notes of every bracket kind, nested ones too, and tidies spaces', () => {
    expect(stripBrackets('abdüsen (ugs.)')).toBe('abdüsen');
    expect(stripBrackets('Mitarbeiter {m} [adm.] <MA>')).toBe('Mitarbeiter');
    expect(stripBrackets('(von etwas) fortfahren')).toBe('fortfahren');
    expect(stripBrackets('eel (on a (fine) menu) soup')).toBe('eel soup');
  });

  it('keeps text without brackets as it is, trimmed', () => {
    expect(stripBrackets('  Arbeitskraft ')).toBe('Arbeitskraft');
  });
});
