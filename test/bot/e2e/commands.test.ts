import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashUserId } from '../../../src/bot/feedback-log.js';
import { startHarness, snowflake, user, type Harness } from '../harness.js';

describe('other commands end to end', () => {
  let h: Harness;
  const listedAdmin = user('987654321012', 'listed-admin');
  beforeAll(async () => {
    h = await startHarness({ ADMIN_USER_IDS: listedAdmin.id });
  });
  afterAll(async () => {
    await h.close();
  });

  it('offers topic choices while typing /topic', async () => {
    const { payload } = h.autocomplete('topic', 'name', 'kommun');
    const response = await h.responseTo(payload, 'callback');
    expect(response.body).toEqual({ type: 8, data: { choices: [{ name: 'Unterstützung der Kommunen', value: 'kommunen' }] } });
  });

  it('answers /topic with a cited overview in the user’s language', async () => {
    const { payload } = h.command('topic', { name: 'datenschutz' }, { locale: 'en-GB' });
    const edit = await h.responseTo(payload, 'original');
    expect(h.service.overviews.at(-1)).toEqual({ id: 'datenschutz', lang: 'en' });
    expect(edit.body.embeds[0].title).toBe('Datenschutz und Sicherheit');
    expect(edit.body.embeds[0].fields).toHaveLength(2);
  });

  it('refuses an unknown /topic politely and only to the asker', async () => {
    const { payload } = h.command('topic', { name: 'Raumfahrt' });
    const reply = await h.responseTo(payload, 'callback');
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64, content: 'Das Thema „Raumfahrt“ kenne ich nicht. `/topics` zeigt alle Themen.' } });
  });

  it('lists topics, sources and help as ephemeral embeds', async () => {
    const replies = await Promise.all(['topics', 'sources', 'help'].map((name) => h.responseTo(h.command(name).payload, 'callback')));
    for (const r of replies) expect(r.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    const [topics, sources, help] = replies.map((r) => r.body.data.embeds[0]);
    expect(topics.description.split('\n')).toHaveLength(3);
    expect(sources.description).toBe('• E-Government-Strategie 2030 — 2 Passagen (pdf)');
    expect(sources.footer.text).toContain('Index vom 14.03.2025 · offline:hashed-512');
    expect(help.description).toContain('Keine Rechtsberatung');
  });

  it('refuses /reindex for a member without Manage Server', async () => {
    const { payload } = h.command('reindex', {}, { user: user(snowflake(), 'normal'), place: h.inGuild('0') });
    const reply = await h.responseTo(payload, 'callback');
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(reply.body.data.content).toContain('Server verwalten');
    expect(h.service.reindexCalls).toBe(0);
  });

  it('runs /reindex for a server manager, says "läuft bereits" to a second one, and reports the summary', async () => {
    const first = h.command('reindex', {}, { user: user(snowflake(), 'admin'), place: h.inGuild('32') });
    expect((await h.responseTo(first.payload, 'callback')).body).toEqual({ type: 5, data: { flags: 64 } });
    const second = h.command('reindex', {}, { user: listedAdmin, place: h.inGuild('0') });
    const busy = await h.responseTo(second.payload, 'callback');
    expect(busy.body.data.content).toContain('läuft bereits');
    expect(h.service.reindexCalls).toBe(1);

    // Answers keep flowing while the reindex runs.
    const ask = h.command('ask', { question: 'Während der Neuindexierung?' }, { user: user(snowflake(), 'y') });
    await h.responseTo(ask.payload, 'original');

    h.service.finishReindex();
    const summary = await h.responseTo(first.payload, 'original');
    expect(summary.body.embeds[0].description).toContain('1 neu, 0 geändert, 3 unverändert, 0 entfernt, 1 übersprungen');
    expect(summary.body.embeds[0].fields[0].value).toBe('• scan.pdf: no text layer');
  });

  it('lets a user listed in ADMIN_USER_IDS run /reindex without the permission', async () => {
    const { payload } = h.command('reindex', {}, { user: listedAdmin, place: h.inGuild('0') });
    expect((await h.responseTo(payload, 'callback')).body.type).toBe(5);
    h.service.finishReindex();
    await h.responseTo(payload, 'original');
  });

  it('appends feedback to FEEDBACK_FILE with the hashed user id and thanks the voter', async () => {
    const voter = user(snowflake(), 'voter');
    const { payload } = h.command('ask', { question: 'Wie werden Kommunen gefördert?' });
    const answer = await h.responseTo(payload, 'original');
    const thumbsDown = answer.body.components.at(-1).components[1];
    const click = h.click(thumbsDown.custom_id, answer.body, { user: voter });
    const thanks = await h.responseTo(click.payload, 'callback');
    expect(thanks.body.data).toMatchObject({ flags: 64, content: 'Danke für die Rückmeldung!' });
    const lines = (await readFile(h.config.FEEDBACK_FILE, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({
      question: 'Wie werden Kommunen gefördert?', answerId: expect.stringMatching(/^ans-\d+$/), vote: 'down',
      time: expect.any(String), user: hashUserId('test-salt', voter.id),
    });
    expect(JSON.stringify(lines)).not.toContain(voter.id);
  });
});
