import { AppError } from '../errors.js';

/** Network failures that mean "Discord could not be reached" (on the error or its causes). */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted',
};

/**
 * Turns the expected ways of failing to start into {@link AppError}s: "Discord rejected the
 * token" in any of its shapes becomes `DISCORD_TOKEN_INVALID` (discord.js `TokenInvalid`, a REST
 * 401, or the gateway closing with 4004 "Authentication failed"); a network failure (connection
 * refused, unknown host, timeout, TLS) becomes `DISCORD_UNREACHABLE` naming `apiUrl`. Other
 * errors are returned unchanged.
 */
export function toStartupError(error: unknown, apiUrl = 'https://discord.com/api'): unknown {
  const e = error as { code?: unknown; status?: unknown; message?: unknown } | null;
  const rejected =
    e !== null &&
    typeof e === 'object' &&
    (e.code === 'TokenInvalid' || e.status === 401 || e.message === 'Authentication failed');
  if (rejected) return new AppError('DISCORD_TOKEN_INVALID', undefined, { cause: error });
  const network = networkReason(error);
  if (network) return new AppError('DISCORD_UNREACHABLE', { url: apiUrl, reason: network }, { cause: error });
  return error;
}

function networkReason(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE[code]) return `${UNREACHABLE[code]}, ${code}`;
    // undici's AggregateError (IPv4 and IPv6 both refused) carries the codes in `errors`.
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length) {
      const found = networkReason(inner[0]);
      if (found) return found;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
