import { isHeadline } from '../ingest/chunk-document.js';
import type { Analyzer } from '../search/analyzer.js';
import type { RetrievedPassage } from '../search/retriever.js';
import { focusRange, quoteAround, type TermMatcher } from './pick-sentences.js';
import { analyzePassage, type RankedSentence } from './rank-sentences.js';
import type { Citation, Lang } from './types.js';

/** Longest quote in a source entry (characters, without ellipses). */
export const QUOTE_MAX = 300;
/** Longest sentence put into the answer as is; longer ones are cut to the part that answers. */
const STATEMENT_MAX = 260;
/** Longest enumeration ("Dazu gehören …") put into a topic overview as is: its items are the point. */
const ENUMERATION_MAX = 900;
/** A line of a numbered or bulleted list inside a statement. */
const LIST_LINE = /\n\s*(?:[-–•*▪]|\d+[.)])\s/u;
/** Opens a sentence that lists what the sentence before it announced ("… 33 Projekte in der Umsetzung. Dazu gehören …"). */
const ENUMERATION = /^[„"»]?(?:(?:dazu|hierzu|zu (?:ihnen|diesen|den \p{L}+)) (?:gehören|gehörten|zählen|zählten)|darunter (?:sind|waren|befinden sich|fallen)|these include|they include|among them)\b/iu;
/** A further passage adds a statement only if its best sentence scores this share of the first. */
const SECOND_STATEMENT_SHARE = 0.75;
/** Further sources are listed when they cover this share of what the best one covers. */
const FURTHER_SOURCE_SHARE = 0.5;

export interface ComposeInput {
  hits: RetrievedPassage[];
  /** Sentences of the hits, best first (see rankSentences). */
  ranked: RankedSentence[];
  /** The sentence the answer starts with (the decision's choice; default: the best ranked). */
  first?: RankedSentence;
  matchers: TermMatcher[];
  lang: Lang;
  analyzer: Analyzer;
  /** At most this many statements in the answer. */
  maxStatements?: number;
  /** A further sentence becomes a statement if it scores this share of the first (0: always). */
  statementShare?: number;
  /** Only sentences that hold a fact of the asked type become statements. */
  requireFact?: boolean;
  /** At most this many statements from one passage (topic overviews gather points from several). */
  perPassage?: number;
  /** Intro line override (topic overviews). */
  intro?: string;
  /** At most this many sources (default 3; more when there are more statements). */
  maxSources?: number;
  /** Quote only the statement itself, no context around it, and list no further sources (topic overviews). */
  tightQuotes?: boolean;
  /** A statement announcing a list is followed by the sentence that gives it, in full (topic overviews: the projects, not only their count). */
  enumerations?: boolean;
  /** The first statement is followed by the sentence after it when that one takes it up (see continuationAfter). */
  continuations?: boolean;
  /** The sentence that gives in full a name the first statement gives short ("die Wemacom" → "die Wemacom Breitband GmbH"): stated right after it. */
  fullName?: RankedSentence;
}

export interface Composed {
  text: string;
  citations: Citation[];
  /** Ranges of `text` holding the fact asked for (shown in bold by front ends). */
  emphasis: { start: number; end: number }[];
}

/**
 * Extractive answer: the chosen sentence and strong further ones, each followed by its `[n]`;
 * the numbered sources hold a verbatim quote built around the statement, so every statement
 * lies inside the quote of the source it cites. The fact asked for is marked as emphasis.
 */
export function composeAnswer(input: ComposeInput): Composed {
  const { hits, ranked, matchers, lang, analyzer } = input;
  const maxStatements = input.maxStatements ?? 2;
  const first = input.first ?? ranked[0];
  if (!first) return { text: '', citations: [], emphasis: [] };
  const share = input.statementShare ?? SECOND_STATEMENT_SHARE;
  const perPassage = input.perPassage ?? 1;
  const chosen: RankedSentence[] = [first];
  for (const s of ranked) {
    if (chosen.length >= maxStatements) break;
    if (chosen.includes(s) || s.score < first.score * share) continue;
    if (input.requireFact && !s.features.fact) continue;
    if (chosen.filter((c) => c.hit === s.hit).length >= perPassage) continue;
    if (chosen.some((c) => c.hit === s.hit && c.start < s.end && s.start < c.end)) continue;
    const text = hits[s.hit]!.passage.text.slice(s.statementStart, s.statementEnd).trim();
    if (chosen.some((c) => hits[c.hit]!.passage.text.slice(c.statementStart, c.statementEnd).trim() === text)) continue;
    chosen.push(s);
  }
  const listed = new Set<RankedSentence>();
  const full = input.fullName;
  if (full && !chosen.includes(full) && !chosen.some((o) => o.hit === full.hit && o.start < full.end && full.start < o.end)) chosen.splice(1, 0, full);
  if (input.continuations) {
    const next = continuationAfter(first, hits[first.hit]!, analyzer);
    if (next && !chosen.some((o) => o.hit === first.hit && o.start < next.end && next.start < o.end)) chosen.splice(1, 0, next);
  }
  if (input.enumerations) {
    for (const c of [...chosen]) {
      const list = enumerationAfter(c, hits[c.hit]!, analyzer);
      if (!list || chosen.some((o) => o.hit === c.hit && o.start < list.end && list.start < o.end)) continue;
      chosen.splice(chosen.indexOf(c) + 1, 0, list);
      listed.add(list);
    }
  }
  // Sources: passages with a statement first (in statement order), then further relevant ones.
  const order: number[] = [];
  for (const c of chosen) if (!order.includes(c.hit)) order.push(c.hit);
  const firstHit = hits[first.hit]!;
  hits.forEach((h, i) => {
    if (input.tightQuotes) return;
    // A headline is a source only for what it states: as a further source it would show its title again.
    if (isHeadline(h.passage)) return;
    if (!order.includes(i) && h.coverage >= firstHit.coverage * FURTHER_SOURCE_SHARE && order.length < Math.max(input.maxSources ?? 3, chosen.length)) order.push(i);
  });
  const lines: string[] = [input.intro ?? (lang === 'en' ? 'According to the documents (quoted in German):' : 'Laut den Dokumenten:')];
  const emphasis: { start: number; end: number }[] = [];
  let offset = lines[0]!.length + 1;
  const citations: Citation[] = [];
  const statementOf = new Map<number, { start: number; end: number }>();
  for (const s of chosen) {
    const n = order.indexOf(s.hit) + 1;
    const p = hits[s.hit]!.passage;
    const stText = p.text.slice(s.statementStart, s.statementEnd);
    const lead = stText.length - stText.trimStart().length;
    const body = stText.trim();
    const isFact = (_w: string, ws: number, we: number) => s.facts.some((f) => f.start < s.statementStart + lead + we && s.statementStart + lead + ws < f.end);
    // A statement with the list it introduces ("…, um\n1. …\n2. …") is shown with its items, as an enumeration is,
    // and so is a statement that is an enumeration itself ("Dazu gehören eine flächendeckende Breitband-Versorgung, …"):
    // its items are what it says (cut to the question's words, it showed a few from the middle).
    const r = focusRange(body, matchers, analyzer, listed.has(s) || LIST_LINE.test(body) || ENUMERATION.test(body) ? ENUMERATION_MAX : STATEMENT_MAX, isFact);
    const absStart = s.statementStart + lead + r.start;
    const absEnd = s.statementStart + lead + r.end;
    // The quote holds every statement of its passage (a statement and the one that continues it).
    const seen = statementOf.get(s.hit);
    statementOf.set(s.hit, seen ? { start: Math.min(seen.start, absStart), end: Math.max(seen.end, absEnd) } : { start: absStart, end: absEnd });
    const prefix = r.start > 0 ? '… ' : '';
    const suffix = r.end < body.length ? ' …' : '';
    const line = `${prefix}${p.text.slice(absStart, absEnd)}${suffix} [${n}]`;
    for (const f of s.facts) {
      const fs = Math.max(f.start, absStart);
      const fe = Math.min(f.end, absEnd);
      if (fs < fe) emphasis.push({ start: offset + prefix.length + (fs - absStart), end: offset + prefix.length + (fe - absStart) });
    }
    lines.push(line);
    offset += line.length + 1;
  }
  order.forEach((hi, i) => {
    const h = hits[hi]!;
    const range = statementOf.get(hi) ?? bestRangeOf(ranked, hi, h.passage.text, matchers, analyzer) ?? { start: 0, end: Math.min(h.passage.text.length, QUOTE_MAX) };
    const citation = citationOf(h, i + 1, range.start, range.end, lang);
    if (input.tightQuotes) {
      // Every statement of this passage, verbatim, and nothing between or around them.
      const parts = chosen.filter((c) => c.hit === hi).map((c) => h.passage.text.slice(c.statementStart, c.statementEnd).trim());
      citation.text = parts.join(' … ');
    }
    citations.push(citation);
  });
  const further = citations.filter((c) => !statementOf.has(order[c.n - 1]!)).map((c) => `[${c.n}]`);
  if (further.length) lines.push(`${lang === 'en' ? 'See also' : 'Siehe auch'} ${further.join(', ')}.`);
  return { text: lines.join('\n'), citations, emphasis };
}

/** The sentence right after a statement in its passage when it lists what the statement announced, as a statement of its own. */
function enumerationAfter(c: RankedSentence, hit: RetrievedPassage, analyzer: Analyzer): RankedSentence | undefined {
  const next = analyzePassage(hit.passage, analyzer).find((x) => x.start >= c.end);
  if (!next || !ENUMERATION.test(next.sentence.slice(next.st.start, next.st.end).trimStart())) return undefined;
  // Nothing but white space between the two: the list belongs to this statement.
  if (hit.passage.text.slice(c.end, next.start).trim()) return undefined;
  return { ...c, start: next.start, end: next.end, statementStart: next.start + next.st.start, statementEnd: next.start + next.st.end, facts: [] };
}

/**
 * The sentence right after a statement in its paragraph, as a statement of its own: an
 * explanation seldom fits one sentence, and alone the first often only restates the question
 * ("Hierzu ist ein Maßnahmenkatalog verabschiedet worden, …", "Entsprechenden Plänen hat das
 * Kabinett nun zugestimmt."). First only a sentence that took the statement up by cohesion
 * ("Dazu gehören …", "Nach diesem Prinzip …") followed; on the tuning sets any next sentence of
 * the paragraph gave 32 more answers their evidence and took it from none (answers grew from a
 * median 221 to 252 characters). A next sentence across a paragraph break, even a cohesive one, gained nothing.
 */
function continuationAfter(c: RankedSentence, hit: RetrievedPassage, analyzer: Analyzer): RankedSentence | undefined {
  if (isHeadline(hit.passage)) return undefined;
  const next = analyzePassage(hit.passage, analyzer).find((x) => x.start >= c.end);
  if (!next || hit.passage.text.slice(c.end, next.start).includes('\n\n')) return undefined;
  return { ...c, start: next.start, end: next.end, statementStart: next.start + next.st.start, statementEnd: next.start + next.st.end, facts: [] };
}

/** A further source is quoted around its best sentence, or the part of it that holds the question's words when it is long (as a statement is). */
function bestRangeOf(ranked: RankedSentence[], hit: number, text: string, matchers: TermMatcher[], analyzer: Analyzer): { start: number; end: number } | undefined {
  const s = ranked.find((r) => r.hit === hit);
  if (!s) return undefined;
  const stText = text.slice(s.statementStart, s.statementEnd);
  const lead = stText.length - stText.trimStart().length;
  const r = focusRange(stText.trim(), matchers, analyzer, STATEMENT_MAX, () => false);
  return { start: s.statementStart + lead + r.start, end: s.statementStart + lead + r.end };
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
    ...(p.url !== undefined ? { url: p.url } : {}),
    text: quoteAround(p.text, start, end, QUOTE_MAX),
    score: Math.round(hit.score * 1e4) / 1e4,
  };
}

/**
 * Where to look, in words: "S. 3" / "p. 3–4" for PDFs; "Absatz 4" / "Absätze 4–5" (English
 * "paragraph 4") counted within the passage's section otherwise; '' for an index without
 * paragraph numbers.
 */
export function locationOf(p: { page?: number; pageEnd?: number; paragraph?: number; paragraphEnd?: number }, lang: Lang): string {
  const range = (a: number, b: number | undefined) => (b !== undefined && b !== a ? `${a}–${b}` : `${a}`);
  if (p.page !== undefined) return `${lang === 'en' ? 'p.' : 'S.'} ${range(p.page, p.pageEnd)}`;
  if (p.paragraph === undefined) return '';
  const many = p.paragraphEnd !== undefined && p.paragraphEnd !== p.paragraph;
  const word = lang === 'en' ? (many ? 'paragraphs' : 'paragraph') : many ? 'Absätze' : 'Absatz';
  return `${word} ${range(p.paragraph, p.paragraphEnd)}`;
}
