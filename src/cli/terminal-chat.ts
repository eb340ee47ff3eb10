import readline from 'node:readline';
import type { Answer, AnswerService, Turn } from '../answer/types.js';
import { turnOf } from '../answer/turn-of.js';
import { formatAnswerForTerminal } from './format-answer.js';
import { terminalSafe } from '../text/terminal-safe.js';

export interface ChatIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive (prompt, greeting) or piped (one answer per input line). */
  interactive: boolean;
}

export const GREETING = [
  'E-Government-Dokumente: Fragen Sie, ich antworte mit Belegstellen. (English works too.)',
  'Befehle: /themen (Themenliste), /thema <id>, /quellen, /neu (neues Gespräch), /ende.',
  'Kein DISCORD_TOKEN gesetzt: Dies ist der Terminal-Chat. Für Discord siehe README, Abschnitt "Connect Discord".',
].join('\n');

/**
 * The terminal front end: reads questions line by line and prints cited answers. Keeps the
 * conversation's last turns for follow-ups. Resolves when input ends or the user types /ende.
 */
export async function runTerminalChat(service: AnswerService, io: ChatIO, historyTurns = 4): Promise<void> {
  const rl = readline.createInterface({ input: io.input, terminal: false });
  const write = (s: string) => io.output.write(s + '\n');
  let history: Turn[] = [];
  if (io.interactive) {
    write(GREETING);
    io.output.write('\n> ');
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/ende' || line === '/exit' || line === '/quit') break;
    if (!line && !io.interactive) continue;
    if (line === '/neu' || line === '/new') {
      history = [];
      write('Neues Gespräch.');
    } else if (line === '/themen' || line === '/topics') {
      for (const t of service.topics()) write(line1(`${t.id.padEnd(28)} ${t.title}: ${t.description}`));
    } else if (line.startsWith('/thema ') || line.startsWith('/topic ')) {
      const answer = await service.topicOverview(line.split(' ').slice(1).join(' ').trim());
      write(answer ? formatAnswerForTerminal(answer, { bold: io.interactive }) : 'Unbekanntes Thema. /themen zeigt die Liste.');
    } else if (line === '/quellen' || line === '/sources') {
      const info = service.info();
      write(line1(`Index vom ${info.createdAt} · ${info.embedder} (${info.model}) · ${info.passages} Passagen`));
      for (const d of info.documents) write(`  ${line1(`${d.title} (${d.docId}): ${d.passages} Passagen`)}`);
    } else {
      const answer = await askAndPrint(service, line, history, io); // LLM (#6): streams when available
      if (answer.resolvedQuestion) {
        history = [...history, turnOf(answer)].slice(-historyTurns);
      }
    }
    if (io.interactive) io.output.write('\n> ');
  }
  rl.close();
}

/** Titles and file names come from documents: one line each, no escape sequences. */
function line1(s: string): string {
  return terminalSafe(s, { singleLine: true });
}

// --- LLM (#6) -------------------------------------------------------------------------------
/**
 * Asks and prints the answer. On an interactive terminal with a streaming service (generated
 * answers), the model's text is printed as it arrives; it is unchecked, so the checked answer
 * with its sources follows, under "Geprüfte Antwort:" when its text differs from what streamed
 * (statements dropped, markers renumbered, or the extractive fallback after a failure).
 */
async function askAndPrint(service: AnswerService, line: string, history: Turn[], io: ChatIO): Promise<Answer> {
  const write = (s: string) => io.output.write(s + '\n');
  if (!io.interactive || !service.askStream) {
    const answer = await service.ask(line, { history });
    write(formatAnswerForTerminal(answer, { bold: io.interactive }));
    return answer;
  }
  let shown = '';
  const answer = await service.askStream(line, { history }, (text) => {
    if (!text.startsWith(shown)) return; // what is on screen can only grow
    io.output.write(terminalSafe(text.slice(shown.length)));
    shown = text;
  });
  if (!shown) {
    write(formatAnswerForTerminal(answer, { bold: io.interactive }));
  } else if (shown.trim() === answer.text.trim()) {
    // Same text: print only what the stream lacked (notice, sources).
    write('\n\n' + formatAnswerForTerminal({ ...answer, text: '' }).replace(/^\n+/, ''));
  } else {
    write(`\n\n${answer.lang === 'en' ? 'Checked answer:' : 'Geprüfte Antwort:'}\n${formatAnswerForTerminal(answer, { bold: io.interactive })}`);
  }
  return answer;
}
