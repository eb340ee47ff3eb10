import { describe, expect, it } from 'vitest';
import { glossaryWord, translateToGerman } from '../../src/answer/glossary-en-de.js';

describe('translateToGerman', () => {
  it('replaces known administrative words one for one and keeps the rest', () => {
    expect(translateToGerman('When will DOMEA be introduced in all ministries?')).toBe('When will DOMEA be eingeführt in all Ministerien?');
  });

  it('translates multi-word place names before single words', () => {
    expect(translateToGerman('Who is the new CIO of Rhineland-Palatinate?')).toContain('Rheinland-Pfalz');
    expect(translateToGerman('What does Lower Saxony plan?')).toContain('Niedersachsen');
    expect(translateToGerman('Who sits on the IT Planning Council?')).toContain('IT-Planungsrat');
    expect(translateToGerman('How many programme points does the action catalogue have?')).toMatch(/Programmpunkte.*Maßnahmenkatalog/);
    expect(translateToGerman('What did the state audit office criticise?')).toContain('Landesrechnungshof');
    expect(translateToGerman('What does the court of auditors say?')).toContain('Rechnungshof');
    // A Landkreis goes by "rural district" in English.
    expect(translateToGerman('How many rural districts are left?')).toContain('Landkreise');
    expect(translateToGerman('Which rural district builds the network?')).toContain('Landkreis');
  });

  it('takes words that name object properties for words ("constructor", "__proto__")', () => {
    expect(translateToGerman('What about the constructor and __proto__ of toString?')).toBe('What about the constructor and __proto__ of toString?');
    expect(glossaryWord('constructor')).toBeUndefined();
    expect(glossaryWord('hasOwnProperty')).toBeUndefined();
  });
});
