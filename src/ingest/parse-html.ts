import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { baseTitle } from './document-format.js';
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
 * whitespace collapsed. Title: `<title>`, else the first h1, else the file name.
 */
export function parseHtml(html: string, fileName: string): ParsedDocument {
  const $ = cheerio.load(html);
  // Selectors and the walk below recurse per level: refuse absurd nesting before either runs.
  if (nestingExceeds($.root()[0]!, MAX_HTML_DEPTH)) {
    throw new UnreadableFileError(`HTML nested too deeply (more than ${MAX_HTML_DEPTH} levels of elements)`);
  }
  const pageTitle = collapse($('title').first().text());
  $(DROPPED).remove();
  $('[style]').filter((_, el) => /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test($(el).attr('style') ?? '')).remove();
  $('header').filter((_, el) => $(el).parents('main, article, section').length === 0).remove();

  const main = $('main').first();
  const articles = $('article');
  const roots: AnyNode[] = main.length ? [main[0]!] : articles.length === 1 ? [articles[0]!] : $('body').toArray();

  const b = new TextBuilder();
  let line = '';
  let firstH1: string | undefined;
  const flush = (): void => {
    const s = collapse(line);
    if (s) b.block(s);
    line = '';
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
  return { title: pageTitle || firstH1 || baseTitle(fileName), text, sections };
}

/** Deepest element nesting accepted; real pages stay far below (a few dozen levels). */
export const MAX_HTML_DEPTH = 1000;

/** Whether the tree under `root` is deeper than `max`, measured without recursion. */
function nestingExceeds(root: AnyNode, max: number): boolean {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    const children = (node as Element).children;
    if (children) for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim().normalize('NFC');
}
