/**
 * Child process of the benchmark (started by child-runner.ts with `fork`). Builds run here so
 * that `process.resourceUsage().maxRSS` is the build's own memory high-water mark, and the
 * concurrency test runs one of these per worker, each with its own loaded index.
 * Protocol (IPC messages): see ChildRequest / ChildReply in child-runner.ts.
 */
import { OfflineEmbedder } from '../embedding/offline-embedder.js';
import { silentLogger } from '../logger.js';
import { reindex } from '../search/reindex.js';
import { openServices } from '../services.js';
import { benchConfig } from './bench-config.js';
import type { ChildReply, ChildRequest } from './child-runner.js';

const send = (m: ChildReply) => process.send!(m);

process.once('message', (raw) => {
  run(raw as ChildRequest).catch((e: unknown) => {
    send({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exitCode = 1;
  });
});

async function run(req: ChildRequest): Promise<void> {
  const config = benchConfig(req.docsDir, req.indexDir);
  const embedder = new OfflineEmbedder({ dimensions: config.OFFLINE_DIMENSIONS });
  if (req.mode === 'build') {
    // Phase boundaries from reindex's own progress events: a timing breakdown without a profiler.
    const firstAt = new Map<string, number>();
    const t0 = performance.now();
    const summary = await reindex({
      config,
      embedder,
      logger: silentLogger,
      onProgress: (p) => {
        if (!firstAt.has(p.phase)) firstAt.set(p.phase, performance.now());
      },
    });
    const end = performance.now();
    const at = (phase: string, fallback: number) => firstAt.get(phase) ?? fallback;
    const phases = {
      scanMs: at('scan', end) - t0,
      prepareMs: at('embed', end) - at('scan', end),
      embedMs: at('write', end) - at('embed', end),
      writeMs: end - at('write', end),
    };
    send({ type: 'built', ms: end - t0, maxRssBytes: process.resourceUsage().maxRSS * 1024, passages: summary.passages, embedded: summary.embedded, phases });
    process.disconnect();
    return;
  }
  const services = await openServices(config, { logger: silentLogger, embedder });
  for (const q of req.warmup) await services.engine.ask(q);
  send({ type: 'ready' });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const latencies: number[] = [];
  for (const q of req.questions) {
    const t = performance.now();
    await services.engine.ask(q);
    latencies.push(performance.now() - t);
  }
  send({ type: 'answered', latencies });
  await services.close();
  process.disconnect();
}
