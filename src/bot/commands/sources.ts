import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { COLOR_ANSWER } from '../format/answer-message.js';
import { escapeDiscord } from '../format/escape.js';
import { fitEmbed, joinLinesWithin } from '../format/fit-embed.js';
import { DISCORD_LIMITS } from '../format/limits.js';
import { langFromLocale, messages } from '../i18n.js';
import { respond } from '../replies.js';

/** `/sources`: the indexed documents with passage counts, the index date and the embedder. */
export default {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setNameLocalizations({ de: 'quellen' })
    .setDescription('Show which documents the answers come from.')
    .setDescriptionLocalizations({ de: 'Zeigt, aus welchen Dokumenten die Antworten stammen.' }),

  async execute(interaction, ctx) {
    const m = messages(langFromLocale(interaction.locale));
    const info = ctx.service.info();
    const lines = info.documents.map((d) => escapeDiscord(m.sourcesLine(d)));
    await respond(interaction, {
      embeds: [
        fitEmbed({
          title: m.sourcesTitle,
          color: COLOR_ANSWER,
          description: joinLinesWithin(lines, DISCORD_LIMITS.embedDescription, m.more) || '\u200b',
          footer: { text: m.sourcesFooter(info) },
        }),
      ],
    });
  },
} satisfies Command;
