/**
 * Page layout of a typeset PDF: text runs → lines in reading order (column by column), and
 * running headers and footers removed. Pure functions over positions; pdf.js stays in
 * parse-pdf.ts.
 */

/** One positioned piece of text as pdf.js reports it (PDF user space: y grows upwards). */
export interface PdfTextRun {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text matrix), in points. */
  size: number;
  /** Font resource name; a change of font at the same size marks bold or italic text. */
  font: string;
}

/** A line of text on a page. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  /** Size and font of most of the line's characters. */
  size: number;
  font: string;
  page: number;
  /** 0: spans the page (or single-column page); 1: left column; 2: right column. */
  column: 0 | 1 | 2;
  /** Right edge of the text block the line belongs to (its column on that page). */
  blockRight: number;
  /** Left edge of that text block. */
  blockLeft: number;
}

/**
 * Lines of one page in reading order. When the page has two columns (a vertical gutter in the
 * middle third that almost no run crosses, with enough text on both sides), each band between
 * full-width lines is read left column first, then right column.
 */
export function pageLines(runs: PdfTextRun[], page: number, pageWidth: number): PdfLine[] {
  const visible = runs.filter((r) => r.str.trim() !== '');
  if (!visible.length) return [];
  const gutter = findGutter(visible, pageWidth);
  if (gutter === undefined) return finishBlock(buildLines(visible, page, 0));

  const full = buildLines(visible.filter((r) => r.x < gutter && r.x + r.width > gutter), page, 0);
  const left = finishBlock(buildLines(visible.filter((r) => r.x + r.width <= gutter), page, 1));
  const right = finishBlock(buildLines(visible.filter((r) => r.x >= gutter), page, 2));
  finishBlock(full);
  // Full-width lines (headings, captions) split the page into bands read one after another.
  const out: PdfLine[] = [];
  const bandOf = (l: PdfLine) => full.filter((f) => f.y > l.y).length;
  for (let band = 0; band <= full.length; band++) {
    out.push(...left.filter((l) => bandOf(l) === band), ...right.filter((l) => bandOf(l) === band));
    if (band < full.length) out.push(full[band]!);
  }
  return out;
}

/** x of a vertical gutter splitting the page into two columns, or `undefined`. */
function findGutter(runs: PdfTextRun[], pageWidth: number): number | undefined {
  const n = runs.length;
  if (n < 8) return undefined;
  let best: { x: number; crossing: number } | undefined;
  const tryAt = (x: number) => {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const r of runs) {
      if (r.x + r.width <= x) left++;
      else if (r.x >= x) right++;
      else crossing++;
    }
    if (left < n * 0.25 || right < n * 0.25) return;
    if (!best || crossing < best.crossing) best = { x, crossing };
  };
  // A coarse pass over the middle of the page, then a fine one around the best position.
  for (let x = pageWidth * 0.3; x <= pageWidth * 0.7; x += 8) tryAt(x);
  if (best) {
    const around = best.x;
    for (let x = around - 8; x <= around + 8; x += 1) tryAt(x);
  }
  if (!best || best.crossing > Math.max(2, n * 0.1)) return undefined;
  // The two sides must sit side by side (their vertical extents overlap), not one above the other.
  const x = best.x;
  const extent = (rs: PdfTextRun[]) => [Math.min(...rs.map((r) => r.y)), Math.max(...rs.map((r) => r.y))] as const;
  const [l0, l1] = extent(runs.filter((r) => r.x + r.width <= x));
  const [r0, r1] = extent(runs.filter((r) => r.x >= x));
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  return overlap > 0.5 * Math.min(l1 - l0, r1 - r0) ? x : undefined;
}

/** Groups runs into lines (top to bottom; runs of a line left to right). */
function buildLines(runs: PdfTextRun[], page: number, column: 0 | 1 | 2): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    // Same line when baselines are within 40% of the size (superscripts stay on their line).
    if (g && Math.abs(g[0]!.y - r.y) <= 0.4 * Math.max(g[0]!.size, r.size)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    const weight = new Map<string, number>();
    for (const r of g) {
      if (text !== '' && r.x - end > 0.15 * r.size && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
      text += r.str;
      end = Math.max(end, r.x + r.width);
      const key = `${Math.round(r.size * 2) / 2}\u0000${r.font}`;
      weight.set(key, (weight.get(key) ?? 0) + r.str.length);
    }
    const [size, font] = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]![0].split('\u0000') as [string, string];
    return {
      text: text.replace(/\s+/g, ' ').trim().normalize('NFC'),
      x0: g[0]!.x,
      x1: end,
      y: g[0]!.y,
      size: Number(size),
      font,
      page,
      column,
      blockLeft: 0,
      blockRight: 0,
    };
  });
}

/** Records the block's left and right edges on each of its lines. */
function finishBlock(lines: PdfLine[]): PdfLine[] {
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  for (const l of lines) {
    l.blockLeft = left;
    l.blockRight = right;
  }
  return lines;
}

/** A page number alone: "3", "- 3 -", "Seite 3", "Seite 3 von 10", "S. 3", "3 / 10", "Page 3 of 10". */
const PAGE_NUMBER = /^(?:(?:seite|page|s\.|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:von|of|\/)\s*\d{1,4})?$/i;
/** Lines at the top and at the bottom of a page looked at as running header or footer. */
const EDGE_LINES = 2;

/**
 * Removes running headers and footers: among the top and bottom {@link EDGE_LINES} lines of
 * each page, lines that repeat (digits ignored) on at least half of the pages (two at least),
 * and page numbers.
 */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const key = (l: PdfLine) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const edges = pages.map((lines) => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    return new Set([...byY.slice(0, EDGE_LINES), ...byY.slice(-EDGE_LINES)]);
  });
  const pagesWithKey = new Map<string, number>();
  edges.forEach((edge) => {
    for (const k of new Set([...edge].map(key))) pagesWithKey.set(k, (pagesWithKey.get(k) ?? 0) + 1);
  });
  const withText = pages.filter((p) => p.length > 0).length;
  const running = (k: string) => withText >= 2 && (pagesWithKey.get(k) ?? 0) >= Math.max(2, Math.ceil(withText / 2));
  return pages.map((lines, i) => {
    const header = smallHeader(lines);
    return lines.filter((l) => l !== header && !(edges[i]!.has(l) && (PAGE_NUMBER.test(l.text) || running(key(l)))));
  });
}

/**
 * The top line of a page when it looks like a running header even without repetition (a
 * one-page document): smaller than most of the page's text, short, and set apart from the
 * text below by a gap of more than two lines of its size.
 */
function smallHeader(lines: PdfLine[]): PdfLine | undefined {
  if (lines.length < 3) return undefined;
  const byY = [...lines].sort((a, b) => b.y - a.y);
  const [top, next] = [byY[0]!, byY[1]!];
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  const small = top.size < 0.9 * median && top.text.length <= 120;
  return small && top.y - next.y > 2.5 * top.size + next.size ? top : undefined;
}
