import type { Lang } from '../answer/types.js';

/**
 * User-facing texts of the LLM path, German by default and English for English answers.
 * Front ends show `Answer.notice` above the answer, so these are short and say what happened.
 */

/** The model could not be reached, was too slow, failed or broke off: the extractive answer follows. */
export function unavailableNotice(lang: Lang): string {
  return lang === 'en'
    ? 'Note: The language model was not reachable; here is the answer taken directly from the documents.'
    : 'Hinweis: Das Sprachmodell war nicht erreichbar; hier die Antwort direkt aus den Dokumenten.';
}

/** The model answered, but its answer failed the check against the passages: the extractive answer follows. */
export function uncheckedNotice(lang: Lang): string {
  return lang === 'en'
    ? 'Note: The language model’s answer could not be verified against the documents; here is the answer taken directly from the documents.'
    : 'Hinweis: Die Antwort des Sprachmodells ließ sich nicht anhand der Dokumente belegen; hier die Antwort direkt aus den Dokumenten.';
}

/** The model found that the retrieved passages do not answer the question. */
export function noAnswerText(lang: Lang, suggestions: string[]): string {
  const list = suggestions.length ? ` ${suggestions.join(', ')}.` : '';
  return lang === 'en'
    ? `The passages found do not answer this question, so I can't answer it.${list ? ` I can answer questions on topics such as:${list}` : ''}`
    : `Die gefundenen Textstellen beantworten diese Frage nicht, daher kann ich sie nicht beantworten.${list ? ` Ich kann zum Beispiel Fragen zu diesen Themen beantworten:${list}` : ''}`;
}

/** Joins an existing notice (e.g. "question shortened") with a new one. */
export function joinNotices(...notices: (string | undefined)[]): string | undefined {
  const parts = notices.filter((n): n is string => !!n);
  return parts.length ? parts.join(' ') : undefined;
}
