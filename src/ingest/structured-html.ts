import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { sourceLineUrl } from './source-link.js';
import { TextBuilder } from './text-builder.js';
import type { Section } from './types.js';

/** Blocks at the top of a document in which a `Quelle:` line is looked for. */
const SOURCE_LINE_WINDOW = 4;

/** Text and structure read from the simple HTML that the Word and OpenDocument loaders produce. */
export interface StructuredText {
  text: string;
  sections: Section[];
  /** The first level-1 heading. */
  firstHeading?: string;
  /** URL of a `Quelle:`/`Source:` line among the first blocks (left out of the text). */
  url?: string;
}

/**
 * Reads clean, generated HTML (from mammoth for Word, from the OpenDocument converter): h1–h6
 * start sections; every paragraph is one line; list items are lines starting with `•` (or
 * their number); a table row is one line with its cells separated by ` | `; footnotes
 * (`li[id^=footnote-]`, `li[id^=endnote-]`) become `[n] text` lines at the end, their back
 * links removed. Whitespace is collapsed, text is NFC.
 */
export function readStructuredHtml(html: string): StructuredText {
  const $ = cheerio.load(html);
  $('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').remove();
  const b = new TextBuilder();
  let firstHeading: string | undefined;
  let url: string | undefined;
  let blocks = 0;
  const emit = (line: string): void => {
    const s = collapse(line);
    if (!s) return;
    if (url === undefined && blocks < SOURCE_LINE_WINDOW) {
      const lineUrl = sourceLineUrl(s);
      blocks++;
      if (lineUrl) {
        url = lineUrl;
        return;
      }
    }
    b.block(s);
  };
  const inline = (node: AnyNode): string => $(node).text();
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      emit(node.data);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = el.type === 'tag' ? el.name.toLowerCase() : '';
    const h = /^h([1-6])$/.exec(name);
    if (h) {
      const text = collapse(inline(el));
      if (!text) return;
      if (h[1] === '1' && firstHeading === undefined) firstHeading = text;
      blocks++;
      b.heading(Number(h[1]), text);
      return;
    }
    if (name === 'table') {
      for (const row of $(el).find('tr').toArray()) {
        if ($(row).parents('table').first()[0] !== el) continue; // rows of nested tables are read with their cell
        const cells = $(row).children('td, th').toArray().map((c) => collapse(blockText($, c)));
        if (cells.some((c) => c !== '')) emit(cells.join(' | '));
      }
      return;
    }
    if (name === 'li') {
      const id = $(el).attr('id') ?? '';
      const note = /^(?:footnote|endnote)-(\d+)$/.exec(id);
      const parent = el.parent as Element | null;
      const ordered = parent?.type === 'tag' && parent.name === 'ol';
      const marker = note ? `[${note[1]}]` : ordered ? `${$(parent!).children('li').index(el) + 1}.` : '•';
      const nested = $(el).children('ul, ol').toArray();
      const own = $(el).clone();
      own.children('ul, ol').remove();
      emit(`${marker} ${blockText($, own[0]!)}`);
      for (const list of nested) walk(list);
      return;
    }
    if (name === 'p' || name === 'pre' || name === 'blockquote' || name === 'dt' || name === 'dd' || name === 'caption') {
      emit(inline(el));
      return;
    }
    for (const child of el.children) walk(child);
  };
  walk($.root()[0]!);
  const { text, sections } = b.finish();
  return { text, sections, ...(firstHeading ? { firstHeading } : {}), ...(url ? { url } : {}) };
}

/** The text of a cell or list item: its paragraphs joined with spaces. */
function blockText($: cheerio.CheerioAPI, el: Element): string {
  const paragraphs = $(el).find('p').toArray();
  return paragraphs.length ? paragraphs.map((p) => $(p).text()).join(' ') : $(el).text();
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim().normalize('NFC');
}
