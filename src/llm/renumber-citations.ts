import type { Statement } from './split-statements.js';

export interface Renumbered {
  /** The answer text with `[n]` markers after every statement, numbered 1..m by first use. */
  text: string;
  /** `order[i]` is the prompt passage number that became marker `i + 1`. */
  order: number[];
}

/**
 * Renders checked statements as answer text, renumbering their citations consecutively in
 * order of first use (the model may cite [3] before [1], or skip [2]). Markers go after the
 * statement, as in extractive answers (`Satz. [1] [2]`); list items keep a `- ` and each line
 * of the model's answer stays a line. Pure.
 */
export function renumberCitations(statements: Statement[]): Renumbered {
  const order: number[] = [];
  const numberOf = (n: number) => {
    if (!order.includes(n)) order.push(n);
    return order.indexOf(n) + 1;
  };
  const lines: string[] = [];
  for (const s of statements) {
    const markers = s.cites.map((n) => `[${numberOf(n)}]`).join(' ');
    const rendered = `${s.text} ${markers}`;
    if (s.startsLine || !lines.length) lines.push(`${s.bullet ? '- ' : ''}${rendered}`);
    else lines[lines.length - 1] += ` ${rendered}`;
  }
  return { text: lines.join('\n'), order };
}
