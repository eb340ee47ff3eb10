import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import { handleButton } from './buttons.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { langFromLocale, messages } from './i18n.js';
import { respond } from './replies.js';
import { BotUserError, isBotUserError } from './user-error.js';

/** A short id shown to the user and logged with the stack, to find one failure in the logs. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Routes interactions to commands, autocomplete and buttons. Never rejects: user errors become an
 * ephemeral reply; anything else is logged with an error id and answered with an apology.
 */
export function createInteractionHandler(ctx: BotContext, commands: readonly Command[]): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        if (!command) return;
        if (ctx.inFlight.closed) throw new BotUserError((m) => m.shuttingDown);
        await command.execute(interaction, ctx);
      } else if (interaction.isAutocomplete()) {
        await byName.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
      } else if (interaction.isButton()) {
        if (ctx.inFlight.closed) throw new BotUserError((m) => m.shuttingDown);
        await handleButton(interaction, ctx);
      }
    } catch (error) {
      await reportInteractionError(interaction, error, ctx);
    }
  };
}

async function reportInteractionError(interaction: Interaction, error: unknown, ctx: BotContext): Promise<void> {
  const where = {
    interactionId: interaction.id,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isButton() ? interaction.customId : undefined,
  };
  if (!interaction.isRepliable()) {
    ctx.logger.warn('autocomplete failed', { ...where, error });
    return;
  }
  const m = messages(langFromLocale(interaction.locale));
  let text: string;
  let errorId: string | undefined;
  if (isBotUserError(error)) {
    text = error.render(m);
  } else {
    errorId = newErrorId();
    // HTTP errors from Discord carry the status; it tells an operator at once whose fault it was.
    const status = (error as { status?: unknown } | null)?.status;
    ctx.logger.error('interaction failed', { ...where, errorId, ...(typeof status === 'number' && { status }), error });
    text = m.internalError(errorId);
  }
  try {
    await respond(interaction, { content: text, embeds: [], components: [] });
  } catch (replyError) {
    ctx.logger.error('could not send the error reply', { ...where, errorId, error: replyError });
  }
}
