/**
 * Merged ranges of a sheet (<mergeCells><mergeCell ref="B1:C1"/>…), found in streamed
 * sheet XML. They follow the cell data, so a reader that must know them before the rows
 * runs this over the sheet first.
 */
import type { RawTable } from '../import/table';

export type MergedRange = RawTable['merges'][number];

/** "AB12" → [row, column], 0-based; null when not a cell reference. */
export function parseCellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [+m[2]! - 1, col - 1];
}

/** Longest <mergeCell …> tag kept across chunks [UTF-16 code units]. */
const MAX_TAG = 4096;

export class MergeScanner {
  readonly merges: MergedRange[] = [];
  private carry = '';

  push(text: string): void {
    const s = this.carry + text;
    let pos = 0;
    for (;;) {
      const at = s.indexOf('<mergeCell ', pos);
      const end = at < 0 ? -1 : s.indexOf('>', at);
      if (end < 0) {
        // keep a possible start of the next tag (shorter than "<mergeCell …ref="XFD1048576:…">")
        pos = at >= 0 ? at : Math.max(pos, s.length - 64);
        break;
      }
      const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(s.slice(at, end))?.[1];
      const [a, b = a] = (ref ?? '').split(':');
      const tl = parseCellRef(a ?? '');
      const br = parseCellRef(b ?? '');
      if (tl && br) this.merges.push({ top: tl[0], left: tl[1], bottom: br[0], right: br[1] });
      pos = end + 1;
    }
    this.carry = s.slice(pos);
    if (this.carry.length > MAX_TAG) this.carry = ''; // a "tag" that never closes is not a merge
  }
}
