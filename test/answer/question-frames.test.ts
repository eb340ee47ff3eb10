import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import { openServices, type Services } from '../../src/services.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  project = makeTempProject({ withDefaultCorpus: false });
  fs.writeFileSync(
    path.join(project.docs, 'buero.txt'),
    [
      'Vier Regionalkonferenzen hat das Büro für kooperatives E-Government in den Jahren 2014 und 2015 durchgeführt.',
      '',
      '2009 wurde das Büro für kooperatives E-Government gegründet. Seither nimmt es seine Aufgaben im Bereich der Moderation, Vernetzung und Koordinierung wahr.',
      '',
      'Die Landesregierung plant neue Gesetze für die Verwaltung.',
    ].join('\n'),
  );
  services = await openServices(project.config, { logger: silentLogger, buildIfMissing: true, embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }) });
});
afterAll(async () => {
  await services.close();
  project.cleanup();
});

describe('kinds of question the documents answer in other words', () => {
  it('answers "Was macht …?" with the tasks the documents name', async () => {
    const a = await services.engine.ask('Was macht das Büro für kooperatives E-Government eigentlich?');
    expect(a.abstained).toBe(false);
    expect(a.text.split('\n')[1]).toContain('Aufgaben im Bereich der Moderation');
  });
});
