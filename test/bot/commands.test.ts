import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, commands } from '../../src/bot/command-list.js';

// Discord's rule for chat-input command and option names (lowercase where the script has case).
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
type Option = { name: string; description: string; name_localizations?: Record<string, string>; description_localizations?: Record<string, string> };

describe('command definitions', () => {
  const defs = commandDefinitions();
  const everything: Option[] = defs.flatMap((d) => [d as Option, ...((d.options ?? []) as Option[])]);

  it('defines ask, topic, topics, sources, help and reindex', () => {
    expect(defs.map((d) => d.name)).toEqual(['ask', 'topic', 'topics', 'sources', 'help', 'reindex']);
    expect(new Set(commands.map((c) => c.data.name)).size).toBe(commands.length);
  });

  it('gives every command and option a German name and description', () => {
    for (const d of everything) {
      expect(d.name_localizations?.de, d.name).toBeTruthy();
      expect(d.description_localizations?.de, d.name).toBeTruthy();
    }
  });

  it('keeps names valid and lowercase and descriptions within 1-100 characters', () => {
    for (const d of everything) {
      for (const name of [d.name, d.name_localizations?.de ?? '']) {
        expect(name).toMatch(NAME);
        expect(name).toBe(name.toLowerCase());
      }
      for (const text of [d.description, d.description_localizations?.de ?? '']) {
        expect(text.length, text).toBeGreaterThan(0);
        expect(text.length, text).toBeLessThanOrEqual(100);
      }
    }
  });

  it('has /ask with a required question and an optional public flag', () => {
    const ask = defs.find((d) => d.name === 'ask')!;
    expect(ask.options).toMatchObject([
      { name: 'question', type: 3, required: true, name_localizations: { de: 'frage' } },
      { name: 'public', type: 5, name_localizations: { de: 'öffentlich' } },
    ]);
  });

  it('offers autocomplete for the /topic name', () => {
    expect(defs.find((d) => d.name === 'topic')!.options).toMatchObject([{ name: 'name', autocomplete: true, required: true }]);
  });

  it('hides /reindex from members without Manage Server by default', () => {
    expect(defs.find((d) => d.name === 'reindex')!.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    for (const d of defs.filter((x) => x.name !== 'reindex')) expect(d.default_member_permissions ?? null).toBeNull();
  });
});
