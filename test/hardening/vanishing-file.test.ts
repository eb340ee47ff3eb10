import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import { reindex } from '../../src/search/reindex.js';
import { openServices } from '../../src/services.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { ANSWER_PHRASE, QUESTION } from './support/faults.js';

// The file system is the boundary: opening a file named "verschwindet*" first deletes it, the
// way a user deleting it during the reindex would (the open then fails with a real ENOENT).
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (file, ...rest) => {
    if (String(file).includes('verschwindet')) await real.rm(file, { force: true });
    return real.open(file, ...rest);
  };
  return { ...real, default: { ...real, open }, open };
});

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

describe('a file deleted while the reindex reads it', () => {
  it('is skipped with a reason; the reindex finishes and the index answers', async () => {
    project = makeTempProject();
    const embedder = new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS });
    fs.writeFileSync(path.join(project.docs, 'verschwindet.txt'), 'Weg\nDieser Text wird gelöscht, während der Index entsteht.\n');
    const summary = await reindex({ config: project.config, embedder, logger: silentLogger });
    expect(summary.skipped).toEqual([{ file: 'verschwindet.txt', reason: 'removed while the index was being built' }]);
    expect(summary.documents).toMatchObject({ added: 1, skipped: 1 });
    const services = await openServices(project.config, { logger: silentLogger, embedder });
    try {
      const answer = await services.engine.ask(QUESTION);
      expect(answer.text).toContain(ANSWER_PHRASE);
    } finally {
      await services.close();
    }
  }, 60_000);
});
