import { EntityNames, unanswerableQuestion, type PlantedFact } from './planted-facts.js';
import { createRng } from './prng.js';

/** One benchmark question: a planted fact to find, or one the corpus cannot answer. */
export interface BenchQuestion {
  question: string;
  kind: 'fact' | 'off-topic' | 'unknown-entity';
  /** For facts: the string a correct citation contains. */
  evidence?: string;
}

export interface WorkloadOptions {
  /** Questions in total (default 1000). */
  queries: number;
  seed: number;
  /** Share of unanswerable questions (default 0.3). */
  unanswerableShare?: number;
}

/**
 * A shuffled mix of planted-fact questions (each fact asked about once before any repeats)
 * and unanswerable ones. Any prefix of the list is a fair sample of the mix, which is what the
 * baseline measures when it cannot finish every question.
 * @throws {RangeError} when there are no facts to ask about
 */
export function buildWorkload(facts: PlantedFact[], options: WorkloadOptions): BenchQuestion[] {
  if (!facts.length) throw new RangeError('buildWorkload: the corpus has no planted facts');
  const rng = createRng(options.seed);
  // A seed of its own: unknown entities never collide with the corpus's (different syllables).
  const names = new EntityNames(createRng(options.seed ^ 0xabcdef));
  const unanswerable = Math.round(options.queries * (options.unanswerableShare ?? 0.3));
  const order = rng.shuffle(facts);
  const out: BenchQuestion[] = [];
  for (let i = 0; i < options.queries - unanswerable; i++) {
    const f = order[i % order.length]!;
    out.push({ question: f.question, kind: 'fact', evidence: f.evidence });
  }
  for (let i = 0; i < unanswerable; i++) out.push(unanswerableQuestion(rng, names));
  return rng.shuffle(out);
}
