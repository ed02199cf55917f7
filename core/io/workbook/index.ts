/** Project workbook: template, export and lossless import. */
export { exportWorkbook, writeTemplateWorkbook, buildWorkbook, EMPTY_PROJECT } from './exportWorkbook';
export { importWorkbook } from './importWorkbook';
export type { ProjectWorkbookData, WorkbookCurve, ParameterValue } from './projectWorkbookData';
export { SHEETS } from './sheetLayout';
