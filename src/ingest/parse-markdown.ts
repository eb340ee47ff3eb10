import { baseTitle } from './document-format.js';
import { normalizePlainText } from './parse-txt.js';
import { sourceUrl, takeSourceLine } from './source-link.js';
import { TextBuilder } from './text-builder.js';
import type { ParsedDocument } from './types.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/**
 * Parses a Markdown document. ATX (`#`) and setext (underlined) headings build the heading
 * path (h2 under h1, and so on); the first h1 is the title (else front matter `title:`, else
 * the file name). The stored text keeps body lines as written except for a minimal cleanup, so
 * that quotes read naturally: heading markers, code-fence lines, thematic breaks, front matter,
 * link definitions and HTML comments are removed; `[x](url)` and `![x](url)` become `x`;
 * emphasis, strike-through and code backticks are dropped; leading `>` quote markers are
 * dropped; simple inline HTML tags are removed. Lines inside code fences stay verbatim.
 * Source link (`url`): a `Quelle:`/`Source:` line at the top (removed from the text), else
 * front matter `source:` or `url:`.
 */
export function parseMarkdown(content: string, fileName: string): ParsedDocument {
  let src = normalizePlainText(content).replace(/<!--[\s\S]*?-->/g, '');
  let frontTitle: string | undefined;
  let frontUrl: string | undefined;
  const front = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(src);
  if (front) {
    frontTitle = /^title:\s*["']?(.*?)["']?\s*$/m.exec(front[1]!)?.[1];
    frontUrl = sourceUrl(/^(?:source|url|quelle):\s*["']?(.*?)["']?\s*$/im.exec(front[1]!)?.[1]);
    src = src.slice(front[0].length);
  }
  const taken = takeSourceLine(src);
  src = taken.text;
  const url = taken.url ?? frontUrl;
  const lines = src.split('\n');
  const b = new TextBuilder();
  let title: string | undefined;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      else b.append(`${line}\n`);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const atx = ATX.exec(line);
    const next = lines[i + 1];
    const setext = next !== undefined && line.trim() !== '' && !atx && !THEMATIC_BREAK.test(line) ? SETEXT.exec(next) : null;
    if (atx || setext) {
      const level = atx ? atx[1]!.length : setext![1]!.startsWith('=') ? 1 : 2;
      const heading = cleanInline(atx ? (atx[2] ?? '') : line.trim());
      if (level === 1 && title === undefined && heading !== '') title = heading;
      b.heading(level, heading);
      if (setext) i++;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) continue;
    b.append(`${cleanInline(line.replace(/^ {0,3}(?:>[ \t]?)+/, ''))}\n`);
  }
  const { text, sections } = b.finish();
  return { title: title ?? frontTitle ?? baseTitle(fileName), text, sections, ...(url ? { url } : {}) };
}

/** Removes inline Markdown syntax from one line (see {@link parseMarkdown}). */
export function cleanInline(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/!?\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}
