import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { baseTitle } from './document-format.js';
import { findPlainTextSections } from './plain-text-sections.js';
import type { PageSpan, ParsedDocument } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsReady: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js on first use (most runs parse no PDF, and the module costs ~0.3 s to load).
 * pdf.js runs its "worker" on the main thread in Node when `globalThis.pdfjsWorker` holds the
 * worker module; importing it here avoids resolving `GlobalWorkerOptions.workerSrc` at run
 * time (which breaks under bundlers and test runners).
 *
 * The legacy build bundles core-js, which replaces the global JSON.parse and JSON.stringify
 * with much slower JavaScript versions on Node 20 (they lack JSON.rawJSON). That made writing
 * and loading a 100k-passage index ~0.5 s slower and slows every JSON call in the bot, so the
 * native functions (already standard-conformant) are put back after the import.
 */
function loadPdfjs(): Promise<PdfJs> {
  pdfjsReady ??= (async () => {
    const { parse, stringify } = JSON;
    try {
      const [pdfjs, worker] = await Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs'),
        import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
      ]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return pdfjs;
    } finally {
      JSON.parse = parse;
      JSON.stringify = stringify;
    }
  })();
  return pdfjsReady;
}

/**
 * Extracts the text of a PDF with pdf.js (legacy build, no font loading, no eval). Each page's
 * text items are joined into lines (`hasEOL` or a change of baseline ends a line, a larger gap
 * adds a blank line); pages are joined with a line break and recorded in `pages`. Sections come
 * from the plain-text heuristics ({@link findPlainTextSections}). Title: metadata Title, else a
 * title-like first line, else the file name.
 * @throws {UnreadableFileError} for an encrypted, broken or text-less (scanned) PDF.
 */
export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer: hand it a copy
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata().catch(() => undefined);
    const pages: PageSpan[] = [];
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const pageText = joinItems(content.items.filter((i): i is TextItem => 'str' in i));
      if (p > 1) text += '\n';
      pages.push({ page: p, start: text.length, end: text.length + pageText.length });
      text += pageText;
      page.cleanup();
    }
    if (text.trim() === '') {
      throw new UnreadableFileError('PDF without extractable text (scanned? run OCR on it first)');
    }
    const structure = findPlainTextSections(text);
    const info = meta?.info as { Title?: unknown } | undefined;
    const metaTitle = typeof info?.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    return { title: metaTitle || structure.title || baseTitle(fileName), text, sections: structure.sections, pages };
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new UnreadableFileError('encrypted PDF (password protected)', { cause: e });
    const message = e instanceof Error ? e.message : String(e);
    const short = message.split('\n')[0]!.replace(/\.$/, '').slice(0, 80);
    throw new UnreadableFileError(`broken PDF (${short || 'unreadable'})`, { cause: e });
  } finally {
    await task.destroy();
  }
}

/** Joins a page's text items into lines, in NFC. */
function joinItems(items: TextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  let lastXEnd = 0;
  let lastHeight = 0;
  let lineEnded = false;
  for (const item of items) {
    const x = item.transform[4] as number;
    const y = item.transform[5] as number;
    const height = Math.abs(item.transform[3] as number) || item.height || 10;
    if (lastY !== undefined) {
      const newLine = lineEnded || Math.abs(y - lastY) > 0.5 * Math.max(height, lastHeight);
      if (newLine) {
        if (!out.endsWith('\n')) out += '\n';
        if (lastY - y > 1.8 * Math.max(height, lastHeight) && !out.endsWith('\n\n')) out += '\n';
      } else if (x - lastXEnd > 0.15 * height && !/\s$/.test(out) && !/^\s/.test(item.str)) {
        out += ' ';
      }
    }
    out += item.str;
    lineEnded = item.hasEOL;
    if (item.str !== '' || lastY === undefined) {
      lastY = y;
      lastXEnd = x + item.width;
      lastHeight = height;
    }
  }
  return out
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}
