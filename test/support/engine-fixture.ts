import fs from 'node:fs';
import path from 'node:path';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import { openServices, type Services } from '../../src/services.js';
import { makeTempProject, type TempProject } from './temp-project.js';

/** The default corpus indexed into a temp folder, and the engine over it. */
export async function openDefaultEngine(setup?: (p: TempProject) => void): Promise<{ project: TempProject; services: Services }> {
  return openEngine(makeTempProject(), setup);
}

/** Only the given documents (file name → text) indexed into a temp folder, and the engine over them (`env`: config overrides, e.g. `LEXICON: 'on'`). */
export async function openEngineOver(docs: Record<string, string>, env: Record<string, string> = {}): Promise<{ project: TempProject; services: Services }> {
  return openEngine(makeTempProject({ withDefaultCorpus: false, env }), (p) => {
    for (const [name, text] of Object.entries(docs)) fs.writeFileSync(path.join(p.docs, name), text);
  });
}

async function openEngine(project: TempProject, setup?: (p: TempProject) => void): Promise<{ project: TempProject; services: Services }> {
  setup?.(project);
  const services = await openServices(project.config, {
    logger: silentLogger,
    buildIfMissing: true,
    embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }),
  });
  return { project, services };
}
