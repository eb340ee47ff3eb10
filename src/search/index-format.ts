import { z } from 'zod';
import type { Passage } from '../ingest/types.js';
import type { KeywordIndex } from './keyword-index.js';
import type { VectorIndex } from './vector-index.js';

/**
 * On-disk index format. Bump {@link INDEX_FORMAT_VERSION} whenever a file's layout or the
 * analysis changes meaning; loading refuses any other version with "run npm run reindex".
 *
 * INDEX_DIR/CURRENT            name of the live version folder (replaced atomically by rename)
 * INDEX_DIR/<version>/manifest.json   this schema
 * INDEX_DIR/<version>/passages.json   StoredPassage[] in ordinal order
 * INDEX_DIR/<version>/keyword.bin     BM25 vocabulary and forward lists
 * INDEX_DIR/<version>/vectors.hnsw    hnswlib graph (labels = StoredPassage.label)
 */
export const INDEX_FORMAT_VERSION = 2;
// 2: passages carry paragraph numbers and the document's source link; Word, OpenDocument and
//    typeset-PDF loaders (de-hyphenated, unwrapped text) change what PDFs are cut into.
/** Name of the analysis chain; part of compatibility (stems must mean the same). */
export const ANALYZER_ID = 'de-fold-snowball-v1';

export const FILES = {
  manifest: 'manifest.json',
  passages: 'passages.json',
  keyword: 'keyword.bin',
  vectors: 'vectors.hnsw',
} as const;

const fileEntry = z.object({ bytes: z.number().int().nonnegative(), crc32: z.number().int().nonnegative() });

export const manifestSchema = z.object({
  formatVersion: z.number().int(),
  createdAt: z.string(),
  analyzer: z.string(),
  embedder: z.object({ kind: z.string(), model: z.string(), dimensions: z.number().int().positive() }),
  // `sentenceRules`: the version of the sentence splitter that cut the passages (absent before version 2).
  chunker: z.object({ targetChars: z.number(), maxChars: z.number(), overlapSentences: z.number(), sentenceRules: z.number().int().optional() }),
  hnsw: z.object({ m: z.number(), efConstruction: z.number() }),
  counts: z.object({ documents: z.number().int(), passages: z.number().int() }),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      format: z.string(),
      hash: z.string(),
      bytes: z.number(),
      passages: z.number().int(),
    }),
  ),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Size and CRC-32 of every data file, checked before anything is parsed. */
  files: z.record(z.string(), fileEntry),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

/** A passage as stored: with its vector label. */
export interface StoredPassage extends Passage {
  label: number;
}

/** An index in memory, ready to search. Immutable once loaded (a reindex builds a new one). */
export interface LoadedIndex {
  manifest: IndexManifest;
  /** Version folder it was loaded from. */
  version: string;
  passages: StoredPassage[];
  /** Vector label → passage ordinal. */
  ordinalOfLabel: Map<number, number>;
  keyword: KeywordIndex;
  vectors: VectorIndex;
}

/** Text that represents a passage to the keyword index and the embedder: title, section, body. */
export function indexText(p: Pick<Passage, 'title' | 'section' | 'text'>): string {
  const heading = p.section.at(-1);
  return [p.title, heading, p.text].filter(Boolean).join('\n');
}
