import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/services.js';
import type { TempProject } from '../../support/temp-project.js';
import { openDefaultEngine } from '../../support/engine-fixture.js';
import { startHarness, snowflake, user, type Harness } from '../harness.js';

/** From documents to the Discord message: the real engine over the default corpus behind the real bot. */
describe('the bot with the real answer engine', () => {
  let h: Harness;
  let project: TempProject;
  let services: Services;
  beforeAll(async () => {
    ({ project, services } = await openDefaultEngine((p) =>
      fs.writeFileSync(path.join(p.docs, 'rundmail.md'), '# Rundmail\n\n@everyone Die **Leitstelle** <@123456789012345678> in Wummelstadt öffnet 2029. ||geheim||\n'),
    ));
    h = await startHarness({}, services.engine);
  });
  afterAll(async () => {
    await h.close();
    await services.close();
    project.cleanup();
  });

  it('answers /ask with the cited passage from the documents', async () => {
    const { payload } = h.command('ask', { question: 'Bis wann soll DOMEA in allen Ministerien eingeführt sein?' }, { user: user(snowflake(), 'a') });
    const edit = await h.responseTo(payload, 'original');
    const embed = edit.body.embeds[0];
    // The span that answers is bold.
    expect(embed.description).toContain('**bis Ende 2013** in allen Ministerien');
    expect(embed.description).toMatch(/\[1\]/);
    expect(embed.fields[0].name).toMatch(/^\[1\] .*Welche konkreten Projekte laufen aktuell/);
    expect(embed.fields[0].value).toContain('DOMEA');
    expect(edit.body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('escapes document text that would ping or format in Discord', async () => {
    const { payload } = h.command('ask', { question: 'Wann öffnet die Leitstelle in Wummelstadt?', public: true }, { user: user(snowflake(), 'b') });
    const edit = await h.responseTo(payload, 'original');
    const body = JSON.stringify(edit.body.embeds);
    expect(body).toContain('2029');
    expect(body).not.toMatch(/(?<!\\u200b)@everyone/);
    expect(body).not.toMatch(/<@\d/);
    expect(body).not.toMatch(/(?<!\\\\)\*\*Leitstelle/);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
  });

  it('abstains in Discord too, citing nothing', async () => {
    const { payload } = h.command('ask', { question: 'Wie wird das Wetter morgen in Schwerin?' }, { user: user(snowflake(), 'c') });
    const edit = await h.responseTo(payload, 'original');
    expect(edit.body.embeds[0].description).toMatch(/nichts/);
    expect(edit.body.embeds[0].fields ?? []).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/^\[1\]/) })]),
    );
  });
});
