import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { answerQuestion, checkRateLimit } from '../context.js';
import { conversationOfInteraction } from '../conversation-of.js';
import { langFromLocale } from '../i18n.js';
import { deferEarly, respond } from '../replies.js';

/** `/ask question [public]`: a cited answer, only for the asker unless `public` is true. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations({ de: 'frage' })
    .setDescription('Ask a question about the e-government strategy; the answer cites its sources.')
    .setDescriptionLocalizations({ de: 'Stell eine Frage zur E-Government-Strategie; die Antwort nennt ihre Quellen.' })
    .addStringOption((o) =>
      o
        .setName('question')
        .setNameLocalizations({ de: 'frage' })
        .setDescription('Your question, e.g. "What are the goals for digital services?"')
        .setDescriptionLocalizations({ de: 'Deine Frage, z. B. „Welche Ziele gibt es für digitale Verwaltungsleistungen?“' })
        .setRequired(true)
        .setMaxLength(1000),
    )
    .addBooleanOption((o) =>
      o
        .setName('public')
        .setNameLocalizations({ de: 'öffentlich' })
        .setDescription('Show the answer to everyone in the channel (default: only to you).')
        .setDescriptionLocalizations({ de: 'Antwort für alle im Kanal zeigen (Standard: nur für dich).' }),
    ),

  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const isPublic = interaction.options.getBoolean('public') ?? false;
    checkRateLimit(ctx, interaction.user.id);
    // Answers can take longer than Discord's 3-second window: acknowledge first.
    await deferEarly(interaction, !isPublic);
    const message = await answerQuestion(ctx, {
      question,
      conversation: conversationOfInteraction(interaction),
      lang: langFromLocale(interaction.locale),
    });
    if (message) await respond(interaction, message);
  },
} satisfies Command;
