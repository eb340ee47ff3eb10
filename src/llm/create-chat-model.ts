import { ChatOpenAI } from '@langchain/openai';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../config.js';

export type LlmConfig = Pick<Config, 'LLM_BASE_URL' | 'LLM_MODEL' | 'LLM_API_KEY' | 'LLM_TEMPERATURE' | 'LLM_TIMEOUT_MS' | 'LLM_MAX_TOKENS'>;

/** Sent when no LLM_API_KEY is set: local servers (vLLM, LM Studio, Ollama) ignore it, the client needs one. */
const DUMMY_API_KEY = 'not-needed';

/**
 * A LangChain chat model for any OpenAI-compatible endpoint (OpenAI, Azure OpenAI's v1 API,
 * vLLM, LM Studio, Ollama's `/v1`). Only constructs the client: nothing is sent until the first
 * question, so a model that is down does not stop the bot from starting (answers fall back to
 * extractive ones). `undefined` when LLM_BASE_URL/LLM_MODEL are not set.
 */
export function createChatModel(config: LlmConfig): BaseChatModel | undefined {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return undefined;
  return new ChatOpenAI({
    model: config.LLM_MODEL,
    apiKey: config.LLM_API_KEY ?? DUMMY_API_KEY,
    temperature: config.LLM_TEMPERATURE,
    maxTokens: config.LLM_MAX_TOKENS,
    timeout: config.LLM_TIMEOUT_MS,
    // One retry would double the wait before the fallback; the user is waiting for an answer.
    maxRetries: 0,
    // Not every compatible server knows `stream_options`; we do not need token usage.
    streamUsage: false,
    configuration: { baseURL: config.LLM_BASE_URL },
  });
}

/** `host/model` for logs: never the key, nor credentials or paths of the URL. */
export function describeModel(config: LlmConfig): string {
  let host = '?';
  try {
    host = new URL(config.LLM_BASE_URL ?? '').host;
  } catch {
    // Config validation already checked the URL's shape; keep the log line anyway.
  }
  return `${host}/${config.LLM_MODEL ?? '?'}`;
}
