/** Shortening text to Discord's limits without breaking sentences or `[n]` citation markers. */

export const ELLIPSIS = ' …';

// A sentence ends at . ! ? or … optionally followed by citation markers, then whitespace or the end.
const SENTENCE_END = /[.!?…](?:\s*\[\d+\])*(?=\s|$)/g;
const MARKER = /\[\d+\]/g;

/**
 * Returns `text` if it fits in `max` characters, else a prefix ending at the last sentence boundary
 * (or, if that would keep less than half, the last word boundary) followed by {@link ELLIPSIS}.
 * Never cuts inside a `[n]` marker nor right after a lone escaping backslash.
 * @param max maximum length of the result in UTF-16 code units (>= 1)
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.trim().slice(0, max);
  const budget = max - ELLIPSIS.length;
  const cut = sentenceCut(text, budget) ?? wordCut(text, budget) ?? hardCut(text, budget);
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

function sentenceCut(text: string, budget: number): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > budget) break;
    best = end;
  }
  for (const m of text.slice(0, budget + 1).matchAll(/\n/g)) {
    if (best === undefined || m.index > best) best = m.index;
  }
  return best !== undefined && best >= budget / 2 ? best : undefined;
}

function wordCut(text: string, budget: number): number | undefined {
  const head = text.slice(0, budget + 1);
  const space = head.search(/\s\S*$/);
  if (space <= 0 || space < budget / 2) return undefined;
  return safeCut(text, space);
}

function hardCut(text: string, budget: number): number {
  return safeCut(text, budget);
}

/** Moves a cut position backwards so it is not inside a marker, an escape or a surrogate pair. */
export function safeCut(text: string, pos: number): number {
  let cut = Math.min(pos, text.length);
  for (const m of text.matchAll(MARKER)) {
    if (m.index < cut && cut < m.index + m[0].length) cut = m.index;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  // An odd run of backslashes before the cut would escape the ellipsis instead of its character.
  let slashes = 0;
  while (cut - slashes - 1 >= 0 && text[cut - slashes - 1] === '\\') slashes++;
  if (slashes % 2 === 1) cut -= 1;
  return Math.max(cut, 0);
}
