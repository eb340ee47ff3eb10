import type { Answer } from './types.js';

/** A piece of an answer's text, marked when it holds the fact asked for. */
export interface TextSegment {
  text: string;
  strong: boolean;
}

/**
 * Cuts a text into plain and emphasised pieces along `emphasis` ranges (sorted, not overlapping;
 * ranges out of bounds are clipped), so each front end can escape the pieces for its medium and
 * mark the strong ones its own way (bold in Discord and a terminal, <strong> on the web).
 */
export function emphasisSegments(text: string, emphasis: Answer['emphasis'] = []): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of [...emphasis].sort((a, b) => a.start - b.start)) {
    const s = Math.max(at, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    if (s > at) out.push({ text: text.slice(at, s), strong: false });
    if (e > s) out.push({ text: text.slice(s, e), strong: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), strong: false });
  return out;
}
