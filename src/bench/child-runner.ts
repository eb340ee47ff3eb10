import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Messages to bench-child.ts. */
export type ChildRequest =
  | { mode: 'build'; docsDir: string; indexDir: string }
  | { mode: 'answer'; docsDir: string; indexDir: string; warmup: string[]; questions: string[] };

/**
 * Where a reindex spends its time, from its progress events (ms): lock + reading and parsing
 * every file; loading the previous index + chunking + reusing/removing entries; embedding +
 * inserting into the vector graph; building the keyword index + writing the files.
 */
export interface BuildPhases {
  scanMs: number;
  prepareMs: number;
  embedMs: number;
  writeMs: number;
}

/** Messages from bench-child.ts. */
export type ChildReply =
  | { type: 'built'; ms: number; maxRssBytes: number; passages: number; embedded: number; phases: BuildPhases }
  | { type: 'ready' }
  | { type: 'answered'; latencies: number[] }
  | { type: 'error'; message: string };

export interface ChildOptions {
  /** Write a V8 CPU profile of the child into this folder (`node --cpu-prof`). */
  cpuProfDir?: string;
}

const CHILD = fileURLToPath(new URL('./bench-child.ts', import.meta.url));

function start(options: ChildOptions): ChildProcess {
  const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  // tsx runs the TypeScript child as the parent runs; 'advanced' serialization moves number arrays cheaply.
  return fork(CHILD, [], { execArgv: ['--import', 'tsx', ...profile], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** Resolves with the next reply of the given type; rejects on an error reply or an early exit. */
function reply<T extends ChildReply['type']>(child: ChildProcess, type: T): Promise<Extract<ChildReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ChildReply) => {
      if (m.type === 'error') return finish(() => reject(new Error(`benchmark child failed: ${m.message}`)));
      if (m.type === type) finish(() => resolve(m as Extract<ChildReply, { type: T }>));
    };
    const onExit = (code: number | null) => finish(() => reject(new Error(`benchmark child exited with ${code} before '${type}'`)));
    const finish = (f: () => void) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      f();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Waits until the child has exited (so its CPU profile is written). */
function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

/**
 * Runs the project's `reindex()` over `docsDir` into `indexDir` in a fresh process.
 * @returns wall time of the reindex call and the child's peak RSS (whole process, bytes)
 */
export async function buildInChild(docsDir: string, indexDir: string, options: ChildOptions = {}) {
  const child = start(options);
  const done = reply(child, 'built');
  child.send({ mode: 'build', docsDir, indexDir } satisfies ChildRequest);
  const result = await done;
  await exited(child);
  return result;
}

export interface ConcurrentRun {
  workers: number;
  /** From the start signal until the last worker finished, ms. */
  wallMs: number;
  /** All questions / wall time. */
  qps: number;
  /** Per-question latencies from all workers, ms. */
  latencies: number[];
}

/**
 * Answers `questions` with `workers` child processes at once, each with its own loaded index,
 * questions dealt round-robin. Loading and warm-up happen before the clock starts.
 */
export async function answerInChildren(
  docsDir: string,
  indexDir: string,
  questions: string[],
  workers: number,
  warmup: string[],
): Promise<ConcurrentRun> {
  const children = Array.from({ length: workers }, () => start({}));
  try {
    const ready = children.map((c) => reply(c, 'ready'));
    children.forEach((c, w) =>
      c.send({ mode: 'answer', docsDir, indexDir, warmup, questions: questions.filter((_, i) => i % workers === w) } satisfies ChildRequest),
    );
    await Promise.all(ready);
    const answered = children.map((c) => reply(c, 'answered'));
    const t0 = performance.now();
    children.forEach((c) => c.send({ type: 'go' }));
    const results = await Promise.all(answered);
    const wallMs = performance.now() - t0;
    await Promise.all(children.map(exited));
    return { workers, wallMs, qps: (questions.length * 1000) / wallMs, latencies: results.flatMap((r) => r.latencies) };
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill();
  }
}
