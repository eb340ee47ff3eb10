import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type BaseMessage, type MessageContent } from '@langchain/core/messages';
import { AppError } from '../errors.js';
import type { PromptMessage } from './build-prompt.js';

/** Why a model call failed (for logs and for the notice the user sees). */
export type LlmFailureKind = 'timeout' | 'unreachable' | 'http' | 'stream-broken' | 'error';

/**
 * A failed model call: LLM_FAILED with the kind of failure and a log-safe detail. Carries no
 * `cause` on purpose: client errors may quote the API key (401 messages), and a logged cause
 * would print it.
 */
export class LlmCallError extends AppError<'LLM_FAILED'> {
  constructor(
    readonly kind: LlmFailureKind,
    /** The underlying message with secrets removed; safe to log. */
    readonly detail: string,
  ) {
    super('LLM_FAILED', { reason: `${kind}: ${detail}` });
  }
}

export interface GenerateOptions {
  /** Whole call, including reading a stream (ms). The HTTP client's own timeout stops at the headers. */
  timeoutMs: number;
  /** Streams the completion and reports the growing text; without it, one non-streaming request. */
  onText?: (textSoFar: string) => void;
  /** Strings to remove from error details (the API key: some servers echo it in 401 messages). */
  secrets?: (string | undefined)[];
}

/**
 * Sends the prompt and returns the completion text.
 * @throws {LlmCallError} on timeout, connection failure, HTTP error, or a stream that ends
 *   before the model finished (no `finish_reason`).
 */
export async function generateText(model: BaseChatModel, messages: PromptMessage[], options: GenerateOptions): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  let rejectOnTimeout: (e: unknown) => void = () => {};
  // Racing against the deadline too: an abort signal is only as good as the client honouring it.
  const deadline = new Promise<never>((_, reject) => (rejectOnTimeout = reject));
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    rejectOnTimeout(new LlmCallError('timeout', `no complete answer within ${options.timeoutMs} ms`));
  }, options.timeoutMs);
  try {
    const input = messages.map((m): BaseMessage => (m.role === 'system' ? new SystemMessage(m.content) : new HumanMessage(m.content)));
    return await Promise.race([run(model, input, controller.signal, options.onText, () => timedOut), deadline]);
  } catch (e) {
    throw timedOut ? new LlmCallError('timeout', `no complete answer within ${options.timeoutMs} ms`) : classify(e, options.secrets ?? []);
  } finally {
    clearTimeout(timer);
  }
}

async function run(
  model: BaseChatModel,
  messages: BaseMessage[],
  signal: AbortSignal,
  onText: ((text: string) => void) | undefined,
  stopped: () => boolean,
): Promise<string> {
  if (!onText) return contentText((await model.invoke(messages, { signal })).content);
  let text = '';
  let finished = false;
  for await (const chunk of await model.stream(messages, { signal })) {
    if (stopped()) break; // late tokens after the deadline must not reach the user
    text += contentText(chunk.content);
    if (chunk.response_metadata?.['finish_reason']) finished = true;
    onText(text);
  }
  if (!finished && !stopped()) throw new LlmCallError('stream-broken', 'the stream ended before the model finished');
  return text;
}

/** The text of a message's content (a string, or text parts for multimodal-shaped replies). */
function contentText(content: MessageContent): string {
  if (typeof content === 'string') return content;
  return content.map((part) => (typeof part === 'string' ? part : part.type === 'text' && 'text' in part ? String(part.text) : '')).join('');
}

function classify(e: unknown, secrets: (string | undefined)[]): LlmCallError {
  if (e instanceof LlmCallError) return e;
  const err = e as { name?: string; message?: string; status?: unknown; code?: unknown; cause?: { code?: unknown } };
  let detail = String(err?.message ?? e).split('\n')[0]!.slice(0, 300);
  for (const s of secrets) if (s && s.length >= 4) detail = detail.split(s).join('[redacted]');
  if (typeof err?.status === 'number') return new LlmCallError('http', `HTTP ${err.status}: ${detail}`);
  if (err?.name === 'TimeoutError' || err?.constructor?.name === 'APIConnectionTimeoutError') return new LlmCallError('timeout', detail);
  if (err?.constructor?.name === 'APIConnectionError' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|fetch failed/.test(`${detail} ${String(err?.cause?.code ?? err?.code ?? '')}`)) {
    return new LlmCallError('unreachable', detail);
  }
  if (err?.message === 'terminated' || err?.cause?.code === 'UND_ERR_SOCKET') return new LlmCallError('stream-broken', detail);
  return new LlmCallError('error', detail);
}
