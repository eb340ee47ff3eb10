/** Shapes shared by ingestion, the index and answering. Pure data, no behaviour. */

export type DocumentFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'odt';

/** A section of a document: its heading path and the character range of its body in `text`. */
export interface Section {
  /** Heading path from the outermost heading, e.g. `['Masterplan', 'Ziele']`; `[]` before the first heading. */
  headings: string[];
  /** Start of the section body in the document text (inclusive, UTF-16 offset). */
  start: number;
  /** End of the section body (exclusive). */
  end: number;
}

/** Where a PDF page's text lies in the document text. */
export interface PageSpan {
  /** 1-based page number. */
  page: number;
  start: number;
  end: number;
}

/** What a loader extracts from one file. */
export interface ParsedDocument {
  title: string;
  /** The whole extracted text; every offset in sections, pages and passages points into it. */
  text: string;
  /** Sections in document order; bodies do not overlap. Text outside every section body is heading text. */
  sections: Section[];
  /** PDFs only: page spans in order. */
  pages?: PageSpan[];
  /**
   * Where the document was published (http/https), when it names its origin: a `Quelle:` /
   * `Source:` line at its top (removed from `text`), front matter, canonical link or metadata.
   */
  url?: string;
}

/** A loaded document with identity and content hash. */
export interface SourceDocument extends ParsedDocument {
  /** Stable id: the path relative to the documents folder, with `/` separators. */
  id: string;
  format: DocumentFormat;
  /** sha256 (hex) of the file's bytes. */
  hash: string;
  /** Size of the file in bytes. */
  bytes: number;
}

/** The unit of retrieval and citation. */
export interface Passage {
  /** Stable id: `${docId}#${ordinal}:${hash8}` style, unique within the index. */
  id: string;
  docId: string;
  title: string;
  /** Heading path of the section the passage belongs to. */
  section: string[];
  /** Character range in the document text (`text === document.text.slice(start, end)`). */
  start: number;
  end: number;
  /** PDFs: first and last page the passage touches. */
  page?: number;
  pageEnd?: number;
  /**
   * First and last paragraph (1-based, counted within the passage's section) the passage
   * touches: a location a reader can find without character offsets.
   */
  paragraph?: number;
  paragraphEnd?: number;
  /** The document's source link ({@link ParsedDocument.url}). */
  url?: string;
  /** Verbatim text of the passage. */
  text: string;
}

/** A file that was not indexed, and why (one line, for the summary). */
export interface SkippedFile {
  /** Path relative to the documents folder. */
  file: string;
  reason: string;
}
