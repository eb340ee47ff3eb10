import type { Answer, Citation, PassageView } from '../answer/types.js';

/** A source of an answer as the API returns it. */
export interface ApiCitation {
  n: number;
  passageId: string;
  docId: string;
  title: string;
  section: string;
  /** Human-readable location (`S. 3`, `Abschnitt 2`, ...). */
  location: string;
  /** Link to the original document, when the engine knows one (http/https only). */
  url?: string;
  /** Verbatim quote from the passage (ellipses where cut). */
  text: string;
  score: number;
}

/** Body of `200 POST /api/ask` and `GET /api/topics/:id`. */
export interface ApiAnswer {
  /** Id for `POST /api/feedback`. */
  answerId: string;
  question: string;
  /** Plain text with `[n]` markers; never HTML. */
  answer: string;
  abstained: boolean;
  lang: 'de' | 'en';
  citations: ApiCitation[];
  /** Ranges of `answer` (UTF-16 offsets, end exclusive) holding the fact asked for; shown in bold. */
  emphasis?: { start: number; end: number }[];
  /** Topic titles suggested when the question was declined. */
  suggestions: string[];
  notice?: string;
  /** Set for questions (not for topic overviews). */
  conversationId?: string;
  timings: { retrievalMs: number; totalMs: number };
}

/** Body of `GET /api/passages/:id`. */
export interface ApiPassage {
  id: string;
  docId: string;
  title: string;
  section: string;
  location: string;
  url?: string;
  text: string;
}

/**
 * An optional link to the original: passed through when the engine's type offers one (document
 * formats may add `url`), and only when it is an absolute http(s) URL, so a document can never
 * smuggle a `javascript:` link into the page.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function withUrl<T extends object>(base: T, source: object): T & { url?: string } {
  const url = safeUrl((source as { url?: unknown }).url);
  return url ? { ...base, url } : base;
}

/** The API shape of one citation. */
export function toApiCitation(c: Citation): ApiCitation {
  return withUrl(
    { n: c.n, passageId: c.passageId, docId: c.docId, title: c.title, section: c.section, location: c.location, text: c.text, score: c.score },
    c,
  );
}

/** The API shape of an engine answer (`conversationId` only for questions). */
export function toApiAnswer(a: Answer, conversationId?: string): ApiAnswer {
  return {
    answerId: a.id,
    question: a.question,
    answer: a.text,
    abstained: a.abstained,
    lang: a.lang,
    citations: a.citations.map(toApiCitation),
    ...(a.emphasis?.length ? { emphasis: a.emphasis.map(({ start, end }) => ({ start, end })) } : {}),
    suggestions: a.suggestions,
    ...(a.notice ? { notice: a.notice } : {}),
    ...(conversationId ? { conversationId } : {}),
    timings: { retrievalMs: a.timings.retrievalMs, totalMs: a.timings.totalMs },
  };
}

/** The API shape of a whole passage. */
export function toApiPassage(p: PassageView): ApiPassage {
  return withUrl({ id: p.id, docId: p.docId, title: p.title, section: p.section, location: p.location, text: p.text }, p);
}
