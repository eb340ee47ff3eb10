import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { extensionOf, formatOfFile, SUPPORTED_EXTENSIONS } from './document-format.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePdf } from './parse-pdf.js';
import { parseTxt } from './parse-txt.js';
import type { DocumentFormat, ParsedDocument, SkippedFile, SourceDocument } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

/** Files above this size are skipped unless `maxFileBytes` says otherwise: 50 MB. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Options of {@link loadDocuments}. */
export interface LoadDocumentsOptions {
  /** Larger files are skipped (default {@link DEFAULT_MAX_FILE_BYTES}). */
  maxFileBytes?: number;
  /**
   * Says whether a file with this id and content hash is already indexed as it is; such files
   * are not parsed (an incremental reindex only needs their hash) and come back in `unchanged`.
   */
  isUnchanged?: (id: string, hash: string) => boolean;
}

/** What {@link loadDocuments} found: documents to index and files left out, with reasons. */
export interface LoadedDocuments {
  documents: SourceDocument[];
  skipped: SkippedFile[];
  /** Files that `isUnchanged` recognised: not parsed. */
  unchanged: { id: string; hash: string }[];
}

/** Operating-system clutter that is ignored silently, like hidden files. */
const IGNORED = /^(?:Thumbs\.db|desktop\.ini|~\$.*)$/i;

/**
 * Reads every supported document (.txt, .md/.markdown, .html/.htm, .pdf; extension
 * case-insensitive) under `dir`, recursively, sorted by name (code-unit order of NFC names). Hidden files and folders (name
 * starting with `.`) and OS clutter (Thumbs.db, desktop.ini, `~$` lock files) are ignored.
 * Nothing is written. A file that cannot be used is listed in `skipped` with a one-line reason:
 * unsupported type, empty or whitespace only, too large, binary content or undecodable text,
 * broken, encrypted or text-less PDF, or identical bytes to a document already loaded
 * (`duplicate of <id>`). Ids are paths relative to `dir` with `/` separators, in NFC.
 * @throws {AppError} `DOCS_DIR_MISSING` when `dir` does not exist or is not a folder.
 */
export async function loadDocuments(dir: string, options: LoadDocumentsOptions = {}): Promise<LoadedDocuments> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new AppError('DOCS_DIR_MISSING', { dir });

  const documents: SourceDocument[] = [];
  const skipped: SkippedFile[] = [];
  const unchanged: LoadedDocuments['unchanged'] = [];
  const seen = new Map<string, string>();
  const files = await listFiles(dir, '');
  // Files are read and hashed a batch at a time (I/O overlaps); deciding and parsing stays in
  // order, so duplicates and results do not depend on timing.
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const batch = await Promise.all(files.slice(i, i + READ_AHEAD).map((rel) => readCandidate(dir, rel, maxFileBytes)));
    for (const candidate of batch) {
      const { rel, id } = candidate;
      const skip = (reason: string) => skipped.push({ file: id, reason });
      if ('skip' in candidate) {
        skip(candidate.skip);
        continue;
      }
      const { format, bytes, hash } = candidate;
      const original = seen.get(hash);
      if (original !== undefined) {
        skip(`duplicate of ${original}`);
        continue;
      }
      if (options.isUnchanged?.(id, hash)) {
        seen.set(hash, id);
        unchanged.push({ id, hash });
        continue;
      }
      let parsed: ParsedDocument;
      try {
        parsed = await parse(format, bytes, rel);
      } catch (e) {
        skip(e instanceof UnreadableFileError ? e.reason : `could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
        continue;
      }
      if (parsed.text.trim() === '') {
        skip(format === 'txt' || format === 'md' ? 'empty file (whitespace only)' : 'no text content');
        continue;
      }
      seen.set(hash, id);
      documents.push({ ...parsed, id, format, hash, bytes: bytes.length });
    }
  }
  return { documents, skipped, unchanged };
}

/** Files read and hashed concurrently while scanning. */
const READ_AHEAD = 16;

type Candidate =
  | { rel: string; id: string; skip: string }
  | { rel: string; id: string; format: DocumentFormat; bytes: Buffer; hash: string };

/** Reads and hashes one file, or says why it is skipped before parsing. */
async function readCandidate(dir: string, rel: string, maxFileBytes: number): Promise<Candidate> {
  const id = rel.normalize('NFC');
  const format = formatOfFile(rel);
  if (!format) {
    const ext = extensionOf(rel);
    return { rel, id, skip: `unsupported file type ${ext || '(no extension)'} (supported: ${Object.keys(SUPPORTED_EXTENSIONS).join(', ')})` };
  }
  const abs = path.join(dir, ...rel.split('/'));
  const size = (await stat(abs)).size;
  if (size > maxFileBytes) return { rel, id, skip: `file too large (${megabytes(size)}; the limit is ${megabytes(maxFileBytes)})` };
  if (size === 0) return { rel, id, skip: 'empty file' };
  const bytes = await readFile(abs);
  return { rel, id, format, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

async function parse(format: DocumentFormat, bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  if (format === 'pdf') return parsePdf(bytes, fileName);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UnreadableFileError(decoded.reason);
  if (format === 'md') return parseMarkdown(decoded.text, fileName);
  if (format === 'html') return parseHtml(decoded.text, fileName);
  return parseTxt(decoded.text, fileName);
}

/**
 * Paths (relative, `/`-separated, sorted) of the files {@link loadDocuments} would look at.
 * Hidden files, OS clutter and links to folders are left out.
 */
export async function listFiles(root: string, rel = ''): Promise<string[]> {
  const entries: Dirent[] = await readdir(path.join(root, rel), { withFileTypes: true });
  // Code-unit order of the NFC names: the same on every machine and locale.
  const key = (e: Dirent) => e.name.normalize('NFC');
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || IGNORED.test(e.name)) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Follow links to files; links to folders are not followed (they could loop).
      const target = await stat(path.join(root, child)).catch(() => undefined);
      isFile = target?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) out.push(...(await listFiles(root, child)));
    else if (isFile) out.push(child);
  }
  return out;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
