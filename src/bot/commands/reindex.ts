import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { isAdmin } from '../admin.js';
import type { Command } from '../command.js';
import { COLOR_ANSWER } from '../format/answer-message.js';
import { escapeDiscord } from '../format/escape.js';
import { fitEmbed, joinLinesWithin } from '../format/fit-embed.js';
import { DISCORD_LIMITS } from '../format/limits.js';
import { langFromLocale, messages } from '../i18n.js';
import { deferEarly, respond } from '../replies.js';
import { BotUserError } from '../user-error.js';

/** `/reindex` (admins): incremental reindex while answers keep being served; replies with the summary. */
export default {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setNameLocalizations({ de: 'neu-indexieren' })
    .setDescription('Admins: re-read the documents and update the index.')
    .setDescriptionLocalizations({ de: 'Verwaltung: Dokumente neu einlesen und den Index aktualisieren.' })
    // Hidden from members without Manage Server by default; ADMIN_USER_IDS is checked at run time.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

  async execute(interaction, ctx) {
    const m = messages(langFromLocale(interaction.locale));
    const permissions = interaction.memberPermissions?.bitfield ?? null;
    if (!isAdmin({ userId: interaction.user.id, permissions, adminUserIds: ctx.config.ADMIN_USER_IDS })) {
      throw new BotUserError((msg) => msg.notAdmin);
    }
    // start() claims the single slot synchronously (or throws "läuft bereits").
    const run = ctx.reindex.start();
    run.catch(() => undefined); // awaited below; this only avoids an unhandled rejection if deferring fails
    ctx.logger.info('reindex started', { interactionId: interaction.id });
    await deferEarly(interaction, true);
    const summary = await run;
    ctx.logger.info('reindex finished', { ms: summary.ms, passages: summary.passages });
    const skipped = summary.skipped.map((s) => `• ${escapeDiscord(s.file)}: ${escapeDiscord(s.reason)}`);
    await respond(interaction, {
      embeds: [
        fitEmbed({
          description: m.reindexDone(summary),
          color: COLOR_ANSWER,
          ...(skipped.length > 0 && {
            fields: [{ name: m.skipped, value: joinLinesWithin(skipped, DISCORD_LIMITS.embedFieldValue, m.more) }],
          }),
        }),
      ],
    });
  },
} satisfies Command;
