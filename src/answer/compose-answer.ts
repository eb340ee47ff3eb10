import type { Analyzer } from '../search/analyzer.js';
import type { RetrievedPassage } from '../search/retriever.js';
import { bestSentence, focusWindow, quoteAround, scoreSentences, type QuestionKind, type TermMatcher } from './pick-sentences.js';
import type { Citation, Lang } from './types.js';

/** Longest quote in a source entry (characters, without ellipses). */
export const QUOTE_MAX = 300;
/** Longest sentence put into the answer as is; longer ones are cut to the part that answers. */
const STATEMENT_MAX = 260;
/** A further passage adds a statement only if its best sentence scores this share of the first. */
const SECOND_STATEMENT_SHARE = 0.75;
/** Further sources are listed when they cover this share of what the best one covers. */
const FURTHER_SOURCE_SHARE = 0.5;

export interface ComposeInput {
  hits: RetrievedPassage[];
  matchers: TermMatcher[];
  kind: QuestionKind;
  lang: Lang;
  analyzer: Analyzer;
  /** At most this many statements in the answer. */
  maxStatements?: number;
  /** A further passage adds a statement if its best sentence scores this share of the first (0: always). */
  statementShare?: number;
  /** Intro line override (topic overviews). */
  intro?: string;
  /** Meaning-level similarity of a sentence to the question (0..1), to break lexical ties. */
  similarity?: (sentence: string) => number;
}

export interface Composed {
  text: string;
  citations: Citation[];
}

/**
 * Extractive answer: the best sentence of the best passages, each followed by its `[n]`; the
 * numbered sources hold a verbatim quote around that sentence. Every statement in `text` is
 * a verbatim sentence (or a marked window of one) from the passage its marker names.
 */
export function composeAnswer(input: ComposeInput): Composed {
  const { hits, matchers, kind, lang, analyzer } = input;
  const maxStatements = input.maxStatements ?? 2;
  const picks = hits.map((h) => {
    const scored = scoreSentences(h.passage.text, matchers, kind, analyzer, input.similarity);
    return { hit: h, best: bestSentence(scored, kind, h.passage.text) };
  });
  const first = picks[0];
  if (!first?.best) return { text: '', citations: [] };
  const statements: { n: number; text: string }[] = [];
  const citations: Citation[] = [];
  const topScore = first.best.score;
  picks.forEach((p, i) => {
    if (!p.best) return;
    const isFirst = i === 0;
    const strong = isFirst || p.best.score >= topScore * (input.statementShare ?? SECOND_STATEMENT_SHARE);
    const relevant = isFirst || p.hit.coverage >= first.hit.coverage * FURTHER_SOURCE_SHARE;
    if (!relevant) return;
    const n = citations.length + 1;
    citations.push(citationOf(p.hit, n, p.best.start, p.best.end, lang));
    if (strong && statements.length < maxStatements && !statements.some((s) => s.text === p.best!.text.trim())) {
      statements.push({ n, text: focusWindow(p.best.text, matchers, kind, analyzer, STATEMENT_MAX) });
    }
  });
  const cited = new Set(statements.map((s) => s.n));
  const further = citations.filter((c) => !cited.has(c.n)).map((c) => `[${c.n}]`);
  const intro = input.intro ?? (lang === 'en' ? 'According to the documents (quoted in German):' : 'Laut den Dokumenten:');
  const lines = [intro, ...statements.map((s) => `${s.text} [${s.n}]`)];
  if (further.length) lines.push(`${lang === 'en' ? 'See also' : 'Siehe auch'} ${further.join(', ')}.`);
  return { text: lines.join('\n'), citations };
}

/** A numbered source entry for a retrieved passage, quoting around [start, end). */
export function citationOf(hit: RetrievedPassage, n: number, start: number, end: number, lang: Lang): Citation {
  const p = hit.passage;
  return {
    n,
    passageId: p.id,
    docId: p.docId,
    title: p.title,
    section: p.section.join(' › '),
    location: locationOf(p, lang),
    ...(p.page !== undefined ? { page: p.page } : {}),
    text: quoteAround(p.text, start, end, QUOTE_MAX),
    score: Math.round(hit.score * 1e4) / 1e4,
  };
}

/** "S. 3" / "p. 3–4" for PDFs; a character range otherwise. */
export function locationOf(p: { page?: number; pageEnd?: number; start: number; end: number }, lang: Lang): string {
  if (p.page !== undefined) {
    const pages = p.pageEnd !== undefined && p.pageEnd !== p.page ? `${p.page}–${p.pageEnd}` : `${p.page}`;
    return lang === 'en' ? `p. ${pages}` : `S. ${pages}`;
  }
  return lang === 'en' ? `chars ${p.start}–${p.end}` : `Zeichen ${p.start}–${p.end}`;
}
