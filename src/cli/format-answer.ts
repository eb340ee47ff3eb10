import type { Answer } from '../answer/types.js';
import { terminalSafe } from '../text/terminal-safe.js';

/** An answer as plain text for a terminal: the answer, then the numbered sources with quotes and source links. */
export function formatAnswerForTerminal(a: Answer): string {
  const en = a.lang === 'en';
  const out: string[] = [];
  if (a.notice) out.push(`(${a.notice})`);
  out.push(a.text);
  if (a.citations.length) {
    out.push('', en ? 'Sources:' : 'Quellen:');
    for (const c of a.citations) {
      const where = [c.title, c.section, c.location].filter(Boolean).join(' · ');
      out.push(`[${c.n}] ${where}`, `    „${c.text}“`);
      if (c.url) out.push(`    ${c.url}`);
    }
  }
  return terminalSafe(out.join('\n'));
}
