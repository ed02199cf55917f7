/**
 * The regolamento draft as plain data: numbered articles of paragraphs, lists and tables whose
 * text is split in spans, so a writer can highlight what the project filled in, what is still
 * missing and what the assembly must decide. The clause texts come from an editable template
 * (resources/regolamento/clausole.it.json).
 */

/** `data`: filled from the project; `missing`: data the project lacks; `decision`: for the assembly. */
export type SpanMark = 'data' | 'missing' | 'decision';
export interface Span {
  text: string;
  mark?: SpanMark;
}

export type RegolamentoBlock =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; /** Columns right-aligned (numbers). */ numeric: boolean[]; /** Rows printed bold (totals, the sample member). */ strong?: number[] };

export interface RegolamentoArticle {
  /** 1, 2, … in order. */
  number: number;
  id: string;
  title: string;
  /** Citation of the operating rules, e.g. "[RO p.17, lett. a]"; '' when none. */
  cite: string;
  /** One of the clauses GSE requires in the statute or regolamento [RO p.17]. */
  mandatory: boolean;
  blocks: RegolamentoBlock[];
}

export interface RegolamentoDocument {
  title: string;
  subtitle: string;
  /** Shown in every page footer beside the page number. */
  footer: string;
  preamble: Span[];
  articles: RegolamentoArticle[];
  /** The template's own note (not legal advice…) and its sources, printed at the end. */
  note: string;
  source: string;
}

/** The editable template: texts with `{{placeholders}}` and `[[DA DECIDERE: …]]` markers. */
export interface RegolamentoTemplate {
  source: string;
  date: string;
  note: string;
  title: string;
  subtitle: string;
  preamble: string;
  articles: {
    id: string;
    title: string;
    cite?: string;
    mandatory?: boolean;
    /** The article where the sharing rules are written out. */
    rules?: boolean;
    /** The article where the worked example's tables go. */
    example?: boolean;
    paragraphs: string[];
  }[];
}
