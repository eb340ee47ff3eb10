/** Outcome of cleaning a raw question. */
export interface CleanQuestion {
  /** The question to answer ('' when nothing usable is left). */
  text: string;
  /** True when it was cut to the maximum length. */
  truncated: boolean;
}

// Control characters (except tab/newline), zero-width and bidi controls, BOM.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
// Discord mention syntax: users, roles, channels, slash-command mentions, custom emoji.
const MENTION = /<(?:@[!&]?\d+|#\d+|\/[\w -]+:\d+|a?:\w+:\d+)>/g;

/**
 * Normalises user text before it reaches retrieval: invisible characters out, Discord mention
 * and emoji markup out, `@everyone`/`@here` defused, whitespace collapsed, cut at `maxChars`
 * at a word boundary. Never throws.
 */
export function sanitizeQuestion(raw: string, maxChars: number): CleanQuestion {
  let text = String(raw ?? '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(MENTION, ' ')
    .replace(/@(everyone|here)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  let truncated = false;
  if (text.length > maxChars) {
    const cut = text.slice(0, maxChars);
    const space = cut.lastIndexOf(' ');
    text = (space > maxChars * 0.8 ? cut.slice(0, space) : cut).trim();
    truncated = true;
  }
  // Nothing but punctuation, symbols or emoji: no question to answer.
  if (!/[\p{L}\p{N}]/u.test(text)) text = '';
  return { text, truncated };
}
