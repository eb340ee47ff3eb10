import { sourceUrl } from '../../ingest/source-link.js';
import { escapeDiscord } from './escape.js';

/** Longer source URLs are not linked (they would crowd out the quote in a 1,024-character field). */
const MAX_LINK_URL = 512;

/**
 * A Discord masked link `[title](url)` to a document's published original, or `undefined` when
 * the URL is not a plain http(s) link or too long. The title is untrusted document text: it is
 * escaped, its brackets are replaced so it cannot close the link text, and a URL in it is
 * broken up so that it cannot pose as the link target; the URL is re-encoded
 * so that parentheses, spaces and angle brackets cannot end the link target.
 */
export function discordSourceLink(title: string, url: string): string | undefined {
  const href = discordLinkTarget(url);
  if (href === undefined) return undefined;
  const parsed = new URL(href);
  // A URL in the link text would let a document show one address and link another.
  const plain = title.replace(/\[/g, '(').replace(/\]/g, ')').replace(/:\/\//g, ':\u200b//');
  const text = escapeDiscord(plain).trim() || parsed.hostname;
  return `[${text}](${href})`;
}

/**
 * A URL safe to use as a Discord link target (an embed's `url`, a masked link): absolute
 * http(s) without credentials, parentheses, spaces and angle brackets percent-encoded, at most 512 characters;
 * `undefined` otherwise.
 */
export function discordLinkTarget(url: string): string | undefined {
  // The same check as every source link of the core (absolute http(s), no credentials).
  const href = sourceUrl(url)?.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return href === undefined || href.length > MAX_LINK_URL ? undefined : href;
}
