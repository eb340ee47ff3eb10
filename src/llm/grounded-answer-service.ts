import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Answer, AnswerService, AskOptions, Citation, IndexInfo, Lang, PassageView, ReindexSummary, TopicSummary } from '../answer/types.js';
import type { Logger } from '../logger.js';
import { buildPrompt, type PromptPassage } from './build-prompt.js';
import { checkAnswer } from './check-answer.js';
import { generateText, LlmCallError } from './generate-text.js';
import { joinNotices, noAnswerText, unavailableNotice, uncheckedNotice } from './llm-notices.js';
import { renumberCitations } from './renumber-citations.js';
import { stripThinking } from './split-statements.js';

/** Topics suggested when the model finds that the passages do not answer (as the engine does). */
const SUGGESTIONS = 6;

export interface GroundedAnswerDeps {
  /** The extractive service: retrieval, abstention, citations and passages come from it. */
  inner: AnswerService;
  /** Any LangChain chat model (see createChatModel for OpenAI-compatible endpoints). */
  model: BaseChatModel;
  logger: Logger;
  /** Deadline of one model call, stream included (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  /** How the model is named in logs (`host/model`). */
  modelName: string;
  /** Removed from logged error details (LLM_API_KEY). */
  secrets?: (string | undefined)[];
}

/**
 * Generated answers grounded in the cited passages, checked before they are returned. Wraps the
 * extractive service: it retrieves and decides whether to abstain (an abstention is returned
 * unchanged, without calling the model); otherwise the model writes the answer from the full
 * text of the passages the extractive answer cites, and {@link checkAnswer} keeps only
 * statements its cited passages support. Sources are the passages actually cited, renumbered
 * by first use, with the extractive (verbatim) quotes. Any failure of the model or the check
 * returns the extractive answer with a notice, and is logged. Other methods delegate.
 */
export class GroundedAnswerService implements AnswerService {
  constructor(private readonly deps: GroundedAnswerDeps) {}

  ask(question: string, options: AskOptions = {}): Promise<Answer> {
    return this.answer(question, options, undefined);
  }

  /** Streams the model's raw text to `onPartial` (unchecked, for display); resolves to the checked answer. */
  askStream(question: string, options: AskOptions, onPartial: (text: string) => void): Promise<Answer> {
    return this.answer(question, options, onPartial);
  }

  topics(): TopicSummary[] {
    return this.deps.inner.topics();
  }

  topicOverview(id: string, lang?: Lang): Promise<Answer | undefined> {
    // Overviews stay extractive: they quote several passages side by side by design.
    return this.deps.inner.topicOverview(id, lang);
  }

  info(): IndexInfo {
    return this.deps.inner.info();
  }

  passage(id: string): PassageView | undefined {
    return this.deps.inner.passage(id);
  }

  reindex(): Promise<ReindexSummary> {
    return this.deps.inner.reindex();
  }

  private async answer(question: string, options: AskOptions, onPartial: ((text: string) => void) | undefined): Promise<Answer> {
    const t0 = performance.now();
    const { inner, model, logger } = this.deps;
    const base = await inner.ask(question, options);
    if (base.abstained) return base;
    const sources = this.sourcesOf(base.citations);
    if (!sources.length) return base;
    const messages = buildPrompt({
      question: base.question,
      resolvedQuestion: base.resolvedQuestion,
      lang: base.lang,
      passages: sources.map((s) => s.prompt),
      history: options.history ?? [],
    });
    const log = logger.child({ answerId: base.id, model: this.deps.modelName });
    let raw: string;
    try {
      raw = await generateText(model, messages, {
        timeoutMs: this.deps.timeoutMs,
        secrets: this.deps.secrets ?? [],
        ...(onPartial ? { onText: (t: string) => onPartial(stripThinking(t)) } : {}),
      });
    } catch (e) {
      const failure = e instanceof LlmCallError ? e : new LlmCallError('error', String((e as Error)?.message ?? e));
      log.warn('LLM call failed; sending the extractive answer', { code: failure.code, kind: failure.kind, detail: failure.detail });
      return { ...base, notice: joinNotices(base.notice, unavailableNotice(base.lang)), timings: this.timings(base, t0) };
    }
    const checked = checkAnswer({
      raw,
      passages: sources.map((s) => ({ n: s.prompt.n, text: s.prompt.text })),
      question: `${base.question}\n${base.resolvedQuestion}`,
      lang: base.lang,
    });
    if (checked.kind === 'reject') {
      log.warn('LLM answer failed the check; sending the extractive answer', { reason: checked.reason, dropped: checked.dropped });
      return { ...base, notice: joinNotices(base.notice, uncheckedNotice(base.lang)), timings: this.timings(base, t0) };
    }
    if (checked.kind === 'no-answer') {
      log.info('LLM found that the passages do not answer the question');
      const suggestions = inner.topics().slice(0, SUGGESTIONS).map((t) => t.title);
      return { ...base, abstained: true, text: noAnswerText(base.lang, suggestions), citations: [], suggestions, emphasis: [], timings: this.timings(base, t0) };
    }
    if (checked.dropped.length) log.info('LLM statements dropped by the check', { dropped: checked.dropped });
    const { text, order } = renumberCitations(checked.statements);
    const citations: Citation[] = order.map((n, i) => ({ ...sources[n - 1]!.citation, n: i + 1 }));
    // The extractive answer's emphasis ranges point into its own text, not the model's.
    return { ...base, text, citations, emphasis: [], timings: this.timings(base, t0) };
  }

  /** The extractive citations with their full passages, numbered 1..k for the prompt (one per passage). */
  private sourcesOf(citations: Citation[]): { citation: Citation; prompt: PromptPassage }[] {
    const out: { citation: Citation; prompt: PromptPassage }[] = [];
    for (const c of citations) {
      if (out.some((s) => s.citation.passageId === c.passageId)) continue;
      const p = this.deps.inner.passage(c.passageId);
      if (!p) continue; // reindexed away meanwhile: the model cannot quote what we cannot show
      out.push({ citation: c, prompt: { n: out.length + 1, title: p.title, section: p.section, text: p.text } });
    }
    return out;
  }

  private timings(base: Answer, t0: number): Answer['timings'] {
    return { retrievalMs: base.timings.retrievalMs, totalMs: Math.round((performance.now() - t0) * 1000) / 1000 };
  }
}
