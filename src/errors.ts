/**
 * The error catalog: every failure a user or operator can meet has a code and a message
 * template that says what happened and what to do. Core modules throw {@link AppError};
 * front ends turn it into a reply (Discord, terminal) or an exit code (scripts).
 */

export const errorCatalog = {
  CONFIG_INVALID: (p: { problems: string[] }) =>
    `Invalid configuration (check .env, see .env.example):\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
  USAGE: (p: { problem: string; usage: string }) => `${p.problem}\n${p.usage}`,
  FILE_UNREADABLE: (p: { what: string; file: string; reason: string }) =>
    `The ${p.what} ${p.file} cannot be read (${p.reason}).`,
  FILE_INVALID: (p: { file: string; problems: string[] }) =>
    `The file ${p.file} is invalid:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
  DOCS_DIR_MISSING: (p: { dir: string }) =>
    `The documents folder ${p.dir} does not exist. Create it and put .txt, .md, .html or .pdf files in it, then run \`npm run reindex\`.`,
  DOCS_DIR_NOT_A_FOLDER: (p: { dir: string }) =>
    `DOCS_DIR points to ${p.dir}, which is not a folder. Set DOCS_DIR to the folder that holds the documents.`,
  DOCS_DIR_UNREADABLE: (p: { dir: string; reason: string }) =>
    `The documents folder ${p.dir} cannot be read (${p.reason}). Check its permissions.`,
  INDEX_DIR_UNUSABLE: (p: { dir: string; reason: string }) =>
    `The index folder ${p.dir} cannot be used (${p.reason}). Set INDEX_DIR to a folder this program may create and write, e.g. data/index.`,
  NO_USABLE_DOCUMENTS: (p: { dir: string; skipped: number }) =>
    `No usable document found in ${p.dir}${p.skipped ? ` (${p.skipped} file(s) skipped, see above)` : ''}. Add .txt, .md, .html or .pdf files with text, then run \`npm run reindex\`.`,
  INDEX_MISSING: (p: { dir: string }) => `No index found at ${p.dir}. Run \`npm run reindex\` to build it.`,
  INDEX_CORRUPT: (p: { file: string; reason: string }) =>
    `The index file ${p.file} is damaged (${p.reason}). Run \`npm run reindex\` to rebuild the index.`,
  INDEX_INCOMPATIBLE: (p: { reason: string }) =>
    `The saved index cannot be used: ${p.reason}. Run \`npm run reindex\` to rebuild it.`,
  REINDEX_RUNNING: (p: { pid: number; since: string; lockFile: string }) =>
    `Another reindex is already running (process ${p.pid}, since ${p.since}; lock file ${p.lockFile}). Wait for it to finish, then try again. If no reindex is running, delete ${p.lockFile} and try again.`,
  EMBEDDER_UNAVAILABLE: (p: { model: string; reason: string }) =>
    `The embedding model ${p.model} could not be loaded (${p.reason}). Connect to the internet once so it can be downloaded, set EMBEDDING_MODEL to a local model folder, or set EMBEDDINGS=offline.`,
  TOPICS_INVALID: (p: { file: string; problems: string[] }) =>
    `The topics file ${p.file} is invalid:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
  LLM_FAILED: (p: { reason: string }) => `The language model could not answer (${p.reason}).`,
  DISCORD_TOKEN_MISSING: () =>
    'DISCORD_TOKEN is not set. Copy the bot token from the Developer Portal → Bot and put DISCORD_TOKEN=... in .env.',
  DISCORD_UNREACHABLE: (p: { url: string; reason: string }) =>
    `Discord could not be reached at ${p.url} (${p.reason}). Check the network connection, a proxy or firewall, and DISCORD_API_URL in .env (leave it unset for the real Discord).`,
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

/** Exit code of a script that stops with this error: 2 for usage errors and a busy index, else 1. */
export function exitCodeOf(e: AppError): number {
  return e.code === 'USAGE' || e.code === 'REINDEX_RUNNING' ? 2 : 1;
}

/**
 * A short reason for an operating-system error, without paths or file contents
 * (`permission denied`, `not a folder`, …), for the `reason` parameter of catalog errors.
 */
export function describeSystemError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'is a folder, not a file',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'name too long',
    EIO: 'input/output error',
  };
  if (code && known[code]) return known[code];
  return code ? `system error ${code}` : 'unknown error';
}

export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
