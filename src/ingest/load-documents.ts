import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, describeSystemError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { DocsPathGuard } from './docs-path-guard.js';
import { whyNoReadableWords } from './readable-words.js';
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
 * Reads every supported document (.txt, .md/.markdown, .html/.htm, .pdf, .docx, .odt; extension
 * case-insensitive) under `dir`, recursively, sorted by name (code-unit order of NFC names). Hidden files and folders (name
 * starting with `.`) and OS clutter (Thumbs.db, desktop.ini, `~$` lock files) are ignored.
 * Nothing is written. A file that cannot be used is listed in `skipped` with a one-line reason:
 * unsupported type, empty or whitespace only, too large, binary content or undecodable text,
 * broken, encrypted or text-less PDF, broken or encrypted Word/OpenDocument file, or identical bytes to a document already loaded
 * (`duplicate of <id>`). Ids are paths relative to `dir` with `/` separators, in NFC.
 * Only files whose real path lies inside `dir` are read ({@link DocsPathGuard}); links leading
 * out, broken links, files and subfolders that cannot be read or vanish meanwhile, and text
 * without readable words are skipped with a reason.
 * @throws {AppError} `DOCS_DIR_MISSING`, `DOCS_DIR_NOT_A_FOLDER`, `DOCS_DIR_UNREADABLE`.
 */
export async function loadDocuments(dir: string, options: LoadDocumentsOptions = {}): Promise<LoadedDocuments> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const guard = await openDocsDir(dir);

  const documents: SourceDocument[] = [];
  const skipped: SkippedFile[] = [];
  const unchanged: LoadedDocuments['unchanged'] = [];
  const seen = new Map<string, string>();
  const files = await listFiles(dir, '', skipped).catch((e: unknown) => {
    throw new AppError('DOCS_DIR_UNREADABLE', { dir, reason: describeSystemError(e) }, { cause: e });
  });
  // Files are read and hashed a batch at a time (I/O overlaps); deciding and parsing stays in
  // order, so duplicates and results do not depend on timing.
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const batch = await Promise.all(files.slice(i, i + READ_AHEAD).map((rel) => readCandidate(guard, rel, maxFileBytes)));
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
      const noWords = whyNoReadableWords(parsed.text);
      if (noWords) {
        skip(noWords);
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

/**
 * The documents folder, checked, with its path guard.
 * @throws {AppError} DOCS_DIR_MISSING, DOCS_DIR_NOT_A_FOLDER, DOCS_DIR_UNREADABLE.
 */
async function openDocsDir(dir: string): Promise<DocsPathGuard> {
  let info;
  try {
    info = await stat(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('DOCS_DIR_MISSING', { dir }, { cause: e });
    if (code === 'ENOTDIR') throw new AppError('DOCS_DIR_NOT_A_FOLDER', { dir }, { cause: e });
    throw new AppError('DOCS_DIR_UNREADABLE', { dir, reason: describeSystemError(e) }, { cause: e });
  }
  if (!info.isDirectory()) throw new AppError('DOCS_DIR_NOT_A_FOLDER', { dir });
  try {
    return await DocsPathGuard.create(dir);
  } catch (e) {
    throw new AppError('DOCS_DIR_UNREADABLE', { dir, reason: describeSystemError(e) }, { cause: e });
  }
}

/**
 * Reads and hashes one file, or says why it is skipped before parsing. Only the real path the
 * guard approves is opened (never a link leading outside the folder); a file that cannot be
 * read or disappears meanwhile is skipped, not fatal.
 */
async function readCandidate(guard: DocsPathGuard, rel: string, maxFileBytes: number): Promise<Candidate> {
  const id = rel.normalize('NFC');
  const format = formatOfFile(rel);
  if (!format) {
    const ext = extensionOf(rel);
    return { rel, id, skip: `unsupported file type ${ext || '(no extension)'} (supported: ${Object.keys(SUPPORTED_EXTENSIONS).join(', ')})` };
  }
  const target = await guard.resolve(rel);
  if ('skip' in target) return { rel, id, skip: target.skip };
  let file;
  try {
    // O_NOFOLLOW: the approved real path must not have become a link in the meantime.
    file = await open(target.path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    return { rel, id, skip: unreadableReason(e) };
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) return { rel, id, skip: 'not a regular file' };
    const size = info.size;
    if (size > maxFileBytes) return { rel, id, skip: `file too large (${megabytes(size)}; the limit is ${megabytes(maxFileBytes)})` };
    if (size === 0) return { rel, id, skip: 'empty file' };
    const bytes = await file.readFile();
    return { rel, id, format, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    return { rel, id, skip: unreadableReason(e) };
  } finally {
    await file.close();
  }
}

/** One line for a file that could not be opened or read. */
function unreadableReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'removed while the index was being built';
  if (code === 'ELOOP') return 'became a link while the index was being built (not read)';
  return `cannot be read (${describeSystemError(e)})`;
}

async function parse(format: DocumentFormat, bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  if (format === 'pdf') return parsePdf(bytes, fileName);
  // Word and OpenDocument readers (mammoth, JSZip, fast-xml-parser) load on first use: most
  // runs parse no such file, and every reindex child process would pay for the imports.
  if (format === 'docx') return (await import('./parse-docx.js')).parseDocx(bytes, fileName);
  if (format === 'odt') return (await import('./parse-odt.js')).parseOdt(bytes, fileName);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UnreadableFileError(decoded.reason);
  if (format === 'md') return parseMarkdown(decoded.text, fileName);
  if (format === 'html') return parseHtml(decoded.text, fileName);
  return parseTxt(decoded.text, fileName);
}

/**
 * Paths (relative, `/`-separated, sorted) of the files {@link loadDocuments} would look at.
 * Hidden files, OS clutter and links to folders are left out. Subfolders that cannot be read
 * and broken links are left out too, and reported in `skipped` when given.
 * @throws the file-system error when `root` itself cannot be read.
 */
export async function listFiles(root: string, rel = '', skipped?: SkippedFile[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (e) {
    if (!rel) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'folder removed while the index was being built' : `folder cannot be read (${describeSystemError(e)})`;
    skipped?.push({ file: `${rel.normalize('NFC')}/`, reason });
    return [];
  }
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
      // A broken link (or loop) is listed, so that the loader reports it with its reason.
      if (!target) isFile = true;
    }
    if (isDir) out.push(...(await listFiles(root, child, skipped)));
    else if (isFile) out.push(child);
  }
  return out;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
