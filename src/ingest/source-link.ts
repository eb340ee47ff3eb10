/**
 * Source links: where a document says it was published. Documents name their origin in a
 * `Quelle: https://…` / `Source: https://…` line near the top (press digests, web clippings);
 * loaders also read front matter, canonical links and file metadata and hand their candidates
 * to {@link sourceUrl}.
 */

/** Lines at the top of a document in which a source line is looked for (non-blank lines). */
const SOURCE_LINE_WINDOW = 4;

/** `Quelle: <url>` in its plain, `<url>` and Markdown-link forms; group 1, 2 or 3 is the URL. */
const SOURCE_LINE =
  /^[ \t]*(?:[*_]{1,2})?(?:Quelle|Quellen|Source|Fundstelle|Original|URL)(?:[*_]{1,2})?[ \t]*:(?:[*_]{1,2})?[ \t]*(?:\[[^\]\n]*\]\((\S+?)\)|<(\S+?)>|(\S+))[ \t]*$/i;

/**
 * The URL as a clean absolute http(s) link, or `undefined` for anything else (relative,
 * `javascript:`, `file:`, credentials in the URL, over 2,000 characters). Untrusted input:
 * front ends show it only as a link target.
 */
export function sourceUrl(raw: string | undefined | null): string | undefined {
  const s = raw?.trim();
  if (!s || s.length > 2000) return undefined;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  return url.href;
}

/** The URL of a `Quelle:`/`Source:` line, or `undefined` when the line is not one. */
export function sourceLineUrl(line: string): string | undefined {
  const m = SOURCE_LINE.exec(line);
  return m ? sourceUrl(m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * Finds a source line among the first {@link SOURCE_LINE_WINDOW} non-blank lines of `text` and
 * removes it (with its line break), so that it becomes neither a heading nor a quotable
 * sentence. Returns the text unchanged and no URL when there is none.
 */
export function takeSourceLine(text: string): { text: string; url?: string } {
  let pos = 0;
  let seen = 0;
  while (pos <= text.length && seen < SOURCE_LINE_WINDOW) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim() !== '') {
      seen++;
      const url = sourceLineUrl(line);
      if (url) return { text: text.slice(0, pos) + text.slice(nl < 0 ? end : end + 1), url };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return { text };
}

/**
 * The publisher a source link names, as words: the registrable label of its host
 * ("https://www.behoerden-spiegel.de/…" → "behoerden-spiegel", "https://www.ndr.de/…" → "ndr").
 * A host writes umlauts as "ae", "oe", "ue": the spelling with umlauts is given too
 * ("behörden-spiegel"), so "laut Behörden Spiegel" finds it. `undefined` for no or an invalid link.
 */
export function publisherWords(url: string | undefined): string | undefined {
  const href = sourceUrl(url);
  if (!href) return undefined;
  const labels = new URL(href).hostname.split('.').filter((l) => l && l !== 'www');
  // An IP address or a single-label host names no publisher.
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return undefined;
  const label = labels.at(-2)!;
  const umlauts = label.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
  return umlauts === label ? label : `${label} ${umlauts}`;
}
