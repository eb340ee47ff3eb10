import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { COLOR_ANSWER } from '../format/answer-message.js';
import { langFromLocale, messages } from '../i18n.js';
import { respond } from '../replies.js';

/** `/help`: what the bot knows, how to ask, and what it will not do. */
export default {
  data: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ de: 'hilfe' })
    .setDescription('What this bot knows, how to ask, and what it will not do.')
    .setDescriptionLocalizations({ de: 'Was dieser Bot weiß, wie du fragst und was er nicht tut.' }),

  async execute(interaction) {
    const m = messages(langFromLocale(interaction.locale));
    await respond(interaction, { embeds: [{ title: m.helpTitle, description: m.helpText, color: COLOR_ANSWER }] });
  },
} satisfies Command;
