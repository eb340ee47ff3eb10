import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/bot/bounded-map.js';
import { ConversationStore, conversationKey } from '../../src/bot/conversation-store.js';

const turn = (q: string) => ({ question: q, resolvedQuestion: q, answerText: `A: ${q}` });

describe('ConversationStore', () => {
  it('keeps only the last HISTORY_TURNS turns, oldest first', () => {
    const store = new ConversationStore({ maxTurns: 2 });
    for (const q of ['a', 'b', 'c']) store.add('t1', turn(q));
    expect(store.history('t1').map((t) => t.question)).toEqual(['b', 'c']);
  });

  it('forgets a conversation after the idle TTL', () => {
    let now = 0;
    const store = new ConversationStore({ maxTurns: 4, ttlMs: 1000, now: () => now });
    store.add('t1', turn('a'));
    now = 999;
    expect(store.history('t1')).toHaveLength(1);
    now = 2000;
    expect(store.history('t1')).toEqual([]);
  });

  it('evicts the least recently used conversation when full', () => {
    const store = new ConversationStore({ maxTurns: 4, maxConversations: 2 });
    store.add('a', turn('1'));
    store.add('b', turn('2'));
    store.history('a');
    store.add('c', turn('3'));
    expect(store.history('b')).toEqual([]);
    expect(store.history('a')).toHaveLength(1);
  });

  it('stores nothing when follow-ups are disabled', () => {
    const store = new ConversationStore({ maxTurns: 0 });
    store.add('a', turn('1'));
    expect(store.history('a')).toEqual([]);
  });
});

describe('conversationKey', () => {
  it('shares one conversation per thread or DM but separates users in an ordinary channel', () => {
    expect(conversationKey({ channelId: 't', userId: 'u1', isThread: true, isDM: false })).toBe(conversationKey({ channelId: 't', userId: 'u2', isThread: true, isDM: false }));
    expect(conversationKey({ channelId: 'c', userId: 'u1', isThread: false, isDM: false })).not.toBe(conversationKey({ channelId: 'c', userId: 'u2', isThread: false, isDM: false }));
  });
});

describe('BoundedMap', () => {
  it('never holds more than maxEntries', () => {
    const map = new BoundedMap<number, number>({ maxEntries: 3 });
    for (let i = 0; i < 10; i++) map.set(i, i);
    expect(map.size).toBe(3);
    expect(map.get(9)).toBe(9);
    expect(map.get(0)).toBeUndefined();
  });
});
