import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Answer, IndexInfo, Lang } from '../../answer/types.js';
import { answerKeyFor, feedbackButtonId, sourceButtonId } from '../custom-ids.js';
import { messages } from '../i18n.js';
import { escapeDiscord } from './escape.js';
import { emphasisSegments } from '../../answer/emphasis-segments.js';
import { fitEmbed } from './fit-embed.js';
import { DISCORD_LIMITS } from './limits.js';
import { discordSourceLink } from './source-link.js';
import { truncateText } from './truncate.js';

export const COLOR_ANSWER = 0x2b6cb0;
export const COLOR_ABSTAINED = 0xd69e2e;

/** No mention in any message of this bot may ping. */
export const NO_PINGS = { parse: [] as never[], repliedUser: false } as const;

export interface AnswerMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_PINGS;
}

/** `[1] Titel · Abschnitt · S. 3`, empty parts left out. */
export function citationHeading(c: { n: number; title: string; section: string; location: string }): string {
  return [`[${c.n}] ${c.title}`, c.section, c.location].filter((p) => p.trim() !== '').join(' · ');
}

/**
 * The Discord message for an answer: an embed (answer text with its `[n]` markers, one field per
 * cited passage, footer with the index date and embedder; abstentions in another colour with
 * suggestions), "show source" buttons and 👍/👎 buttons. All user and document text is escaped.
 * A citation whose document names its original (`url`) starts with the document title linked to it.
 */
export function buildAnswerMessage(answer: Answer, info: IndexInfo, lang: Lang): AnswerMessage {
  const m = messages(lang);
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (answer.notice) fields.push({ name: m.notice, value: escapeDiscord(answer.notice) });
  const citations = [...answer.citations].sort((a, b) => a.n - b.n);
  for (const c of citations) {
    const link = c.url ? discordSourceLink(c.title, c.url) : undefined;
    const quote = `„${escapeDiscord(c.text)}“`;
    fields.push({ name: escapeDiscord(citationHeading(c)), value: link ? `🔗 ${link}\n${quote}` : quote });
  }
  if (answer.abstained && answer.suggestions.length > 0) {
    fields.push({ name: m.suggestions, value: answer.suggestions.map((s) => `• ${escapeDiscord(s)}`).join('\n') });
  }
  const embed = fitEmbed({
    title: answer.abstained ? m.abstainedTitle : truncateText(escapeDiscord(answer.question), DISCORD_LIMITS.embedTitle),
    // The span that answers in bold; every piece escaped on its own.
    description: emphasisSegments(answer.text, answer.emphasis).map((seg) => (seg.strong && seg.text.trim() ? `**${escapeDiscord(seg.text)}**` : escapeDiscord(seg.text))).join('') || '\u200b',
    color: answer.abstained ? COLOR_ABSTAINED : COLOR_ANSWER,
    fields,
    footer: { text: m.footer(info) },
  });
  return { embeds: [embed], components: buildAnswerButtons(answer, lang), allowedMentions: NO_PINGS };
}

/** Source buttons (5 per row, at most 4 rows) and one row with 👍/👎. */
export function buildAnswerButtons(answer: Answer, lang: Lang): APIActionRowComponent<APIButtonComponent>[] {
  const m = messages(lang);
  const key = answerKeyFor(answer.id);
  const per = DISCORD_LIMITS.buttonsPerRow;
  const sources: APIButtonComponent[] = [...answer.citations]
    .sort((a, b) => a.n - b.n)
    .slice(0, per * (DISCORD_LIMITS.actionRows - 1))
    .map((c) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: truncateText(m.showSource(c.n), DISCORD_LIMITS.buttonLabel),
      custom_id: sourceButtonId(c.passageId, key, c.n),
    }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < sources.length; i += per) {
    rows.push({ type: ComponentType.ActionRow, components: sources.slice(i, i + per) });
  }
  rows.push({
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, label: m.helpful, custom_id: feedbackButtonId('up', key) },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, label: m.notHelpful, custom_id: feedbackButtonId('down', key) },
    ],
  });
  return rows;
}

/**
 * A streaming preview of an answer being written by the LLM: the raw text so far (escaped, cut
 * to the embed limit), marked as unchecked. The final, checked answer replaces it.
 */
export function partialAnswerMessage(text: string, lang: Lang): AnswerMessage {
  const footer = lang === 'en' ? 'Writing… (sources are checked before the final answer)' : 'Wird geschrieben … (Quellen werden vor der endgültigen Antwort geprüft)';
  const embed = fitEmbed({
    description: truncateText(escapeDiscord(text), DISCORD_LIMITS.embedDescription - 2) + ' …',
    color: COLOR_ANSWER,
    footer: { text: footer },
  });
  return { embeds: [embed], components: [], allowedMentions: NO_PINGS };
}
