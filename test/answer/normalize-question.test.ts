import { describe, expect, it } from 'vitest';
import { normalizeQuestion, withoutAskerContext, writeOutStateCodes } from '../../src/answer/normalize-question.js';

describe('normalizeQuestion', () => {
  it('writes out a short range of two years ("2014/15" → "2014/2015"), never a decision number or a date', () => {
    expect(normalizeQuestion('Wie viele Konferenzen gab es 2014/15?')).toBe('Wie viele Konferenzen gab es 2014/2015?');
    expect(normalizeQuestion('im Haushaltsjahr 2024/25')).toBe('im Haushaltsjahr 2024/2025');
    expect(normalizeQuestion('von 1999/00 bis heute')).toBe('von 1999/00 bis heute');
    expect(normalizeQuestion('Beschluss 2014/13')).toBe('Beschluss 2014/13');
    expect(normalizeQuestion('am 03.11.2023/24')).toBe('am 03.11.2023/24');
    expect(normalizeQuestion('Beschluss 2010/14 vom 02.07.2010')).toBe('Beschluss 2010/14 vom 02.07.2010');
    expect(normalizeQuestion('Was steht in Beschluss 2014/15?')).toBe('Was steht in Beschluss 2014/15?');
  });

  it('writes an English "mid-2020" as the qualifier and the year ("mid 2020")', () => {
    expect(normalizeQuestion('How many services were online in mid-2020?')).toBe('How many services were online in mid 2020?');
    expect(normalizeQuestion('the mid-term review')).toBe('the mid-term review');
  });

  it('drops the genitive or plural "s" of an acronym ("MVs Landesverwaltung" → "MV Landesverwaltung")', () => {
    expect(normalizeQuestion('Von wann ist der Artikel über MVs Landesverwaltung?')).toBe('Von wann ist der Artikel über MV Landesverwaltung?');
    expect(normalizeQuestion("MV's Portal und die OZGs")).toBe('MV Portal und die OZG');
    expect(normalizeQuestion('Was ist das MVS?')).toBe('Was ist das MVS?');
  });

  it('names a state for its colloquial name ("Meck-Pomm", "BaWü"), keeping official abbreviations', () => {
    expect(normalizeQuestion('Wo wird die 115 in Meck-Pomm erprobt?')).toBe('Wo wird die 115 in Mecklenburg-Vorpommern erprobt?');
    expect(normalizeQuestion('meckpomm und BaWü')).toBe('Mecklenburg-Vorpommern und Baden-Württemberg');
    expect(normalizeQuestion('Was plant MV, was plant BW?')).toBe('Was plant MV, was plant BW?');
  });

  it('writes out an abbreviated month ("Nov. 2024", "Sept 2020"), but not a name or word that begins alike', () => {
    expect(normalizeQuestion('Was hat der Landtag im Nov. 2024 beschlossen?')).toBe('Was hat der Landtag im November 2024 beschlossen?');
    expect(normalizeQuestion('am 3. Dez. 2019 und in Sept 2020')).toBe('am 3. Dezember 2019 und in September 2020');
    expect(normalizeQuestion('What happened in Oct. 2021?')).toBe('What happened in October 2021?');
    expect(normalizeQuestion('Was sagt Jan Meyer zum Novum 2024?')).toBe('Was sagt Jan Meyer zum Novum 2024?');
  });

  it('writes out the abbreviated scale of a number ("400 Mio", "1,5 Mrd."), not a word that begins alike', () => {
    expect(normalizeQuestion('Wann hat der Landtag die 400 Mio freigegeben?')).toBe('Wann hat der Landtag die 400 Millionen freigegeben?');
    expect(normalizeQuestion('Sind es 1,5 Mrd. Euro oder 3Tsd. Euro?')).toBe('Sind es 1,5 Milliarden Euro oder 3 Tausend Euro?');
    expect(normalizeQuestion('Was kostet Mio-Software 2024?')).toBe('Was kostet Mio-Software 2024?');
    expect(normalizeQuestion('Gibt es 2 Mios?')).toBe('Gibt es 2 Mios?');
  });
});

describe('writeOutStateCodes', () => {
  const documentsUse = (code: string) => code === 'MV';
  it('writes out the code of a state (ISO 3166-2:DE, "NRW") that the documents never use, and keeps one they use', () => {
    expect(writeOutStateCodes('Was hat SH mit LibreOffice vor?', documentsUse)).toBe('Was hat Schleswig-Holstein mit LibreOffice vor?');
    expect(writeOutStateCodes('Wie weit sind NRW und BY?', documentsUse)).toBe('Wie weit sind Nordrhein-Westfalen und Bayern?');
    expect(writeOutStateCodes('Seit wann gibt es das Portal in MV?', documentsUse)).toBe('Seit wann gibt es das Portal in MV?');
  });

  it('leaves small letters and longer words alone ("by", "SHA-1", "BYOD")', () => {
    expect(writeOutStateCodes('Who is it run by? SHA-1 or BYOD?', documentsUse)).toBe('Who is it run by? SHA-1 or BYOD?');
  });
});

describe('withoutAskerContext', () => {
  it('drops the sentences after the question that speak of the asker, keeps those before it and other ones after it', () => {
    expect(withoutAskerContext('Seit wann ist das Portal online? Brauche das exakte Startdatum für meinen Artikel.')).toBe('Seit wann ist das Portal online?');
    expect(withoutAskerContext('When did it start? I need the date for my article.')).toBe('When did it start?');
    expect(withoutAskerContext('Ich lese über das MV-Serviceportal. Seit wann gibt es das?')).toBe('Ich lese über das MV-Serviceportal. Seit wann gibt es das?');
    expect(withoutAskerContext('Seit wann gibt es das Portal? Und das Nutzerkonto.')).toBe('Seit wann gibt es das Portal? Und das Nutzerkonto.');
    expect(withoutAskerContext('Bis wann soll DOMEA eingeführt sein')).toBe('Bis wann soll DOMEA eingeführt sein');
  });

  it('knows a request formula at the start of its sentence, capitalised', () => {
    expect(withoutAskerContext('Welches Merkmal soll aufgenommen werden? Bitte mit Angabe der Rechtsnorm.')).toBe('Welches Merkmal soll aufgenommen werden?');
    expect(withoutAskerContext('Which regulation applies? Please cite the article.')).toBe('Which regulation applies?');
    expect(withoutAskerContext('Who pays for it? The US or the EU.')).toBe('Who pays for it? The US or the EU.');
  });
});
