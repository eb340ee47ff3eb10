import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { COLOR_ANSWER } from '../format/answer-message.js';
import { escapeDiscord } from '../format/escape.js';
import { joinLinesWithin } from '../format/fit-embed.js';
import { DISCORD_LIMITS } from '../format/limits.js';
import { langFromLocale, messages } from '../i18n.js';
import { respond } from '../replies.js';

/** `/topics`: the topics `/topic` knows, with their descriptions. */
export default {
  data: new SlashCommandBuilder()
    .setName('topics')
    .setNameLocalizations({ de: 'themen' })
    .setDescription('List the topics you can get an overview of with /topic.')
    .setDescriptionLocalizations({ de: 'Zeigt die Themen, zu denen /topic einen Überblick gibt.' }),

  async execute(interaction, ctx) {
    const m = messages(langFromLocale(interaction.locale));
    const topics = ctx.service.topics();
    const lines = topics.map((t) => `• **${escapeDiscord(t.title)}** — ${escapeDiscord(t.description)}`);
    await respond(interaction, {
      embeds: [
        {
          title: m.topicsTitle,
          color: COLOR_ANSWER,
          description: lines.length ? joinLinesWithin(lines, DISCORD_LIMITS.embedDescription, m.more) : m.topicsEmpty,
        },
      ],
    });
  },
} satisfies Command;
