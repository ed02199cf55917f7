/**
 * The in-app help from the shipped resources: guide pages (resources/guide/{it,en}/<id>.md,
 * first line `# Title`) and the GSE operating rules page by page
 * (resources/rules-text/regole-operative.json, made by scripts/make-rules-text.mjs).
 * Both are read once and kept: they never change while the app runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GUIDE_PAGES, type GuidePageId } from '../common/ops/help';
import type { GuideIndexEntry, GuidePage, RulesPage } from '../common/types/help';
import { notFound } from '../common/errors';
import type { ExportedFile } from '../common/types/exports';
import { parseGuide, type Inline } from '../common/guide-markdown';
import type { ReportBlock, ReportDocument } from '../../report/document';
import { writeReportPdf } from '../../io/pdf/write-report-pdf';

interface RulesText {
  title: string;
  sourceDate: string;
  pages: { page: number; pdfPage: number; text: string }[];
}

type Lang = 'it' | 'en';

export class HelpService {
  private rules: RulesText | null = null;
  private readonly guide = new Map<string, GuidePage>();

  constructor(private readonly resourcesDir: string) {}

  guidePage(lang: Lang, id: GuidePageId): GuidePage {
    const key = `${lang}/${id}`;
    let page = this.guide.get(key);
    if (!page) {
      const file = path.join(this.resourcesDir, 'guide', lang, `${id}.md`);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      } catch {
        throw notFound({ code: 'api.help.page-missing', params: { lang, id: String(id) } });
      }
      const heading = /^# (.+)\n?/.exec(text);
      page = { id, lang, title: heading?.[1]?.trim() ?? id, markdown: heading ? text.slice(heading[0].length) : text };
      this.guide.set(key, page);
    }
    return page;
  }

  guideIndex(lang: Lang): GuideIndexEntry[] {
    return GUIDE_PAGES.map((id) => ({ id, title: this.guidePage(lang, id).title }));
  }

  rulesPage(n: number): RulesPage {
    this.rules ??= JSON.parse(fs.readFileSync(path.join(this.resourcesDir, 'rules-text', 'regole-operative.json'), 'utf8')) as RulesText;
    const { pages, title, sourceDate } = this.rules;
    const found = pages.find((p) => p.page === n);
    const lastPage = pages.reduce((m, p) => Math.max(m, p.page), 0);
    if (!found) throw notFound({ code: 'api.help.rules-page-out-of-range', params: { lastPage: String(lastPage), n: String(n) } }, 'page');
    return { page: found.page, pdfPage: found.pdfPage, lastPage, text: found.text, title, sourceDate };
  }

  /** The *Guida d'uso* as a PDF (cover, contents, one guide page per section) for a workshop desk. */
  async guidePdf(lang: Lang, version: string): Promise<ExportedFile> {
    const doc = guideDocument(lang, GUIDE_PAGES.map((id) => this.guidePage(lang, id)));
    const data = await writeReportPdf(doc, { author: `Condivisa ${version}` });
    return { name: lang === 'it' ? 'condivisa-guida-d-uso.pdf' : 'condivisa-user-guide.pdf', base64: data.toString('base64') };
  }
}

const plain = (parts: Inline[]) => parts.map((p) => p.text).join('');

/** The guide's pages as a report document: its headings, paragraphs and lists, marks as plain text. */
export function guideDocument(lang: Lang, pages: GuidePage[]): ReportDocument {
  const it = lang === 'it';
  return {
    lang,
    title: it ? "Condivisa — Guida d'uso" : 'Condivisa — User guide',
    subtitle: it
      ? 'Una pagina per ogni vista dell’applicazione. [RO p.N] indica la pagina delle regole operative GSE (febbraio 2024).'
      : 'One page per view of the app. [RO p.N] names a page of the GSE operating rules (February 2024).',
    footer: it ? "Condivisa — Guida d'uso" : 'Condivisa — User guide',
    contentsLabel: it ? 'Indice' : 'Contents',
    pageLabel: it ? 'Pagina' : 'Page',
    sections: pages.map((p) => ({
      title: p.title,
      blocks: parseGuide(p.markdown).map((b): ReportBlock => {
        if (b.kind === 'heading') return { kind: 'heading', text: plain(b.inlines) };
        if (b.kind === 'list') return { kind: 'bullets', items: b.items.map(plain) };
        return { kind: 'paragraph', text: plain(b.inlines) };
      }),
    })),
  };
}
