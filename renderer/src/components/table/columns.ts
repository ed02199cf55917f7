/**
 * Columns of an entity table as data: what a cell shows, how it is edited and what a commit
 * sends to the store. The three tables (members, plants, configurations) are lists of these.
 */
import type { MessageKey } from '../../i18n/it';

export type CellValue = string | number | boolean | null;
export type Editor = 'text' | 'number' | 'select' | 'check' | 'date';
export interface Option {
  value: string | number | null;
  label: string;
}

export interface Column<T> {
  /** Unique in the table; the entity's field unless `value`/`patch` say otherwise. */
  key: string;
  /** Header, and the editor's accessible name unless `aria` is given. */
  label: MessageKey;
  /** How the cell is edited; absent for a read-only cell (shown with `display`). */
  editor?: Editor;
  /** Shown after a read-only value ("kWp"). */
  unit?: string;
  /** CSS width of the column ("9rem"). */
  width?: string;
  /** Numbers: decimals shown, and the factor between stored and shown value (100 for %). */
  digits?: number;
  scale?: number;
  /** Header tooltip. */
  hint?: MessageKey;
  /** The editor's accessible name when it differs from the header. */
  aria?: MessageKey;
  /** data-test of the cell. */
  testId?: string;
  /** Right-aligned (numbers). */
  numeric?: boolean;
  options?: () => Option[];
  value?: (row: T) => CellValue;
  /** What a commit saves; null saves nothing. Default: `{ [key]: value }`. */
  patch?: (row: T, value: CellValue) => Partial<T> | null;
  /** Numbers: an emptied cell saves null (an optional figure) instead of being flagged. */
  nullable?: boolean;
  /** Shown in an empty editor (what an empty value means). */
  placeholder?: MessageKey;
  /** False: the cell shows a dash (e.g. hub height of a PV plant). */
  shown?: (row: T) => boolean;
  /** Read-only text. */
  display?: (row: T) => string | number;
  /** A second editor in the same cell, e.g. the charging pattern beside the EV's kWh. */
  extra?: Column<T>;
  /** The cell holds the button that opens the row's details. */
  expands?: boolean;
}

/** A second row under an entity with more fields (a member's battery). */
export interface Details<T> {
  title: MessageKey;
  available: (row: T) => boolean;
  columns: Column<T>[];
}

type Extra<T> = Partial<Omit<Column<T>, 'key' | 'label' | 'editor'>>;

export const text = <T>(key: string, label: MessageKey, more: Extra<T> = {}): Column<T> => ({ key, label, editor: 'text', ...more });
export const date = <T>(key: string, label: MessageKey, more: Extra<T> = {}): Column<T> => ({ key, label, editor: 'date', ...more });
export const check = <T>(key: string, label: MessageKey, more: Extra<T> = {}): Column<T> => ({ key, label, editor: 'check', ...more });
export const number = <T>(key: string, label: MessageKey, digits: number, more: Extra<T> = {}): Column<T> => ({
  key,
  label,
  editor: 'number',
  digits,
  numeric: true,
  ...more,
});
export const select = <T>(key: string, label: MessageKey, options: () => Option[], more: Extra<T> = {}): Column<T> => ({
  key,
  label,
  editor: 'select',
  options,
  ...more,
});
export const readOnly = <T>(key: string, label: MessageKey, display: (row: T) => string | number, more: Extra<T> = {}): Column<T> => ({
  key,
  label,
  display,
  ...more,
});

/** The value a cell edits: `value(row)`, else the field named by the key. */
export function cellValue<T>(column: Column<T>, row: T): CellValue {
  if (column.value) return column.value(row);
  return ((row as Record<string, unknown>)[column.key] ?? null) as CellValue;
}

/** What a commit saves: `patch(row, value)`, else the field named by the key. */
export function cellPatch<T>(column: Column<T>, row: T, value: CellValue): Partial<T> | null {
  return column.patch ? column.patch(row, value) : ({ [column.key]: value } as Partial<T>);
}
