import type { Interaction, Message } from 'discord.js';
import { conversationKey } from './conversation-store.js';

/** The conversation a chat message belongs to (see {@link conversationKey}). */
export function conversationOfMessage(message: Message): string {
  return conversationKey({
    channelId: message.channelId,
    userId: message.author.id,
    isThread: message.channel.isThread(),
    isDM: message.channel.isDMBased(),
  });
}

/** The conversation a slash command belongs to; `undefined` when the channel is unknown. */
export function conversationOfInteraction(interaction: Interaction): string | undefined {
  if (!interaction.channelId) return undefined;
  return conversationKey({
    channelId: interaction.channelId,
    userId: interaction.user.id,
    isThread: interaction.channel?.isThread() ?? false,
    isDM: !interaction.inGuild(),
  });
}
