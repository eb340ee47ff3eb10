import JSZip from 'jszip';
import mammoth from 'mammoth';
import { baseTitle } from './document-format.js';
import { readOfficeUrl, readXmlText } from './office-metadata.js';
import { readStructuredHtml } from './structured-html.js';
import type { ParsedDocument } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

/** Start of an OLE compound file: what an encrypted .docx (or an old .doc) really is. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Parses a Word document (.docx) with mammoth: paragraphs in the heading styles (Überschrift 1…
 * / Heading 1…) start sections, lists and tables become readable lines (a table row on one
 * line, cells separated by ` | `), footnotes and endnotes are kept as `[n] …` lines at the end;
 * tracked deletions and comments are left out, tracked insertions kept. Title: the core
 * properties' title, else the first level-1 heading, else the file name. Source link (`url`):
 * a `Quelle: https://…` paragraph at the top (left out), else a custom property
 * `URL`/`Source`/`Quelle`, else the hyperlink base.
 * @throws {UnreadableFileError} for an encrypted (password-protected) or broken file.
 */
export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new UnreadableFileError('encrypted Word file (password protected), or an old .doc file renamed to .docx');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new UnreadableFileError('broken Word file (not a valid .docx package)', { cause: e });
  }
  if (!zip.file('word/document.xml')) throw new UnreadableFileError('broken Word file (no word/document.xml)');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    // The reason names the problem, never text from the file (errors may quote its XML).
    throw new UnreadableFileError('broken Word file (its document part cannot be read)', { cause: e });
  }
  const body = readStructuredHtml(html);
  const core = await zip.file('docProps/core.xml')?.async('string');
  const metaTitle = core ? readXmlText(core, 'dc:title') : undefined;
  const url = body.url ?? (await readOfficeUrl(zip));
  return {
    title: metaTitle || body.firstHeading || baseTitle(fileName),
    text: body.text,
    sections: body.sections,
    ...(url ? { url } : {}),
  };
}
