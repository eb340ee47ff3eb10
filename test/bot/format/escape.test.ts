import { describe, expect, it } from 'vitest';
import { escapeDiscord } from '../../../src/bot/format/escape.js';

const ZWSP = '\u200b';

describe('escapeDiscord', () => {
  it('escapes inline markdown characters with a backslash', () => {
    expect(escapeDiscord('*fett* _kursiv_ ~~weg~~ `code` ||spoiler|| a\\b')).toBe(
      '\\*fett\\* \\_kursiv\\_ \\~\\~weg\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| a\\\\b',
    );
  });

  it('escapes headers, subtext and block quotes only at the start of a line', () => {
    expect(escapeDiscord('# Titel\n## Unter\n-# klein\n> Zitat\na > b # c')).toBe('\\# Titel\n\\## Unter\n\\-# klein\n\\> Zitat\na > b # c');
  });

  it('breaks masked links so they show as text', () => {
    expect(escapeDiscord('[hier klicken](https://evil.example)')).toBe('[hier klicken]\\(https://evil.example)');
  });

  it('neutralises @everyone and @here with a zero-width space', () => {
    const out = escapeDiscord('Hallo @everyone und @here!');
    expect(out).toBe(`Hallo @${ZWSP}everyone und @${ZWSP}here!`);
    expect(out).not.toMatch(/@everyone|@here/);
  });

  it('neutralises user, role, channel and slash-command mentions', () => {
    const out = escapeDiscord('<@123> <@!456> <@&789> <#42> </ask:1234567890> </topic sub:99>');
    expect(out).not.toMatch(/<[@#/]/);
    expect(out).toBe(`<${ZWSP}@123> <${ZWSP}@!456> <${ZWSP}@&789> <${ZWSP}#42> <${ZWSP}/ask:1234567890> <${ZWSP}/topic sub:99>`);
  });

  it('keeps citation markers and bare URLs intact', () => {
    expect(escapeDiscord('Siehe https://example.org/a_b*c [1].')).toBe('Siehe https://example.org/a_b*c [1].');
  });

  it('leaves plain German text unchanged', () => {
    const text = 'Die Verwaltung wird bis 2030 digital (Ziel 3). Öffnungszeiten: 8–16 Uhr.';
    expect(escapeDiscord(text)).toBe(text);
  });
});
