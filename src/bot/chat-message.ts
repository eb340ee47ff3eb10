/** Pure decisions for plain chat messages (mentions and DMs). */

export interface IncomingMessage {
  authorId: string;
  authorIsBot: boolean;
  botId: string;
  content: string;
  isDM: boolean;
  channelId: string;
  /** Parent channel of a thread (checked against the allow-list too). */
  parentId: string | null;
  /** User ids the message mentions (Discord's parsed `mentions`). */
  mentionedUserIds: readonly string[];
}

/** Why a message is answered or not. */
export type MessageDecision = { answer: true; question: string } | { answer: false; reason: 'bot' | 'not-mentioned' | 'channel-not-allowed' };

/** Removes mentions of the bot (`<@id>`, `<@!id>`) and tidies the whitespace left behind. */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Answers DMs and, in guilds, messages that mention the bot in an allowed channel (all channels
 * when `allowedChannelIds` is empty). Never answers bots, including itself.
 */
export function decideMessage(msg: IncomingMessage, allowedChannelIds: readonly string[]): MessageDecision {
  if (msg.authorIsBot || msg.authorId === msg.botId) return { answer: false, reason: 'bot' };
  if (!msg.isDM) {
    const mentioned = msg.mentionedUserIds.includes(msg.botId) || new RegExp(`<@!?${msg.botId}>`).test(msg.content);
    if (!mentioned) return { answer: false, reason: 'not-mentioned' };
    const allowed =
      allowedChannelIds.length === 0 ||
      allowedChannelIds.includes(msg.channelId) ||
      (msg.parentId !== null && allowedChannelIds.includes(msg.parentId));
    if (!allowed) return { answer: false, reason: 'channel-not-allowed' };
  }
  return { answer: true, question: stripBotMention(msg.content, msg.botId) };
}
