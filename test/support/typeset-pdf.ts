/**
 * Typesets realistic PDFs for tests and format comparisons (test support): A4 pages, justified
 * Helvetica body text with German hyphenation at line ends (Liang patterns from the `hyphen`
 * package), larger bold headings, a running header and a "Seite N" footer on every page, and
 * optionally two-column pages. Each word is drawn on its own, as justified text is in real PDFs.
 */
import hyphenDe from 'hyphen/de';

const { hyphenateSync } = hyphenDe;
import { PDFDocument, PDFName, type PDFDict, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type TypesetBlock =
  | { kind: 'h1' | 'h2' | 'h3'; text: string }
  | { kind: 'p'; text: string };

export interface TypesetOptions {
  /** Document information Title. */
  title?: string;
  /** Running header on every page (left-aligned, small). */
  header?: string;
  /** Footer per page (default `Seite N`; `null` for none). */
  footer?: ((page: number) => string) | null;
  /** Columns on page n (1-based); default 1. */
  columns?: (page: number) => 1 | 2;
  /** Custom document-information entries, e.g. `{ URL: 'https://…' }`. */
  info?: Record<string, string>;
  /** Hyphenate words at line ends (default true). */
  hyphenate?: boolean;
}

const PAGE = { width: 595, height: 842, margin: 70, top: 780, bottom: 70 };
const BODY = { size: 10.5, leading: 14 };
const HEADINGS = { h1: { size: 18, leading: 24 }, h2: { size: 13, leading: 18 }, h3: { size: 10.5, leading: 14 } };
const GUTTER = 24;

export async function typesetPdf(blocks: TypesetBlock[], options: TypesetOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (options.title) pdf.setTitle(options.title);
  pdf.setProducer('typeset-pdf (test)');
  // pdf-lib keeps the information dictionary private; custom entries need it.
  const info = (pdf as unknown as { getInfoDict(): PDFDict }).getInfoDict();
  for (const [key, value] of Object.entries(options.info ?? {})) info.set(PDFName.of(key), PDFString.of(value));
  const columnsOf = options.columns ?? (() => 1);
  const footer = options.footer === undefined ? (n: number) => `Seite ${n}` : options.footer;
  const hyphenate = options.hyphenate ?? true;

  let page!: PDFPage;
  let pageNo = 0;
  let column = 0;
  let y = 0;
  const columnBox = () => {
    const cols = columnsOf(pageNo);
    const width = (PAGE.width - 2 * PAGE.margin - (cols - 1) * GUTTER) / cols;
    return { x: PAGE.margin + column * (width + GUTTER), width, cols };
  };
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pageNo++;
    column = 0;
    y = PAGE.top;
    if (options.header) page.drawText(safe(options.header, regular), { x: PAGE.margin, y: PAGE.height - 40, size: 8, font: regular });
    if (footer) {
      const text = safe(footer(pageNo), regular);
      page.drawText(text, { x: (PAGE.width - regular.widthOfTextAtSize(text, 8)) / 2, y: 35, size: 8, font: regular });
    }
  };
  const nextLine = (leading: number) => {
    y -= leading;
    if (y < PAGE.bottom) {
      if (column + 1 < columnBox().cols) {
        column++;
        y = PAGE.top - leading;
      } else {
        newPage();
        y -= leading;
      }
    }
  };
  newPage();
  for (const block of blocks) {
    const heading = block.kind !== 'p';
    const font = heading ? bold : regular;
    const { size, leading } = heading ? HEADINGS[block.kind] : BODY;
    if (heading) y -= leading * 0.6;
    // Lines are broken one at a time: the column (and so the width) may change on the way.
    let words = safe(block.text, font).split(/\s+/).filter(Boolean);
    while (words.length) {
      nextLine(leading);
      const { x, width } = columnBox();
      const taken = takeLine(words, font, size, width, hyphenate && !heading);
      words = taken.rest;
      drawLine(page, taken.line, x, y, width, font, size, !heading && words.length > 0);
    }
    y -= heading ? 2 : 6;
  }
  return pdf.save();
}

/** The words of the next line (greedy); a word that does not fit is hyphenated at the last point that fits. */
function takeLine(words: string[], font: PDFFont, size: number, width: number, hyphenate: boolean): { line: string[]; rest: string[] } {
  const fits = (ws: string[]) => font.widthOfTextAtSize(ws.join(' '), size) <= width;
  const line: string[] = [];
  let k = 0;
  while (k < words.length && fits([...line, words[k]!])) line.push(words[k++]!);
  if (k === words.length) return { line, rest: [] };
  if (line.length === 0) return { line: [words[0]!], rest: words.slice(1) };
  if (hyphenate) {
    const word = words[k]!;
    const parts = hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad');
    for (let cut = parts.length - 1; cut > 0; cut--) {
      const head = parts.slice(0, cut).join('');
      const piece = head.endsWith('-') ? head : `${head}-`;
      if (/[\p{L}-]$/u.test(head) && fits([...line, piece])) {
        return { line: [...line, piece], rest: [parts.slice(cut).join(''), ...words.slice(k + 1)] };
      }
    }
  }
  return { line, rest: words.slice(k) };
}

function drawLine(page: PDFPage, words: string[], x: number, y: number, width: number, font: PDFFont, size: number, justify: boolean): void {
  const space = font.widthOfTextAtSize(' ', size);
  const used = words.reduce((sum, w) => sum + font.widthOfTextAtSize(w, size), 0);
  const gap = justify && words.length > 1 ? (width - used) / (words.length - 1) : space;
  let cx = x;
  for (const w of words) {
    page.drawText(w, { x: cx, y, size, font });
    cx += font.widthOfTextAtSize(w, size) + gap;
  }
}

/** Replaces characters the standard font cannot encode (WinAnsi) with a close one or `?`. */
function safe(text: string, font: PDFFont): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += ch === '\u2011' ? '-' : /\s/.test(ch) ? ' ' : '?';
    }
  }
  return out;
}
