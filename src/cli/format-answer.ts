import type { Answer } from '../answer/types.js';
import { terminalSafe } from '../text/terminal-safe.js';
import { emphasisSegments } from '../answer/emphasis-segments.js';

const BOLD = '\u001b[1m';
const NORMAL = '\u001b[22m';

/**
 * An answer as plain text for a terminal: the answer, then the numbered sources with quotes and source links.
 * With `bold` (an interactive terminal), the span that answers is shown in bold; the escape codes
 * are added after the text has been sanitized.
 */
export function formatAnswerForTerminal(a: Answer, options: { bold?: boolean } = {}): string {
  const en = a.lang === 'en';
  const out: string[] = [];
  if (a.notice) out.push(terminalSafe(`(${a.notice})`));
  out.push(
    emphasisSegments(a.text, options.bold ? a.emphasis : [])
      .map((seg) => (seg.strong ? `${BOLD}${terminalSafe(seg.text)}${NORMAL}` : terminalSafe(seg.text)))
      .join(''),
  );
  const rest: string[] = [];
  if (a.citations.length) {
    rest.push('', en ? 'Sources:' : 'Quellen:');
    for (const c of a.citations) {
      const where = [c.title, c.section, c.location].filter(Boolean).join(' · ');
      rest.push(`[${c.n}] ${where}`, `    „${c.text}“`);
      if (c.url) rest.push(`    ${c.url}`);
    }
  }
  return [...out, ...(rest.length ? [terminalSafe(rest.join('\n'))] : [])].join('\n');
}
