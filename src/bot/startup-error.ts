import { AppError } from '../errors.js';

/**
 * Turns "Discord rejected the token" in any of its shapes into {@link AppError}
 * `DISCORD_TOKEN_INVALID`: discord.js `TokenInvalid` (401 on GET /gateway/bot), a REST 401, or the
 * gateway closing with 4004 ("Authentication failed"). Other errors are returned unchanged.
 */
export function toStartupError(error: unknown): unknown {
  const e = error as { code?: unknown; status?: unknown; message?: unknown } | null;
  const rejected =
    e !== null &&
    typeof e === 'object' &&
    (e.code === 'TokenInvalid' || e.status === 401 || e.message === 'Authentication failed');
  return rejected ? new AppError('DISCORD_TOKEN_INVALID', undefined, { cause: error }) : error;
}
