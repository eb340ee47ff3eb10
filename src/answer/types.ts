import type { DecisionFeatures } from './decide-answerable.js';
import type { SentenceFeatures } from './rank-sentences.js';

/** The answer engine's public contract, used by every front end (terminal, Discord, scripts). */

export type Lang = 'de' | 'en';

export interface Citation {
  /** Marker number as it appears in the answer text (`[n]`), 1-based. */
  n: number;
  passageId: string;
  docId: string;
  title: string;
  /** Section heading path joined with ` › ` ('' when the passage has no section). */
  section: string;
  /** Human location: `S. 3` / `p. 3` for PDFs, `Absatz 4` / `paragraph 4` (within `section`) otherwise. */
  location: string;
  page?: number;
  /** Link to the published original, when the document names one (http/https). */
  url?: string;
  /** Verbatim quote from the passage (up to ~300 characters, ellipses where cut). */
  text: string;
  /** Fused retrieval score (higher is better). */
  score: number;
}

export interface Answer {
  /** Random id, used for feedback and "show source" buttons. */
  id: string;
  question: string;
  /** The question after follow-up resolution (equals `question` when it stood alone). */
  resolvedQuestion: string;
  lang: Lang;
  abstained: boolean;
  /** Declined only for want of the asked fact: the documents cover the question's subject. */
  subjectFound?: boolean;
  /** Plain text (no markdown) with `[n]` markers after every statement. */
  text: string;
  citations: Citation[];
  /** Topics suggested when abstaining. */
  suggestions: string[];
  /**
   * Ranges of `text` that hold the fact asked for (the date, number, amount or name), sorted and
   * not overlapping; front ends show them in bold.
   */
  emphasis?: { start: number; end: number }[];
  /** Why the engine answered or declined: the decision's features (see `npm run ask -- --explain`). */
  explanation?: {
    reason: string;
    features: DecisionFeatures;
    resolvedQuestion: string;
    /** The best-ranked sentences with their features and score. */
    candidates: { text: string; docId: string; score: number; features: SentenceFeatures }[];
  };
  /** A note for the user, e.g. that the question was shortened or the LLM was unavailable. */
  notice?: string;
  timings: { retrievalMs: number; totalMs: number };
}

/** One turn of a conversation, kept for follow-ups. */
export interface Turn {
  question: string;
  resolvedQuestion: string;
  answerText: string;
  /** The turn was declined: it passes no subject on, and a follow-up to it is declined too. */
  abstained?: boolean;
  /** The turn was declined only for want of the asked fact: its subject is covered, and a follow-up about it is asked on its own merits. */
  subjectFound?: boolean;
  /** Passages cited in that turn ("Was noch?" skips them). */
  citedPassageIds?: string[];
}

export interface AskOptions {
  /** Recent turns of this conversation, oldest first. */
  history?: Turn[];
  /** Force the framing language; detected from the question otherwise. */
  lang?: Lang;
}

export interface TopicSummary {
  id: string;
  title: string;
  description: string;
}

export interface DocumentInfo {
  docId: string;
  title: string;
  format: string;
  passages: number;
}

export interface IndexInfo {
  createdAt: string;
  embedder: string;
  model: string;
  dimensions: number;
  passages: number;
  documents: DocumentInfo[];
}

export interface PassageView {
  id: string;
  docId: string;
  title: string;
  section: string;
  location: string;
  /** Link to the published original, when the document names one. */
  url?: string;
  text: string;
}

/** What a reindex run did; printed by `npm run reindex` and `/reindex`. */
export interface ReindexSummary {
  documents: { added: number; changed: number; unchanged: number; removed: number; skipped: number };
  /** Files skipped, each with a one-line reason. */
  skipped: { file: string; reason: string }[];
  /** Passages in the new index. */
  passages: number;
  /** Passages embedded in this run (new or changed documents only). */
  embedded: number;
  /** `kind:model` of the embedder used. */
  embedder: string;
  ms: number;
}

/**
 * Everything a front end needs. Implemented by the engine over the loaded index; the Discord
 * bot and the terminal chat receive it from `main.ts` (tests hand in fakes).
 */
export interface AnswerService {
  /** Answers a question with citations, or abstains. Never throws for bad user input. */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /**
   * Like {@link ask}, reporting the answer text as it grows (an LLM streaming tokens). The
   * partial text is unchecked and for display only; the resolved Answer is the checked one.
   * Optional: front ends fall back to `ask` when it is missing.
   */
  askStream?(question: string, options: AskOptions, onPartial: (text: string) => void): Promise<Answer>;
  /** Topics from the topics file. */
  topics(): TopicSummary[];
  /** A cited overview of one topic; `undefined` when the id is unknown. */
  topicOverview(id: string, lang?: Lang): Promise<Answer | undefined>;
  /** What is indexed. */
  info(): IndexInfo;
  /** The whole text of one passage (for "show source"). */
  passage(id: string): PassageView | undefined;
  /** Incremental reindex without blocking answers; swaps the index atomically when done. */
  reindex(): Promise<ReindexSummary>;
}
