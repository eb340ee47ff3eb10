import type { Messages } from './i18n.js';

/**
 * An expected failure the user should be told about (rate limit, missing permission, unknown
 * topic...). Commands throw it; the one interaction error handler turns it into an ephemeral
 * reply in the user's language. `render` picks the text from the message table.
 */
export class BotUserError extends Error {
  override readonly name = 'BotUserError';
  constructor(readonly render: (m: Messages) => string) {
    super('user error');
  }
}

export function isBotUserError(e: unknown): e is BotUserError {
  return e instanceof BotUserError;
}
