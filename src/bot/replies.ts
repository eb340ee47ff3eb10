import { MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, RepliableInteraction } from 'discord.js';
import { NO_PINGS } from './format/answer-message.js';
import { DISCORD_LIMITS } from './format/limits.js';
import { truncateText } from './format/truncate.js';

/** A reply payload that works for reply(), editReply() and followUp(). */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/**
 * Sends `payload` as the interaction's response whatever state it is in: a first reply, an edit of
 * the deferred reply, or a follow-up. Mentions never ping; `ephemeral` applies where Discord allows it.
 */
export async function respond(interaction: RepliableInteraction, payload: ReplyPayload, ephemeral = true): Promise<void> {
  const body = {
    ...payload,
    ...(payload.content !== undefined && { content: truncateText(payload.content, DISCORD_LIMITS.content) }),
    allowedMentions: NO_PINGS,
  };
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) await interaction.editReply(body);
  else if (interaction.replied) await interaction.followUp({ ...body, flags });
  else await interaction.reply({ ...body, flags });
}

/** Acknowledges at once (Discord allows 3 s); the answer follows with {@link respond}. */
export async function deferEarly(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}
