import fs from 'node:fs';
import os from 'node:os';
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

/**
 * Like {@link openEngineOver}, with the lexicon and a German–English dictionary made of the given
 * lines in the Ding format ("Essen (Stadt in Deutschland) [geogr.] :: Essen (city in Germany)");
 * `project.cleanup()` removes the dictionary too.
 */
export async function openEngineOverWithDictionary(
  docs: Record<string, string>,
  dingLines: string[],
  env: Record<string, string> = {},
): Promise<{ project: TempProject; services: Services }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ding-'));
  const file = path.join(dir, 'de-en');
  fs.writeFileSync(file, dingLines.join('\n'));
  const { project, services } = await openEngineOver(docs, { LEXICON: 'on', ...env, DICTIONARY_FILE: file });
  return {
    project: {
      ...project,
      cleanup: () => {
        project.cleanup();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    },
    services,
  };
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
