/**
 * `npx tsx scripts/make-format-corpus.ts OUT_DIR SRC_DIR…`: development tool for the format
 * comparison in the README. Reads every .txt/.md/.html document of the source folders with the
 * project's own loaders and writes the same content as typeset PDF (justified, hyphenated,
 * running header, "Seite N" footer, every other document in two columns from page 2), as Word
 * (.docx) and as OpenDocument (.odt) into OUT_DIR/{txt,pdf,docx,odt}/ (txt: the originals).
 * The source link is written as a `Quelle:` line under the title, as the originals have it.
 * Uses the test fixture writers (devDependencies: pdf-lib, docx, hyphen).
 */
import fs from 'node:fs';
import path from 'node:path';
import { paragraphStarts } from '../src/ingest/chunk-document.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import type { SourceDocument } from '../src/ingest/types.js';
import { makeDocx, type DocxBlock } from '../test/support/make-docx.js';
import { makeOdt } from '../test/support/make-odt.js';
import { typesetPdf, type TypesetBlock } from '../test/support/typeset-pdf.js';

const [out, ...sources] = process.argv.slice(2);
if (!out || sources.length === 0) {
  process.stderr.write('usage: npx tsx scripts/make-format-corpus.ts OUT_DIR SRC_DIR…\n');
  process.exit(2);
}

type Block = { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string };

/** Title, source line, then per section its heading (by depth) and its paragraphs. */
function blocksOf(doc: SourceDocument): Block[] {
  const blocks: Block[] = [{ kind: 'h1', text: doc.title }];
  if (doc.url) blocks.push({ kind: 'p', text: `Quelle: ${doc.url}` });
  for (const s of doc.sections) {
    const heading = s.headings.at(-1);
    if (heading && heading !== doc.title) blocks.push({ kind: s.headings.length <= 2 ? 'h2' : 'h3', text: heading });
    const starts = paragraphStarts(doc.text, s.start, s.end);
    starts.forEach((start, i) => {
      const text = doc.text.slice(start, starts[i + 1] ?? s.end).replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'p', text });
    });
  }
  return blocks;
}

function odtXml(blocks: Block[]): string {
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  return blocks
    .map((b) => (b.kind === 'p' ? `<text:p>${esc(b.text)}</text:p>` : `<text:h text:outline-level="${b.kind.slice(1)}">${esc(b.text)}</text:h>`))
    .join('');
}

for (const kind of ['txt', 'pdf', 'docx', 'odt']) fs.mkdirSync(path.join(out, kind), { recursive: true });
let n = 0;
for (const src of sources) {
  const { documents } = await loadDocuments(src);
  for (const doc of documents) {
    const base = doc.id.replace(/[/\\]/g, '_').replace(/\.[^.]+$/, '');
    fs.copyFileSync(path.join(src, doc.id), path.join(out, 'txt', doc.id.replace(/[/\\]/g, '_')));
    const blocks = blocksOf(doc);
    const twoColumns = n++ % 2 === 1;
    const pdf = await typesetPdf(blocks as TypesetBlock[], { title: doc.title, header: doc.title.slice(0, 80), columns: (p) => (twoColumns && p >= 2 ? 2 : 1) });
    fs.writeFileSync(path.join(out, 'pdf', `${base}.pdf`), pdf);
    fs.writeFileSync(path.join(out, 'docx', `${base}.docx`), await makeDocx(blocks as DocxBlock[], { title: doc.title }));
    fs.writeFileSync(path.join(out, 'odt', `${base}.odt`), await makeOdt(odtXml(blocks), { title: doc.title }));
  }
}
process.stdout.write(`wrote ${n} documents in 4 formats to ${out}\n`);
