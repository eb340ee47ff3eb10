import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import { reindex } from '../../src/search/reindex.js';
import type { Services } from '../../src/services.js';
import type { TempProject } from '../support/temp-project.js';
import { openDefaultEngine } from '../support/engine-fixture.js';

let project: TempProject | undefined;
let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  project?.cleanup();
});

describe('IndexHandle', () => {
  it('picks up an index rebuilt by another writer without a restart, while a request in flight keeps the old one', async () => {
    ({ project, services } = await openDefaultEngine());
    const before = services.handle.current;
    expect((await services.engine.ask('Wann öffnet die Leitstelle in Wummelstadt?')).abstained).toBe(true);
    services.handle.watch(50);

    fs.writeFileSync(path.join(project.docs, 'neu.md'), '# Leitstelle\n\nDie Leitstelle in Wummelstadt öffnet im Jahr 2029.\n');
    // Another writer: a separate reindex with its own embedder instance, as `npm run reindex` would be.
    await reindex({ config: project.config, embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }), logger: silentLogger });

    for (let i = 0; i < 100 && services.handle.current === before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(services.handle.current).not.toBe(before);
    const answer = await services.engine.ask('Wann öffnet die Leitstelle in Wummelstadt?');
    expect(answer.text).toContain('2029');
    // The old index object is still complete and searchable for whoever held it.
    const old = before.keyword.search('Leitstelle Wummelstadt', 3);
    expect(old.some((h) => before.passages[h.label]!.text.includes('Wummelstadt'))).toBe(false);
    const now = services.handle.current;
    expect(now.keyword.search('Leitstelle Wummelstadt', 3).some((h) => now.passages[h.label]!.text.includes('Wummelstadt'))).toBe(true);
    expect(before.passages.length).toBeGreaterThan(0);
  });

  it('keeps the previous index when the new one cannot be loaded', async () => {
    ({ project, services } = await openDefaultEngine());
    const before = services.handle.current;
    fs.writeFileSync(path.join(project.config.INDEX_DIR, 'CURRENT'), 'v-does-not-exist\n');
    expect(await services.handle.refresh()).toBe(false);
    expect(services.handle.current).toBe(before);
    expect((await services.engine.ask('Was ist DOMEA?')).abstained).toBe(false);
  });
});
