import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A scripted OpenAI-compatible chat server on 127.0.0.1 (random port) for tests: implements
 * `POST /v1/chat/completions` with and without `stream: true` (SSE `data: {...}` chunks, then
 * `data: [DONE]`). Each request takes the next scripted reply; unscripted requests get a 500
 * naming the problem, so a test that calls the model unexpectedly fails visibly.
 */

/** What the fake does with one request. */
export type FakeReply =
  /**
   * A normal completion; streamed in small chunks when the request asks for a stream. `text`
   * may be computed from the request (e.g. to quote the passage the prompt holds).
   */
  | { kind: 'text'; text: string | ((request: RecordedRequest) => string); chunkChars?: number }
  /** An HTTP error status with a JSON error body (the OpenAI shape). */
  | { kind: 'status'; status: number; message?: string }
  /** Never answers (until the server closes): for timeouts. */
  | { kind: 'hang' }
  /** Streams these chunks, then closes the connection without finish_reason or `[DONE]`. */
  | { kind: 'break'; chunks: string[] }
  /** Streams these chunks, then stalls with the connection open. */
  | { kind: 'stall'; chunks: string[] };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body (model, messages, stream, temperature, max_tokens, ...). */
  body: {
    model?: string;
    stream?: boolean;
    temperature?: number;
    max_tokens?: number;
    messages?: { role: string; content: string }[];
    [k: string]: unknown;
  };
}

export class FakeOpenAiServer {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  private readonly replies: FakeReply[] = [];
  private otherwise: FakeReply | undefined;
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: http.Server) {}

  /** Starts a server on a random port of 127.0.0.1. */
  static async start(): Promise<FakeOpenAiServer> {
    const server = http.createServer();
    const fake = new FakeOpenAiServer(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    server.on('connection', (s) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** Base URL as LLM_BASE_URL expects it (with `/v1`). */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Queues replies for the next requests, in order. */
  script(...replies: FakeReply[]): this {
    this.replies.push(...replies);
    return this;
  }

  /** The reply for every request once the scripted ones are used up (e.g. for an eval run). */
  always(reply: FakeReply): this {
    this.otherwise = reply;
    return this;
  }

  /** Replies not yet used. */
  get pending(): number {
    return this.replies.length;
  }

  /** Stops the server, cutting hanging connections. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    let body: RecordedRequest['body'] = {};
    try {
      body = raw ? (JSON.parse(raw) as RecordedRequest['body']) : {};
    } catch {
      // Recorded as empty: the test sees the request and can assert on it.
    }
    const request: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    this.requests.push(request);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return json(res, 404, errorBody(`no route ${req.method} ${req.url}`));
    const reply = this.replies.shift() ?? this.otherwise;
    if (!reply) return json(res, 500, errorBody('fake-openai-server: no scripted reply left'));
    const model = body.model ?? 'fake';
    switch (reply.kind) {
      case 'status':
        return json(res, reply.status, errorBody(reply.message ?? `scripted status ${reply.status}`));
      case 'hang':
        return; // the socket stays open until close()
      case 'text': {
        const text = typeof reply.text === 'function' ? reply.text(request) : reply.text;
        if (!body.stream) return json(res, 200, completion(model, text));
        startStream(res);
        for (const part of split(text, reply.chunkChars ?? 6)) sse(res, chunk(model, { content: part }, null));
        sse(res, chunk(model, {}, 'stop'));
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'break':
      case 'stall':
        startStream(res);
        for (const part of reply.chunks) sse(res, chunk(model, { content: part }, null));
        // Let the chunks reach the client before the connection dies.
        if (reply.kind === 'break') setTimeout(() => res.socket?.destroy(), 20);
        return;
    }
  }
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function errorBody(message: string) {
  return { error: { message, type: 'fake_error', code: null } };
}

function completion(model: string, text: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function chunk(model: string, delta: Record<string, string>, finish: string | null) {
  return { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish }] };
}

function startStream(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

function sse(res: http.ServerResponse, value: unknown): void {
  res.write(`data: ${JSON.stringify(value)}\n\n`);
}

function split(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length ? parts : [''];
}
