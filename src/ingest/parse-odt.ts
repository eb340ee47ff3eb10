import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { baseTitle } from './document-format.js';
import { readOdfUrl, readXmlText } from './office-metadata.js';
import { readStructuredHtml } from './structured-html.js';
import type { ParsedDocument } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

/** A node of fast-xml-parser's order-preserving output: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type XmlNode = Record<string, unknown>;

/** Elements whose content is never document text: comments, tracked deletions, drawings' alt text, declarations. */
const SKIPPED = new Set([
  'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:sequence-decls', 'text:variable-decls',
  'text:user-field-decls', 'svg:desc', 'svg:title', 'text:bookmark-ref', 'office:forms', 'text:table-of-content-source',
]);

/**
 * Parses an OpenDocument text (.odt): `content.xml` is read with fast-xml-parser and turned
 * into simple HTML for {@link readStructuredHtml}. Headings (`text:h` with their outline level)
 * start sections; lists and tables become readable lines (a table row on one line, cells
 * separated by ` | `); footnotes and endnotes are kept as `[n] …` lines at the end; comments
 * and tracked deletions are left out. Title: `dc:title` in meta.xml, else the first level-1
 * heading, else the file name. Source link (`url`): a `Quelle: https://…` paragraph at the top
 * (left out), else a user-defined metadata field `URL`/`Source`/`Quelle`.
 * @throws {UnreadableFileError} for an encrypted (password-protected) or broken file.
 */
export async function parseOdt(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new UnreadableFileError('broken OpenDocument file (not a valid .odt package)', { cause: e });
  }
  const manifest = await zip.file('META-INF/manifest.xml')?.async('string');
  if (manifest?.includes('encryption-data')) throw new UnreadableFileError('encrypted OpenDocument file (password protected)');
  const content = await zip.file('content.xml')?.async('string');
  if (content === undefined) throw new UnreadableFileError('broken OpenDocument file (no content.xml)');
  let tree: XmlNode[];
  try {
    tree = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: false,
    }).parse(content, true) as XmlNode[];
  } catch (e) {
    // The reason names the problem, never text from the file (parser errors quote its XML).
    throw new UnreadableFileError('broken OpenDocument file (content.xml is not well-formed XML)', { cause: e });
  }
  const html = new OdtHtml();
  const bodyText = find(tree, ['office:document-content', 'office:body', 'office:text']);
  if (!bodyText) throw new UnreadableFileError('broken OpenDocument file (no text body; not a text document?)');
  html.blocks(bodyText);
  const body = readStructuredHtml(html.finish());
  const meta = await zip.file('meta.xml')?.async('string');
  const metaTitle = meta ? readXmlText(meta, 'dc:title') : undefined;
  const url = body.url ?? (meta ? readOdfUrl(meta) : undefined);
  return {
    title: metaTitle || body.firstHeading || baseTitle(fileName),
    text: body.text,
    sections: body.sections,
    ...(url ? { url } : {}),
  };
}

/** Children of the element reached by following `path` from `nodes`. */
function find(nodes: XmlNode[], path: string[]): XmlNode[] | undefined {
  let current: XmlNode[] | undefined = nodes;
  for (const tag of path) {
    const next: XmlNode | undefined = current?.find((n) => tag in n);
    current = next ? (next[tag] as XmlNode[]) : undefined;
  }
  return current;
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function attr(node: XmlNode, name: string): string | undefined {
  const a = node[':@'] as Record<string, string> | undefined;
  return a?.[name];
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Writes the HTML for one document body; notes are collected and appended at the end. */
class OdtHtml {
  private out = '';
  private readonly notes: { id: string; html: string }[] = [];

  blocks(nodes: XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) continue;
      const children = node[tag] as XmlNode[];
      if (tag === 'text:h') {
        const level = Math.min(6, Math.max(1, Number(attr(node, 'text:outline-level') ?? '1') || 1));
        this.out += `<h${level}>${this.inline(children)}</h${level}>`;
      } else if (tag === 'text:p') {
        this.out += `<p>${this.inline(children)}</p>`;
      } else if (tag === 'text:list') {
        this.out += '<ul>';
        for (const item of children) {
          const itemTag = tagOf(item);
          if (itemTag !== 'text:list-item' && itemTag !== 'text:list-header') continue;
          this.out += '<li>';
          this.blocks(item[itemTag] as XmlNode[]);
          this.out += '</li>';
        }
        this.out += '</ul>';
      } else if (tag === 'table:table') {
        this.out += '<table>';
        this.rows(children);
        this.out += '</table>';
      } else if (tag !== 'table:table-columns' && tag !== 'table:table-column') {
        // Sections, text boxes, index bodies and the like: read what they hold.
        this.blocks(children);
      }
    }
  }

  finish(): string {
    if (this.notes.length) this.out += `<ol>${this.notes.map((n) => `<li id="footnote-${n.id}">${n.html}</li>`).join('')}</ol>`;
    return this.out;
  }

  private rows(nodes: XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag) continue;
      const children = node[tag] as XmlNode[];
      if (tag === 'table:table-row') {
        this.out += '<tr>';
        for (const cell of children) {
          const cellTag = tagOf(cell);
          if (cellTag !== 'table:table-cell') continue;
          this.out += '<td>';
          this.blocks(cell[cellTag] as XmlNode[]);
          this.out += '</td>';
        }
        this.out += '</tr>';
      } else if (tag === 'table:table-header-rows' || tag === 'table:table-rows' || tag === 'table:table-row-group') {
        this.rows(children);
      }
    }
  }

  private inline(nodes: XmlNode[]): string {
    let s = '';
    for (const node of nodes) {
      if ('#text' in node) {
        s += escapeHtml(String(node['#text']));
        continue;
      }
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) continue;
      const children = node[tag] as XmlNode[];
      if (tag === 'text:s') s += ' '.repeat(Math.min(Number(attr(node, 'text:c') ?? '1') || 1, 100));
      else if (tag === 'text:tab' || tag === 'text:line-break') s += ' ';
      else if (tag === 'text:note') s += this.note(children);
      else s += this.inline(children);
    }
    return s;
  }

  /** A footnote or endnote: its citation mark in the text, its body kept for the end. */
  private note(children: XmlNode[]): string {
    const citation = children.find((c) => 'text:note-citation' in c);
    const mark = citation ? this.inline(citation['text:note-citation'] as XmlNode[]).trim() : '';
    const id = mark || String(this.notes.length + 1);
    const body = children.find((c) => 'text:note-body' in c);
    if (body) {
      const saved = this.out;
      this.out = '';
      this.blocks(body['text:note-body'] as XmlNode[]);
      this.notes.push({ id: escapeHtml(id), html: this.out });
      this.out = saved;
    }
    return `[${escapeHtml(id)}]`;
  }
}
