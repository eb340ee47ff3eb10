import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { answerQuestion, checkRateLimit } from '../context.js';
import { langFromLocale } from '../i18n.js';
import { deferEarly, respond } from '../replies.js';
import { findTopic, topicChoices } from '../topic-choices.js';
import { BotUserError } from '../user-error.js';

/** `/topic name`: a cited overview of one topic from the topics file (with autocomplete). */
export default {
  data: new SlashCommandBuilder()
    .setName('topic')
    .setNameLocalizations({ de: 'thema' })
    .setDescription('A cited overview of one topic of the strategy.')
    .setDescriptionLocalizations({ de: 'Ein Überblick mit Quellen zu einem Thema der Strategie.' })
    .addStringOption((o) =>
      o
        .setName('name')
        .setNameLocalizations({ de: 'thema' })
        .setDescription('The topic (start typing to see suggestions).')
        .setDescriptionLocalizations({ de: 'Das Thema (tippen, um Vorschläge zu sehen).' })
        .setRequired(true)
        .setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    const lang = langFromLocale(interaction.locale);
    const input = interaction.options.getString('name', true);
    const topic = findTopic(ctx.service.topics(), input);
    if (!topic) throw new BotUserError((m) => m.unknownTopic(input));
    checkRateLimit(ctx, interaction.user.id);
    await deferEarly(interaction, true);
    const message = await answerQuestion(ctx, {
      question: topic.title,
      conversation: undefined,
      lang,
      compute: () => ctx.service.topicOverview(topic.id, lang),
    });
    if (!message) throw new BotUserError((m) => m.unknownTopic(input));
    await respond(interaction, message);
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(topicChoices(ctx.service.topics(), interaction.options.getFocused()));
  },
} satisfies Command;
