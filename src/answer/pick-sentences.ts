import { splitSentences } from '../ingest/split-sentences.js';
import type { Analyzer } from '../search/analyzer.js';

/** One query term as the sentence scorer sees it: index terms that count, with weights. */
export interface TermMatcher {
  /** Importance of the query term (IDF). */
  weight: number;
  /** Index terms (stems) that match it → match strength in (0, 1]. */
  variants: Map<string, number>;
}

/** What the question asks for, to prefer sentences holding that kind of fact. */
export type QuestionKind = 'when' | 'howMany' | 'who' | 'why' | 'other';

export interface ScoredSentence {
  start: number;
  end: number;
  text: string;
  score: number;
}

const WHEN = /\b(wann|bis wann|ab wann|seit wann|zeitraum|frist|when|until|by when|deadline|period|year)\b/i;
const HOW_MANY = /\b(wie viele|wie viel|wieviel|anzahl|wie hoch|how many|how much|number of|amount)\b/i;
const WHO = /\b(wer|wen|wem|who|whom)\b/i;
const WHY = /\b(warum|weshalb|wieso|wozu|why|what for)\b/i;

export function questionKind(question: string): QuestionKind {
  if (WHEN.test(question)) return 'when';
  if (HOW_MANY.test(question)) return 'howMany';
  if (WHO.test(question)) return 'who';
  if (WHY.test(question)) return 'why';
  return 'other';
}

/**
 * Scores the sentences of a passage by the IDF-weighted query terms they contain, with a
 * bonus for the kind of fact asked for (a year for "wann", a number for "wie viele", a name
 * for "wer"). Pure; offsets are relative to `text`.
 */
export function scoreSentences(
  text: string,
  matchers: TermMatcher[],
  kind: QuestionKind,
  analyzer: Analyzer,
  /** Optional meaning-level similarity (0..1) of a sentence to the question; breaks lexical ties. */
  similarity?: (sentence: string) => number,
): ScoredSentence[] {
  const total = matchers.reduce((a, m) => a + m.weight, 0) || 1;
  return splitSentences(text).map(({ start, end }) => {
    const sentence = text.slice(start, end);
    const terms = new Set(analyzer.terms(sentence));
    let got = 0;
    for (const m of matchers) {
      let best = 0;
      for (const [term, w] of m.variants) if (terms.has(term)) best = Math.max(best, w);
      got += m.weight * best;
    }
    let score = got / total;
    const pattern = KIND_PATTERN[kind];
    if (pattern?.test(sentence.slice(1))) score += KIND_BONUS[kind];
    if (similarity) score += SIMILARITY_WEIGHT * Math.max(0, similarity(sentence));
    // Very short fragments (headings, "mehr...") make poor answers.
    if (sentence.length < 25) score *= 0.5;
    return { start, end, text: sentence, score };
  });
}

const KIND_PATTERN: Record<QuestionKind, RegExp | undefined> = {
  when: /\b(19|20)\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/,
  howMany: /\d/,
  who: /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u,
  // Reasons in German administrative prose: causal connectives and words of necessity.
  why: /\b(weil|daher|deshalb|deswegen|aus diesem grunde?|erforderlich|notwendig|unumgänglich|wichtig|rolle|voraussetzung|because|therefore)\b/iu,
  other: undefined,
};
const KIND_BONUS: Record<QuestionKind, number> = { when: 0.25, howMany: 0.25, who: 0.1, why: 0.15, other: 0 };
/** Share of the sentence score given to meaning-level similarity (see scoreSentences). */
const SIMILARITY_WEIGHT = 0.3;

/**
 * The best sentence (earliest on ties), or undefined for an empty text. When the question
 * asks for a date, number or name that the best sentence lacks but a neighbouring sentence
 * holds ("…, sagt Staatssekretär Denis Alt. Im Interview spricht der neue CIO …"), the
 * neighbour is included: the returned range then spans both, still verbatim.
 */
export function bestSentence(scored: ScoredSentence[], kind: QuestionKind = 'other', text?: string): ScoredSentence | undefined {
  let bi = -1;
  scored.forEach((s, i) => {
    if (bi < 0 || s.score > scored[bi]!.score) bi = i;
  });
  const best = scored[bi];
  const pattern = KIND_PATTERN[kind];
  if (!best || !pattern || text === undefined || pattern.test(best.text.slice(1))) return best;
  for (const j of [bi - 1, bi + 1]) {
    const n = scored[j];
    if (n && pattern.test(n.text.slice(1)) && n.text.length >= 25) {
      const start = Math.min(best.start, n.start);
      const end = Math.max(best.end, n.end);
      return { start, end, text: text.slice(start, end), score: best.score };
    }
  }
  return best;
}

/**
 * A verbatim window of at most `max` characters around [start, end) of `text`, cut at word
 * boundaries, with `…` where text was left out.
 */
export function quoteAround(text: string, start: number, end: number, max: number): string {
  if (text.length <= max) return text.trim();
  // The range itself is always quoted whole (a statement must lie inside its quote); when it is
  // longer than `max`, the quote is the range.
  let from = start;
  let to = Math.max(end, Math.min(text.length, start + max));
  if (to - from > max) to = Math.max(end, from + max);
  // Leftover room goes before the range, for context.
  const room = max - (to - from);
  if (room > 0) from = Math.max(0, from - room);
  if (from > 0 && from < start) {
    const sp = text.indexOf(' ', from);
    if (sp !== -1 && sp < start) from = sp + 1;
  }
  if (to < text.length && to > end) {
    const sp = text.lastIndexOf(' ', to);
    if (sp >= end) to = sp;
  }
  const body = text.slice(from, to).trim();
  return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}

/**
 * The part of a long sentence that holds the answer: the window of at most `max` characters
 * (whole words) with the most query-term weight, plus the kind of fact asked for (a year for
 * "wann", a number for "wie viele"), with `…` where the sentence was cut. Shorter sentences
 * come back whole. Verbatim: the window is a substring of the sentence.
 */
export function focusWindow(sentence: string, matchers: TermMatcher[], kind: QuestionKind, analyzer: Analyzer, max: number): string {
  const text = sentence.trim();
  const pattern = KIND_PATTERN[kind];
  const isFact = (word: string) => !!pattern && kind !== 'who' && pattern.test(` ${word}`);
  const { start, end } = focusRange(text, matchers, analyzer, max, isFact);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`;
}

/**
 * The range `[start, end)` of `text` (whole words, at most `max` characters) with the most
 * query-term weight plus one for holding a fact (`isFact` per word, or per offset range), spread
 * evenly to use the room; the whole text when it is short enough.
 */
export function focusRange(
  text: string,
  matchers: TermMatcher[],
  analyzer: Analyzer,
  max: number,
  isFact: (word: string, start: number, end: number) => boolean,
): { start: number; end: number } {
  if (text.length <= max) return { start: 0, end: text.length };
  // Per word: which query terms it matches (bit i = matcher i) and whether it is the kind of
  // fact asked for. A window scores each query term once, however often it repeats.
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu)].map((m) => {
    const terms = new Set(analyzer.terms(m[0]));
    const hits = matchers.map((mt) => [...mt.variants].reduce((b, [term, w]) => (terms.has(term) ? Math.max(b, w) : b), 0));
    return { start: m.index, end: m.index + m[0].length, hits, fact: isFact(m[0], m.index, m.index + m[0].length) };
  });
  if (!words.length) return { start: 0, end: Math.min(text.length, max) };
  const score = (from: number, to: number) => {
    let sum = 0;
    matchers.forEach((mt, i) => {
      let b = 0;
      for (let k = from; k <= to; k++) b = Math.max(b, words[k]!.hits[i]!);
      sum += mt.weight * b;
    });
    for (let k = from; k <= to; k++) if (words[k]!.fact) return sum + 1;
    return sum;
  };
  // The tightest best-scoring run of words within `max` characters (sentences are short: brute force).
  let best = { from: 0, to: 0, value: -1 };
  for (let lo = 0; lo < words.length; lo++) {
    for (let hi = lo; hi < words.length && words[hi]!.end - words[lo]!.start <= max; hi++) {
      const value = score(lo, hi);
      const tighter = Math.abs(value - best.value) <= 1e-9 && words[hi]!.end - words[lo]!.start < words[best.to]!.end - words[best.from]!.start;
      if (value > best.value + 1e-9 || tighter) best = { from: lo, to: hi, value };
    }
  }
  // Spend the room left on context around the hits, evenly on both sides.
  let { from, to } = best;
  for (let grew = true; grew; ) {
    grew = false;
    if (from > 0 && words[to]!.end - words[from - 1]!.start <= max) (from--, (grew = true));
    if (to < words.length - 1 && words[to + 1]!.end - words[from]!.start <= max) (to++, (grew = true));
  }
  const start = from === 0 ? 0 : words[from]!.start;
  const end = to === words.length - 1 ? text.length : words[to]!.end;
  return { start, end };
}
