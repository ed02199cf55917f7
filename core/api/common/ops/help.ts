/** Operations of the in-app help: the guide (resources/guide) and the operating rules' text (resources/rules-text). */
import * as v from 'valibot';
import { operation } from '../define';
import type { GuideIndexEntry, GuidePage, RulesPage } from '../types/help';
import type { ExportedFile } from '../types/exports';

/**
 * The guide's pages, in reading order: an overview, the first screen, then one per project
 * view (the "?" button of each view opens its own), and the workshop notes.
 */
export const GUIDE_PAGES = [
  'overview',
  'home',
  'members',
  'plants',
  'configurations',
  'map',
  'simulation',
  'dashboard',
  'scenarios',
  'sharing',
  'advisor',
  'community',
  'rules',
  'import',
  'deliverables',
  'workshop',
] as const;
export type GuidePageId = (typeof GUIDE_PAGES)[number];

const lang = v.optional(v.picklist(['it', 'en']), 'it');

export const helpOperations = {
  listGuidePages: operation<GuideIndexEntry[]>()({ area: 'help', summary: 'The guide pages in reading order: id and title', project: false, args: v.object({ lang }) }),
  getGuidePage: operation<GuidePage>()({
    area: 'help',
    summary: 'One guide page (Markdown-like text, Italian or English)',
    project: false,
    args: v.object({ lang, page: v.picklist(GUIDE_PAGES) }),
  }),
  exportGuide: operation<ExportedFile>()({
    area: 'help',
    summary: "The user guide (Guida d'uso) as a PDF to print for a workshop: every page, Italian or English",
    project: false,
    args: v.object({ lang }),
  }),
  getRulesPage: operation<RulesPage>()({
    area: 'help',
    summary: 'One printed page of the GSE operating rules (the page a [RO p.N] citation names), offline',
    project: false,
    args: v.object({ page: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)) }),
  }),
};
