/**
 * Direct speech and its speaker. A report attributes a quotation to its speaker in a reporting
 * clause right after it („…“, sagte Innenminister Thomas Strobl; "…", wird X zitiert) or right
 * before it (X erklärte: „…“). The speaker stands beside the quotation's last or first words, yet
 * said all of it: a question who said a phrase of its first sentence is answered by that name.
 */

/** Opening mark for each closing one: German „…“ and »…«, English “…”, straight "…". */
const OPENING_OF: Record<string, string> = { '“': '„', '”': '“', '«': '»', '"': '"' };
const CLOSING_OF: Record<string, string> = { '„': '“', '“': '”', '»': '«', '"': '"' };
/** The reporting clause between quotation and speaker: a comma or colon and at most this many words ("wird Innenminister"). */
const CLAUSE_WORDS = 4;
/** Longest quotation attributed as one (a few sentences). */
const MAX_QUOTATION = 600;

const AFTER = new RegExp(`([“”«"])\\s*[,:]?\\s*(?:[\\p{L}\\p{N}.-]+\\s+){0,${CLAUSE_WORDS}}$`, 'u');
const BEFORE = new RegExp(`^\\s*(?:[\\p{L}\\p{N}().-]+\\s+){0,${CLAUSE_WORDS}}?[\\p{L})]*\\s*[,:]\\s*([„“»"])`, 'u');

/**
 * The quotation `[start, end)` (inside its marks) that the span `[start, end)` of `text` — a
 * person's name — is the speaker of, if a reporting clause joins them. Pure.
 */
export function quotationOf(text: string, start: number, end: number): [number, number] | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = AFTER.exec(before);
  if (after) {
    const close = start - before.length + after.index;
    const open = text.lastIndexOf(OPENING_OF[after[1]!]!, close - 1);
    if (open >= 0 && close - open <= MAX_QUOTATION) return [open + 1, close];
  }
  const rest = text.slice(end, end + 60);
  const lead = BEFORE.exec(rest);
  if (lead) {
    const open = end + lead[0].length;
    const close = text.indexOf(CLOSING_OF[lead[1]!]!, open);
    if (close > open && close - open <= MAX_QUOTATION) return [open, close];
  }
  return undefined;
}
