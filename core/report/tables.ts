/**
 * A sheet of a deliverable as plain data: Italian column names in the order the recipient
 * expects, rows of text/number/empty cells. The xlsx adapters (core/io/exports) write it
 * as it is, so what a test reads back is what the model decided.
 */
export type Cell = string | number | null;

export interface SheetTable {
  /** Sheet name (≤ 31 characters, Excel's limit). */
  name: string;
  /** One line above the header: what the sheet is and its source. */
  caption: string;
  columns: string[];
  rows: Cell[][];
}

/** Something the user must still supply: the cell stays empty, never filled with a guess. */
export interface MissingItem {
  sheet: string;
  /** 1-based row in the sheet's data (header excluded); null for the sheet as a whole. */
  row: number | null;
  field: string;
  /** The member, plant or configuration the value belongs to. */
  item: string;
  /** Where in the app (or outside it) the value is entered. */
  whereToFix: string;
}
