import { describe, expect, it } from 'vitest';
import { decideMessage, stripBotMention, type IncomingMessage } from '../../src/bot/chat-message.js';

const base: IncomingMessage = {
  authorId: '111', authorIsBot: false, botId: '999', content: '<@999> Was ist geplant?', isDM: false,
  channelId: '500', parentId: null, mentionedUserIds: ['999'],
};

describe('decideMessage', () => {
  it('answers a mention in a guild channel, without the mention', () => {
    expect(decideMessage(base, [])).toEqual({ answer: true, question: 'Was ist geplant?' });
  });

  it('ignores guild messages that do not mention the bot', () => {
    expect(decideMessage({ ...base, content: 'Hallo', mentionedUserIds: [] }, [])).toEqual({ answer: false, reason: 'not-mentioned' });
  });

  it('answers every DM', () => {
    expect(decideMessage({ ...base, isDM: true, content: 'Was ist geplant?', mentionedUserIds: [] }, ['1'])).toEqual({ answer: true, question: 'Was ist geplant?' });
  });

  it('ignores bots and its own messages', () => {
    expect(decideMessage({ ...base, authorIsBot: true }, [])).toMatchObject({ answer: false, reason: 'bot' });
    expect(decideMessage({ ...base, authorId: '999', isDM: true }, [])).toMatchObject({ answer: false, reason: 'bot' });
  });

  it('answers mentions only in allowed channels, or threads under them, when an allow-list is set', () => {
    expect(decideMessage(base, ['501'])).toEqual({ answer: false, reason: 'channel-not-allowed' });
    expect(decideMessage(base, ['500']).answer).toBe(true);
    expect(decideMessage({ ...base, channelId: '777', parentId: '500' }, ['500']).answer).toBe(true);
  });
});

describe('stripBotMention', () => {
  it('removes both mention forms anywhere and tidies spaces', () => {
    expect(stripBotMention('<@!999>  Frage   zu <@999> Kommunen ', '999')).toBe('Frage zu Kommunen');
  });

  it('keeps mentions of other users (they are escaped later)', () => {
    expect(stripBotMention('<@999> frag <@123>', '999')).toBe('frag <@123>');
  });
});
