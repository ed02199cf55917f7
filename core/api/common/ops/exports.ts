/** Operations of the deliverables: GSE application data, document checklist, attachments, technical report. */
import * as v from 'valibot';
import { operation } from '../define';
import { bilingual, entityId, fileName, filePath, isoDate, noArgs, onProject, requiredText, text } from '../schemas';
import type { AttachmentRef, ChecklistView, ExportedFile, FundingCallAssessment, FundingCallSummary } from '../types/exports';

/** An attachment of up to 50 MB as base64 (4/3 of the bytes); the service refuses larger files by name. */
const attachmentBase64 = v.pipe(v.string(), v.maxLength(72 * 1024 * 1024));
const lang = v.optional(v.picklist(['it', 'en']), 'it');
/** A call's id (file name in resources/calls); `today` fixes the date the deadlines are counted from (default: today in Italy). */
const callArgs = { call: text(64), today: v.optional(isoDate) };

/** A table the user sees (the dashboard's), written as an xlsx by the core: up to 50 columns × 20,000 rows. */
const tableCell = v.nullable(v.union([v.pipe(v.number(), v.finite()), text(1000)]));
const tableArgs = v.object({
  name: fileName,
  sheet: requiredText(31),
  caption: v.optional(text(500), ''),
  columns: v.pipe(v.array(text(200)), v.minLength(1), v.maxLength(50)),
  rows: v.pipe(v.array(v.pipe(v.array(tableCell), v.maxLength(50))), v.maxLength(20_000)),
});

export const exportsOperations = {
  exportTable: operation<ExportedFile>()({ area: 'exports', summary: 'A table as an xlsx (header row, numbers as numbers): the dashboard tables', project: false, args: tableArgs }),
  exportGseData: operation<ExportedFile>()({
    area: 'exports',
    summary: 'GSE application data (xlsx): producers and sections, Tabella A, primary substations, what is still missing',
    project: true,
    args: onProject({}),
  }),
  getChecklist: operation<ChecklistView>()({ area: 'exports', summary: 'Allegato 3 documents per configuration: present, missing, not applicable', project: true, args: onProject({}) }),
  exportChecklist: operation<ExportedFile>()({ area: 'exports', summary: 'The document checklist (xlsx)', project: true, args: onProject({ lang }) }),
  addAttachment: operation<AttachmentRef>()({
    area: 'exports',
    summary: 'Attach a file (≤ 50 MB) to a checklist document, kept inside the project file',
    project: true,
    args: v.pipe(
      onProject({
        documentId: text(64),
        configurationId: entityId,
        plantId: v.optional(v.nullable(entityId), null),
        path: v.optional(filePath),
        name: v.optional(fileName),
        base64: v.optional(attachmentBase64),
      }),
      v.check((a) => a.path !== undefined || (a.name !== undefined && a.base64 !== undefined), bilingual('give "path", or "name" and "base64"', 'indicare "path", oppure "name" e "base64"')),
    ),
  }),
  getAttachment: operation<ExportedFile>()({ area: 'exports', summary: 'The content of an attached file', project: true, args: onProject({ id: entityId }) }),
  removeAttachment: operation<null>()({ area: 'exports', summary: 'Remove an attached file', project: true, args: onProject({ id: entityId }) }),
  exportReport: operation<ExportedFile>()({
    area: 'exports',
    summary: 'Technical report (PDF, Italian or English) from the last simulation, run now if out of date',
    project: true,
    args: onProject({ lang }),
  }),
  exportRegolamento: operation<ExportedFile>()({
    area: 'exports',
    summary: 'Regolamento draft (DOCX, Italian): the clauses GSE requires, the sharing rules with their numbers, a worked example from the last simulation',
    project: true,
    args: onProject({}),
  }),
  exportMemberSheet: operation<ExportedFile>()({
    area: 'exports',
    summary: "One member's sheet (PDF, one page) for the citizen: consumption, what joining is worth, its plant",
    project: true,
    args: onProject({ pod: text(40), lang }),
  }),
  exportDossier: operation<ExportedFile>()({
    area: 'exports',
    summary: "The dossier (zip): report, GSE data, checklist, regolamento, the funding call's xlsx when `call` is given, member sheets, attachments and provenienza.json",
    project: true,
    args: onProject({ lang, call: v.optional(text(64)) }),
  }),
  listFundingCalls: operation<FundingCallSummary[]>()({ area: 'exports', summary: 'The funding calls shipped (resources/calls): id, title, closed, template, source', project: false, args: noArgs }),
  assessFundingCall: operation<FundingCallAssessment>()({
    area: 'exports',
    summary: "A funding call on the project's plants: eligible cost, grant, each deadline (past or upcoming, days left, met by the plant's date)",
    project: true,
    args: onProject(callArgs),
  }),
  exportFundingCall: operation<ExportedFile>()({ area: 'exports', summary: 'The funding-call assessment (xlsx): call, plants, timeline', project: true, args: onProject({ ...callArgs, lang }) }),
};
