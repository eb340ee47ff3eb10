import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native addons (hnswlib, onnxruntime) and child processes: forks isolate them best.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
