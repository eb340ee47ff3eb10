import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { answerQuestion, checkRateLimit } from '../context.js';
import { conversationOfInteraction } from '../conversation-of.js';
import { langFromLocale } from '../i18n.js';
import { deferEarly, respond } from '../replies.js';
import { partialAnswerMessage } from '../format/answer-message.js';
import { throttledEditor } from '../throttled-editor.js';

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
    const lang = langFromLocale(interaction.locale);
    // With an LLM the answer streams in: edit at most once a second, then the checked version.
    let previewed = false;
    const editor = throttledEditor(
      async (text) => {
        await interaction.editReply(partialAnswerMessage(text, lang));
        previewed = true;
      },
      { onError: (error) => ctx.logger.warn('streaming edit failed', { error }) },
    );
    try {
      const message = await answerQuestion(ctx, {
        question,
        conversation: conversationOfInteraction(interaction),
        lang,
        onPartial: (text) => editor.push(text),
      });
      await editor.close();
      // After a preview the deferred reply was already edited: replace it, don't follow up.
      if (message) await (previewed ? interaction.editReply(message) : respond(interaction, message));
    } finally {
      await editor.close();
    }
  },
} satisfies Command;
