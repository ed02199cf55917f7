/**
 * A report as plain data: sections of blocks (paragraphs, bullet lists, tables, KPI blocks,
 * charts as specs). Numbers are already formatted text in the report's language, so every
 * writer (PDF now, DOCX later) prints the same figures and a test can read them back.
 */
import type { ChartSpec } from '../charts/spec';

export interface ReportDocument {
  lang: 'it' | 'en';
  title: string;
  subtitle: string;
  /** Shown in every page footer, e.g. the community and the date. */
  footer: string;
  /** Label of the table of contents ("Indice" / "Contents"). */
  contentsLabel: string;
  /** "Pagina" / "Page". */
  pageLabel: string;
  sections: ReportSection[];
}

export interface ReportSection {
  title: string;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][]; /** Columns right-aligned (numbers). */ numeric?: boolean[]; caption?: string }
  | { kind: 'kpis'; items: { label: string; value: string }[] }
  | ReportChart;

/**
 * A chart as data: which chart and its numbers (core/charts ChartSpec), drawn by the writer
 * with the same option builder the screen uses.
 */
export interface ReportChart {
  kind: 'chart';
  title: string;
  spec: ChartSpec;
}
