/** Longest token still taken for a word (German compounds run long; hashes and blobs longer). */
const MAX_WORD_CHARS = 60;
const SPACE = /\s/;
const LETTER = /\p{L}/u;

/** Below this share of letters in word-like tokens, a text has no readable words. */
const MIN_WORD_SHARE = 0.2;

/**
 * Why a text is not worth indexing although it is not empty: it has no readable words (a
 * single giant token such as 30 MB of "AAAA…", a base64 blob, lines of symbols). Words are
 * whitespace-separated tokens of at most 60 characters; the text passes when at least 20 % of
 * its non-space characters are letters of such tokens. Returns undefined for ordinary text.
 */
export function whyNoReadableWords(text: string): string | undefined {
  let nonSpace = 0;
  let wordLetters = 0;
  let tokenLength = 0;
  let tokenLetters = 0;
  const endToken = () => {
    if (tokenLength > 0 && tokenLength <= MAX_WORD_CHARS) wordLetters += tokenLetters;
    tokenLength = 0;
    tokenLetters = 0;
  };
  // One pass over UTF-16 units without building token arrays: a 50 MB single-token file costs
  // no extra memory; ASCII is decided without regular expressions.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && SPACE.test(text[i]!);
    if (space) {
      endToken();
      continue;
    }
    nonSpace++;
    tokenLength++;
    if (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(text[i]!)) tokenLetters++;
  }
  endToken();
  if (nonSpace === 0) return undefined; // empty text has its own reason
  if (wordLetters / nonSpace >= MIN_WORD_SHARE) return undefined;
  return wordLetters === 0 && nonSpace > MAX_WORD_CHARS
    ? 'no readable words (one giant token or symbols only)'
    : 'no readable words (mostly symbols, numbers or tokens too long to be words)';
}
