import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { truncateText } from './truncate.js';

/** Characters Discord counts toward the 6,000 per-message embed total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

// Field values are not shortened below this; fields are dropped instead.
const MIN_FIELD_VALUE = 120;

/**
 * Returns a copy of `embed` that satisfies every per-part limit and the message total
 * (`total`, default 6,000). Shortens field values evenly first, then drops trailing fields,
 * then shortens the description; text is cut with {@link truncateText}.
 */
export function fitEmbed(embed: APIEmbed, total: number = L.embedTotal): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncateText(out.title, L.embedTitle);
  if (out.description !== undefined) out.description = truncateText(out.description, L.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncateText(out.footer.text, L.embedFooter) };
  if (out.author) out.author = { ...out.author, name: truncateText(out.author.name, L.embedAuthorName) };
  let fields: APIEmbedField[] = (out.fields ?? []).slice(0, L.embedFields).map((f) => ({
    ...f,
    name: truncateText(f.name, L.embedFieldName) || '\u200b',
    value: truncateText(f.value, L.embedFieldValue) || '\u200b',
  }));
  const fixed = () => embedLength({ ...out, fields: [] });
  const namesLength = () => fields.reduce((sum, f) => sum + f.name.length, 0);

  while (fields.length > 0 && fixed() + embedLength({ fields }) > total) {
    const perValue = Math.floor((total - fixed() - namesLength()) / fields.length);
    if (perValue >= MIN_FIELD_VALUE) {
      fields = fields.map((f) => ({ ...f, value: truncateText(f.value, perValue) }));
      // Shortening is not exact (cuts at boundaries only shrink), so one pass suffices.
      break;
    }
    fields = fields.slice(0, -1);
  }
  if (fields.length > 0 || out.fields) out.fields = fields;
  const over = embedLength(out) - total;
  if (over > 0 && out.description) out.description = truncateText(out.description, Math.max(1, out.description.length - over));
  if (embedLength(out) > total && out.title) out.title = truncateText(out.title, Math.max(1, out.title.length - (embedLength(out) - total)));
  return out;
}

/**
 * Joins lines with newlines up to `max` characters; when lines are left out, ends with
 * `more(n)` (e.g. "… und 3 weitere") and still stays within `max`.
 */
export function joinLinesWithin(lines: string[], max: number, more: (left: number) => string): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const next = length + (kept.length > 0 ? 1 : 0) + line.length;
    // Room must stay for the "and n more" line that follows the kept ones.
    if (next + 1 + more(lines.length - i - 1).length > max) break;
    kept.push(line);
    length = next;
  }
  const rest = more(lines.length - kept.length);
  return kept.length > 0 ? `${kept.join('\n')}\n${rest}` : truncateText(rest, max);
}
