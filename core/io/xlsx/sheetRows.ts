/**
 * Streaming scanner of worksheet XML: text goes in as it inflates, complete <row> elements
 * come out as arrays of Cells. Only the row being read is kept (no DOM), so memory stays
 * flat however long the sheet is. Rows and cells without an `r` attribute follow the
 * previous one, as Excel reads them; gaps in `r` leave empty cells (null).
 */
import type { Cell } from '../import/table';
import { cellValue, numberCell, type CellContext } from './cellValue';
import { numberAt } from './numberText';
import { runsText } from './xmlText';
import type { Message } from '../../model/messages';

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** A single row's XML longer than this is not a real sheet [UTF-16 code units]. */
const MAX_ROW_TEXT = 64 * 1024 * 1024;

export type RowSink = (row: number, cells: Cell[]) => void;
/** Reports malformed XML; must throw. */
export type SheetFail = (message: Message) => never;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** After an element name: whitespace, '>' or '/'. */
const endsName = (c: number): boolean => isSpace(c) || c === 62 || c === 47;

export class SheetRowScanner {
  private carry = '';
  /** The carry holds a row whose </row> has not arrived yet. */
  private rowOpen = false;
  private nextRow = 0;
  // attributes of the cell tag being read
  private col = -1;
  private type = '';
  private style = -1;

  constructor(
    private readonly ctx: CellContext,
    private readonly onRow: RowSink,
    private readonly fail: SheetFail,
  ) {}

  /** Feeds the next piece of sheet XML text. */
  push(text: string): void {
    // a row still open is parsed again only once its end has arrived (long rows stay linear)
    if (this.rowOpen && (this.carry.slice(-5) + text).indexOf('</row>') < 0) {
      this.carry += text;
      this.checkCarry();
      return;
    }
    this.rowOpen = false;
    const s = this.carry + text;
    let pos = 0;
    let keep = -1;
    for (;;) {
      const rs = s.indexOf('<row', pos);
      if (rs < 0) {
        keep = Math.max(pos, s.length - 4);
        break;
      }
      if (!endsName(s.charCodeAt(rs + 4))) {
        if (rs + 4 >= s.length) {
          keep = rs;
          break;
        }
        pos = rs + 4; // <rowBreaks> and the like
        continue;
      }
      const tagEnd = s.indexOf('>', rs);
      if (tagEnd < 0) {
        keep = rs;
        break;
      }
      const r = this.rowNumber(s, rs + 4, tagEnd);
      if (s.charCodeAt(tagEnd - 1) === 47) {
        this.onRow(r, []); // <row …/>
        pos = tagEnd + 1;
        continue;
      }
      const cells: Cell[] = [];
      const rowEnd = this.cells(s, tagEnd + 1, cells);
      if (rowEnd < 0) {
        this.nextRow = r; // incomplete: read again with the rest of the row
        this.rowOpen = true;
        keep = rs;
        break;
      }
      this.onRow(r, cells);
      pos = rowEnd + 6;
    }
    this.carry = s.slice(keep);
    this.checkCarry();
  }

  private checkCarry(): void {
    if (this.carry.length > MAX_ROW_TEXT) {
      this.fail({ code: 'io.sheet-rows.sheet-row-too-long' });
    }
  }

  /** 0-based row index from the `r` attribute of a <row> tag, else the next row. */
  private rowNumber(s: string, from: number, to: number): number {
    const at = attrStart(s, from, to, 'r');
    let r = this.nextRow;
    if (at >= 0) {
      let n = 0;
      let k = at;
      for (let c = s.charCodeAt(k); c >= 48 && c <= 57; c = s.charCodeAt(++k)) n = n * 10 + (c - 48);
      r = n - 1;
    }
    if (!(r >= 0 && r < MAX_ROWS)) this.fail({ code: 'io.sheet-rows.row-number-outside-sheet', params: { value: String(r + 1) } });
    this.nextRow = r + 1;
    return r;
  }

  /**
   * Reads the cells of a row starting after its <row …> tag into `cells`, in one scan that
   * also finds </row>. Returns the index of </row>, or -1 when the text ends first.
   */
  private cells(s: string, from: number, cells: Cell[]): number {
    this.col = -1;
    let i = from;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return -1;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47 /* / */) {
        if (s.startsWith('row>', lt + 2)) return lt;
        if (lt + 6 > s.length) return -1;
        i = lt + 2;
        continue;
      }
      if (c1 !== 99 /* c */ || !endsName(s.charCodeAt(lt + 2))) {
        if (lt + 2 >= s.length) return -1;
        i = lt + 1; // another element (extLst…)
        continue;
      }
      const tagEnd = s.indexOf('>', lt);
      if (tagEnd < 0) return -1;
      this.cellAttrs(s, lt + 2, tagEnd);
      if (this.col >= MAX_COLUMNS) this.fail({ code: 'io.sheet-rows.column-outside-sheet', params: { value: String(this.col + 1) } });
      if (s.charCodeAt(tagEnd - 1) === 47) {
        i = tagEnd + 1; // <c …/>: styled but empty
        continue;
      }
      const ce = s.indexOf('</c>', tagEnd);
      if (ce < 0) return -1;
      const value = this.value(s, tagEnd + 1, ce);
      if (value !== null) {
        while (cells.length < this.col) cells.push(null);
        cells[this.col] = value;
      }
      i = ce + 4;
    }
  }

  /** Value of the cell whose content (between <c …> and </c>) is s[from, to). */
  private value(s: string, from: number, to: number): Cell {
    const type = this.type;
    if (type === 'inlineStr') {
      const is = s.indexOf('<is', from);
      if (is >= 0 && is < to) return runsText(s.slice(is, to));
    }
    const v = s.indexOf('<v', from);
    if (v < 0 || v >= to || !endsName(s.charCodeAt(v + 2))) return null;
    const open = s.indexOf('>', v);
    if (s.charCodeAt(open - 1) === 47) return cellValue(type, this.style, '', this.ctx);
    let close = s.indexOf('</v>', open);
    if (close < 0 || close > to) close = to;
    // numbers, the bulk of curve files, are read in place
    if (type === '' || type === 'n') return numberCell(numberAt(s, open + 1, close), this.style, this.ctx);
    return cellValue(type === 'inlineStr' ? 'str' : type, this.style, s.slice(open + 1, close), this.ctx);
  }

  /** Reads r (→ column), t and s of a <c> tag in one pass over s[from, to). */
  private cellAttrs(s: string, from: number, to: number): void {
    let col = -1;
    this.type = '';
    this.style = -1;
    let k = from;
    while (k < to) {
      const c = s.charCodeAt(k);
      if (isSpace(c) || c === 47) {
        k++;
        continue;
      }
      const nameStart = k;
      while (k < to && s.charCodeAt(k) !== 61) k++;
      const oneLetter = k - nameStart === 1 ? s.charCodeAt(nameStart) : 0;
      const q = s.charCodeAt(k + 1);
      if (q !== 34 && q !== 39) break;
      const vStart = k + 2;
      const vEnd = s.indexOf(q === 34 ? '"' : "'", vStart);
      if (vEnd < 0 || vEnd > to) break;
      if (oneLetter === 114 /* r */) {
        let n = 0;
        for (let j = vStart; j < vEnd; j++) {
          const ch = s.charCodeAt(j);
          if (ch < 65 || ch > 90) break; // letters of "AB12"
          n = n * 26 + (ch - 64);
        }
        col = n - 1;
      } else if (oneLetter === 116 /* t */) {
        this.type = s.slice(vStart, vEnd);
      } else if (oneLetter === 115 /* s */) {
        let n = 0;
        for (let j = vStart; j < vEnd; j++) n = n * 10 + (s.charCodeAt(j) - 48);
        this.style = n;
      }
      k = vEnd + 1;
    }
    this.col = col >= 0 ? col : this.col + 1;
  }

  /** Feeds the end of the sheet: a row left open is malformed XML. */
  end(): void {
    if (this.carry.includes('<row') && /<row[\s>]/.test(this.carry)) {
      this.fail({ code: 'io.sheet-rows.sheet-row-never-closed' });
    }
    this.carry = '';
  }
}

/** Index just after `name="` in the tag s[from, to), or -1. */
function attrStart(s: string, from: number, to: number, name: string): number {
  for (let i = s.indexOf(name, from); i >= 0 && i < to; i = s.indexOf(name, i + 1)) {
    if (isSpace(s.charCodeAt(i - 1)) && s.charCodeAt(i + name.length) === 61) return i + name.length + 2;
  }
  return -1;
}
