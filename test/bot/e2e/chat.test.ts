import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dmChannel, snowflake, startHarness, user, type Harness } from '../harness.js';

describe('chat messages end to end', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const someone = () => user(snowflake(), 'bürger');

  it('answers a mention in a channel, without the mention in the question, as a reply that pings nobody', async () => {
    const id = h.sendMessage('Was plant das Land für die Kommunen?', { author: someone() });
    const reply = await h.replyTo(id);
    expect(reply.path).toBe(`/channels/${h.channel.id}/messages`);
    expect(h.service.asks.at(-1)!.question).toBe('Was plant das Land für die Kommunen?');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.embeds[0].description).toContain('[1]');
    expect(reply.body.components).toHaveLength(2);
  });

  it('answers a direct message', async () => {
    const author = someone();
    const dm = dmChannel(snowflake(), author);
    const id = h.sendMessage('Gibt es ein zentrales Nutzerkonto?', { author, dm });
    const reply = await h.replyTo(id);
    expect(reply.path).toBe(`/channels/${dm.id}/messages`);
    expect(reply.body.embeds[0].title).toBe('Gibt es ein zentrales Nutzerkonto?');
  });

  it('passes the thread’s previous turn as history to a follow-up in that thread', async () => {
    const first = h.sendMessage('Was ist das Ziel für 2030?', { author: someone(), channelId: h.thread.id });
    await h.replyTo(first);
    const second = h.sendMessage('Und wer bezahlt das?', { author: someone(), channelId: h.thread.id });
    await h.replyTo(second);
    const followUp = h.service.asks.at(-1)!;
    expect(followUp.question).toBe('Und wer bezahlt das?');
    expect(followUp.options?.history).toEqual([
      {
        question: 'Was ist das Ziel für 2030?',
        resolvedQuestion: 'Was ist das Ziel für 2030?',
        answerText: expect.stringContaining('[1]'),
        // a declined turn passes no subject on
        abstained: false,
        // so that "Was noch?" can skip what was already cited
        citedPassageIds: ['strategie-2030#p1', 'strategie-2030#p7'],
      },
    ]);
  });

  it('does not mix up conversations of different channels', async () => {
    const id = h.sendMessage('Eine ganz neue Frage?', { author: someone() });
    await h.replyTo(id);
    expect(h.service.asks.at(-1)!.options).toEqual({});
  });

  it('ignores other bots and messages without a mention', async () => {
    const before = h.service.asks.length;
    h.sendMessage('Bot fragt', { author: user(snowflake(), 'anderer-bot', true) });
    h.sendMessage('Ohne Erwähnung', { author: someone(), mentionBot: false });
    const id = h.sendMessage('Mit Erwähnung', { author: someone() });
    await h.replyTo(id);
    expect(h.service.asks.slice(before).map((a) => a.question)).toEqual(['Mit Erwähnung']);
  });

  it('escapes @everyone in the question and allows no mentions', async () => {
    const id = h.sendMessage('@everyone schaut mal: was steht zu <#1>?', { author: someone() });
    const reply = await h.replyTo(id);
    expect(JSON.stringify(reply.body)).not.toMatch(/@everyone|<#1>/);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('tells the user to ask something when the message is only a mention', async () => {
    const reply = await h.replyTo(h.sendMessage('', { author: someone() }));
    expect(reply.body.content).toContain('/help');
  });
});

describe('chat allow-list', () => {
  it('answers mentions only in ALLOWED_CHANNEL_IDS but still answers DMs', async () => {
    const h = await startHarness({ ALLOWED_CHANNEL_IDS: '12345678' });
    try {
      const author = user(snowflake(), 'x');
      h.sendMessage('Im falschen Kanal?', { author });
      const dmId = h.sendMessage('Per DM?', { author, dm: dmChannel(snowflake(), author) });
      await h.replyTo(dmId);
      expect(h.service.asks.map((a) => a.question)).toEqual(['Per DM?']);
    } finally {
      await h.close();
    }
  });
});
