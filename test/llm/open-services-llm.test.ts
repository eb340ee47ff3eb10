import { afterEach, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.js';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { GroundedAnswerService } from '../../src/llm/grounded-answer-service.js';
import { createLogger } from '../../src/logger.js';
import { openServices, type Services } from '../../src/services.js';
import { FakeOpenAiServer, type RecordedRequest } from '../fakes/fake-openai-server.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';

const QUESTION = 'Bis wann soll DOMEA in allen Ministerien eingeführt sein?';

let project: TempProject | undefined;
let services: Services | undefined;
let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await services?.close();
  await server?.close();
  project?.cleanup();
  services = server = project = undefined;
});

async function open(env: Record<string, string> = {}) {
  project = makeTempProject({ env });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (l) => logs.push(l) });
  services = await openServices(project.config, { logger, buildIfMissing: true, embedder: new OfflineEmbedder({ dimensions: 128 }) });
  return { services, logs };
}

/** A "model" that answers with the first sentence of passage 1 of the prompt, cited. */
function quoteFirstPassage(req: RecordedRequest): string {
  const user = req.body.messages?.find((m) => m.role === 'user')?.content ?? '';
  const text = /<passage n="1"[^>]*>\n([\s\S]*?)\n<\/passage>/.exec(user)?.[1] ?? '';
  return `${text.split(/(?<=\.)\s/)[0]} [1]`;
}

describe('openServices with an optional LLM', () => {
  it('returns the plain extractive engine when no LLM is configured', async () => {
    const { services, logs } = await open();
    expect(services.engine).toBeInstanceOf(AnswerEngine);
    expect(services.engine.askStream).toBeUndefined();
    const a = await services.engine.ask(QUESTION);
    expect(a.text).toContain('2013');
    expect(a.notice).toBeUndefined();
    expect(logs.join('\n')).not.toContain('Generated answers');
  });

  it('answers through the configured model, end to end from the documents to a checked, cited answer', async () => {
    server = await FakeOpenAiServer.start();
    server.always({ kind: 'text', text: quoteFirstPassage });
    const { services, logs } = await open({ LLM_BASE_URL: server.baseUrl, LLM_MODEL: 'local-model' });
    expect(services.engine).toBeInstanceOf(GroundedAnswerService);
    expect(logs.join('\n')).toContain('Generated answers enabled');
    const a = await services.engine.ask(QUESTION);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body.model).toBe('local-model');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer not-needed');
    const first = quoteFirstPassage(server.requests[0]!).replace(/ \[1\]$/, '');
    expect(a.notice).toBeUndefined();
    expect(a.text).toBe(`${first} [1]`);
    expect(a.citations).toHaveLength(1);
    expect(services.engine.passage(a.citations[0]!.passageId)!.text).toContain(first);
    expect(services.engine.passage(a.citations[0]!.passageId)!.text).toContain(a.citations[0]!.text.replace(/^…|…$/g, ''));
  });
});
