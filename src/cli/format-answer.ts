import type { Answer } from '../answer/types.js';

// Escape sequences and control characters (documents and questions are untrusted text and must
// not move the cursor, recolour or retitle the user's terminal).
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*(\u0007|\u001b\\)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(s: string): string {
  return s.replace(CONTROL, '');
}

/** An answer as plain text for a terminal: the answer, then the numbered sources with quotes. */
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
    }
  }
  return terminalSafe(out.join('\n'));
}
