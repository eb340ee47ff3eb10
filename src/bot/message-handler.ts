import type { Message, MessageReplyOptions } from 'discord.js';
import { decideMessage } from './chat-message.js';
import { answerQuestion, checkRateLimit, type BotContext } from './context.js';
import { conversationOfMessage } from './conversation-of.js';
import { NO_PINGS } from './format/answer-message.js';
import { DISCORD_LIMITS } from './format/limits.js';
import { truncateText } from './format/truncate.js';
import { messages } from './i18n.js';
import { newErrorId } from './interaction-handler.js';
import { isBotUserError } from './user-error.js';

/**
 * Answers DMs and mentions (see {@link decideMessage}) with a reply that never pings. Follow-ups
 * use the conversation's recent turns. Never rejects: failures are logged with an error id.
 */
export function createMessageHandler(ctx: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = message.client.user.id;
    const decision = decideMessage(
      {
        authorId: message.author.id,
        authorIsBot: message.author.bot || message.system || message.webhookId !== null,
        botId,
        content: message.content,
        isDM: message.channel.isDMBased(),
        channelId: message.channelId,
        parentId: message.channel.isThread() ? message.channel.parentId : null,
        mentionedUserIds: [...message.mentions.users.keys()],
      },
      ctx.config.ALLOWED_CHANNEL_IDS,
    );
    if (!decision.answer || ctx.inFlight.closed) return;
    // Chat messages carry no locale; the bot's own strings default to German (the answer itself follows the question).
    const m = messages('de');
    const reply = (payload: MessageReplyOptions) =>
      message.reply({ ...payload, allowedMentions: NO_PINGS });
    try {
      if (decision.question === '') {
        await reply({ content: m.emptyQuestion });
        return;
      }
      checkRateLimit(ctx, message.author.id);
      if ('sendTyping' in message.channel) message.channel.sendTyping().catch(() => undefined);
      const answer = await answerQuestion(ctx, {
        question: decision.question,
        conversation: conversationOfMessage(message),
        lang: undefined,
      });
      if (answer) await reply(answer);
    } catch (error) {
      let text: string;
      if (isBotUserError(error)) {
        text = error.render(m);
      } else {
        const errorId = newErrorId();
        ctx.logger.error('message answer failed', { errorId, messageId: message.id, channelId: message.channelId, error });
        text = m.internalError(errorId);
      }
      await reply({ content: truncateText(text, DISCORD_LIMITS.content) }).catch((replyError: unknown) =>
        ctx.logger.error('could not send the error reply', { messageId: message.id, error: replyError }),
      );
    }
  };
}
