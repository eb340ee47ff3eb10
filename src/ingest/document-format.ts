import type { DocumentFormat } from './types.js';

/** File extensions (lower case, with dot) that ingestion reads, and their format. */
export const SUPPORTED_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.odt': 'odt',
};

/**
 * The format of a file judged by its extension (case-insensitive), or `undefined` when the
 * extension is not supported. Content sniffing is left to the loaders.
 */
export function formatOfFile(fileName: string): DocumentFormat | undefined {
  return SUPPORTED_EXTENSIONS[extensionOf(fileName)];
}

/** The file name without directory and extension: the title fallback of every loader. */
export function baseTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).normalize('NFC');
}

/** The lower-case extension with its dot (`.pdf`), or `''` when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
