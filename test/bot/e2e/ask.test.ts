import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, snowflake, user, type Harness } from '../harness.js';

const ZWSP = '\u200b';

describe('/ask end to end', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const someone = () => user(snowflake(), 'nutzerin');

  it('acknowledges within 3 seconds and edits in the cited answer, visible only to the asker', async () => {
    const { payload, sentAt } = h.command('ask', { question: 'Welche Ziele hat die Strategie?' }, { user: someone() });
    const callback = await h.responseTo(payload, 'callback');
    expect(callback.time - sentAt).toBeLessThan(3000);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });

    const edit = await h.responseTo(payload, 'original');
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('Welche Ziele hat die Strategie?');
    expect(embed.description).toMatch(/\[1\].*\[2\]/);
    expect(embed.fields.map((f: any) => f.name)).toEqual([
      '[1] E-Government-Strategie 2030 · Ziele › Digitale Verwaltung · S. 4',
      '[2] E-Government-Strategie 2030 · Umsetzung · S. 12',
    ]);
    expect(embed.footer.text).toBe('Index vom 14.03.2025 · offline:hashed-512');
    expect(edit.body.allowed_mentions).toMatchObject({ parse: [] });
    const labels = edit.body.components.flatMap((row: any) => row.components.map((b: any) => b.label));
    expect(labels).toEqual(['Quelle [1] anzeigen', 'Quelle [2] anzeigen', 'Hilfreich', 'Nicht hilfreich']);
    expect(h.service.asks.at(-1)).toEqual({ question: 'Welche Ziele hat die Strategie?', options: {} });
  });

  it('posts publicly when public is true and uses English labels for an English client', async () => {
    const { payload } = h.command('ask', { question: 'What are the goals?', public: true }, { user: someone(), locale: 'en-US' });
    const callback = await h.responseTo(payload, 'callback');
    expect(callback.body.type).toBe(5);
    expect(callback.body.data.flags & 64).toBe(0);
    const edit = await h.responseTo(payload, 'original');
    expect(edit.body.components[0].components[0].label).toBe('Show source [1]');
    expect(edit.body.embeds[0].footer.text).toBe('Index of 14/03/2025 · offline:hashed-512');
  });

  it('sends nothing that pings when the question contains @everyone or mentions', async () => {
    const { payload } = h.command('ask', { question: '@everyone <@&123> Was gilt für <@456>?', public: true }, { user: someone() });
    const edit = await h.responseTo(payload, 'original');
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    const text = JSON.stringify(edit.body);
    expect(text).not.toMatch(/@everyone|<@&|<@\d/);
    expect(edit.body.embeds[0].title).toBe(`@${ZWSP}everyone <${ZWSP}@&123> Was gilt für <${ZWSP}@456>?`);
  });

  it('shows the whole passage, only to the clicker, when "Quelle anzeigen" is pressed', async () => {
    const { payload } = h.command('ask', { question: 'Was passiert bis 2030?' }, { user: someone() });
    const answer = await h.responseTo(payload, 'original');
    const button = answer.body.components[0].components[0];
    const click = h.click(button.custom_id, answer.body);
    const reply = await h.responseTo(click.payload, 'callback');
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(64);
    expect(reply.body.data.embeds[0].title).toBe('E-Government-Strategie 2030 · Ziele › Digitale Verwaltung · S. 4');
    expect(reply.body.data.embeds[0].url).toBe('https://www.example.org/strategie-2030.pdf');
    expect(reply.body.data.embeds[0].description).toBe(
      'Bis 2030 sollen alle Verwaltungsleistungen des Landes auch digital angeboten werden. Das Nutzerkonto wird zentral bereitgestellt.',
    );
    expect(reply.body.data.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('refuses the 7th question within a minute with a notice saying when to try again', async () => {
    const asker = someone();
    const before = h.service.asks.length;
    for (let i = 1; i <= 6; i++) {
      const { payload } = h.command('ask', { question: `Frage ${i}` }, { user: asker });
      await h.responseTo(payload, 'original');
    }
    const { payload } = h.command('ask', { question: 'Frage 7' }, { user: asker });
    const notice = await h.responseTo(payload, 'callback');
    expect(notice.body.type).toBe(4);
    expect(notice.body.data.flags).toBe(64);
    expect(notice.body.data.content).toMatch(/Bitte versuche es in \d+ Sekunden? noch einmal\./);
    expect(h.service.asks.length - before).toBe(6);
    // Another user is not affected.
    const other = h.command('ask', { question: 'Frage von jemand anderem' }, { user: someone() });
    expect((await h.responseTo(other.payload, 'original')).body.embeds).toHaveLength(1);
  });

  it('logs a failed reply (500 from Discord) with an error id, apologises, and answers the next interaction', async () => {
    // One request plus the REST client's three retries.
    h.discord.failNext({ method: 'PATCH', path: /\/messages\/@original$/, status: 500, times: 4 });
    const failed = h.command('ask', { question: 'Frage bei Störung' }, { user: someone() });
    const apology = await h.discord.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(failed.payload.token) && r.status === 200,
    );
    const errorId = /Fehler-ID: `([0-9a-f]+)`/.exec(apology.body.content)?.[1];
    expect(errorId).toBeDefined();
    expect(apology.body.embeds).toEqual([]);
    const logged = h.logs.find((l) => l.msg === 'interaction failed' && l.errorId === errorId);
    expect(logged).toMatchObject({ level: 'error', command: 'ask', status: 500 });
    expect(String((logged!.error as { stack: string }).stack)).toContain('Internal Server Error');
    expect(JSON.stringify(h.logs)).not.toContain(h.discord.options.token);

    const next = h.command('ask', { question: 'Und jetzt?' }, { user: someone() });
    expect((await h.responseTo(next.payload, 'original')).body.embeds[0].title).toBe('Und jetzt?');
  });

  it('apologises with an error id when the answer engine throws, and keeps serving', async () => {
    h.service.failNextAsk(new Error('index exploded'));
    const { payload } = h.command('ask', { question: 'Kaputt?' }, { user: someone() });
    const apology = await h.responseTo(payload, 'original');
    expect(apology.body.content).toMatch(/^Entschuldigung, da ist etwas schiefgegangen\. Fehler-ID: `[0-9a-f]{8}`$/);
    expect(h.logs.some((l) => l.msg === 'interaction failed' && JSON.stringify(l.error).includes('index exploded'))).toBe(true);
    const next = h.command('ask', { question: 'Wieder gut?' }, { user: someone() });
    expect((await h.responseTo(next.payload, 'original')).body.embeds[0].title).toBe('Wieder gut?');
  });
});
