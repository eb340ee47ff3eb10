import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { parseButtonId } from './custom-ids.js';
import { COLOR_ANSWER } from './format/answer-message.js';
import { escapeDiscord } from './format/escape.js';
import { fitEmbed } from './format/fit-embed.js';
import { discordLinkTarget } from './format/source-link.js';
import { langFromLocale, messages } from './i18n.js';
import { respond } from './replies.js';
import { BotUserError } from './user-error.js';

/** "Quelle anzeigen" (whole passage, ephemeral) and 👍/👎 (one line in FEEDBACK_FILE). */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) return;
  const m = messages(langFromLocale(interaction.locale));

  if (action.kind === 'feedback') {
    const known = ctx.answers.get(action.answerKey);
    await ctx.feedback.record({
      // After a restart the memory is empty: the answer key and the embed title are what is left.
      question: known?.question ?? interaction.message.embeds[0]?.title ?? '',
      answerId: known?.answerId ?? action.answerKey,
      vote: action.vote,
      userId: interaction.user.id,
    });
    await respond(interaction, { content: m.feedbackThanks });
    return;
  }

  const passageId = action.kind === 'source' ? action.passageId : ctx.answers.get(action.answerKey)?.passages[action.n];
  const passage = passageId === undefined ? undefined : ctx.service.passage(passageId);
  if (!passage) throw new BotUserError((msg) => msg.sourceGone);
  const heading = [passage.title, passage.section, passage.location].filter((p) => p.trim() !== '').join(' · ');
  // The embed title links to the published original when the document names one.
  const url = passage.url ? discordLinkTarget(passage.url) : undefined;
  await respond(interaction, {
    embeds: [fitEmbed({ title: escapeDiscord(heading), description: escapeDiscord(passage.text), color: COLOR_ANSWER, ...(url ? { url } : {}) })],
  });
}
