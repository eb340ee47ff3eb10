import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AnswerService } from '../answer/types.js';
import type { Config } from '../config.js';
import { percentile } from '../eval/metrics.js';
import { silentLogger } from '../logger.js';
import { startWeb } from '../web/start-web.js';
import { runLoad, type LoadReply, type LoadRecord, type LoadRequest } from './web-load.js';

/** Latency summary in ms. */
export interface LatencyStats {
  p50: number;
  p99: number;
}

/** Latencies of one run (ms). */
export interface RunStats {
  questions: number;
  /** Non-200 responses (HTTP runs; should be 0). */
  errors: number;
  questionsPerSecond: number;
  /** Call → answer: the caller's view (HTTP: request sent → body received). */
  latency: LatencyStats;
  /** Per question: latency − the engine's own answer time (`timings.totalMs`): waiting, HTTP, JSON. */
  beyondEngine: LatencyStats;
  /** HTTP runs: time in the server (Server-Timing) − engine time: routing, validation, JSON, queueing for an answer slot. */
  serverAdds?: LatencyStats;
}

/** The engine called in-process and over HTTP by the same number of concurrent clients. */
export interface WebLoadResult {
  concurrency: number;
  direct: RunStats;
  /** Clients in a separate process (the realistic case: two processes share the CPU). */
  http: RunStats;
  /** Clients in this process: the HTTP stack without scheduling a second process. */
  httpSameProcess: RunStats;
  /** What HTTP adds at p50: http.latency.p50 − direct.latency.p50 (ms). */
  addedP50: number;
  /** The same with the clients in this process. */
  addedP50SameProcess: number;
}

export interface WebBenchReport {
  runs: WebLoadResult[];
}

export interface WebBenchOptions {
  config: Config;
  service: AnswerService;
  /** Questions sent per run (cycled from `pool`). */
  questions: number;
  pool: string[];
  /** Client counts to run, e.g. [1, 2]. */
  concurrency: number[];
  log?: (line: string) => void;
}

/** Rounds per client count (each way runs questions/ROUNDS questions per round). */
const ROUNDS = 10;

type Parts = { records: LoadRecord[]; wallMs: number }[];

const CLIENT = fileURLToPath(new URL('./web-load-child.ts', import.meta.url));

function stats(values: number[]): LatencyStats {
  return { p50: percentile(values, 50), p99: percentile(values, 99) };
}

/** A load generator in its own process, reused for every round. */
function startLoadChild(): { run: (request: LoadRequest) => Promise<{ records: LoadRecord[]; wallMs: number }>; stop: () => void } {
  const child = fork(CLIENT, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let failed: Error | undefined;
  child.once('exit', (code) => (failed ??= new Error(`load client exited with ${code}`)));
  return {
    run: (request) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        const onExit = () => reject(failed);
        child.once('exit', onExit);
        child.once('message', (m: LoadReply) => {
          child.off('exit', onExit);
          if (m.type === 'done') resolve(m);
          else reject(new Error(`load client failed: ${m.message}`));
        });
        child.send(request);
      }),
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

/** Concatenates the records of several rounds; wall times add up. */
function merge(parts: { records: LoadRecord[]; wallMs: number }[]): { records: LoadRecord[]; wallMs: number } {
  return { records: parts.flatMap((p) => p.records), wallMs: parts.reduce((a, p) => a + p.wallMs, 0) };
}

function summarize(records: LoadRecord[], wallMs: number): RunStats {
  const ok = records.filter((r) => r.status === 200);
  const server = ok.filter((r) => Number.isFinite(r.serverMs));
  return {
    ...(server.length ? { serverAdds: stats(server.map((r) => r.serverMs - r.engineMs)) } : {}),
    questions: records.length,
    errors: records.length - ok.length,
    questionsPerSecond: (records.length / wallMs) * 1000,
    latency: stats(ok.map((r) => r.latencyMs)),
    beyondEngine: stats(ok.map((r) => r.latencyMs - r.engineMs)),
  };
}

/** The engine called in-process by `concurrency` callers at once (they queue on the one event loop, as HTTP requests do). */
async function direct(service: AnswerService, questions: string[], concurrency: number): Promise<{ records: LoadRecord[]; wallMs: number }> {
  const records: LoadRecord[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const caller = async () => {
    while (next < questions.length) {
      const question = questions[next++]!;
      const t = process.hrtime.bigint();
      const answer = await service.ask(question);
      records.push({ latencyMs: Number(process.hrtime.bigint() - t) / 1e6, engineMs: answer.timings.totalMs, serverMs: NaN, status: 200 });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { records, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

/**
 * Measures what the web server adds to an answer: for each client count, the same questions
 * to the engine in-process, then over loopback HTTP from a separate client process and from
 * clients in this process. The server runs in this process without the per-client rate limit.
 */
export async function runWebBench(options: WebBenchOptions): Promise<WebBenchReport> {
  const log = options.log ?? (() => undefined);
  const questions = Array.from({ length: options.questions }, (_, i) => options.pool[i % options.pool.length]!);
  // Warm-up: JIT, caches and lazily loaded parts of the engine.
  for (const q of options.pool) await options.service.ask(q);
  const web = await startWeb({ config: { ...options.config, WEB_HOST: '127.0.0.1', WEB_PORT: 0 }, service: options.service, logger: silentLogger, rateLimit: false });
  const child = startLoadChild();
  const runs: WebLoadResult[] = [];
  try {
    await child.run({ url: web.url, questions: options.pool, concurrency: 1 }); // warm-up of the server's routes
    // The three ways take turns in rounds, so a change in the machine's load hits all of them alike.
    const rounds = Math.max(1, Math.min(ROUNDS, questions.length));
    const size = Math.ceil(questions.length / rounds);
    for (const concurrency of options.concurrency) {
      log(`${questions.length} questions, ${concurrency} concurrent client(s), in ${rounds} rounds: engine in-process, POST /api/ask from a client process, from this process`);
      const parts: { direct: Parts; http: Parts; same: Parts } = { direct: [], http: [], same: [] };
      for (let r = 0; r < rounds; r++) {
        const batch = questions.slice(r * size, (r + 1) * size);
        if (batch.length === 0) break;
        parts.direct.push(await direct(options.service, batch, concurrency));
        parts.http.push(await child.run({ url: web.url, questions: batch, concurrency }));
        parts.same.push(await runLoad({ url: web.url, questions: batch, concurrency }));
      }
      const d = merge(parts.direct);
      const h = merge(parts.http);
      const sp = merge(parts.same);
      const inProcess = summarize(d.records, d.wallMs);
      const http = summarize(h.records, h.wallMs);
      const httpSameProcess = summarize(sp.records, sp.wallMs);
      runs.push({
        concurrency,
        direct: inProcess,
        http,
        httpSameProcess,
        addedP50: http.latency.p50 - inProcess.latency.p50,
        addedP50SameProcess: httpSameProcess.latency.p50 - inProcess.latency.p50,
      });
    }
  } finally {
    child.stop();
    await web.stop();
  }
  return { runs };
}

/** The report as a Markdown table. */
export function formatWebBench(report: WebBenchReport): string {
  const ms = (x: number) => x.toFixed(2);
  const pair = (x: LatencyStats) => `${ms(x.p50)} / ${ms(x.p99)}`;
  const row = (c: number, path: string, s: RunStats, added: number) =>
    `| ${c} | ${path} | ${s.questions} | ${s.errors} | ${s.questionsPerSecond.toFixed(0)} | ${pair(s.latency)} | ${pair(s.beyondEngine)} | ${s.serverAdds ? pair(s.serverAdds) : '–'} | ${ms(added)} |`;
  const lines = [
    '| clients | path | questions | errors | questions/s | latency p50 / p99 (ms) | latency − engine time p50 / p99 (ms) | server time − engine time p50 / p99 (ms) | added by HTTP at p50 (ms) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...report.runs.flatMap((r) => [
      `| ${r.concurrency} | engine in-process | ${r.direct.questions} | – | ${r.direct.questionsPerSecond.toFixed(0)} | ${pair(r.direct.latency)} | ${pair(r.direct.beyondEngine)} | – | |`,
      row(r.concurrency, 'POST /api/ask, client process', r.http, r.addedP50),
      row(r.concurrency, 'POST /api/ask, client in server process', r.httpSameProcess, r.addedP50SameProcess),
    ]),
  ];
  return lines.join('\n') + '\n';
}
