/**
 * Bracket-aware text handling shared by the thesaurus and dictionary parsers: their entries
 * carry notes in (), [], {} and <> that may themselves contain separators.
 */

const BRACKET = /[([{<]/;

/**
 * Splits `text` on `separator` where it stands outside any bracket pair — (), [], {}, <>.
 * Unbalanced closing brackets are ignored, so a stray ")" never swallows the rest of the line.
 */
export function splitOutsideBrackets(text: string, separator: string): string[] {
  const first = text.indexOf(separator);
  if (first < 0) return [text];
  if (!BRACKET.test(text)) return text.split(separator);
  const parts: string[] = [];
  const sep0 = separator.charCodeAt(0);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123 || c === 60) depth++; // ( [ { <
    else if (c === 41 || c === 93 || c === 125 || c === 62) depth = depth > 0 ? depth - 1 : 0; // ) ] } >
    else if (depth === 0 && c === sep0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// Innermost bracket pairs with the space before them; repeated to peel nested notes.
const INNERMOST = /\s*(?:\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}|<[^<>]*>)/g;

/**
 * Removes bracketed notes — (), [], {} and <>, nested ones included —
 * and collapses the white space they leave: "abdüsen (ugs.)" → "abdüsen", "Mitarbeiter {m} [adm.]" → "Mitarbeiter".
 */
export function stripBrackets(text: string): string {
  if (!BRACKET.test(text)) return text.trim();
  let out = text;
  for (let i = 0; i < 4; i++) {
    const next = out.replace(INNERMOST, '');
    if (next === out) break;
    out = next;
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}
