import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isAdmin } from '../../src/bot/admin.js';
import { langFromLocale } from '../../src/bot/i18n.js';
import { toStartupError } from '../../src/bot/startup-error.js';
import { findTopic, topicChoices } from '../../src/bot/topic-choices.js';
import { isAppError } from '../../src/errors.js';
import { FAKE_TOPICS } from '../fakes/fake-answer-service.js';

describe('isAdmin', () => {
  it('accepts Manage Server or a listed user id, nothing else', () => {
    expect(isAdmin({ userId: '1', permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages, adminUserIds: [] })).toBe(true);
    expect(isAdmin({ userId: '1', permissions: PermissionFlagsBits.SendMessages, adminUserIds: [] })).toBe(false);
    expect(isAdmin({ userId: '12345', permissions: null, adminUserIds: ['12345'] })).toBe(true);
    expect(isAdmin({ userId: '1', permissions: null, adminUserIds: ['12345'] })).toBe(false);
  });
});

describe('langFromLocale', () => {
  it('uses English for en-* locales and German otherwise', () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale('de')).toBe('de');
    expect(langFromLocale('fr')).toBe('de');
    expect(langFromLocale(undefined)).toBe('de');
  });
});

describe('topicChoices', () => {
  it('matches title or id case- and umlaut-insensitively, title prefixes first', () => {
    expect(topicChoices(FAKE_TOPICS, 'unterstutz').map((c) => c.value)).toEqual(['kommunen']);
    expect(topicChoices(FAKE_TOPICS, 'D').map((c) => c.value)).toEqual(['digitale-verwaltung', 'datenschutz', 'kommunen']);
  });

  it('returns at most 25 choices within 100 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, title: `Thema ${i} ${'x'.repeat(120)}`, description: '' }));
    const choices = topicChoices(many, '');
    expect(choices).toHaveLength(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('finds a topic by id or typed title', () => {
    expect(findTopic(FAKE_TOPICS, 'kommunen')?.id).toBe('kommunen');
    expect(findTopic(FAKE_TOPICS, 'datenschutz und sicherheit')?.id).toBe('datenschutz');
    expect(findTopic(FAKE_TOPICS, 'Raumfahrt')).toBeUndefined();
  });
});

describe('toStartupError', () => {
  it('turns every form of a rejected token into DISCORD_TOKEN_INVALID and keeps other errors', () => {
    for (const e of [Object.assign(new Error('x'), { code: 'TokenInvalid' }), Object.assign(new Error('x'), { status: 401 }), new Error('Authentication failed')]) {
      expect(isAppError(toStartupError(e), 'DISCORD_TOKEN_INVALID')).toBe(true);
    }
    const other = new Error('ECONNREFUSED');
    expect(toStartupError(other)).toBe(other);
  });
});
