import type { Config } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { isHeadline } from '../ingest/chunk-document.js';
import { documentTerms } from './document-terms.js';
import { fuseRankings } from './fuse-rankings.js';
import type { LoadedIndex, StoredPassage } from './index-format.js';
import type { QueryTerm } from './keyword-index.js';

export type RetrievalConfig = Pick<
  Config,
  'RETRIEVAL_CANDIDATES' | 'RETRIEVAL_TOP_K' | 'FUSION_RRF_K' | 'FUSION_KEYWORD_WEIGHT'
>;

/** A passage chosen for an answer. */
export interface RetrievedPassage {
  passage: StoredPassage;
  ordinal: number;
  /** Final score (fusion × evidence), higher is better. */
  score: number;
  /** IDF-weighted share (0..1) of the question's content terms found in the passage. */
  coverage: number;
}

export interface Retrieval {
  hits: RetrievedPassage[];
  queryTerms: QueryTerm[];
  /** Weight of each query term in coverage (see {@link termWeights}); reused to score sentences. */
  weights: number[];
  /** Coverage of the best hit (0 when nothing was found); the abstention signal. */
  bestCoverage: number;
  ms: number;
}

export interface RetrieveOptions {
  /** Passage ids not to return (already cited in the previous turn). */
  exclude?: ReadonlySet<string>;
  topK?: number;
  /** Weight of query terms the index does not know (relative to the top IDF); default 1. */
  unknownTermWeight?: number;
  /** Terms that name something specific (acronyms): unknown, they weigh the full top IDF. */
  keyTerms?: ReadonlySet<string>;
  /** Other words that may stand for a question word (lemmas, synonyms, translations). */
  alternatives?: (word: string) => { word: string; weight: number }[];
  /** Documents the conversation is about: their passages' scores are multiplied by `preferFactor`. */
  preferDocs?: ReadonlySet<string>;
  preferFactor?: number;
  /** Only passages of these documents ("darauf", "dort": the answer stands where the previous one did). */
  onlyDocs?: ReadonlySet<string>;
  /** Add the candidate that covers more of the question than every hit, after them ({@link coverageRescue}). */
  coverageRescue?: boolean;
}

/** How many more candidates are ranked when only some documents count: theirs may rank below others'. */
const WITHIN_DOCS_CANDIDATES = 10;

/** Share of its IDF that a bare number counts with in question coverage. */
const NUMBER_WEIGHT = 0.5;

/** Joins the ids of passages merged into one citation. */
export const MERGED_ID_SEPARATOR = '+';

/** Penalty factor for a second passage from an already chosen section (diversity). */
const SAME_SECTION_FACTOR = 0.8;

/**
 * Hybrid retrieval: BM25 and vector rankings fused by weighted RRF, re-weighted by how much
 * of the question each passage covers, diversified across sections, and with overlapping
 * neighbours of one document merged into a single citation.
 */
export async function retrieve(
  index: LoadedIndex,
  embedder: Embedder,
  config: RetrievalConfig,
  question: string,
  options: RetrieveOptions = {},
): Promise<Retrieval> {
  const t0 = performance.now();
  const { keyword, vectors } = index;
  const C = config.RETRIEVAL_CANDIDATES;
  // Within some documents, their passages are sought among more candidates, then the others dropped.
  const pool = options.onlyDocs ? Math.min(keyword.size, C * WITHIN_DOCS_CANDIDATES) : C;
  const queryTerms = keyword.queryTerms(question, options.alternatives);
  const kwHits = keyword.search(queryTerms, pool);
  const qvec = await embedder.embedQuery(question, { termWeight: (w) => keyword.wordWeight(w) });
  const vecHits = vectors.search(qvec, pool);
  const vecRanking = vecHits.map((h) => index.ordinalOfLabel.get(h.label)).filter((o): o is number => o !== undefined);
  const fused = fuseRankings(
    [
      { ranking: kwHits.map((h) => h.label), weight: config.FUSION_KEYWORD_WEIGHT },
      { ranking: vecRanking, weight: 1 - config.FUSION_KEYWORD_WEIGHT },
    ],
    config.FUSION_RRF_K,
  );
  const weights = termWeights(queryTerms, keyword.size, options.unknownTermWeight ?? 1, options.keyTerms);
  const scored = fused
    .filter((f) => !options.exclude?.has(index.passages[f.ordinal]!.id) && (!options.onlyDocs || options.onlyDocs.has(index.passages[f.ordinal]!.docId)))
    .slice(0, C)
    .map((f) => {
      const passage = index.passages[f.ordinal]!;
      const prior = options.preferDocs?.has(passage.docId) ? (options.preferFactor ?? 1) : 1;
      // Ranked by what the passage itself holds; judged (coverage) with what its document adds.
      const { own, withDocument: coverage } = coverages(index, f.ordinal, queryTerms, weights);
      return { passage, ordinal: f.ordinal, coverage, score: f.score * (0.2 + own) * prior };
    })
    .sort((a, b) => b.score - a.score);
  const body = scored.filter((h) => !isHeadline(h.passage));
  const hits = mergeOverlaps(diversify(body, (options.topK ?? config.RETRIEVAL_TOP_K) + 2)).slice(
    0,
    options.topK ?? config.RETRIEVAL_TOP_K,
  );
  if (options.coverageRescue) {
    const rescued = coverageRescue(body, hits);
    if (rescued) hits.push(rescued);
  }
  // A document's headline takes no place of a passage: it comes after the hits, for the documents they are from.
  const headlines = headlinesOf(index);
  for (const docId of new Set(hits.map((h) => h.passage.docId))) {
    const ordinal = headlines.get(docId);
    if (ordinal === undefined || options.exclude?.has(index.passages[ordinal]!.id)) continue;
    const coverage = coverageOf(index, ordinal, queryTerms, weights);
    hits.push({ passage: index.passages[ordinal]!, ordinal, coverage, score: 0 });
  }
  return { hits, queryTerms, weights, bestCoverage: hits[0]?.coverage ?? 0, ms: performance.now() - t0 };
}

const headlineCache = new WeakMap<LoadedIndex, Map<string, number>>();
/** Ordinal of each document's headline passage. */
function headlinesOf(index: LoadedIndex): Map<string, number> {
  let m = headlineCache.get(index);
  if (!m) {
    m = new Map();
    index.passages.forEach((p, i) => {
      if (isHeadline(p) && !m!.has(p.docId)) m!.set(p.docId, i);
    });
    headlineCache.set(index, m);
  }
  return m;
}

/**
 * Weight per query term: its IDF, or (unknown to the index) the highest possible IDF × factor
 * — × 1 for key terms, which name something specific.
 */
export function termWeights(terms: QueryTerm[], n: number, unknownFactor: number, keyTerms?: ReadonlySet<string>): number[] {
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  return terms.map((t) => {
    if (!t.variants.length) return maxIdf * (keyTerms?.has(t.term) ? 1 : unknownFactor);
    // A bare number or year alone ("…Pokalfinale 2018…" matching a news date) is weak evidence.
    return Math.max(t.idf, 0.05) * (/^\d+$/.test(t.term) ? NUMBER_WEIGHT : 1);
  });
}

/**
 * A query term the passage lacks but its document holds elsewhere counts this share. A passage
 * stands in its document: a report names its state or its speaker once, and its later passages
 * say "das Land", "der Landkreis" ("Wie viele Projekte laufen in Mecklenburg-Vorpommern?" is
 * answered by "… befinden sich derzeit 33 E-Government-Projekte in der Umsetzung" of an interview
 * with the state's CIO). This is the passage model smoothed with its document's, as in passage
 * retrieval by language models (Liu & Croft, SIGIR 2002); it weighs in the judgement (coverage),
 * not in the ranking. Measured on the tuning sets: 0.25 won 9 and lost 3, 0.35 won 11 and lost 4,
 * 0.5 won 10 and lost 6; terms in at least two of the document's passages only: 4 won, 1 lost.
 */
export const DOCUMENT_TERM_SHARE = 0.25;

/**
 * IDF-weighted share of query terms present in a passage (any of a term's variants counts); a
 * term only its document holds counts `documentShare` ({@link DOCUMENT_TERM_SHARE}).
 */
export function coverageOf(index: LoadedIndex, ordinal: number, terms: QueryTerm[], weights: number[], documentShare = DOCUMENT_TERM_SHARE): number {
  return coverages(index, ordinal, terms, weights, documentShare).withDocument;
}

/** The passage's coverage by its own terms and with its document's ({@link coverageOf}), in one pass. */
function coverages(index: LoadedIndex, ordinal: number, terms: QueryTerm[], weights: number[], documentShare = DOCUMENT_TERM_SHARE): { own: number; withDocument: number } {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return { own: 0, withDocument: 0 };
  const { data } = index.keyword;
  const present = new Set<number>();
  for (let j = data.offsets[ordinal]!; j < data.offsets[ordinal + 1]!; j++) present.add(data.termIds[j]!);
  const inDocument = documentShare > 0 ? documentTerms(index).get(index.passages[ordinal]!.docId) : undefined;
  let own = 0;
  let lent = 0;
  terms.forEach((t, i) => {
    let best = 0;
    for (const v of t.variants) if (present.has(v.id)) best = Math.max(best, v.weight);
    own += weights[i]! * best;
    if (best > 0 || !inDocument) return;
    let fromDocument = 0;
    for (const v of t.variants) if (inDocument.has(v.id)) fromDocument = Math.max(fromDocument, v.weight * documentShare);
    lent += weights[i]! * fromDocument;
  });
  return { own: own / total, withDocument: (own + lent) / total };
}


/**
 * The candidate that holds more of the question (by coverage) than every hit, if the fused ranking
 * left it out: a long passage whose words the embedding does not weigh ("Über den strategischen
 * Ansatz hinaus befinden sich derzeit 33 E-Government-Projekte in der Umsetzung. Dazu gehören …").
 * The two rankings are kept apart, as in coordination-level matching beside a scored ranking: the
 * fused order decides the hits, the best-covering candidate is added after them.
 */
export function coverageRescue(candidates: RetrievedPassage[], hits: RetrievedPassage[]): RetrievedPassage | undefined {
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  const overlaps = (h: RetrievedPassage) => hits.some((o) => o.passage.docId === h.passage.docId && h.passage.start < o.passage.end && o.passage.start < h.passage.end);
  let out: RetrievedPassage | undefined;
  for (const c of candidates) if (c.coverage > best && (!out || c.coverage > out.coverage) && !overlaps(c)) out = c;
  return out;
}

/** Greedy pick that lowers the score of further passages from an already chosen section. */
function diversify(sorted: RetrievedPassage[], n: number): RetrievedPassage[] {
  const pool = [...sorted];
  const chosen: RetrievedPassage[] = [];
  const sections = new Map<string, number>();
  while (chosen.length < n && pool.length) {
    let bestI = 0;
    let bestScore = -Infinity;
    pool.forEach((c, i) => {
      const key = `${c.passage.docId}\u0000${c.passage.section.join('\u0000')}`;
      const s = c.score * SAME_SECTION_FACTOR ** (sections.get(key) ?? 0);
      if (s > bestScore) {
        bestScore = s;
        bestI = i;
      }
    });
    const [pick] = pool.splice(bestI, 1);
    const key = `${pick!.passage.docId}\u0000${pick!.passage.section.join('\u0000')}`;
    sections.set(key, (sections.get(key) ?? 0) + 1);
    chosen.push(pick!);
  }
  return chosen;
}

/**
 * Merges chosen passages of one document whose ranges overlap (chunk overlap) into one,
 * keeping the better score; the merged text is the union of both, verbatim, and its id joins
 * both ids with `+` (see {@link MERGED_ID_SEPARATOR}) so the whole text can be shown again.
 */
export function mergeOverlaps(hits: RetrievedPassage[]): RetrievedPassage[] {
  const out: RetrievedPassage[] = [];
  for (const h of hits) {
    const other = out.find(
      (o) => o.passage.docId === h.passage.docId && h.passage.start < o.passage.end && o.passage.start < h.passage.end,
    );
    if (!other) {
      out.push(h);
      continue;
    }
    const [a, b] = other.passage.start <= h.passage.start ? [other.passage, h.passage] : [h.passage, other.passage];
    const text = b.end <= a.end ? a.text : a.text + b.text.slice(a.end - b.start);
    other.passage = {
      ...a,
      id: `${a.id}${MERGED_ID_SEPARATOR}${b.id}`,
      end: Math.max(a.end, b.end),
      text,
      page: a.page,
      pageEnd: b.pageEnd ?? a.pageEnd,
      paragraph: a.paragraph,
      paragraphEnd: Math.max(a.paragraphEnd ?? 0, b.paragraphEnd ?? 0) || undefined,
    };
    other.coverage = Math.max(other.coverage, h.coverage);
  }
  return out;
}
