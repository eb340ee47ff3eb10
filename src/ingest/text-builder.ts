import type { Section } from './types.js';

/**
 * Builds a document text block by block while recording section bodies and heading paths.
 * Used by the markdown, HTML and PDF loaders; heading lines are written into the text (so a
 * reader sees them) but lie outside every section body.
 */
export class TextBuilder {
  private text = '';
  private readonly path: string[] = [];
  private readonly sections: Section[] = [];
  private bodyStart = 0;
  private bodyHeadings: string[] = [];
  private headingSeen = false;

  /** Appends text verbatim to the current section body. */
  append(s: string): void {
    this.text += s;
  }

  /** Starts a new line unless the text is empty or already ends with one. */
  newline(): void {
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }

  /** Appends a block (paragraph, list item, cell) on a line of its own. Empty blocks are ignored. */
  block(s: string): void {
    if (s.trim() === '') return;
    this.newline();
    this.text += s;
  }

  /**
   * Closes the current section and starts one under `heading` at `level` (1 = outermost).
   * Deeper headings nest under shallower ones; a skipped level does not leave a gap.
   */
  heading(level: number, heading: string): void {
    const h = heading.replace(/\s+/g, ' ').trim();
    if (h === '') return;
    this.close();
    while (this.path.length >= level) this.path.pop();
    this.path.push(h);
    if (this.text !== '') this.text += this.text.endsWith('\n') ? '\n' : '\n\n';
    this.text += `${h}\n`;
    this.bodyStart = this.text.length;
    this.bodyHeadings = [...this.path];
    this.headingSeen = true;
  }

  /** The text and its sections; the builder must not be used afterwards. */
  finish(): { text: string; sections: Section[] } {
    this.close();
    return { text: this.text, sections: this.sections };
  }

  private close(): void {
    let start = this.bodyStart;
    let end = this.text.length;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    // Text before the first heading is a section only if it has content; a heading always is
    // one (even with an empty body) so that its text appears in some section path.
    if (this.headingSeen || end > start) this.sections.push({ headings: this.bodyHeadings, start, end });
  }
}
