/**
 * The one way an error message quotes text read from a file: at most a short excerpt, with
 * control, bidirectional and line-separator characters escaped. A hostile file then cannot
 * flood a message, forge extra lines in a log or a terminal, reorder the text a user reads,
 * or get much of its content echoed back to whoever can see the error.
 */

/** Characters of file content an error message quotes at most. */
export const EXCERPT_CHARS = 40;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0/C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates, zero-width marks. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

function escapeChar(ch: string): string {
  if (!UNSAFE.test(ch)) return ch;
  return NAMED[ch] ?? `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/**
 * `value` as text, cut to `max` characters (whole code points, so an emoji is never split)
 * with `…` when cut, each unsafe character written as an escape.
 */
export function excerpt(value: unknown, max = EXCERPT_CHARS): string {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  const chars = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  const kept = chars.slice(0, max).map(escapeChar).join('');
  return chars.length > max ? `${kept}…` : kept;
}
