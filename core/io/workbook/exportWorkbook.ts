/**
 * Writes the project workbook (and the empty template): sheets Istruzioni, Membri,
 * Impianti, Configurazioni, Curve (long format), Bollette, Parametri, with header notes
 * and drop-down validation. Values are written so that `importWorkbook` restores them
 * exactly (numbers as numbers, codes and dates as text, instants as ISO with offset).
 */
import ExcelJS from 'exceljs';
import type { Community } from '../../model/entities';
import { CATEGORY_LABELS_IT } from '../import/memberCategory';
import { formatRomeIso } from '../../model/calendar/romeCivilTime';
import { INSTRUCTIONS } from './instructions';
import type { ParameterValue, ProjectWorkbookData } from './projectWorkbookData';
import { BILL_COLS, COMMUNITY_KEYS, CONFIG_COLS, CURVE_COLS, EXCEL_MAX_ROWS, MEASURE_LABELS, MEMBER_COLS, PARAM_COLS, PLANT_COLS, SHEETS, type ColumnDef } from './sheetLayout';

type Value = string | number | null;
const yesNo = (b: boolean): string => (b ? 'sì' : 'no');
const VALIDATED_ROWS = 5000;

function addSheet(wb: ExcelJS.Workbook, name: string, cols: ColumnDef[], rows: Value[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length + 4) }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  cols.forEach((c, j) => {
    head.getCell(j + 1).note = c.note;
  });
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? null : v)));
  cols.forEach((c, j) => {
    if (!c.list) return;
    const letter = ws.getColumn(j + 1).letter;
    const last = Math.max(VALIDATED_ROWS, rows.length + 1);
    (ws as unknown as { dataValidations: { add(ref: string, v: object): void } }).dataValidations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Valore non valido',
      error: `Scegliere un valore dall’elenco: ${c.list.join(', ')}`,
    });
  });
  return ws;
}

function paramRow(key: string, v: ParameterValue): Value[] {
  if (v === null) return [key, null, 'vuoto'];
  if (typeof v === 'number') return [key, v, 'numero'];
  if (typeof v === 'boolean') return [key, yesNo(v), 'sì/no'];
  return [key, v, 'testo'];
}

function communityRows(c: Community): Value[][] {
  return [
    paramRow(COMMUNITY_KEYS.name, c.name),
    paramRow(COMMUNITY_KEYS.legalEntity, c.legalEntity),
    paramRow(COMMUNITY_KEYS.type, c.type),
    paramRow(COMMUNITY_KEYS.constitutionDate, c.constitutionDate),
    paramRow(COMMUNITY_KEYS.municipality, c.municipality),
    paramRow(COMMUNITY_KEYS.region, c.region),
    paramRow(COMMUNITY_KEYS.referenceYear, c.referenceYear),
  ];
}

const MEASURE_LABEL: Record<string, string> = Object.fromEntries(Object.entries(MEASURE_LABELS).map(([label, m]) => [m, label]));

/** Rows of the Curve sheet: whole curves while they fit under Excel's row limit; the PODs left out are named. */
function curveSheetRows(data: ProjectWorkbookData): { rows: Value[][]; left: string[] } {
  const rows: Value[][] = [];
  const left: string[] = [];
  for (const c of data.curves ?? []) {
    const { base } = c.series;
    if (rows.length + base.length > EXCEL_MAX_ROWS - 1) {
      left.push(`${c.pod} (${MEASURE_LABEL[c.measure ?? 'withdrawal']})`);
      continue;
    }
    const label = MEASURE_LABEL[c.measure ?? 'withdrawal'];
    for (let i = 0; i < base.length; i++) {
      const v = c.series.kWh[i]!;
      rows.push([c.pod, formatRomeIso(base.startUtcMs + i * base.stepMinutes * 60_000), base.stepMinutes, Number.isNaN(v) ? null : v, label]);
    }
  }
  return { rows, left };
}

/** Builds the workbook in memory. */
export function buildWorkbook(data: ProjectWorkbookData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Condivisa';
  const ins = wb.addWorksheet(SHEETS.instructions);
  ins.getColumn(1).width = 110;
  const { rows: curveRows, left } = curveSheetRows(data);
  const notes = left.length
    ? ['', `Curve non scritte qui perché supererebbero le ${EXCEL_MAX_ROWS.toLocaleString('it-IT')} righe di Excel: ${left.join(', ')}. Esportarle come file di curva e importarle da lì.`]
    : [];
  [...INSTRUCTIONS, ...notes].forEach((line, i) => {
    ins.getCell(i + 1, 1).value = line;
  });
  ins.getCell(1, 1).font = { bold: true, size: 14 };
  addSheet(
    wb,
    SHEETS.members,
    MEMBER_COLS,
    data.members.map((m) => [m.id, m.name, CATEGORY_LABELS_IT[m.category], m.taxCode, m.ateco, m.pods.join(', '), m.lat, m.lon, yesNo(m.vulnerable), m.configurationId, m.annualKWh, m.loadProfile]),
  );
  addSheet(
    wb,
    SHEETS.plants,
    PLANT_COLS,
    data.plants.map((p) => [p.id, p.name, p.source, p.kWp, p.tiltDeg, p.azimuthDeg, p.commissioningDate, p.ownerMemberId, p.thirdPartyProducer, p.pod, p.censimp, yesNo(p.existing), p.grantShare, p.configurationId, p.lat, p.lon, p.voltage ?? 'LV', p.capexEur ?? null]),
  );
  addSheet(wb, SHEETS.configurations, CONFIG_COLS, data.configurations.map((c) => [c.id, c.name, c.substationCode]));
  addSheet(wb, SHEETS.curves, CURVE_COLS, curveRows);
  addSheet(
    wb,
    SHEETS.bills,
    BILL_COLS,
    (data.bills ?? []).map((b) => ('f0' in b ? [b.pod, b.year, b.month, null, null, null, b.f0] : [b.pod, b.year, b.month, b.f1, b.f2, b.f3, null])),
  );
  const params = [...communityRows(data.community), ...Object.entries(data.parameters ?? {}).map(([k, v]) => paramRow(k, v))];
  addSheet(wb, SHEETS.parameters, PARAM_COLS, params);
  return wb;
}

/** Writes the project workbook to `file` (.xlsx). */
export async function exportWorkbook(data: ProjectWorkbookData, file: string): Promise<void> {
  await buildWorkbook(data).xlsx.writeFile(file);
}

/** An empty project, for the template. */
export const EMPTY_PROJECT: ProjectWorkbookData = {
  community: { name: '', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: '', referenceYear: new Date().getFullYear() },
  configurations: [],
  members: [],
  plants: [],
};

/** Writes the blank template workbook users fill in. */
export async function writeTemplateWorkbook(file: string): Promise<void> {
  await exportWorkbook(EMPTY_PROJECT, file);
}
