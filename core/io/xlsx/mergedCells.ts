/**
 * Merged ranges of a sheet (<mergeCells><mergeCell ref="B1:C1"/>…), found in streamed
 * sheet XML. They follow the cell data, so they are complete only at the end of the sheet.
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
const MERGE_CELLS = '<mergeCells';

export class MergeScanner {
  readonly merges: MergedRange[] = [];
  /** Whether <mergeCells has been seen: before it, text is only searched, never copied. */
  private started = false;
  private carry = '';

  push(text: string): void {
    if (!this.started) {
      const joint = this.carry + text.slice(0, MERGE_CELLS.length);
      const inJoint = joint.indexOf(MERGE_CELLS);
      const at = inJoint >= 0 ? -1 : text.indexOf(MERGE_CELLS);
      if (inJoint < 0 && at < 0) {
        const n = MERGE_CELLS.length;
        this.carry = text.length >= n ? text.slice(-n) : (this.carry + text).slice(-n);
        return;
      }
      this.started = true;
      text = inJoint >= 0 ? joint.slice(inJoint) + text.slice(MERGE_CELLS.length) : text.slice(at);
      this.carry = '';
    }
    const s = this.carry + text;
    let pos = 0;
    for (;;) {
      const at = s.indexOf('<mergeCell ', pos);
      const end = at < 0 ? -1 : s.indexOf('>', at);
      if (end < 0) {
        pos = at >= 0 ? at : Math.max(pos, s.length - 64); // a tag may continue in the next piece
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
