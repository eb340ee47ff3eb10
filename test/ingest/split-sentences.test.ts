import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/split-sentences.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits at periods, question and exclamation marks followed by a capital', () => {
    expect(sentences('Das ist gut. Ist das so? Ja! Weiter geht es.')).toEqual(['Das ist gut.', 'Ist das so?', 'Ja!', 'Weiter geht es.']);
  });

  it('does not split after German abbreviations', () => {
    const text = 'Es gibt z. B. Projekte bzw. Vorhaben, u. a. DOMEA, ca. 33 Stück, d. h. viele. Dr. Lenz und Prof. Alt sprechen. Siehe S. 12 und vgl. Nr. 3 nach Abs. 2 Art. 5 mit 48 Mio. Euro.';
    expect(sentences(text)).toEqual([
      'Es gibt z. B. Projekte bzw. Vorhaben, u. a. DOMEA, ca. 33 Stück, d. h. viele.',
      'Dr. Lenz und Prof. Alt sprechen.',
      'Siehe S. 12 und vgl. Nr. 3 nach Abs. 2 Art. 5 mit 48 Mio. Euro.',
    ]);
  });

  it('does not split inside dates, ordinals and numbers', () => {
    const text = 'Am 18.11.2024 und am 1. Januar sowie am 3. Mai kamen 1.000 Gäste. Danach war Schluss.';
    expect(sentences(text)).toEqual(['Am 18.11.2024 und am 1. Januar sowie am 3. Mai kamen 1.000 Gäste.', 'Danach war Schluss.']);
  });

  it('splits after a year at the end of a sentence', () => {
    expect(sentences('Das gilt bis 2015. Dann kommt mehr.')).toEqual(['Das gilt bis 2015.', 'Dann kommt mehr.']);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case word', () => {
    const text = '„Wir sind bereit.“ Das sagte er. „Warum?“ fragte sie.';
    expect(sentences(text)).toEqual(['„Wir sind bereit.“', 'Das sagte er.', '„Warum?“ fragte sie.']);
  });

  it('handles ellipses', () => {
    expect(sentences('Er wartete ... und wartete. Dann kam mehr... Neue Zeile…  Ende.')).toEqual([
      'Er wartete ... und wartete.',
      'Dann kam mehr...',
      'Neue Zeile…',
      'Ende.',
    ]);
  });

  it('always ends a sentence at a paragraph break and at short lines', () => {
    expect(sentences('Überschrift ohne Punkt\n\nText ohne Punkt\nNoch eine Zeile')).toEqual([
      'Überschrift ohne Punkt',
      'Text ohne Punkt',
      'Noch eine Zeile',
    ]);
  });

  it('treats a single line break inside a long wrapped sentence as a space', () => {
    const text = 'Dies ist ein langer Satz, der in einer Textdatei umbrochen wurde und\ndeshalb über zwei Zeilen läuft. Danach folgt ein zweiter.';
    expect(sentences(text)).toEqual([
      'Dies ist ein langer Satz, der in einer Textdatei umbrochen wurde und\ndeshalb über zwei Zeilen läuft.',
      'Danach folgt ein zweiter.',
    ]);
  });

  it('ends a long line without final punctuation before a heading on a line of its own', () => {
    const text = 'Zur aktuellen Fassung der Geschäftsordnung (vom 03.11.2023, Beschluss 2023/40)\nHintergrund\nDer Auftrag steht im Grundgesetz.';
    expect(sentences(text)).toEqual(['Zur aktuellen Fassung der Geschäftsordnung (vom 03.11.2023, Beschluss 2023/40)', 'Hintergrund', 'Der Auftrag steht im Grundgesetz.']);
    // The short last line of a wrapped sentence closes it, so it stays with the sentence.
    const wrapped = 'Dies ist ein langer Satz, der in einer Textdatei umbrochen wurde, über die\nStrategie.\nDanach folgt ein zweiter.';
    expect(sentences(wrapped)[0]).toBe('Dies ist ein langer Satz, der in einer Textdatei umbrochen wurde, über die\nStrategie.');
  });

  it('returns absolute offsets inside a sub-range without surrounding whitespace', () => {
    const text = 'XXX  Eins. Zwei.  YYY';
    expect(splitSentences(text, 3, 17)).toEqual([
      { start: 5, end: 10 },
      { start: 11, end: 16 },
    ]);
  });
});
