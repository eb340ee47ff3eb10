/**
 * Neutralises text that Discord would otherwise render as markdown, links or mentions.
 * Used for everything that comes from users or documents (never for our own markup).
 */

const ZWSP = '\u200b';
// Characters with markdown meaning anywhere in a line.
const INLINE_MARKDOWN = /[\\*_~`|]/g;
// Mentions and slash-command mentions: <@1>, <@!1>, <@&1>, <#1>, </cmd sub:1>.
const MENTION_SYNTAX = /<(?=[@#]|\/[^\s>:]+(?: [^\s>:]+){0,2}:\d+>)/g;
const MASS_MENTION = /@(?=everyone|here)/gi;
const URL = /\bhttps?:\/\/[^\s<>]+/g;

/**
 * Escapes markdown (`\ * _ ~ \` |`, block quotes `>`, headers `#`/`-#`), masked links
 * `[text](url)`, user/role/channel/slash-command mentions and `@everyone`/`@here`.
 * Bare URLs are left intact so they stay clickable; `[n]` citation markers are unchanged.
 */
export function escapeDiscord(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(URL)) {
    parts.push(escapeSegment(text.slice(last, m.index)));
    parts.push(neutraliseMentions(m[0]));
    last = m.index + m[0].length;
  }
  parts.push(escapeSegment(text.slice(last)));
  return escapeLineStarts(parts.join(''));
}

function escapeSegment(s: string): string {
  return neutraliseMentions(s.replace(INLINE_MARKDOWN, '\\$&').replace(/\]\(/g, ']\\('));
}

function neutraliseMentions(s: string): string {
  return s.replace(MENTION_SYNTAX, `<${ZWSP}`).replace(MASS_MENTION, `@${ZWSP}`);
}

// Block syntax only counts at the start of a line (after optional spaces).
function escapeLineStarts(s: string): string {
  return s.replace(/^(\s*)(>|#{1,3}\s|-#\s)/gm, (_all, indent: string, mark: string) => `${indent}\\${mark}`);
}
