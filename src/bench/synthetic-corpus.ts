import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument, type ChunkOptions } from '../ingest/chunk-document.js';
import { parseTxt } from '../ingest/parse-txt.js';
import { norm } from '../eval/metrics.js';
import { fillerSentence, INTERVIEW_QUESTIONS, NEWS_TOPICS, newsDate, REGIONS } from './german-vocabulary.js';
import { EntityNames, plantedFact, type PlantedFact } from './planted-facts.js';
import { createRng, type Rng } from './prng.js';

/** One generated document: a .txt file name (relative to DOCS_DIR) and its content. */
export interface CorpusFile {
  name: string;
  text: string;
}

export interface SyntheticCorpus {
  files: CorpusFile[];
  /** Facts whose evidence lies wholly inside one passage (the ones worth asking about). */
  facts: PlantedFact[];
  /** Passages the project's chunker makes of `files` (counted while generating). */
  passages: number;
}

export interface CorpusOptions {
  /** Generate documents until the chunker yields at least this many passages. */
  passages: number;
  seed: number;
  /** The project's chunker settings (config CHUNK_*), to count passages exactly. */
  chunker: ChunkOptions;
  /** Planted facts wanted (default: a tenth of the passages, 10..1000). */
  facts?: number;
}

/** Share of documents that are news lists; the rest are interviews (as in data/docs). */
const NEWS_SHARE = 0.3;
/** Rough passages per heading section, to spread the planted facts over the whole corpus. */
const PASSAGES_PER_SECTION = 1.2;

/**
 * Generates a deterministic German e-government corpus: interviews (title line, then short
 * question headings ending in "?", each followed by an answer paragraph) and news lists
 * (headline, then a `[dd.mm.yyyy] …` line), with planted facts about unique invented
 * entities spread evenly through it. Every document is chunked with the project's own
 * chunker while generating, so the passage count is exact and every kept fact is known to
 * sit inside a single passage. Pure apart from CPU time (~1-2 s per 100k passages).
 */
export function generateCorpus(options: CorpusOptions): SyntheticCorpus {
  const rng = createRng(options.seed);
  const names = new EntityNames(createRng(options.seed ^ 0x5eed));
  const wantFacts = options.facts ?? Math.min(1000, Math.max(10, Math.round(options.passages / 10)));
  const factChance = Math.min(1, wantFacts / (options.passages / PASSAGES_PER_SECTION));
  const files: CorpusFile[] = [];
  const facts: PlantedFact[] = [];
  let passages = 0;
  while (passages < options.passages) {
    const isNews = rng.next() < NEWS_SHARE;
    const name = `${isNews ? 'meldungen' : 'interview'}-${String(files.length + 1).padStart(5, '0')}.txt`;
    const planted: PlantedFact[] = [];
    const plant = (news: boolean): PlantedFact | undefined => {
      if (facts.length + planted.length >= wantFacts || rng.next() >= factChance) return undefined;
      // Keep drawing until the fact's shape fits the document kind (news facts open a news item).
      for (;;) {
        const f = plantedFact(rng, names);
        if (f.news === news) {
          planted.push(f);
          return f;
        }
      }
    };
    const text = isNews ? newsDocument(rng, plant) : interviewDocument(rng, plant);
    const chunks = chunkDocument({ ...parseTxt(text, name), id: name, format: 'txt', hash: '', bytes: text.length }, options.chunker);
    const folded = chunks.map((c) => norm(c.text));
    facts.push(...planted.filter((f) => folded.some((t) => t.includes(norm(f.evidence)))));
    files.push({ name, text });
    passages += chunks.length;
  }
  return { files, facts, passages };
}

type Plant = (news: boolean) => PlantedFact | undefined;

function paragraph(rng: Rng, sentences: number, fact?: PlantedFact): string {
  const out = Array.from({ length: sentences }, () => fillerSentence(rng));
  // Inside the paragraph, never first: the fact is an ordinary sentence among others.
  if (fact) out.splice(rng.int(1, out.length), 0, fact.sentence);
  return out.join(' ');
}

function interviewDocument(rng: Rng, plant: Plant): string {
  const region = rng.pick(REGIONS);
  const lines = [`CIO-Serie ${region}: ${rng.pick(['Gesamtheit im Blick', 'Erfolg durch Kooperation', 'Digital in die Zukunft'])}`];
  const sections = rng.int(8, 20);
  for (let s = 0; s < sections; s++) {
    lines.push(rng.pick(INTERVIEW_QUESTIONS).replace('{region}', rng.pick(REGIONS)));
    lines.push(paragraph(rng, rng.int(3, 8), plant(false)));
    if (rng.next() < 0.3) lines.push(paragraph(rng, rng.int(2, 4)));
  }
  return lines.join('\n') + '\n';
}

function newsDocument(rng: Rng, plant: Plant): string {
  const lines = [`Meldungen ${rng.pick(REGIONS)} ${rng.int(2010, 2030)}`];
  const items = rng.int(20, 40);
  for (let i = 0; i < items; i++) {
    const fact = plant(true);
    const region = rng.pick(REGIONS);
    if (fact) {
      lines.push(`${region}: ${fact.entity} in Betrieb`);
      lines.push(`${fact.sentence} ${paragraph(rng, rng.int(1, 3))} mehr...`);
    } else {
      lines.push(`${region}: ${rng.pick(NEWS_TOPICS)}`);
      lines.push(`[${newsDate(rng)}] ${paragraph(rng, rng.int(2, 4))} mehr...`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Writes the corpus as .txt files into `dir` (created when missing). */
export async function writeCorpus(dir: string, files: CorpusFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of files) await writeFile(path.join(dir, f.name), f.text);
}

/**
 * Changes `share` of the documents (at least one) by appending a paragraph, as an editor's
 * update would, and rewrites those files. Planted facts stay where they are.
 * @returns the names of the changed files
 */
export async function modifyShare(dir: string, files: CorpusFile[], share: number, seed: number): Promise<string[]> {
  const rng = createRng(seed);
  const count = Math.max(1, Math.round(files.length * share));
  const chosen = rng.shuffle(files.map((_, i) => i)).slice(0, count);
  for (const i of chosen) {
    const f = files[i]!;
    files[i] = { name: f.name, text: `${f.text}${paragraph(rng, 3)} Stand der Angaben: ${newsDate(rng)}.\n` };
    await writeFile(path.join(dir, f.name), files[i]!.text);
  }
  return chosen.map((i) => files[i]!.name);
}

/** `count` passage-sized texts (~500 characters of corpus sentences), for embedder throughput runs. */
export function passageTexts(count: number, seed: number): string[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    let t = '';
    while (t.length < 450) t += (t ? ' ' : '') + fillerSentence(rng);
    return t;
  });
}
