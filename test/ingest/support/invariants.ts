import { expect } from 'vitest';
import type { Passage, SourceDocument } from '../../../src/ingest/types.js';

/** Lower case with runs of whitespace folded to one space, as the evaluation compares. */
export const foldForEvidence = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Checks what every chunking must guarantee: passages are verbatim slices within one section
 * body (or the title, standing above every body: the headline passage), within maxChars, with unique ids; every non-whitespace character of every section body
 * lies in a passage; text outside the bodies is the title or a heading of some section path.
 */
export function expectPassageInvariants(doc: SourceDocument, passages: Passage[], maxChars: number): void {
  const covered = new Uint8Array(doc.text.length);
  for (const p of passages) {
    expect(p.text).toBe(doc.text.slice(p.start, p.end));
    expect(p.text).toBe(p.text.trim());
    expect(p.text.length).toBeLessThanOrEqual(maxChars);
    expect(p.text.length).toBeGreaterThan(0);
    covered.fill(1, p.start, p.end);
    if (p.text === doc.title && doc.sections.every((s) => s.start >= p.end)) {
      expect(p.section).toEqual([]);
      continue;
    }
    const home = doc.sections.find((s) => s.start <= p.start && p.end <= s.end);
    expect(home, `passage ${p.id} lies within one section`).toBeDefined();
    expect(p.section).toEqual(home!.headings);
  }
  expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);

  const inBody = new Uint8Array(doc.text.length);
  for (const s of doc.sections) {
    inBody.fill(1, s.start, s.end);
    for (let i = s.start; i < s.end; i++) {
      if (!covered[i] && /\S/.test(doc.text[i]!)) throw new Error(`character ${i} (${JSON.stringify(doc.text.slice(i - 20, i + 20))}) of ${doc.id} is in no passage`);
    }
  }
  const headings = new Set([doc.title, ...doc.sections.flatMap((s) => s.headings)]);
  let outside = '';
  for (let i = 0; i < doc.text.length; i++) outside += inBody[i] ? '\n' : doc.text[i];
  for (const line of outside.split('\n').map((l) => l.trim())) {
    if (line !== '' && !/^[=-]{3,}$/.test(line)) expect(headings, `text outside section bodies: ${line}`).toContain(line);
  }
}
