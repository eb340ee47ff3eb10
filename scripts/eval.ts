/**
 * `npm run eval -- FILE.jsonl [FILE.jsonl …] [--json]`: runs every question, conversation and
 * topic line of the files through the engine (index loaded first, so latency is answer time
 * only), lists the misses with what was cited, and ends with one `eval: …` line (or one JSON
 * object with --json). Line formats and metrics: eval/README.md.
 */
import fs from 'node:fs';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openServices } from '../src/services.js';
import { runScript } from '../src/cli/run-script.js';
import { AppError, describeSystemError } from '../src/errors.js';
import { terminalSafe } from '../src/text/terminal-safe.js';
import { turnOf } from '../src/answer/turn-of.js';
import type { Turn } from '../src/answer/types.js';
import {
  computeMetrics,
  hitAnswer,
  hitAt3,
  metricsLine,
  offTopicShown,
  parseEvalLine,
  topicCoverage,
  turnRight,
  type ConversationRecord,
  type EvalLine,
  type EvalRecord,
  type TopicRecord,
} from '../src/eval/metrics.js';

const WARM_UP = [
  'Was ist E-Government?',
  'Bis wann soll das umgesetzt werden?',
  'Wie viele Projekte gibt es?',
  'Wer ist zuständig?',
  'Warum ist das wichtig?',
  'What is the strategy?',
  'Welche Ziele hat das Land für die Verwaltung?',
  'Wie wird das Wetter?',
];
/** Follow-ups of our own for the warm-up, so the conversation code is compiled too (each after the one before). */
const WARM_UP_FOLLOW_UPS = ['Und bis wann?', 'Wer ist dort zuständig?', 'and why?'];

const usage = `usage: npm run eval -- FILE.jsonl [FILE.jsonl …] [--json]
Runs every question, conversation and topic line of the files (formats: eval/README.md)
through the engine and prints recall@3, answer@1, abstention, latency and the misses.
  --json   print {metrics, embedder, misses, topics} as one JSON object
  --help   show this text`;

/**
 * Reads and checks a question file.
 * @throws {AppError} FILE_UNREADABLE, FILE_INVALID (line numbers and what is wrong, never the line).
 */
function readLines(file: string): EvalLine[] {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new AppError('FILE_UNREADABLE', { what: 'question file', file, reason: describeSystemError(e) }, { cause: e });
  }
  const lines: EvalLine[] = [];
  const problems: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not valid JSON (one JSON object per line expected)`);
      return;
    }
    const r = parseEvalLine(value);
    if (r.ok) lines.push(r.line);
    else problems.push(`line ${i + 1}: ${r.message}`);
  });
  if (problems.length) {
    throw new AppError('FILE_INVALID', { file, problems: problems.length <= 10 ? problems : [...problems.slice(0, 10), `… and ${problems.length - 10} more`] });
  }
  return lines;
}

await runScript(
  { usage, options: { json: { type: 'boolean', default: false } }, positionals: { min: 1, max: Infinity, name: 'the question file (FILE.jsonl) is' } },
  async ({ values, positionals }) => {
  const json = values.json;
  const lines = positionals.flatMap(readLines);
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  const services = await openServices(config, { logger, buildIfMissing: true });
  const records: EvalRecord[] = [];
  const conversations: ConversationRecord[] = [];
  const topics: TopicRecord[] = [];
  const { engine } = services;
  try {
    // Warm-up with questions of our own (not the file's): JIT compilation and lazily built
    // structures are start-up costs, not answer time.
    for (let i = 0; i < 3; i++) {
      for (const q of WARM_UP) await engine.ask(q);
      let history = [turnOf(await engine.ask(WARM_UP[0]!))];
      for (const q of WARM_UP_FOLLOW_UPS) history = [...history, turnOf(await engine.ask(q, { history }))].slice(-config.HISTORY_TURNS);
    }
    for (const line of lines) {
      if (line.kind === 'question') {
        const t0 = performance.now();
        const answer = await engine.ask(line.item.question);
        records.push({ item: line.item, answer, ms: performance.now() - t0 });
      } else if (line.kind === 'conversation') {
        let history: Turn[] = [];
        const turns: EvalRecord[] = [];
        for (const [i, turn] of line.item.turns.entries()) {
          const t0 = performance.now();
          const answer = await engine.ask(turn.question, { history });
          turns.push({ item: { ...turn, id: `${line.item.id}#${i + 1}` }, answer, ms: performance.now() - t0 });
          history = [...history, turnOf(answer)].slice(-config.HISTORY_TURNS);
        }
        conversations.push({ item: line.item, turns });
      } else {
        topics.push({ item: line.item, answer: await engine.topicOverview(line.item.topic) });
      }
    }
  } finally {
    await services.close();
  }
  const metrics = computeMetrics(records, conversations, topics);
  const misses = [...records, ...conversations.flatMap((c) => c.turns)].filter((r) => !turnRight(r) || (!r.item.abstain && !hitAnswer(r)));
  if (json) {
    process.stdout.write(
      JSON.stringify({
        metrics,
        embedder: services.embedder.info,
        misses: misses.map((r) => ({ id: r.item.id, question: r.item.question, abstained: r.answer.abstained, answer: r.answer.text, cited: r.answer.citations.map((c) => c.text) })),
        topics: topics.map((t) => ({ id: t.item.id, coverage: topicCoverage(t), offTopic: offTopicShown(t) })),
      }) + '\n',
    );
    return;
  }
  // Questions and cited passages are untrusted text on a terminal.
  const out = (s: string) => process.stdout.write(terminalSafe(s) + '\n');
  out(`embedder: ${services.embedder.info.kind} (${services.embedder.info.model})`);
  for (const r of misses) {
    const what = r.item.abstain ? 'should abstain' : r.answer.abstained ? 'abstained' : !hitAt3(r) ? 'evidence not cited in top 3' : 'evidence not in answer';
    out(`miss ${r.item.id} (${what}): ${r.item.question}`);
    out(`  answer: ${r.answer.text.replace(/\n/g, ' ').slice(0, 300)}`);
    if (r.answer.explanation) out(`  why: ${r.answer.explanation.reason} ${JSON.stringify(r.answer.explanation.features)}`);
    for (const c of r.answer.citations.slice(0, 3)) out(`  [${c.n}] ${c.text.replace(/\n/g, ' ').slice(0, 160)}`);
  }
  for (const t of topics) {
    const off = offTopicShown(t);
    if (topicCoverage(t) < 1 || off.length) {
      const missing = t.item.evidence.filter((e) => !offTopicShown({ ...t, item: { ...t.item, offTopic: [e] } }).length);
      out(`topic ${t.item.id} (${t.item.topic}): shows ${Math.round(topicCoverage(t) * 100)} %; missing: ${missing.join(' | ')}${off.length ? `; off topic: ${off.join(' | ')}` : ''}`);
    }
  }
  out(metricsLine(metrics));
  },
);
