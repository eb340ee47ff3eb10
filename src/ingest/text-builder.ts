import type { Section } from './types.js';

/**
 * Builds a document text block by block while recording section bodies and heading paths.
 * Used by the markdown, HTML and PDF loaders; heading lines are written into the text (so a
 * reader sees them) but lie outside every section body.
 */
export class TextBuilder {
  // The text is kept as parts: reading a character of a string built by `+=` flattens it, and
  // doing that per heading made 20,000 headings take 25 s (quadratic). Each part is pushed
  // once into the text and once into the open section body; both are joined once.
  private readonly parts: string[] = [];
  private length = 0;

  /** Characters written so far: the offset at which the next text lands. */
  get offset(): number {
    return this.length;
  }
  private last = '';
  private body: string[] = [];
  private readonly path: string[] = [];
  private readonly sections: Section[] = [];
  private bodyStart = 0;
  private bodyHeadings: string[] = [];
  private headingSeen = false;

  /** Appends text verbatim to the current section body. */
  append(s: string): void {
    if (s === '') return;
    this.parts.push(s);
    this.body.push(s);
    this.length += s.length;
    this.last = s[s.length - 1]!;
  }

  /** Starts a new line unless the text is empty or already ends with one. */
  newline(): void {
    if (this.length !== 0 && this.last !== '\n') this.append('\n');
  }

  /** Appends a block (paragraph, list item, cell) on a line of its own. Empty blocks are ignored. */
  block(s: string): void {
    if (s.trim() === '') return;
    this.newline();
    this.append(s);
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
    if (this.length !== 0) this.append(this.last === '\n' ? '\n' : '\n\n');
    this.append(`${h}\n`);
    this.bodyStart = this.length;
    this.body = [];
    this.bodyHeadings = [...this.path];
    this.headingSeen = true;
  }

  /** The text and its sections; the builder must not be used afterwards. */
  finish(): { text: string; sections: Section[] } {
    this.close();
    return { text: this.parts.join(''), sections: this.sections };
  }

  private close(): void {
    const body = this.body.join('');
    let lead = 0;
    let trail = body.length;
    while (lead < trail && /\s/.test(body[lead]!)) lead++;
    while (trail > lead && /\s/.test(body[trail - 1]!)) trail--;
    const start = this.bodyStart + lead;
    const end = this.bodyStart + trail;
    // Text before the first heading is a section only if it has content; a heading always is
    // one (even with an empty body) so that its text appears in some section path.
    if (this.headingSeen || end > start) this.sections.push({ headings: this.bodyHeadings, start, end });
  }
}
