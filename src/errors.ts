/**
 * The error catalog: every failure a user or operator can meet has a code and a message
 * template that says what happened and what to do. Core modules throw {@link AppError};
 * front ends turn it into a reply (Discord, terminal) or an exit code (scripts).
 */

export const errorCatalog = {
  DOCS_DIR_MISSING: (p: { dir: string }) =>
    `The documents folder ${p.dir} does not exist. Create it and put .txt, .md, .html or .pdf files in it, then run \`npm run reindex\`.`,
  NO_USABLE_DOCUMENTS: (p: { dir: string; skipped: number }) =>
    `No usable document found in ${p.dir}${p.skipped ? ` (${p.skipped} file(s) skipped, see above)` : ''}. Add .txt, .md, .html or .pdf files with text, then run \`npm run reindex\`.`,
  INDEX_MISSING: (p: { dir: string }) => `No index found at ${p.dir}. Run \`npm run reindex\` to build it.`,
  INDEX_CORRUPT: (p: { file: string; reason: string }) =>
    `The index file ${p.file} is damaged (${p.reason}). Run \`npm run reindex\` to rebuild the index.`,
  INDEX_INCOMPATIBLE: (p: { reason: string }) =>
    `The saved index cannot be used: ${p.reason}. Run \`npm run reindex\` to rebuild it.`,
  REINDEX_RUNNING: (p: { pid: number; since: string }) =>
    `Another reindex is already running (process ${p.pid}, since ${p.since}). Wait for it to finish, then try again.`,
  EMBEDDER_UNAVAILABLE: (p: { model: string; reason: string }) =>
    `The embedding model ${p.model} could not be loaded (${p.reason}). Connect to the internet once so it can be downloaded, set EMBEDDING_MODEL to a local model folder, or set EMBEDDINGS=offline.`,
  TOPICS_INVALID: (p: { file: string; problems: string[] }) =>
    `The topics file ${p.file} is invalid:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
  LLM_FAILED: (p: { reason: string }) => `The language model could not answer (${p.reason}).`,
  DISCORD_TOKEN_MISSING: () =>
    'DISCORD_TOKEN is not set. Copy the bot token from the Developer Portal → Bot and put DISCORD_TOKEN=... in .env.',
  DISCORD_TOKEN_INVALID: () =>
    'Discord rejected DISCORD_TOKEN (401). Create a new token in the Developer Portal → Bot → Reset Token and put it in .env',
  WEB_TOKEN_REQUIRED: (p: { host: string }) =>
    `WEB_HOST=${p.host} is reachable from other machines, so the API needs a token. Set WEB_TOKEN to a long random string in .env (clients send it as "Authorization: Bearer ..."), or set WEB_HOST=127.0.0.1.`,
  WEB_PORT_IN_USE: (p: { host: string; port: number }) =>
    `Port ${p.port} on ${p.host} is already in use. Stop the other program or set WEB_PORT to a free port in .env.`,
  WEB_LISTEN_FAILED: (p: { host: string; port: number; reason: string }) =>
    `The web server could not listen on ${p.host}:${p.port} (${p.reason}). Check WEB_HOST and WEB_PORT in .env.`,
} as const;

export type ErrorCode = keyof typeof errorCatalog;
type ParamsOf<C extends ErrorCode> = Parameters<(typeof errorCatalog)[C]>[0];

/** An expected, user-explainable failure with a stable code and typed parameters. */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: C,
    readonly params: ParamsOf<C>,
    options?: { cause?: unknown },
  ) {
    super((errorCatalog[code] as (p: ParamsOf<C>) => string)(params), options);
  }
}

export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
