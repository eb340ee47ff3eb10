// Web chat: talks to the JSON API of the same origin. Every text from documents or users is set
// with textContent and text nodes (never parsed as markup), so nothing they contain can become HTML or script.
'use strict';

const STRINGS = {
  de: {
    title: 'Fragen zur E-Government-Strategie', skip: 'Zur Eingabe springen', actions: 'Aktionen', topics: 'Themen',
    newChat: 'Neues Gespräch', topicsHeading: 'Themen der Dokumente', log: 'Gesprächsverlauf',
    intro: 'Stellen Sie eine Frage zu den Dokumenten. Jede Antwort zitiert wörtlich aus den Quellen; steht etwas nicht darin, sagt der Bot das.',
    questionLabel: 'Ihre Frage', placeholder: 'z. B. Bis wann soll DOMEA eingeführt sein?', send: 'Fragen', close: 'Schließen',
    tokenTitle: 'Zugangsschlüssel', tokenHelp: 'Dieser Server verlangt einen Zugangsschlüssel. Er wird nur in diesem Browser gespeichert.',
    tokenLabel: 'Schlüssel', tokenSave: 'Speichern', you: 'Ihre Frage', answer: 'Antwort', sources: 'Quellen',
    openSource: (n) => `Quelle ${n} öffnen`, original: 'Original öffnen', helpful: 'War die Antwort hilfreich?',
    up: 'Ja, hilfreich', down: 'Nein, nicht hilfreich', yes: 'Ja', no: 'Nein', helpfulShort: 'Hilfreich?', thanks: 'Danke für Ihre Rückmeldung.', thinking: 'Antwort wird gesucht …',
    writing: 'Antwort wird geschrieben (noch ungeprüft) …', ready: 'Antwort ist da.', suggestions: 'Dazu sagen die Dokumente etwas:',
    newStarted: 'Neues Gespräch begonnen.', expired: 'Das vorige Gespräch war abgelaufen; die Frage wurde in einem neuen Gespräch beantwortet.',
    rateLimited: (s) => `Zu viele Fragen in kurzer Zeit. Bitte in ${s} Sekunden noch einmal versuchen.`,
    network: 'Der Server ist nicht erreichbar. Ihre Frage steht noch im Eingabefeld; bitte erneut senden.',
    failed: 'Das hat nicht geklappt. Ihre Frage steht noch im Eingabefeld; bitte erneut senden.',
    tooLong: 'Die Frage ist zu lang.', sourceGone: 'Diese Quelle gibt es nicht mehr (der Index wurde erneuert).',
    wrongToken: 'Der Zugangsschlüssel wurde nicht angenommen.', quoted: 'zitierte Stelle',
  },
  en: {
    title: 'Questions about the e-government strategy', skip: 'Skip to the question field', actions: 'Actions', topics: 'Topics',
    newChat: 'New conversation', topicsHeading: 'Topics of the documents', log: 'Conversation',
    intro: 'Ask a question about the documents. Every answer quotes the sources verbatim; if they do not say, the bot tells you so.',
    questionLabel: 'Your question', placeholder: 'e.g. When should DOMEA be introduced?', send: 'Ask', close: 'Close',
    tokenTitle: 'Access key', tokenHelp: 'This server needs an access key. It is stored in this browser only.',
    tokenLabel: 'Key', tokenSave: 'Save', you: 'Your question', answer: 'Answer', sources: 'Sources',
    openSource: (n) => `Open source ${n}`, original: 'Open the original', helpful: 'Was this answer helpful?',
    up: 'Yes, helpful', down: 'No, not helpful', yes: 'Yes', no: 'No', helpfulShort: 'Helpful?', thanks: 'Thank you for your feedback.', thinking: 'Looking for an answer …',
    writing: 'Writing the answer (not yet checked) …', ready: 'The answer is here.', suggestions: 'The documents cover:',
    newStarted: 'New conversation started.', expired: 'The previous conversation had expired; the question was answered in a new one.',
    rateLimited: (s) => `Too many questions in a short time. Please try again in ${s} seconds.`,
    network: 'The server cannot be reached. Your question is still in the field; please send it again.',
    failed: 'That did not work. Your question is still in the field; please send it again.',
    tooLong: 'The question is too long.', sourceGone: 'This source no longer exists (the index was renewed).',
    wrongToken: 'The access key was not accepted.', quoted: 'quoted part',
  },
};

/** German unless the browser prefers English over German. */
function pickLang() {
  for (const l of navigator.languages || [navigator.language || 'de']) {
    const base = String(l).toLowerCase().slice(0, 2);
    if (base === 'de' || base === 'en') return base;
  }
  return 'de';
}

const lang = pickLang();
const t = STRINGS[lang];
const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'egov-web-token';
let conversationId;
let busy = false;
let topicsLoaded;

/** Creates an element with optional class and text (always as text). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(text) {
  $('status').textContent = text;
}

function translatePage() {
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t[node.dataset.i18nLabel]);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t[node.dataset.i18nPlaceholder];
}

/** An error the API answered with: `{error: {code, message}}`, plus Retry-After when given. */
class ApiFailure extends Error {
  constructor(status, code, message, retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

function askToken(wrong) {
  const dialog = $('token-dialog');
  const input = $('token-input');
  input.value = '';
  if (wrong) setStatus(t.wrongToken);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const token = input.value.trim();
      if (token) localStorage.setItem(TOKEN_KEY, token);
      resolve(!!token);
    }, { once: true });
    dialog.showModal();
  });
}

/** fetch with the stored token; on 401 asks for the token once and retries. */
async function api(path, init = {}, retried = false) {
  const headers = new Headers(init.headers || {});
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  if (response.status === 401 && !retried && (await askToken(!!token))) return api(path, init, true);
  if (!response.ok) {
    let body;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const error = body && body.error ? body.error : { code: 'internal', message: response.statusText };
    throw new ApiFailure(response.status, error.code, error.message, Number(response.headers.get('Retry-After')) || undefined);
  }
  return response;
}

function describeFailure(error) {
  if (!(error instanceof ApiFailure)) return t.network;
  if (error.code === 'rate_limited') return t.rateLimited(error.retryAfter || 60);
  if (error.code === 'body_too_large') return t.tooLong;
  if (error.code === 'passage_not_found') return t.sourceGone;
  if (error.code === 'unauthorized') return t.wrongToken;
  return t.failed;
}

// --- Passages -----------------------------------------------------------------------------

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the quote's pieces (split at ellipses) occur in the passage, as [start, end) ranges in
 * order; whitespace may differ. Pieces that cannot be found are left out.
 */
function quoteRanges(text, quote) {
  const ranges = [];
  let from = 0;
  for (const piece of quote.split(/…|\.\.\./)) {
    const words = piece.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    ranges.push([m.index, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  return ranges;
}

let opener;

async function openPassage(citation, trigger) {
  opener = trigger;
  let passage;
  try {
    passage = await (await api(`/api/passages/${encodeURIComponent(citation.passageId)}`)).json();
  } catch (error) {
    setStatus(describeFailure(error));
    return;
  }
  $('passage-title').textContent = `[${citation.n}] ${passage.title}`;
  $('passage-meta').textContent = [passage.section, passage.location].filter((s) => s && s.trim()).join(' · ');
  const body = $('passage-text');
  body.replaceChildren();
  let at = 0;
  for (const [start, end] of quoteRanges(passage.text, citation.text)) {
    body.append(passage.text.slice(at, start));
    const mark = el('mark', '', passage.text.slice(start, end));
    mark.setAttribute('aria-label', t.quoted);
    body.append(mark);
    at = end;
  }
  body.append(passage.text.slice(at));
  $('passage-link').replaceChildren(...(passage.url ? [originalLink(passage.url)] : []));
  $('passage-dialog').showModal();
  const first = body.querySelector('mark');
  if (first) first.scrollIntoView({ block: 'nearest' });
}

function originalLink(url) {
  const a = el('a', 'original', t.original);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

// --- Rendering ------------------------------------------------------------------------------

/** Appends text[from, to) to `parent`, with the parts inside `emphasis` ranges in <strong>. */
function appendEmphasized(parent, text, from, to, emphasis) {
  let at = from;
  for (const { start, end } of emphasis) {
    const s = Math.max(start, at);
    const e = Math.min(end, to);
    if (s >= e) continue;
    parent.append(text.slice(at, s), el('strong', 'fact', text.slice(s, e)));
    at = e;
  }
  parent.append(text.slice(at, to));
}

/**
 * Answer text with each known `[n]` turned into a button that opens source n, and the fact
 * asked for (the engine's `emphasis` ranges) in bold.
 */
function answerParagraph(text, citations, emphasis = []) {
  const p = el('p', 'answer-text');
  const byN = new Map(citations.map((c) => [c.n, c]));
  const ranges = [...emphasis].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const citation = byN.get(Number(m[1]));
    if (!citation) continue;
    appendEmphasized(p, text, at, m.index, ranges);
    const button = el('button', 'marker', `[${citation.n}]`);
    button.type = 'button';
    button.setAttribute('aria-label', t.openSource(citation.n));
    button.addEventListener('click', () => openPassage(citation, button));
    p.append(button);
    at = m.index + m[0].length;
  }
  appendEmphasized(p, text, at, text.length, ranges);
  return p;
}

function sourcesList(citations) {
  const list = el('ol', 'sources');
  for (const c of citations) {
    const item = el('li', 'source');
    const button = el('button', 'source-title', `[${c.n}] ${c.title}`);
    button.type = 'button';
    button.addEventListener('click', () => openPassage(c, button));
    item.append(button);
    const meta = [c.section, c.location].filter((s) => s && s.trim()).join(' · ');
    if (meta) item.append(el('span', 'meta', meta));
    item.append(el('blockquote', 'quote', c.text));
    if (c.url) item.append(originalLink(c.url));
    list.append(item);
  }
  return list;
}

function feedbackButtons(answerId) {
  const group = el('div', 'feedback');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t.helpful);
  const label = el('span', 'feedback-label', t.helpfulShort);
  label.setAttribute('aria-hidden', 'true');
  group.append(label);
  // The words stand beside the emoji for systems without an emoji font.
  for (const [vote, symbol, word, label] of [['up', '👍', t.yes, t.up], ['down', '👎', t.no, t.down]]) {
    const button = el('button', 'vote', `${symbol} ${word}`);
    button.type = 'button';
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', async () => {
      try {
        await api('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answerId, vote }) });
        for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
        setStatus(t.thanks);
      } catch (error) {
        setStatus(describeFailure(error));
      }
    });
    group.append(button);
  }
  return group;
}

function renderAnswer(article, data) {
  article.replaceChildren();
  article.classList.toggle('abstained', !!data.abstained);
  article.removeAttribute('aria-busy');
  article.append(answerParagraph(data.answer, data.citations, data.emphasis));
  if (data.notice) article.append(el('p', 'notice', data.notice));
  if (data.abstained && data.suggestions.length > 0) {
    article.append(el('p', 'suggest-label', t.suggestions));
    const list = el('ul', 'suggestions');
    for (const title of data.suggestions) {
      const item = el('li');
      const button = el('button', 'link-button', title);
      button.type = 'button';
      button.addEventListener('click', () => showTopicByTitle(title));
      item.append(button);
      list.append(item);
    }
    article.append(list);
  }
  if (data.citations.length > 0) {
    article.append(el('h3', 'sources-heading', t.sources));
    article.append(sourcesList(data.citations));
  }
  article.append(feedbackButtons(data.answerId));
}

/** Adds a turn (the question as text) to the log and returns the answer's container. */
function addTurn(question) {
  $('intro').hidden = true;
  const turn = el('li', 'turn');
  const q = el('p', 'question', question);
  q.setAttribute('aria-label', t.you);
  const article = el('article', 'answer');
  article.setAttribute('aria-label', t.answer);
  article.setAttribute('aria-busy', 'true');
  article.append(el('p', 'pending', t.thinking));
  turn.append(q, article);
  $('log').append(turn);
  turn.scrollIntoView({ block: 'end' });
  return { turn, article };
}

// --- Asking ---------------------------------------------------------------------------------

/** Reads a text/event-stream body: `partial` events update the preview; resolves with `answer`. */
async function readStream(response, article) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let split;
    while ((split = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, split);
      buffer = buffer.slice(split + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null');
      if (event === 'partial') {
        article.replaceChildren(el('p', 'pending', t.writing), el('p', 'answer-text preview', data.text));
      } else if (event === 'answer') return data;
      else if (event === 'error') throw new ApiFailure(500, data.error.code, data.error.message);
    }
  }
  throw new ApiFailure(500, 'internal', 'stream ended without an answer');
}

async function postQuestion(question, article) {
  const body = JSON.stringify(conversationId ? { question, conversationId } : { question });
  const response = await api('/api/ask', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json' },
    body,
  });
  const type = response.headers.get('Content-Type') || '';
  return type.startsWith('text/event-stream') ? readStream(response, article) : response.json();
}

async function ask(question) {
  if (busy) return;
  busy = true;
  $('send').disabled = true;
  setStatus(t.thinking);
  const { turn, article } = addTurn(question);
  try {
    let data;
    try {
      data = await postQuestion(question, article);
    } catch (error) {
      if (!(error instanceof ApiFailure && error.code === 'conversation_not_found')) throw error;
      conversationId = undefined;
      data = await postQuestion(question, article);
      data.notice = [data.notice, t.expired].filter(Boolean).join(' ');
    }
    conversationId = data.conversationId;
    renderAnswer(article, data);
    setStatus(t.ready);
    $('question').value = '';
  } catch (error) {
    turn.remove();
    // Nothing is lost: the question goes back into the field.
    $('question').value = question;
    setStatus(describeFailure(error));
  } finally {
    busy = false;
    $('send').disabled = false;
    $('question').focus();
  }
}

// --- Topics ---------------------------------------------------------------------------------

async function loadTopics() {
  topicsLoaded ??= api('/api/topics').then((r) => r.json());
  return topicsLoaded;
}

async function showTopic(topic) {
  if (busy) return;
  busy = true;
  // The overview appears in the conversation: close the list so it is in view.
  $('topics').hidden = true;
  $('topics-button').setAttribute('aria-expanded', 'false');
  const { turn, article } = addTurn(topic.title);
  try {
    const data = await (await api(`/api/topics/${encodeURIComponent(topic.id)}?lang=${lang}`)).json();
    renderAnswer(article, data);
    setStatus(t.ready);
  } catch (error) {
    turn.remove();
    setStatus(describeFailure(error));
  } finally {
    busy = false;
  }
}

async function showTopicByTitle(title) {
  try {
    const topic = (await loadTopics()).find((x) => x.title === title);
    if (topic) await showTopic(topic);
    else await ask(title);
  } catch (error) {
    topicsLoaded = undefined;
    setStatus(describeFailure(error));
  }
}

async function toggleTopics() {
  const button = $('topics-button');
  const panel = $('topics');
  const open = panel.hidden;
  panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (!open) return;
  try {
    const list = $('topic-list');
    list.replaceChildren();
    for (const topic of await loadTopics()) {
      const item = el('li');
      const b = el('button', 'link-button', topic.title);
      b.type = 'button';
      b.addEventListener('click', () => showTopic(topic));
      item.append(b);
      if (topic.description) item.append(el('span', 'meta', topic.description));
      list.append(item);
    }
    list.querySelector('button')?.focus();
  } catch (error) {
    topicsLoaded = undefined;
    setStatus(describeFailure(error));
  }
}

function newConversation() {
  conversationId = undefined;
  $('log').replaceChildren();
  $('intro').hidden = false;
  setStatus(t.newStarted);
  $('question').focus();
}

translatePage();
$('ask-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const question = $('question').value.trim();
  if (question) ask(question);
});
$('new-chat').addEventListener('click', newConversation);
$('topics-button').addEventListener('click', toggleTopics);
$('passage-dialog').addEventListener('close', () => opener?.focus());
