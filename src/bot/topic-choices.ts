import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { TopicSummary } from '../answer/types.js';
import { DISCORD_LIMITS } from './format/limits.js';
import { truncateText } from './format/truncate.js';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');

/**
 * Autocomplete choices for `/topic`: topics whose title or id contains the typed text (title
 * prefix matches first), at most 25, names and values within 100 characters.
 */
export function topicChoices(topics: readonly TopicSummary[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const q = fold(typed.trim());
  const scored = topics
    .map((t) => ({ t, title: fold(t.title), id: fold(t.id) }))
    .filter((x) => q === '' || x.title.includes(q) || x.id.includes(q))
    .sort((a, b) => Number(b.title.startsWith(q)) - Number(a.title.startsWith(q)));
  return scored
    .filter((x) => x.t.id.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.choices)
    .map(({ t }) => ({ name: truncateText(t.title, DISCORD_LIMITS.choiceName), value: t.id }));
}

/** Finds the topic the user picked (its id) or typed (id or title, case-insensitive). */
export function findTopic(topics: readonly TopicSummary[], input: string): TopicSummary | undefined {
  const q = fold(input.trim());
  return topics.find((t) => t.id === input) ?? topics.find((t) => fold(t.id) === q || fold(t.title) === q);
}
