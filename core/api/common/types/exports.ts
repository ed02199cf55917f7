/** Shapes of the deliverables: the document checklist and its attachments. */
export type {
  AttachmentRef,
  ChecklistConfiguration,
  ChecklistItem,
  ChecklistStatus,
} from '../../../report/checklist';

export interface ChecklistView {
  /** Where the rules come from (Allegato 3, with pages) and their date. */
  source: string;
  date: string;
  configurations: import('../../../report/checklist').ChecklistConfiguration[];
}

/** A produced file, and for the GSE data how many values are still to complete. */
export interface ExportedFile {
  name: string;
  base64: string;
  /** GSE data: values left empty and listed in "Da completare". */
  missing?: number;
}

export type { FundingCall, FundingCallAssessment, PlantAssessment, TimelineRow } from '../../../report/funding-call';

/** A funding call as listed: closed once its application deadline is past; a template has placeholder values. */
export interface FundingCallSummary {
  id: string;
  title: { it: string; en: string };
  closed: boolean;
  template: boolean;
  source: string;
}
