import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AskOptions } from '../../src/answer/types.js';
import { hashUserId } from '../../src/bot/feedback-log.js';
import { FakeAnswerService, FAKE_PASSAGES } from '../fakes/fake-answer-service.js';
import { startWebHarness, type WebHarness } from './support/web-harness.js';

describe('the web API', () => {
  let h: WebHarness;
  let service: FakeAnswerService;
  beforeAll(async () => {
    service = new FakeAnswerService();
    h = await startWebHarness(service, { RATE_LIMIT_PER_MINUTE: '600' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers POST /api/ask with the answer, numbered citations and a new conversation id', async () => {
    const res = await h.post('/api/ask', { question: 'Was gilt bis 2030?' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toMatchObject({ question: 'Was gilt bis 2030?', abstained: false, lang: 'de', timings: { retrievalMs: 1, totalMs: 2 } });
    expect(body.answer).toContain('[1]');
    expect(body.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.answerId).toMatch(/^ans-/);
    expect(body.citations[0]).toEqual({
      n: 1, passageId: FAKE_PASSAGES[0]!.id, docId: 'strategie-2030', title: 'E-Government-Strategie 2030',
      section: 'Ziele › Digitale Verwaltung', location: 'S. 4', text: FAKE_PASSAGES[0]!.text.slice(0, 80), score: 1,
    });
  });

  it('passes the earlier turns of a conversation to the engine, and none to a new one', async () => {
    const first = await (await h.post('/api/ask', { question: 'Was gilt bis 2030?' })).json();
    const second = await h.post('/api/ask', { question: 'Und für die Kommunen?', conversationId: first.conversationId });
    expect(second.status).toBe(200);
    expect((await second.json()).conversationId).toBe(first.conversationId);
    const history = service.asks.at(-1)!.options?.history ?? [];
    expect(history.map((t) => t.question)).toEqual(['Was gilt bis 2030?']);
    expect(history[0]!.citedPassageIds).toEqual(FAKE_PASSAGES.map((p) => p.id));
    const other = await (await h.post('/api/ask', { question: 'Was gilt bis 2030?' })).json();
    expect(other.conversationId).not.toBe(first.conversationId);
    expect(service.asks.at(-1)!.options?.history ?? []).toEqual([]);
  });

  it('answers a declined question with abstained: true, no citations and topic suggestions', async () => {
    const body = await (await h.post('/api/ask', { question: 'Wann war die Mondlandung?' })).json();
    expect(body.abstained).toBe(true);
    expect(body.citations).toEqual([]);
    expect(body.suggestions).toEqual(['Digitale Verwaltungsleistungen', 'Unterstützung der Kommunen']);
  });

  it('returns 400 with a JSON error for a body that is not valid JSON', async () => {
    const res = await h.fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"question": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_json', message: expect.stringMatching(/not valid JSON/) } });
  });

  it('returns 400 naming the field when the question is missing, empty, blank or not a string', async () => {
    const missing = await h.post('/api/ask', { conversationId: 'x' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toEqual({ code: 'invalid_request', message: expect.stringMatching(/question/) });
    const empty = await h.post('/api/ask', { question: '' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.message).toMatch(/question/);
    const blank = await h.post('/api/ask', { question: '  \n ' });
    expect(blank.status).toBe(400);
    expect((await blank.json()).error.code).toBe('empty_question');
    const number = await h.post('/api/ask', { question: 42 });
    expect(number.status).toBe(400);
    const noBody = await h.fetch('/api/ask', { method: 'POST' });
    expect(noBody.status).toBe(400);
  });

  it('returns 404 for an unknown or expired conversation id, without asking the engine', async () => {
    const before = service.asks.length;
    const res = await h.post('/api/ask', { question: 'Und dann?', conversationId: 'not-a-conversation' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('conversation_not_found');
    expect(service.asks.length).toBe(before);
  });

  it('returns 413 for a body over 16 KB and 415 for a body that is not JSON', async () => {
    const big = await h.post('/api/ask', { question: 'x'.repeat(17 * 1024) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('body_too_large');
    const text = await h.fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Was gilt bis 2030?' });
    expect(text.status).toBe(415);
    expect((await text.json()).error).toEqual({ code: 'unsupported_media_type', message: expect.stringMatching(/application\/json/) });
  });

  it('serves the whole passage of a citation, and 404 for an unknown one', async () => {
    const res = await h.fetch(`/api/passages/${encodeURIComponent(FAKE_PASSAGES[1]!.id)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: FAKE_PASSAGES[1]!.id, docId: 'strategie-2030', title: 'E-Government-Strategie 2030', section: 'Umsetzung', location: 'S. 12', text: FAKE_PASSAGES[1]!.text,
    });
    const missing = await h.fetch('/api/passages/nope%23p9');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('passage_not_found');
  });

  it('lists the topics and gives a cited overview of one in the language asked, 404 for an unknown one', async () => {
    const list = await (await h.fetch('/api/topics')).json();
    expect(list.map((t: { id: string }) => t.id)).toEqual(['digitale-verwaltung', 'kommunen', 'datenschutz']);
    const overview = await h.fetch('/api/topics/kommunen?lang=en');
    expect(overview.status).toBe(200);
    const body = await overview.json();
    expect(body.question).toBe('Unterstützung der Kommunen');
    expect(body.citations.length).toBeGreaterThan(0);
    expect(body.conversationId).toBeUndefined();
    expect(service.overviews.at(-1)).toEqual({ id: 'kommunen', lang: 'en' });
    const unknown = await h.fetch('/api/topics/wetter');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('topic_not_found');
    expect((await h.fetch('/api/topics/kommunen?lang=fr')).status).toBe(400);
  });

  it('appends a vote to the feedback file with a hashed client, and 404 for an unknown answer', async () => {
    const answer = await (await h.post('/api/ask', { question: 'Feedback-Frage' })).json();
    const res = await h.post('/api/feedback', { answerId: answer.answerId, vote: 'down' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'recorded' });
    const lines = fs.readFileSync(h.feedbackFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ question: 'Feedback-Frage', answerId: answer.answerId, vote: 'down', user: hashUserId(h.config.FEEDBACK_SALT, 'web:127.0.0.1') });
    const unknown = await h.post('/api/feedback', { answerId: 'ans-unknown', vote: 'up' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('answer_not_found');
    expect((await h.post('/api/feedback', { answerId: answer.answerId, vote: 'meh' })).status).toBe(400);
  });

  it('reports health with the number of passages', async () => {
    const res = await h.fetch('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', passages: 2 });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await h.fetch('/api/nothing');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('describes every API route in /api/openapi.json, with the citation url field', async () => {
    const doc = await (await h.fetch('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/ask', '/api/feedback', '/api/passages/{id}', '/api/topics', '/api/topics/{id}', '/healthz']);
    expect(doc.paths['/api/ask'].post.requestBody.content['application/json'].schema.required).toEqual(['question']);
    expect(Object.keys(doc.paths['/api/ask'].post.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '413', '415', '429']));
    expect(doc.paths['/api/ask'].post.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Answer' });
    expect(doc.paths['/api/ask'].post.responses['200'].content).toHaveProperty('text/event-stream');
    expect(doc.paths['/api/passages/{id}'].get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(doc.components.schemas.Citation.properties).toHaveProperty('url');
    expect(doc.components.schemas.Citation.properties).toHaveProperty('location');
  });

  it('serves the page with a strict CSP, no inline script or style, and revalidates it by ETag', async () => {
    const res = await h.fetch('/');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/app.js" defer>']);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=|<style|https?:\/\//);
    const again = await h.fetch('/', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const js = await h.fetch('/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    // Document and user text only ever goes into the page as text.
    expect(await js.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect((await h.fetch('/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('hides the cause of an unexpected failure behind a generic 500', async () => {
    service.failNextAsk(new Error('ENOENT /srv/secret/index.bin'));
    const res = await h.post('/api/ask', { question: 'Was gilt bis 2030?' });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toContain('secret');
  });
});

describe('the web API rate limit', () => {
  let h: WebHarness;
  let service: FakeAnswerService;
  beforeAll(async () => {
    service = new FakeAnswerService();
    h = await startWebHarness(service, { RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers 429 with Retry-After once a client asked more than RATE_LIMIT_PER_MINUTE questions', async () => {
    expect((await h.post('/api/ask', { question: 'Eins?' })).status).toBe(200);
    expect((await h.post('/api/ask', { question: 'Zwei?' })).status).toBe(200);
    const res = await h.post('/api/ask', { question: 'Drei?' });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await res.json()).error).toEqual({ code: 'rate_limited', message: expect.stringMatching(/2 per minute.*Try again in \d+ s/) });
    expect(service.asks.map((a) => a.question)).toEqual(['Eins?', 'Zwei?']);
    // A topic overview is computed like an answer and counts too; reading lists and passages does not.
    expect((await h.fetch('/api/topics/kommunen')).status).toBe(429);
    expect((await h.fetch('/api/topics')).status).toBe(200);
    expect((await h.fetch(`/api/passages/${encodeURIComponent(FAKE_PASSAGES[0]!.id)}`)).status).toBe(200);
  });
});

describe('the web API vote limit', () => {
  it('limits votes per client separately from questions', async () => {
    const h = await startWebHarness(new FakeAnswerService(), { RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const answer = await (await h.post('/api/ask', { question: 'Eins?' })).json();
      expect((await h.post('/api/feedback', { answerId: answer.answerId, vote: 'up' })).status).toBe(200);
      expect((await h.post('/api/feedback', { answerId: answer.answerId, vote: 'down' })).status).toBe(200);
      const third = await h.post('/api/feedback', { answerId: answer.answerId, vote: 'up' });
      expect(third.status).toBe(429);
      expect((await third.json()).error.message).toMatch(/Too many votes/);
      expect(fs.readFileSync(h.feedbackFile, 'utf8').trim().split('\n')).toHaveLength(2);
      expect((await h.post('/api/ask', { question: 'Zwei?' })).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});

describe('the web API with WEB_TOKEN', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness(new FakeAnswerService(), { WEB_TOKEN: 'tok-0123456789abcdef' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses API requests without the bearer token or with a wrong one (401), and answers with it', async () => {
    const none = await h.post('/api/ask', { question: 'Was gilt bis 2030?' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await none.json()).error.code).toBe('unauthorized');
    expect((await h.post('/api/ask', { question: 'Was gilt?' }, { authorization: 'Bearer tok-wrong' })).status).toBe(401);
    expect((await h.fetch('/api/topics')).status).toBe(401);
    const ok = await h.post('/api/ask', { question: 'Was gilt bis 2030?' }, { authorization: 'Bearer tok-0123456789abcdef' });
    expect(ok.status).toBe(200);
  });

  it('cannot be bypassed with a percent-encoded or otherwise disguised API path', async () => {
    for (const p of ['/%61pi/topics', '/api/%74opics', '/api/topics/', '/api/topics?x=1', '/%61pi/passages/x']) {
      const res = await fetch(h.web.url + p); // fetch keeps the encoding as written
      expect(res.status, p).toBe(401);
    }
  });

  it('serves the page, the health check and the API description without a token', async () => {
    expect((await h.fetch('/')).status).toBe(200);
    expect((await h.fetch('/healthz')).status).toBe(200);
    const doc = await (await h.fetch('/api/openapi.json')).json();
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });
});

/** Streams like the LLM path: two partial texts, then the checked answer. */
class StreamingService extends FakeAnswerService {
  async askStream(question: string, options: AskOptions, onPartial: (t: string) => void): Promise<Answer> {
    onPartial('Bis 2030');
    await new Promise((r) => setTimeout(r, 20));
    onPartial('Bis 2030 sollen alle Leistungen UNGEPRÜFT');
    return this.ask(question, options);
  }
}

describe('the web API with a streaming (LLM) answer service', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness(new StreamingService());
  });
  afterAll(async () => {
    await h.close();
  });

  it('streams the preview as server-sent events and ends with the checked answer', async () => {
    const res = await h.post('/api/ask', { question: 'Was gilt bis 2030?' }, { accept: 'text/event-stream' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = (await res.text())
      .trim()
      .split('\n\n')
      .map((block) => ({ event: /^event: (.*)$/m.exec(block)![1], data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) }));
    expect(events.map((e) => e.event)).toEqual(['partial', 'partial', 'answer']);
    expect(events[0]!.data).toEqual({ text: 'Bis 2030' });
    const final = events[2]!.data;
    expect(final.answer).not.toContain('UNGEPRÜFT');
    expect(final.citations[0].n).toBe(1);
    expect(final.conversationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('finishes the answer and stays up when the client goes away mid-stream', async () => {
    const aborter = new AbortController();
    const slow = new (class extends StreamingService {
      override async askStream(question: string, options: AskOptions, onPartial: (t: string) => void): Promise<Answer> {
        onPartial('Bis');
        await new Promise((r) => setTimeout(r, 300));
        onPartial('Bis 2030 sollen');
        return this.ask(question, options);
      }
    })();
    const other = await startWebHarness(slow);
    try {
      const streamed = await fetch(`${other.web.url}/api/ask`, {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ question: 'Was gilt bis 2030?' }), signal: aborter.signal,
      });
      const reader = streamed.body!.getReader();
      await reader.read(); // the first partial
      aborter.abort();
      while (slow.asks.length === 0) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      expect((await other.fetch('/healthz')).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('answers plain JSON when the client does not ask for a stream', async () => {
    const res = await h.post('/api/ask', { question: 'Was gilt bis 2030?' });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).abstained).toBe(false);
  });
});

describe('the web server shutdown', () => {
  let h: WebHarness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  it('lets an answer in flight finish before it closes', async () => {
    const service = new FakeAnswerService();
    h = await startWebHarness(service);
    const release = service.pauseAsks();
    const pending = h.post('/api/ask', { question: 'Was gilt bis 2030?' });
    while (service.asks.length === 0) await new Promise((r) => setTimeout(r, 5));
    const stopped = h.web.stop();
    release();
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await res.json()).citations).toHaveLength(2);
    await stopped;
  });
});

describe('the web API with long passage ids', () => {
  it('serves merged passages whose ids are longer than a router default, and answers an overlong id with JSON', async () => {
    const long = { ...FAKE_PASSAGES[0]!, id: `${'a'.repeat(150)}.txt#16:857d09fd+${'a'.repeat(150)}.txt#17:2f24cb40` };
    const service = new (class extends FakeAnswerService {
      override passage(id: string) {
        return id === long.id ? long : super.passage(id);
      }
    })();
    const h = await startWebHarness(service);
    try {
      const res = await h.fetch(`/api/passages/${encodeURIComponent(long.id)}`);
      expect(res.status).toBe(200);
      expect((await res.json()).id).toBe(long.id);
      const tooLong = await h.fetch(`/api/passages/${'x'.repeat(2500)}`);
      expect(tooLong.status).toBe(414);
      expect(tooLong.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect((await tooLong.json()).error.code).toBe('uri_too_long');
      const bad = await h.fetch('/api/passages/%E0%A4%A');
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.code).toBe('invalid_request');
    } finally {
      await h.close();
    }
  });
});
