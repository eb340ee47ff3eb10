import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunk-document.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';
import type { SourceDocument } from '../../src/ingest/types.js';
import { foldForEvidence } from './support/invariants.js';

const evidence: string[] = readFileSync(new URL('../../eval/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .flatMap((l) => (JSON.parse(l) as { evidence?: string[] }).evidence ?? []);

interface Measure {
  chunks: number;
  evidenceCut: number;
  sentencesCut: number;
  sectionMixing: number;
}

/** How a list of chunk texts treats the evidence strings, the sentences and the sections of `doc`. */
function measure(doc: SourceDocument, chunks: string[]): Measure {
  const folded = chunks.map(foldForEvidence);
  const inDoc = evidence.filter((e) => foldForEvidence(doc.text).includes(foldForEvidence(e)));
  const sentences = doc.sections.flatMap((s) => splitSentences(doc.text, s.start, s.end)).map((r) => doc.text.slice(r.start, r.end));
  const headingLines = new Set(doc.sections.map((s) => s.headings.at(-1)).filter((h): h is string => h !== undefined));
  // A chunk mixes sections when it holds a heading line together with other text, or lines of two bodies.
  const bodyOfLine = (line: string) => doc.sections.findIndex((s) => doc.text.slice(s.start, s.end).includes(line));
  const mixes = (c: string) => {
    const lines = c.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length > 1 && lines.some((l) => headingLines.has(l))) return true;
    return new Set(lines.filter((l) => l.length > 20).map(bodyOfLine)).size > 1;
  };
  return {
    chunks: chunks.length,
    evidenceCut: inDoc.filter((e) => !folded.some((c) => c.includes(foldForEvidence(e)))).length,
    sentencesCut: sentences.filter((s) => !chunks.some((c) => c.includes(s))).length,
    sectionMixing: chunks.filter(mixes).length,
  };
}

describe('chunkDocument compared with RecursiveCharacterTextSplitter', () => {
  it('cuts no evidence string, no sentence and no section where the LangChain splitter does', async () => {
    const docsDir = fileURLToPath(new URL('../../data/docs', import.meta.url));
    const [doc] = (await loadDocuments(docsDir)).documents;
    const lc = measure(doc!, await new RecursiveCharacterTextSplitter({ chunkSize: 500, chunkOverlap: 50 }).splitText(doc!.text));
    const ours = measure(doc!, chunkDocument(doc!, { targetChars: 500, maxChars: 900, overlapSentences: 1 }).map((p) => p.text));
    console.info(`evidence strings: ${evidence.length}; RecursiveCharacterTextSplitter(500, 50): ${JSON.stringify(lc)}; chunkDocument(500, 900, 1): ${JSON.stringify(ours)}`);
    expect(ours).toMatchObject({ evidenceCut: 0, sentencesCut: 0, sectionMixing: 0 });
    expect(lc.sentencesCut + lc.sectionMixing).toBeGreaterThan(0);
  });
});
