import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { baseTitle } from './document-format.js';
import { dropRunningLines, pageLines, type PdfLine, type PdfTextRun } from './pdf-layout.js';
import { pdfText } from './pdf-text.js';
import { sourceUrl } from './source-link.js';
import type { ParsedDocument } from './types.js';
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
 * Extracts the text of a PDF with pdf.js (legacy build, no font loading, no eval) as it was
 * typeset: lines are read column by column ({@link pageLines}), running headers, footers and
 * page numbers dropped ({@link dropRunningLines}), lines unwrapped into paragraphs with words
 * hyphenated at line ends joined, and headings taken from font size and weight
 * ({@link pdfText}). Every page's span of the text is recorded in `pages`. Title: metadata
 * Title, else the first top-level heading, else the file name. Source link (`url`): a
 * `Quelle:` line at the top of the first page, else a URL in the metadata (document info
 * `URL`/`Source`/`Quelle`, or XMP `dc:source`/`dc:identifier`).
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
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs = content.items.filter((i): i is TextItem => 'str' in i).map(runOf);
      const [x0, , x1] = page.view;
      pages.push(pageLines(runs, p, (x1 ?? 612) - (x0 ?? 0)));
      page.cleanup();
    }
    const lines = dropRunningLines(pages).flat();
    if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l.text))) {
      throw new UnreadableFileError('PDF without extractable text (scanned? run OCR on it first)');
    }
    const typeset = pdfText(lines, doc.numPages);
    const info = meta?.info as { Title?: unknown; Custom?: Record<string, unknown> } | undefined;
    const metaTitle = typeof info?.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    const url = typeset.url ?? metadataUrl(info, meta?.metadata);
    return {
      title: metaTitle || typeset.title || baseTitle(fileName),
      text: typeset.text,
      sections: typeset.sections,
      pages: typeset.pages,
      ...(url ? { url } : {}),
    };
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

function runOf(item: TextItem): PdfTextRun {
  const [a, b, c, d, x, y] = item.transform as number[];
  // The text matrix's vertical scale is the font size (rotated text: its length).
  const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 10;
  return { str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.round(size * 10) / 10, font: item.fontName };
}

/** A source URL from the document information dictionary or the XMP metadata. */
function metadataUrl(info: { Custom?: Record<string, unknown> } | undefined, xmp: { get(name: string): unknown } | null | undefined): string | undefined {
  const custom = info?.Custom ?? {};
  for (const [key, value] of Object.entries(custom)) {
    if (/^(?:url|source|quelle|sourceurl)$/i.test(key) && typeof value === 'string') {
      const url = sourceUrl(value);
      if (url) return url;
    }
  }
  for (const name of ['dc:source', 'dc:identifier']) {
    const value = xmp?.get(name);
    const url = typeof value === 'string' ? sourceUrl(value) : undefined;
    if (url) return url;
  }
  return undefined;
}
