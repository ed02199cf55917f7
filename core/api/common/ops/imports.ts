/** Operations of the data import: curves, bills, members registry, workbook, production, weather. */
import * as v from 'valibot';
import { operation } from '../define';
import { base64, bilingual, entityId, fileName, filePath, handle, noArgs, onProject, text } from '../schemas';
import type { ProjectSummary } from '../types/projects';
import type {
  FileContent,
  ImportedData,
  ImportJobStatus,
  ImportPreview,
  ImportResult,
  EffectiveLoadData,
  LoadCurveData,
  PlantProductionSummary,
  ProjectWeatherSummary,
} from '../types/imports';

export const IMPORT_KINDS = ['curves', 'bills', 'members', 'workbook'] as const;
const kind = v.optional(v.picklist(['auto', ...IMPORT_KINDS]), 'auto');

/** A 0-based column index (Excel has 16,384 columns). */
const column = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(16_383));
const shortText = text(200);

/** Corrections of a detected curve layout (see core/model/curve-import CurveMapping). */
const curveMapping = v.partial(
  v.object({
    layout: v.picklist(['daily', 'long', 'wide', 'chain2', 'single']),
    sheet: shortText,
    headerRow: v.nullable(column),
    firstDataRow: v.pipe(v.number(), v.integer(), v.minValue(0)),
    podColumn: v.nullable(column),
    pod: shortText,
    dateColumn: v.nullable(column),
    timeColumn: v.nullable(column),
    valueColumns: v.pipe(v.array(column), v.maxLength(200)),
    unit: v.picklist(['kWh', 'kW', 'unknown']),
    stepMinutes: v.picklist([15, 60]),
    timestampAt: v.picklist(['start', 'end']),
    start: shortText,
    /** What the values measure at the POD: metered withdrawal (default), metered injection, or gross consumption. */
    measure: v.picklist(['withdrawal', 'injection', 'consumption']),
  }),
);

/** Bills and single-POD curves without a POD column: the POD of every row. */
const pod = v.optional(v.nullable(text(40)));
/** Curves: import the file as the PRODUCTION of this plant, apart from the PODs' withdrawal curves. */
const plantId = v.optional(v.nullable(entityId));

/** Curves: what the file measures at its PODs (overrides the mapping's and the detected one). */
const measure = v.optional(v.nullable(v.picklist(['withdrawal', 'injection', 'consumption'])));

const startImportArgs = onProject({ fileId: handle, kind, mapping: v.optional(v.nullable(curveMapping)), pod, plantId, measure });
export type ImportStartArgs = v.InferInput<typeof startImportArgs>;

const monthlyKWh = v.pipe(
  v.array(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9))),
  v.length(12, bilingual('"monthlyKWh" must be 12 numbers between 0 and 1e9 (kWh of January…December)', '"monthlyKWh" deve contenere 12 numeri tra 0 e 1e9 (kWh da gennaio a dicembre)')),
);

const jobArgs = v.object({ jobId: handle });

export const importsOperations = {
  previewImportFile: operation<ImportPreview>()({
    area: 'imports',
    summary: 'Upload a file and preview it: kind, sheets, first rows, curve layout',
    project: true,
    args: onProject({ name: fileName, base64, kind }),
  }),
  startImport: operation<{ jobId: string }>()({ area: 'imports', summary: 'Import an uploaded file as a job (one transaction)', project: true, args: startImportArgs }),
  getImportJob: operation<ImportJobStatus>()({ area: 'imports', summary: 'Progress or result of an import job', project: false, args: jobArgs }),
  cancelImportJob: operation<null>()({ area: 'imports', summary: 'Cancel an import job', project: false, args: jobArgs }),
  importFromPath: operation<ImportResult>()({
    area: 'imports',
    summary: 'Import a file by path at once (CLI, desktop dialogs)',
    project: true,
    args: onProject({ path: filePath, kind, mapping: v.optional(v.nullable(curveMapping)), pod, plantId, measure }),
  }),
  setPlantMonthlyProduction: operation<PlantProductionSummary>()({
    area: 'imports',
    summary: "A plant's production as 12 monthly energies [kWh], replacing any imported series",
    project: true,
    args: onProject({ plantId: entityId, monthlyKWh }),
  }),
  clearPlantProduction: operation<null>()({ area: 'imports', summary: "Remove a plant's imported production", project: true, args: onProject({ plantId: entityId }) }),
  setProjectWeather: operation<ProjectWeatherSummary>()({
    area: 'imports',
    summary: "Set the project's weather file (PVGIS JSON/CSV, EPW) by path or uploaded content",
    project: true,
    args: v.pipe(
      onProject({ path: v.optional(filePath), name: v.optional(fileName), base64: v.optional(base64) }),
      v.check((a) => a.path !== undefined || (a.name !== undefined && a.base64 !== undefined), bilingual('give "path", or "name" and "base64"', 'indicare "path", oppure "name" e "base64"')),
    ),
  }),
  getProjectWeather: operation<ProjectWeatherSummary | null>()({ area: 'imports', summary: "The project's weather file, if any", project: true, args: onProject({}) }),
  clearProjectWeather: operation<null>()({ area: 'imports', summary: 'Go back to the embedded climate', project: true, args: onProject({}) }),
  listImportedData: operation<ImportedData>()({ area: 'imports', summary: 'Imported curves, bills, quality reports and production', project: true, args: onProject({}) }),
  getLoadCurve: operation<LoadCurveData>()({
    area: 'imports',
    summary: 'The imported curve of a POD (UTC time base); without a measure, its withdrawal (else consumption, else injection)',
    project: true,
    args: onProject({ pod: text(40), measure }),
  }),
  getEffectiveLoad: operation<EffectiveLoadData>()({
    area: 'imports',
    summary: "The load the engine uses for a POD's member: imported curve, or synthesised from bills or annual kWh (source)",
    project: true,
    args: onProject({ pod: text(40), stepMinutes: v.optional(v.picklist([15, 60]), 60) }),
  }),
  exportProjectWorkbook: operation<FileContent>()({ area: 'imports', summary: 'The project as a workbook (xlsx)', project: true, args: onProject({}) }),
  getWorkbookTemplate: operation<FileContent>()({ area: 'imports', summary: 'The blank project workbook', project: false, args: noArgs }),
  createProjectFromWorkbook: operation<ProjectSummary>()({
    area: 'imports',
    summary: 'Create a new project from a project workbook',
    project: false,
    args: v.object({ path: filePath, name: fileName, base64 }),
  }),
};
