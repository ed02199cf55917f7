/** Public surface of the import adapters (curves, bills, members, tables, errors). */
export { IoError, columnLetter, type IoErrorCode, type IoLocation } from '../io-error';
export { readTables, csvTable, sourceName, type ImportSource } from './readTables';
export type { ReadOptions } from './xlsxTables';
export type { Cell, RawTable } from './table';
export { importCurves, previewCurveFile, previewCurves, parseCurves, tableFor, type CurveFileOptions } from './parseCurves';
export type { CurveLayout, CurveMapping, CurvePreview, CurveParseOptions, CurveUnit, DetectedColumn, ParsedCurve } from './curveTypes';
export { assessCurve, type CurveQualityReport, type GapRepair } from './curveQuality';
export { importBills, parseBillsTable, type BillRecord, type BandedBill, type FlatBill, type BillOptions } from './bills';
export { importMembers, parseMembersTable, type MemberRecord } from './members';
export { parseMemberCategory, CATEGORY_LABELS_IT } from './memberCategory';
export { isValidPod, normalisePod, splitPods, POD_PATTERN } from '../../model/pod';
