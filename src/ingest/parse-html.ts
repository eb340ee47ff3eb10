import * as cheerio from 'cheerio';
import { Parser } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { baseTitle } from './document-format.js';
import { sourceLineUrl, sourceUrl } from './source-link.js';
import { TextBuilder } from './text-builder.js';
import { UnreadableFileError } from './unreadable-file-error.js';
import type { ParsedDocument } from './types.js';

/** Elements that never hold document text. */
const DROPPED = [
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg',
  'canvas', 'object', 'embed', 'button', 'select', 'dialog', 'head',
  '[role=navigation]', '[role=contentinfo]', '[role=banner]', '[role=search]', '[role=complementary]',
  '[hidden]', '[aria-hidden=true]', 'input[type=hidden]',
].join(',');

/** Elements after which a new line starts (blocks, list items, table cells). */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'header', 'body', 'html', 'legend',
]);

/**
 * Parses an HTML page with cheerio. Dropped: scripts, styles, navigation, the page header
 * (a `<header>` outside `<main>`, `<article>` and `<section>`), footers, asides, forms, frames,
 * SVG, ARIA navigation/banner/contentinfo regions and hidden elements. When the page has a
 * `<main>` (else exactly one `<article>`) only that is read. Headings h1–h6 build the heading
 * path; paragraphs, list items and table cells become lines; entities are decoded and runs of
 * whitespace collapsed. Title: `<title>`, else the first h1, else the file name. Source link
 * (`url`): a `Quelle: https://…` block among the first lines (left out of the text), else
 * `<link rel="canonical">`, else `<meta property="og:url">`.
 */
export function parseHtml(html: string, fileName: string): ParsedDocument {
  // The DOM parser slows down steeply with depth (70 s for 50,000 levels) and the walk below
  // recurses per level: refuse absurd nesting first, measured by a streaming tokenizer.
  if (nestingExceeds(html, MAX_HTML_DEPTH)) {
    throw new UnreadableFileError(`HTML nested too deeply (more than ${MAX_HTML_DEPTH} levels of elements)`);
  }
  const $ = cheerio.load(html);
  const pageTitle = collapse($('title').first().text());
  let url =
    sourceUrl($('link[rel~="canonical" i]').first().attr('href')) ?? sourceUrl($('meta[property="og:url" i]').first().attr('content'));
  $(DROPPED).remove();
  $('[style]').filter((_, el) => /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test($(el).attr('style') ?? '')).remove();
  $('header').filter((_, el) => $(el).parents('main, article, section').length === 0).remove();

  const main = $('main').first();
  const articles = $('article');
  const roots: AnyNode[] = main.length ? [main[0]!] : articles.length === 1 ? [articles[0]!] : $('body').toArray();

  const b = new TextBuilder();
  let line = '';
  let firstH1: string | undefined;
  let lines = 0;
  let sourceLineSeen = false;
  const flush = (): void => {
    const s = collapse(line);
    line = '';
    if (!s) return;
    // A source line at the top is metadata, not text.
    const lineUrl = !sourceLineSeen && lines < SOURCE_LINE_WINDOW ? sourceLineUrl(s) : undefined;
    lines++;
    if (lineUrl) {
      sourceLineSeen = true;
      url = lineUrl;
      return;
    }
    b.block(s);
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      line += node.data;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = el.type === 'tag' ? el.name.toLowerCase() : '';
    const h = /^h([1-6])$/.exec(name);
    if (h) {
      flush();
      const text = collapse($(el).text());
      if (h[1] === '1' && firstH1 === undefined && text) firstH1 = text;
      if (text) lines++;
      b.heading(Number(h[1]), text);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of el.children) walk(child);
    if (block) flush();
  };
  for (const el of roots.length ? roots : [$.root()[0]!]) walk(el);
  flush();
  const { text, sections } = b.finish();
  return { title: pageTitle || firstH1 || baseTitle(fileName), text, sections, ...(url ? { url } : {}) };
}

/** Deepest element nesting accepted; real pages stay far below (a few dozen levels). */
export const MAX_HTML_DEPTH = 1000;

/**
 * Whether elements nest deeper than `max` (htmlparser2's streaming parser: linear time, no
 * recursion; it closes void elements and implied end tags such as `<p>` and `<li>` itself).
 */
function nestingExceeds(html: string, max: number): boolean {
  let depth = 0;
  let exceeded = false;
  const parser = new Parser({
    onopentag: () => {
      if (++depth > max && !exceeded) {
        exceeded = true;
        parser.pause();
      }
    },
    onclosetag: () => {
      depth--;
    },
  });
  parser.end(html);
  return exceeded;
}

/** Blocks at the top of the page in which a `Quelle:` line is looked for. */
const SOURCE_LINE_WINDOW = 4;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim().normalize('NFC');
}
