import type { Answer, Citation, Lang } from './types.js';

/** The closing line that lists further sources ("Siehe auch [3].", "See also [2], [4]."). */
const SEE_ALSO = /^(?:Siehe auch|See also) (?:\[\d+\](?:, )?)+\.$/;
const MARKER = /\[(\d+)\]/g;

interface Parsed {
  intro: string;
  /** Statement lines, each with its offset in the answer's text. */
  statements: { line: string; offset: number }[];
}

function parse(text: string): Parsed {
  const lines = text.split('\n');
  const statements: Parsed['statements'] = [];
  let offset = lines[0]!.length + 1;
  for (const line of lines.slice(1)) {
    if (!SEE_ALSO.test(line)) statements.push({ line, offset });
    offset += line.length + 1;
  }
  return { intro: lines[0]!, statements };
}

/**
 * One answer to a turn that asked two questions, from the answers to each part (see
 * splitQuestion): the first part's statements, then the second's, under the first's intro line;
 * sources numbered in that order, a passage both cite listed once; the bold ranges moved with
 * their statements. When only one part is answered, that answer stands, with a notice that the
 * documents do not answer the other (the user's words are not repeated in it). Both declined:
 * undefined (the caller keeps its abstention). Pure.
 */
export function combineAnswers(first: Answer, second: Answer, lang: Lang): Answer | undefined {
  if (first.abstained && second.abstained) return undefined;
  if (first.abstained || second.abstained) {
    const part = first.abstained ? (lang === 'en' ? 'first' : 'erste') : lang === 'en' ? 'second' : 'zweite';
    const note = lang === 'en' ? `The documents do not answer the ${part} part of the question.` : `Den ${part}n Teil der Frage beantworten die Dokumente nicht.`;
    const answered = first.abstained ? second : first;
    return { ...answered, notice: answered.notice ? `${answered.notice} ${note}` : note };
  }
  const a = parse(first.text);
  const b = parse(second.text);
  // A statement the first answer already made is not repeated, nor is the source only it cited.
  const said = new Set(a.statements.map((s) => s.line.replace(MARKER, '').trim()));
  const kept = b.statements.filter((s) => !said.has(s.line.replace(MARKER, '').trim()));
  const markers = (lines: { line: string }[]) => new Set(lines.flatMap((s) => [...s.line.matchAll(MARKER)].map((m) => Number(m[1]))));
  const cited = markers(kept);
  const onlyRepeated = [...markers(b.statements)].filter((n) => !cited.has(n));
  const citations: Citation[] = [...first.citations];
  const renumber = new Map<number, number>();
  for (const c of second.citations) {
    if (onlyRepeated.includes(c.n)) continue;
    // The same passage, or the same quote of a document under another passage id (overlapping passages merged), is one source.
    const same = citations.find((d) => d.passageId === c.passageId || (d.docId === c.docId && d.text === c.text));
    if (same) renumber.set(c.n, same.n);
    else {
      const n = citations.length + 1;
      citations.push({ ...c, n });
      renumber.set(c.n, n);
    }
  }
  const lines = [a.intro, ...a.statements.map((s) => s.line)];
  let offset = lines.join('\n').length + 1;
  const emphasis = (first.emphasis ?? []).filter((r) => a.statements.some((s) => r.start >= s.offset && r.end <= s.offset + s.line.length));
  for (const s of kept) {
    const line = s.line.replace(MARKER, (_m, n: string) => `[${renumber.get(Number(n)) ?? n}]`);
    // A marker stands after the statement's words, so a bold range keeps its place in the line.
    for (const r of second.emphasis ?? []) if (r.start >= s.offset && r.end <= s.offset + s.line.length) emphasis.push({ start: offset + r.start - s.offset, end: offset + r.end - s.offset });
    lines.push(line);
    offset += line.length + 1;
  }
  const stated = new Set([...lines.join('\n').matchAll(MARKER)].map((m) => Number(m[1])));
  const further = citations.filter((c) => !stated.has(c.n)).map((c) => `[${c.n}]`);
  if (further.length) lines.push(`${lang === 'en' ? 'See also' : 'Siehe auch'} ${further.join(', ')}.`);
  return {
    ...first,
    text: lines.join('\n'),
    citations,
    emphasis: emphasis.sort((x, y) => x.start - y.start),
    ...(first.notice || second.notice ? { notice: [first.notice, second.notice].filter(Boolean).join(' ') } : {}),
  };
}
