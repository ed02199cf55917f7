/** Shapes of the in-app help: guide pages and the pages of the GSE operating rules. */
import type { GuidePageId } from '../ops/help';

/** One page of the GSE operating rules as printed (`[RO p.N]` cites `page`). */
export interface RulesPage {
  page: number;
  /** Page of the PDF file (the cover is PDF page 1, printed page 0). */
  pdfPage: number;
  /** Highest printed page number: the reader's "next" stops there. */
  lastPage: number;
  /** The page's text, line layout kept. */
  text: string;
  title: string;
  sourceDate: string;
}

/** One page of the in-app guide: Markdown-like text (headings, paragraphs, lists, bold, `[RO p.N]`). */
export interface GuidePage {
  id: GuidePageId;
  lang: 'it' | 'en';
  title: string;
  markdown: string;
}

export interface GuideIndexEntry {
  id: GuidePageId;
  title: string;
}
