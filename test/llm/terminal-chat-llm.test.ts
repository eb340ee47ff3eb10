import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/cli/terminal-chat.js';
import type { AnswerService } from '../../src/answer/types.js';
import { FakeOpenAiServer } from '../fakes/fake-openai-server.js';
import { groundedOver, P1, P2, type ExtractiveScript } from './support/fake-extractive.js';

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await FakeOpenAiServer.start();
});
afterEach(() => server.close());

/** Runs the terminal chat over string streams and returns everything it printed. */
async function chat(service: AnswerService, lines: string[], interactive = true): Promise<string> {
  const input = new PassThrough();
  let out = '';
  const output = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runTerminalChat(service, { input, output, interactive });
  return out;
}

/** What the chat printed for the one question (after the greeting's first prompt). */
const answerPart = (out: string) => out.slice(out.indexOf('\n> ') + 3, out.lastIndexOf('\n> '));

const grounded = (script: ExtractiveScript = {}) => groundedOver(server.baseUrl, script).service;

describe('runTerminalChat with generated answers', () => {
  it('prints the tokens as they arrive, then the checked answer under "Geprüfte Antwort:" when it differs', async () => {
    server.script({ kind: 'text', text: 'Der Behördenruf 115 wird erprobt [2].' });
    const out = await chat(grounded(), ['Was ist mit 115?']);
    expect(answerPart(out)).toBe(
      [
        'Der Behördenruf 115 wird erprobt [2].',
        '',
        'Geprüfte Antwort:',
        'Der Behördenruf 115 wird erprobt. [1]',
        '',
        'Quellen:',
        '[1] Behördenruf 115 · Modellprojekt · S. 1',
        `    „${P2.text.slice(0, 40)}“`,
        '',
      ].join('\n'),
    );
    expect(server.requests[0]!.body.stream).toBe(true);
  });

  it('prints only the sources after the stream when the checked text is the same', async () => {
    server.script({ kind: 'text', text: 'Der Behördenruf 115 wird erprobt. [1]' });
    const out = await chat(grounded({ cite: [P2] }), ['Was ist mit 115?']);
    expect(answerPart(out)).toBe(
      ['Der Behördenruf 115 wird erprobt. [1]', '', 'Quellen:', '[1] Behördenruf 115 · Modellprojekt · S. 1', `    „${P2.text.slice(0, 40)}“`, ''].join('\n'),
    );
  });

  it('prints the extractive answer with the notice when the model fails before any token', async () => {
    server.script({ kind: 'status', status: 500 });
    const out = answerPart(await chat(grounded(), ['Was ist geplant?']));
    expect(out.startsWith('(Hinweis: Das Sprachmodell war nicht erreichbar; hier die Antwort direkt aus den Dokumenten.)\nLaut den Dokumenten:\n')).toBe(true);
    expect(out).not.toContain('Geprüfte Antwort:');
    expect(out).toContain(`[2] Behördenruf 115 · Modellprojekt · S. 1`);
  });

  it('marks the fallback after a broken stream as the checked answer, below the partial text', async () => {
    server.script({ kind: 'break', chunks: ['DOMEA soll ', 'bis Ende'] });
    const out = answerPart(await chat(grounded(), ['Was ist geplant?']));
    expect(out.startsWith('DOMEA soll bis Ende\n\nGeprüfte Antwort:\n(Hinweis: Das Sprachmodell war nicht erreichbar; hier die Antwort direkt aus den Dokumenten.)\nLaut den Dokumenten:\n')).toBe(true);
    expect(out).toContain(`[1] Masterplan 2011 · E-Akte · S. 3\n    „${P1.text.slice(0, 40)}“`);
  });

  it('strips terminal escape sequences from streamed tokens', async () => {
    server.script({ kind: 'text', text: 'Der Behördenruf \u001b[2J115 wird erprobt [2].', chunkChars: 17 });
    const out = await chat(grounded(), ['Was ist mit 115?']);
    expect(out).not.toContain('\u001b');
  });

  it('asks without streaming when the input is piped', async () => {
    server.script({ kind: 'text', text: 'Der Behördenruf 115 wird erprobt [2].' });
    const out = await chat(grounded(), ['Was ist mit 115?'], false);
    expect(out).toBe(['Der Behördenruf 115 wird erprobt. [1]', '', 'Quellen:', '[1] Behördenruf 115 · Modellprojekt · S. 1', `    „${P2.text.slice(0, 40)}“`, ''].join('\n'));
    expect(server.requests[0]!.body.stream).toBeFalsy();
  });
});
