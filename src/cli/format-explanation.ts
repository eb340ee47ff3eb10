import type { Answer } from '../answer/types.js';
import { terminalSafe } from '../text/terminal-safe.js';

/**
 * Why the engine answered or declined, for `npm run ask -- --explain`: the decision's reason,
 * its named features, the question it searched with, and the best-ranked sentences with their
 * features and score. Document text goes through the terminal sanitizer.
 */
export function formatExplanation(answer: Answer): string {
  const e = answer.explanation;
  if (!e) return '(no explanation: the question was empty or the answer came from elsewhere)';
  const f = e.features;
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : '–');
  const lines = [
    `decision: ${answer.abstained ? 'declined' : 'answered'} — ${e.reason}`,
    `searched with: ${e.resolvedQuestion}`,
    `answer type: ${f.answerType}`,
    `passage coverage: ${f.passageCoverage}   sentence coverage: ${f.sentenceCoverage}`,
    `fact found: ${f.factFound ? 'yes' : 'no'}   next to the subject: ${f.factNearSubject ? 'yes' : 'no'}`,
    `unknown identifiers: ${list(f.unknownIdentifiers)}   unknown names: ${list(f.unknownNames)}   mostly unknown words: ${f.mostlyUnknown ? 'yes' : 'no'}`,
    `numbers missing: ${list(f.missingNumbers)}   counted thing unknown: ${f.countedUnknown ? 'yes' : 'no'}   follow-up of a declined turn: ${f.followUpOfDeclined ? 'yes' : 'no'}`,
    'best-ranked sentences (score: coverage / passage / fact / near / cue / similarity / rank / proximity):',
    ...e.candidates.map((c) => {
      const x = c.features;
      const flags = `${x.coverage.toFixed(2)} / ${x.passage.toFixed(2)} / ${x.fact ? 1 : 0} / ${x.near ? 1 : 0} / ${x.cue ? 1 : 0} / ${x.similarity.toFixed(2)} / ${x.rank.toFixed(2)} / ${(x.proximity ?? 0).toFixed(2)}`;
      const text = c.text.replace(/\s+/g, ' ');
      return `  ${c.score.toFixed(3)} (${flags}) ${c.docId}: ${text.length > 160 ? `${text.slice(0, 157)}…` : text}`;
    }),
  ];
  return terminalSafe(lines.join('\n'));
}
