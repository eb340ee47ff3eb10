import type { DocumentInfo, IndexInfo, Lang, ReindexSummary } from '../answer/types.js';

/** Language of the bot's own strings: English when the Discord locale starts with `en`, German otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Formats an ISO timestamp as a date in the given language (UTC, so tests are stable). */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
}

const de = {
  rateLimited: (seconds: number) =>
    `Du hast gerade viele Fragen gestellt. Bitte versuche es in ${seconds} Sekunde${seconds === 1 ? '' : 'n'} noch einmal.`,
  notAdmin: 'Das darf leider nur die Serververwaltung (Berechtigung „Server verwalten“). Frag gern dort nach.',
  reindexRunning: 'Die Neuindexierung läuft bereits. Ich melde das Ergebnis dort, wo sie gestartet wurde.',
  reindexDone: (s: ReindexSummary) =>
    `Neuindexierung fertig in ${(s.ms / 1000).toFixed(1)} s: ${s.documents.added} neu, ${s.documents.changed} geändert, ` +
    `${s.documents.unchanged} unverändert, ${s.documents.removed} entfernt, ${s.documents.skipped} übersprungen. ` +
    `${s.passages} Passagen (${s.embedded} neu eingebettet, ${s.embedder}).`,
  skipped: 'Übersprungen',
  unknownTopic: (name: string) => `Das Thema „${name}“ kenne ich nicht. \`/topics\` zeigt alle Themen.`,
  shuttingDown: 'Ich starte gerade neu. Bitte versuche es gleich noch einmal.',
  sourceGone: 'Diese Quelle ist nicht mehr verfügbar (der Index wurde vermutlich erneuert). Stell die Frage bitte noch einmal.',
  feedbackThanks: 'Danke für die Rückmeldung!',
  internalError: (id: string) => `Entschuldigung, da ist etwas schiefgegangen. Fehler-ID: \`${id}\``,
  emptyQuestion: 'Stell mir eine Frage zur E-Government-Strategie, z. B. „Welche Ziele hat die Strategie?“ – oder nutze `/help`.',
  questionLabel: 'Frage',
  abstainedTitle: 'Dazu finde ich nichts in den Dokumenten',
  suggestions: 'Vielleicht hilft eines dieser Themen',
  notice: 'Hinweis',
  footer: (info: IndexInfo) => `Index vom ${formatDate(info.createdAt, 'de')} · ${info.embedder}`,
  showSource: (n: number) => `Quelle [${n}] anzeigen`,
  helpful: 'Hilfreich',
  notHelpful: 'Nicht hilfreich',
  topicsTitle: 'Themen',
  topicsEmpty: 'Es sind keine Themen hinterlegt.',
  more: (n: number) => `… und ${n} weitere`,
  sourcesTitle: 'Quellen im Index',
  sourcesLine: (d: DocumentInfo) => `• ${d.title} — ${d.passages} Passage${d.passages === 1 ? '' : 'n'} (${d.format})`,
  sourcesFooter: (info: IndexInfo) =>
    `${info.documents.length} Dokumente · ${info.passages} Passagen · Index vom ${formatDate(info.createdAt, 'de')} · ${info.embedder} (${info.model}, ${info.dimensions} Dim.)`,
  helpTitle: 'So helfe ich dir',
  helpText: [
    'Ich beantworte Fragen zur E-Government-Strategie des Landes – nur aus den hinterlegten Dokumenten, jede Aussage mit Quelle [n].',
    '',
    '**So fragst du**',
    '• `/ask frage:` – Antwort nur für dich (mit `öffentlich: True` für alle sichtbar)',
    '• Erwähne mich in einem Kanal oder schreib mir eine Direktnachricht; in einem Thread verstehe ich Nachfragen.',
    '• `/topic` zeigt einen Überblick zu einem Thema, `/topics` alle Themen, `/sources` die Dokumente.',
    '• „Quelle anzeigen“ zeigt die ganze Textstelle; 👍/👎 helfen uns, besser zu werden.',
    '',
    '**Was ich nicht tue**',
    '• Ich erfinde nichts: Steht es nicht in den Dokumenten, sage ich das.',
    '• Keine Rechtsberatung – im Zweifel bitte die zuständige Stelle fragen.',
    '• Ich pinge niemanden an und speichere keine Nutzer-IDs im Klartext.',
  ].join('\n'),
};

export type Messages = typeof de;

const en: Messages = {
  rateLimited: (seconds) => `You have asked a lot of questions just now. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  notAdmin: 'Sorry, only server managers (Manage Server permission) may do that.',
  reindexRunning: 'Reindexing is already running. The result will be posted where it was started.',
  reindexDone: (s) =>
    `Reindex finished in ${(s.ms / 1000).toFixed(1)} s: ${s.documents.added} added, ${s.documents.changed} changed, ` +
    `${s.documents.unchanged} unchanged, ${s.documents.removed} removed, ${s.documents.skipped} skipped. ` +
    `${s.passages} passages (${s.embedded} newly embedded, ${s.embedder}).`,
  skipped: 'Skipped',
  unknownTopic: (name) => `I do not know the topic “${name}”. \`/topics\` lists all topics.`,
  shuttingDown: 'I am restarting right now. Please try again in a moment.',
  sourceGone: 'This source is no longer available (the index was probably rebuilt). Please ask again.',
  feedbackThanks: 'Thanks for your feedback!',
  internalError: (id) => `Sorry, something went wrong. Error id: \`${id}\``,
  emptyQuestion: 'Ask me a question about the e-government strategy, e.g. “What are the strategy’s goals?” – or use `/help`.',
  questionLabel: 'Question',
  abstainedTitle: 'I found nothing about this in the documents',
  suggestions: 'Maybe one of these topics helps',
  notice: 'Note',
  footer: (info) => `Index of ${formatDate(info.createdAt, 'en')} · ${info.embedder}`,
  showSource: (n) => `Show source [${n}]`,
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  topicsTitle: 'Topics',
  topicsEmpty: 'No topics are configured.',
  more: (n) => `… and ${n} more`,
  sourcesTitle: 'Sources in the index',
  sourcesLine: (d) => `• ${d.title} — ${d.passages} passage${d.passages === 1 ? '' : 's'} (${d.format})`,
  sourcesFooter: (info) =>
    `${info.documents.length} documents · ${info.passages} passages · index of ${formatDate(info.createdAt, 'en')} · ${info.embedder} (${info.model}, ${info.dimensions} dims)`,
  helpTitle: 'How I can help',
  helpText: [
    'I answer questions about the state’s e-government strategy – only from the indexed documents, every statement with a source [n].',
    '',
    '**How to ask**',
    '• `/ask question:` – answer visible only to you (`public: True` shows it to everyone)',
    '• Mention me in a channel or send me a direct message; in a thread I understand follow-up questions.',
    '• `/topic` gives an overview of a topic, `/topics` lists topics, `/sources` the documents.',
    '• “Show source” shows the whole passage; 👍/👎 help us improve.',
    '',
    '**What I will not do**',
    '• I do not invent answers: if it is not in the documents, I say so.',
    '• No legal advice – when in doubt, ask the responsible authority.',
    '• I never ping anyone and never store user ids in plain text.',
  ].join('\n'),
};

/** The bot's strings in one language. */
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : de;
}
