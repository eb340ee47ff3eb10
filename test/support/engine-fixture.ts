import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import { openServices, type Services } from '../../src/services.js';
import { makeTempProject, type TempProject } from './temp-project.js';

/** The default corpus indexed into a temp folder, and the engine over it. */
export async function openDefaultEngine(setup?: (p: TempProject) => void): Promise<{ project: TempProject; services: Services }> {
  const project = makeTempProject();
  setup?.(project);
  const services = await openServices(project.config, {
    logger: silentLogger,
    buildIfMissing: true,
    embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }),
  });
  return { project, services };
}
