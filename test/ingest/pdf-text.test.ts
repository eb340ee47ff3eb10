import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../src/ingest/pdf-layout.js';
import { pdfText } from '../../src/ingest/pdf-text.js';

/** Body lines of a justified column 70–525 pt wide, 14 pt apart; `short` lines end early. */
function column(texts: (string | { text: string; short?: boolean; size?: number; font?: string })[]): PdfLine[] {
  return texts.map((t, i) => {
    const o = typeof t === 'string' ? { text: t } : t;
    return { text: o.text, x0: 70, x1: o.short ? 300 : 525, y: 760 - i * 14, size: o.size ?? 10.5, font: o.font ?? 'F1', page: 1, column: 0, blockLeft: 70, blockRight: 525 };
  });
}

describe('pdfText', () => {
  it('keeps a line that starts with a dash inside its sentence, but starts list items after a short line', () => {
    const doc = pdfText(
      column([
        'Der Vertrag trat am 1. April 2010 in Kraft und wurde zur Errichtung der FITKO',
        { text: '– zum 1. Oktober 2019 überarbeitet.', short: true },
        { text: 'Der Vertrag', short: true },
        { text: '- benennt die Aufgaben,', short: true },
        { text: '- regelt die Finanzierung.', short: true },
      ]),
      1,
    );
    expect(doc.text.split('\n')).toEqual([
      'Der Vertrag trat am 1. April 2010 in Kraft und wurde zur Errichtung der FITKO – zum 1. Oktober 2019 überarbeitet.',
      'Der Vertrag',
      '- benennt die Aufgaben,',
      '- regelt die Finanzierung.',
    ]);
  });

  it('makes a larger line a heading and a body-size line in another font a subheading', () => {
    const doc = pdfText(
      column([
        { text: 'Strategie', size: 16, font: 'F2' },
        'Ein langer Absatz über die Strategie des Landes, der über die ganze Zeile',
        { text: 'geht und dann endet.', short: true },
        { text: 'Finanzierung', font: 'F2', short: true },
        { text: 'Das Land zahlt.', short: true },
      ]),
      1,
    );
    expect(doc.title).toBe('Strategie');
    expect(doc.sections.map((s) => s.headings)).toEqual([['Strategie'], ['Strategie', 'Finanzierung']]);
  });
});
