import { describe, expect, it } from 'vitest';
import { formatWebBench, runWebBench } from '../../src/bench/run-web-bench.js';
import { loadConfig } from '../../src/config.js';
import { FakeAnswerService } from '../fakes/fake-answer-service.js';

describe('runWebBench', () => {
  it('sends every question in-process and over HTTP for each client count and reports the difference', async () => {
    const service = new FakeAnswerService();
    const report = await runWebBench({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      service,
      questions: 30,
      pool: ['Was gilt bis 2030?', 'Wann war die Mondlandung?'],
      concurrency: [1, 2],
    });
    expect(report.runs.map((r) => r.concurrency)).toEqual([1, 2]);
    for (const run of report.runs) {
      expect(run.direct.questions).toBe(30);
      expect(run.http.questions).toBe(30);
      expect(run.http.errors).toBe(0);
      expect(run.http.latency.p50).toBeGreaterThan(0);
      expect(run.http.serverAdds).toBeDefined();
      expect(run.httpSameProcess.questions).toBe(30);
      expect(run.httpSameProcess.errors).toBe(0);
      expect(run.addedP50).toBe(run.http.latency.p50 - run.direct.latency.p50);
    }
    // warm-up (2 + 2) + 2 runs × 30 in-process + 2 × 2 runs × 30 over HTTP
    expect(service.asks.length).toBe(4 + 180);
    expect(formatWebBench(report)).toMatch(/\| 2 \| POST \/api\/ask, client process \| 30 \| 0 \|/);
  });
});
