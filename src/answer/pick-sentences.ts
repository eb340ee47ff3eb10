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
export type QuestionKind = 'when' | 'howMany' | 'who' | 'other';

export interface ScoredSentence {
  start: number;
  end: number;
  text: string;
  score: number;
}

const WHEN = /\b(wann|bis wann|ab wann|seit wann|zeitraum|frist|when|until|by when|deadline|period|year)\b/i;
const HOW_MANY = /\b(wie viele|wie viel|wieviel|anzahl|wie hoch|how many|how much|number of|amount)\b/i;
const WHO = /\b(wer|wen|wem|who|whom)\b/i;

export function questionKind(question: string): QuestionKind {
  if (WHEN.test(question)) return 'when';
  if (HOW_MANY.test(question)) return 'howMany';
  if (WHO.test(question)) return 'who';
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
    if (kind === 'when' && /\b(19|20)\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(sentence)) score += 0.25;
    if (kind === 'howMany' && /\d/.test(sentence)) score += 0.25;
    if (kind === 'who' && /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence.slice(1))) score += 0.1;
    // Very short fragments (headings, "mehr...") make poor answers.
    if (sentence.length < 25) score *= 0.5;
    return { start, end, text: sentence, score };
  });
}

/** The best sentence (earliest on ties), or undefined for an empty text. */
export function bestSentence(scored: ScoredSentence[]): ScoredSentence | undefined {
  let best: ScoredSentence | undefined;
  for (const s of scored) if (!best || s.score > best.score) best = s;
  return best;
}

/**
 * A verbatim window of at most `max` characters around [start, end) of `text`, cut at word
 * boundaries, with `…` where text was left out.
 */
export function quoteAround(text: string, start: number, end: number, max: number): string {
  if (text.length <= max) return text.trim();
  let from = start;
  let to = Math.min(text.length, Math.max(end, start + max));
  if (to - from > max) to = from + max;
  // Leftover room goes before the sentence, for context.
  const room = max - (to - from);
  if (room > 0) from = Math.max(0, from - room);
  if (from > 0) {
    const sp = text.indexOf(' ', from);
    if (sp !== -1 && sp < start + 1) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(' ', to);
    if (sp > from + max / 2) to = sp;
  }
  const body = text.slice(from, to).trim();
  return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}
