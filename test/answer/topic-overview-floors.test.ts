import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalTopicSchema, offTopicShown, topicCoverage, type TopicRecord } from '../../src/eval/metrics.js';
import type { Services } from '../../src/services.js';
import { openDefaultEngine } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openDefaultEngine());
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('topic overviews on the default corpus', () => {
  for (const file of ['eval/own-topics-dev.jsonl', 'eval/own-topics-test.jsonl']) {
    it(`show no off-topic string and most of the evidence in ${file} (floors: off_topic = 0, topics ≥ 0.75)`, async () => {
      const items = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => evalTopicSchema.parse(JSON.parse(l)));
      const records: TopicRecord[] = [];
      for (const item of items) records.push({ item, answer: await services.engine.topicOverview(item.topic) });
      expect(records.flatMap((r) => offTopicShown(r).map((s) => `${r.item.id}: ${s}`))).toEqual([]);
      expect(records.reduce((sum, r) => sum + topicCoverage(r), 0) / records.length).toBeGreaterThanOrEqual(0.75);
    });
  }
});
