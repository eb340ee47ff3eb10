import type { Turn } from '../answer/types.js';
import { BoundedMap } from './bounded-map.js';

export interface ConversationStoreOptions {
  /** Turns kept per conversation (HISTORY_TURNS); 0 disables follow-ups. */
  maxTurns: number;
  /** Conversations kept at most (LRU); default 1,000. */
  maxConversations?: number;
  /** A conversation idle this long is forgotten (ms); default 30 minutes. */
  ttlMs?: number;
  now?: () => number;
}

/** Recent turns per conversation (a thread, a DM, or one user in a channel), oldest first. */
export class ConversationStore {
  private readonly map: BoundedMap<string, Turn[]>;

  constructor(private readonly options: ConversationStoreOptions) {
    this.map = new BoundedMap({
      maxEntries: options.maxConversations ?? 1000,
      ttlMs: options.ttlMs ?? 30 * 60_000,
      now: options.now,
    });
  }

  history(key: string): Turn[] {
    return [...(this.map.get(key) ?? [])];
  }

  add(key: string, turn: Turn): void {
    if (this.options.maxTurns <= 0) return;
    const turns = [...(this.map.get(key) ?? []), turn];
    this.map.set(key, turns.slice(-this.options.maxTurns));
  }
}

/**
 * Which conversation a question belongs to: threads and DMs are one conversation each; in an
 * ordinary channel every user has their own, so strangers' questions do not mix.
 */
export function conversationKey(p: { channelId: string; userId: string; isThread: boolean; isDM: boolean }): string {
  return p.isThread || p.isDM ? `c:${p.channelId}` : `c:${p.channelId}:u:${p.userId}`;
}
