/**
 * The load generator of `npm run bench:web`: sends questions to `POST /api/ask` over keep-alive
 * loopback connections from `concurrency` parallel clients and reports, per request, the
 * latency seen by the client, the engine's own answer time and the server's time.
 */
import http from 'node:http';

/** Message from the parent. */
export interface LoadRequest {
  url: string;
  questions: string[];
  concurrency: number;
}

/** One answered request (ms). */
export interface LoadRecord {
  latencyMs: number;
  engineMs: number;
  /** Time in the server (its `Server-Timing: app;dur=`), request received → response sent. */
  serverMs: number;
  status: number;
}

/** Message to the parent. */
export type LoadReply = { type: 'done'; records: LoadRecord[]; wallMs: number } | { type: 'error'; message: string };

function post(agent: http.Agent, url: URL, question: string): Promise<LoadRecord> {
  const body = JSON.stringify({ question });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { timings?: { totalMs: number } };
          const serverMs = Number(/app;dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''))?.[1] ?? NaN);
          resolve({ latencyMs, engineMs: parsed.timings?.totalMs ?? NaN, serverMs, status: res.statusCode ?? 0 });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends every question once; resolves when all are answered. */
export async function runLoad(request: LoadRequest): Promise<{ records: LoadRecord[]; wallMs: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.concurrency });
  const url = new URL('/api/ask', request.url);
  const records: LoadRecord[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const client = async () => {
    while (next < request.questions.length) {
      const question = request.questions[next++]!;
      records.push(await post(agent, url, question));
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, client));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { records, wallMs };
}
