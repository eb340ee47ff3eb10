/**
 * The one sanitizer for text shown on a terminal. Documents, file names, topic titles and
 * questions are untrusted: an escape sequence in them could move the cursor, recolour or
 * retitle the terminal, or (OSC 52) write to the clipboard. Every terminal front end and every
 * script prints such text only through {@link terminalSafe}.
 */

// CSI sequences (ESC [ … final byte), OSC sequences (ESC ] … BEL or ST), any other ESC, C0 and
// C1 control characters except tab and newline, and the bidirectional overrides/isolates that
// can make a file name read differently from what it is.
const SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n]/g;

/**
 * Removes terminal escape sequences and control characters from `text`.
 * @param options.singleLine also turn tabs and line breaks into spaces (file names, titles:
 *   a name must not be able to forge a line of its own in a summary).
 */
export function terminalSafe(text: string, options: { singleLine?: boolean } = {}): string {
  const out = text.replace(SEQUENCE, '').replace(CONTROL, '');
  return options.singleLine ? out.replace(LINE_BREAKS, ' ') : out;
}
