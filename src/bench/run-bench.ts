import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OfflineEmbedder } from '../embedding/offline-embedder.js';
import { percentile } from '../eval/metrics.js';
import { silentLogger } from '../logger.js';
import { openServices } from '../services.js';
import { answerStats, type AnswerRecord } from './answer-metrics.js';
import { benchConfig } from './bench-config.js';
import { checkFloors, label, machineInfo, type BenchReport, type SizeResult } from './bench-report.js';
import { answerInChildren, buildInChild } from './child-runner.js';
import { buildBaseline } from './langchain-baseline.js';
import { generateCorpus, modifyShare, passageTexts, writeCorpus } from './synthetic-corpus.js';
import { measureTransformersOverhead } from './transformers-overhead.js';
import { buildWorkload, type BenchQuestion } from './workload.js';

export interface BenchOptions {
  /** Corpus sizes in passages (default 1k, 10k, 100k). */
  sizes: number[];
  /** Questions per size (default 1000). */
  queries: number;
  /** Full builds and timed passes over the questions per size; build time is the median (default 1). */
  reps: number;
  seed: number;
  /** Worker processes of the concurrency run (default 2: one per core of the target machine). */
  workers: number;
  /** Run the LangChain baseline (default true). */
  baseline: boolean;
  /** Seconds the baseline may spend on questions per size before it stops (min. 20 questions). */
  baselineBudgetS: number;
  /** Writes a transformers.js-loadable model folder; the transformers run is skipped without it. */
  makeModel?: (dir: string) => Promise<void>;
  /** Passages for the transformers.js run (default 2000). */
  transformersPassages: number;
  /** CPU profiles of the build children go here (`node --cpu-prof`). */
  cpuProfDir?: string;
  /** Keep the temp folders (corpus and index) for inspection. */
  keep: boolean;
  /** Progress lines (stderr in the script). */
  log: (line: string) => void;
}

const WARMUP_QUESTIONS = 30;
const MIN_BASELINE_QUESTIONS = 20;
const CHANGED_SHARE = 0.01;

/**
 * Runs the whole benchmark: for each size, a synthetic corpus, full and incremental builds in
 * child processes, the question workload in-process (sequential) and over worker processes,
 * and the LangChain baseline on the same files and questions; then the transformers.js
 * overhead run. Never throws for a missed floor: floors are reported, not enforced.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) sizes.push(await runSize(size, options));
  let transformers;
  if (options.makeModel) {
    options.log('transformers.js: tiny model, batch 16');
    transformers = await measureTransformersOverhead(options.makeModel, passageTexts(options.transformersPassages, options.seed), 16);
  }
  const { makeModel: _m, log: _l, cpuProfDir: _c, keep: _k, transformersPassages: _t, ...kept } = options;
  return {
    startedAt,
    machine: machineInfo(),
    options: kept,
    notes: [
      'Our build and incremental reindex run in fresh child processes; peak memory is that process\'s maxRSS, including Node, tsx and the modules the build imports (pdf.js and transformers.js load only when used).',
      `Sequential latency: in-process engine.ask, index loaded, after ${WARMUP_QUESTIONS} warm-up questions. Concurrency: ${options.workers} child processes, each with its own loaded index, questions dealt round-robin.`,
      'Baseline abstention is recorded as 0: LangChain\'s retrievers always return documents and the baseline has no abstention logic.',
      'Baseline BM25Retriever is stock: it lower-cases the query but not the documents, so capitalised German nouns never match on the keyword side.',
    ],
    sizes,
    ...(transformers ? { transformers } : {}),
    floors: checkFloors(sizes),
  };
}

async function runSize(size: number, o: BenchOptions): Promise<SizeResult> {
  const k = label(size);
  const root = await mkdtemp(path.join(os.tmpdir(), `bench-${k}-`));
  const docsDir = path.join(root, 'docs');
  const indexDir = path.join(root, 'index');
  try {
    const config = benchConfig(docsDir, indexDir);
    const chunker = { targetChars: config.CHUNK_TARGET_CHARS, maxChars: config.CHUNK_MAX_CHARS, overlapSentences: config.CHUNK_OVERLAP_SENTENCES };
    o.log(`[${k}] generating corpus`);
    const corpus = generateCorpus({ passages: size, seed: o.seed + size, chunker });
    await writeCorpus(docsDir, corpus.files);
    const questions = buildWorkload(corpus.facts, { queries: o.queries, seed: o.seed + size + 1 });
    const warmup = buildWorkload(corpus.facts, { queries: WARMUP_QUESTIONS, seed: o.seed + size + 2 }).map((q) => q.question);

    const builds = [];
    for (let r = 0; r < o.reps; r++) {
      o.log(`[${k}] full build ${r + 1}/${o.reps} (${corpus.passages} passages, ${corpus.files.length} documents)`);
      await rm(indexDir, { recursive: true, force: true });
      builds.push(await buildInChild(docsDir, indexDir, profile(o)));
    }
    const buildMs = percentile(builds.map((b) => b.ms), 50);
    const median = builds.find((b) => b.ms === buildMs)!;
    const passages = builds[0]!.passages;
    const indexBytes = await folderBytes(indexDir);

    const changed = await modifyShare(docsDir, corpus.files, CHANGED_SHARE, o.seed + size + 3);
    o.log(`[${k}] incremental reindex (${changed.length} documents changed)`);
    const inc = await buildInChild(docsDir, indexDir, profile(o));

    o.log(`[${k}] answering ${questions.length} questions x ${o.reps}`);
    const ours = await answerOurs(docsDir, indexDir, questions, warmup, o.reps);
    o.log(`[${k}] answering with ${o.workers} worker processes`);
    const conc = await answerInChildren(docsDir, indexDir, questions.map((q) => q.question), o.workers, warmup);

    const result: SizeResult = {
      targetPassages: size,
      passages,
      documents: corpus.files.length,
      facts: corpus.facts.length,
      build: {
        ms: buildMs,
        repsMs: builds.map((b) => b.ms),
        passagesPerSecond: (passages * 1000) / buildMs,
        maxRssBytes: Math.max(...builds.map((b) => b.maxRssBytes)),
        indexBytes,
        phases: median.phases,
      },
      incremental: {
        changedDocuments: changed.length,
        ms: inc.ms,
        maxRssBytes: inc.maxRssBytes,
        ratioToFull: inc.ms / buildMs,
        phases: inc.phases,
        embedded: inc.embedded,
      },
      ours: {
        ...answerStats(ours),
        concurrent: { workers: o.workers, qps: conc.qps, p50Ms: percentile(conc.latencies, 50), p99Ms: percentile(conc.latencies, 99) },
      },
    };
    if (o.baseline) result.baseline = await runBaseline(k, docsDir, root, questions, ours.slice(0, questions.length), buildMs, o);
    return result;
  } finally {
    if (o.keep) o.log(`[${k}] kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

/** The full in-process path: services over the saved index, `engine.ask` per question. */
async function answerOurs(docsDir: string, indexDir: string, questions: BenchQuestion[], warmup: string[], reps: number): Promise<AnswerRecord[]> {
  const config = benchConfig(docsDir, indexDir);
  const services = await openServices(config, { logger: silentLogger, embedder: new OfflineEmbedder({ dimensions: config.OFFLINE_DIMENSIONS }) });
  try {
    for (const q of warmup) await services.engine.ask(q);
    const records: AnswerRecord[] = [];
    for (let r = 0; r < reps; r++) {
      for (const question of questions) {
        const t = performance.now();
        const a = await services.engine.ask(question.question);
        const ms = performance.now() - t;
        records.push({ question, citations: a.citations.map((c) => c.text), abstained: a.abstained, ms });
      }
    }
    return records;
  } finally {
    await services.close();
  }
}

async function runBaseline(k: string, docsDir: string, root: string, questions: BenchQuestion[], ours: AnswerRecord[], ourBuildMs: number, o: BenchOptions) {
  o.log(`[${k}] LangChain baseline: build`);
  const config = benchConfig(docsDir, path.join(root, 'index'));
  const base = await buildBaseline(docsDir, new OfflineEmbedder({ dimensions: config.OFFLINE_DIMENSIONS }), path.join(root, 'langchain'));
  for (const q of questions.slice(0, 5)) await base.ask(q.question); // warm-up, like ours
  o.log(`[${k}] LangChain baseline: questions (budget ${o.baselineBudgetS} s)`);
  const records: AnswerRecord[] = [];
  const deadline = performance.now() + o.baselineBudgetS * 1000;
  for (const question of questions) {
    if (records.length >= MIN_BASELINE_QUESTIONS && performance.now() > deadline) break;
    const t = performance.now();
    const citations = await base.ask(question.question);
    records.push({ question, citations, abstained: false, ms: performance.now() - t });
  }
  const stats = answerStats(records);
  const oursOnSample = answerStats(ours.slice(0, records.length));
  return {
    chunks: base.chunks,
    buildMs: base.buildMs,
    sampled: records.length < questions.length,
    stats,
    oursOnSample,
    latencySpeedup: stats.p50Ms / oursOnSample.p50Ms,
    buildRatio: ourBuildMs / base.buildMs,
    recallRatio: stats.recallAt3 > 0 ? oursOnSample.recallAt3 / stats.recallAt3 : Infinity,
  };
}

function profile(o: BenchOptions) {
  return o.cpuProfDir ? { cpuProfDir: o.cpuProfDir } : {};
}

/** Bytes of all files under `dir`. */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? await folderBytes(p) : (await stat(p)).size;
  }
  return total;
}
