/**
 * Reads a project workbook written by `exportWorkbook` (or the filled-in template) back
 * into ProjectWorkbookData. Every non-empty row of every sheet is applied or refused: a bad
 * cell, an unknown parameter, a field the model refuses becomes an IoError naming file,
 * sheet, row and column — nothing is dropped silently.
 */
import { COMMUNITY_TYPES, LOAD_PROFILES, PLANT_SOURCES, PLANT_VOLTAGES, type Community, type CommunityType, type Configuration, type LoadProfileKind, type Member, type Plant, type PlantSource, type PlantVoltage } from '../../model/entities';
import type { BillRecord } from '../../model/bill-record';
import { cellAt, cellError, readBool, readNumber, readText } from '../import/cellRead';
import { parseDateCell } from '../import/dateParse';
import { mapHeader, type ColumnSpec } from '../import/headerMap';
import { IoError } from '../io-error';
import { parseMemberCategory } from '../import/memberCategory';
import { isValidPod, normalisePod, splitPods, invalidPodMessage } from '../../model/pod';
import type { Message } from '../../model/messages';
import { readTables, sourceName, type ImportSource } from '../import/readTables';
import { ROME_TIME_ZONE } from '../../model/calendar/romeCivilTime';
import { isEmptyCell, type RawTable } from '../import/table';
import type { ParameterValue, ProjectWorkbookData, WorkbookCurve } from './projectWorkbookData';
import { CURVE_MEASURES, type CurveMeasure } from '../../model/curve-import';
import { validateCommunityPatch, validateConfigurationPatch, validateMemberPatch, validatePlantPatch, type FieldProblem } from '../../model/entity-validation';
import { checkOverride, PARAMETER_KEYS } from '../../scenario/parameter-catalogue';
import { BILL_COLS, COMMUNITY_KEYS, CONFIG_COLS, CURVE_COLS, MEASURE_LABELS, MEMBER_COLS, PARAM_COLS, PLANT_COLS, SHEETS, type ColumnDef } from './sheetLayout';
import { excerpt } from '../excerpt';

const specs = (cols: ColumnDef[]): ColumnSpec<string>[] => cols.map((c) => ({ key: c.key, label: c.header, required: !c.optional, synonyms: [c.header, ...(c.synonyms ?? [])] }));

/** Refuses a row whose entity the model refuses (core/model/entity-validation), at the field's column. */
function checkEntity(s: Sheet, r: number, problems: FieldProblem[]): void {
  const p = problems[0];
  if (p) throw cellError(s.t, r, s.col[p.field], 'io/bad-value', { code: 'io.import-workbook.text', params: { value: p.field, message: p.message } });
}

/** Row reader bound to a sheet's header map. */
class Sheet {
  readonly col: Partial<Record<string, number>>;
  readonly first: number;
  constructor(
    readonly t: RawTable,
    cols: ColumnDef[],
  ) {
    const h = mapHeader(t, specs(cols), 5);
    this.col = h.columns;
    this.first = h.headerRow + 1;
  }
  *rows(): Generator<number> {
    for (let r = this.first; r < this.t.rows.length; r++) if (!(this.t.rows[r] ?? []).every(isEmptyCell)) yield r;
  }
  text(r: number, k: string): string {
    return readText(this.t, r, this.col[k]!);
  }
  num(r: number, k: string, label: string): number | null {
    return readNumber(this.t, r, this.col[k]!, label);
  }
  reqNum(r: number, k: string, label: string): number {
    const v = this.num(r, k, label);
    if (v === null) throw this.err(r, k, { code: 'io.import-workbook.missing', params: { label } });
    return v;
  }
  int(r: number, k: string, label: string): number | null {
    const v = this.num(r, k, label);
    if (v !== null && !Number.isInteger(v)) throw this.err(r, k, { code: 'io.import-workbook.integer-expected', params: { label } });
    return v;
  }
  reqInt(r: number, k: string, label: string): number {
    const v = this.int(r, k, label);
    if (v === null) throw this.err(r, k, { code: 'io.import-workbook.missing', params: { label } });
    return v;
  }
  bool(r: number, k: string, label: string): boolean {
    return readBool(this.t, r, this.col[k]!, label);
  }
  isoDate(r: number, k: string): string | null {
    const cell = cellAt(this.t, r, this.col[k]!);
    if (isEmptyCell(cell)) return null;
    const d = parseDateCell(cell);
    if (!d) throw this.err(r, k, { code: 'io.import-workbook.invalid-date-yyyy-mm' });
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  oneOf<T extends string>(r: number, k: string, allowed: readonly T[], label: string): T {
    const v = this.text(r, k);
    if (!(allowed as readonly string[]).includes(v)) throw this.err(r, k, { code: 'io.import-workbook.invalid-allowed', params: { label, v: excerpt(v), value: allowed.join(', ') } });
    return v as T;
  }
  err(r: number, k: string, message: Message): IoError {
    return cellError(this.t, r, this.col[k], 'io/bad-value', message);
  }
}

function readMembers(s: Sheet): Member[] {
  return [...s.rows()].map((r) => {
    const cat = parseMemberCategory(s.text(r, 'category'));
    if (!cat) throw s.err(r, 'category', { code: 'io.import-workbook.category-recognised' });
    const pods = splitPods(s.text(r, 'pods'));
    for (const p of pods) if (!isValidPod(p)) throw cellError(s.t, r, s.col.pods, 'io/bad-pod', invalidPodMessage(p));
    const member: Member = {
      id: s.reqInt(r, 'id', 'ID'),
      name: s.text(r, 'name'),
      category: cat,
      taxCode: s.text(r, 'taxCode'),
      ateco: s.text(r, 'ateco'),
      pods,
      lat: s.num(r, 'lat', 'latitudine'),
      lon: s.num(r, 'lon', 'longitudine'),
      vulnerable: s.bool(r, 'vulnerable', 'vulnerabile'),
      configurationId: s.int(r, 'configurationId', 'ID configurazione'),
      annualKWh: s.num(r, 'annualKWh', 'consumo annuo') ?? 0,
      loadProfile: s.oneOf<LoadProfileKind>(r, 'loadProfile', LOAD_PROFILES, 'profilo di carico'),
    };
    const { id: _id, ...fields } = member;
    checkEntity(s, r, validateMemberPatch(fields));
    return member;
  });
}

function readPlants(s: Sheet): Plant[] {
  return [...s.rows()].map((r) => {
    const plant: Plant = {
    id: s.reqInt(r, 'id', 'ID'),
    name: s.text(r, 'name'),
    source: s.oneOf<PlantSource>(r, 'source', PLANT_SOURCES, 'fonte'),
    kWp: s.reqNum(r, 'kWp', 'potenza'),
    tiltDeg: s.reqNum(r, 'tiltDeg', 'inclinazione'),
    azimuthDeg: s.reqNum(r, 'azimuthDeg', 'azimut'),
    commissioningDate: s.isoDate(r, 'commissioningDate'),
    ownerMemberId: s.int(r, 'ownerMemberId', 'ID membro'),
    thirdPartyProducer: s.text(r, 'thirdPartyProducer'),
    pod: normalisePod(s.text(r, 'pod')),
    censimp: s.text(r, 'censimp'),
    existing: s.bool(r, 'existing', 'esistente'),
    grantShare: s.num(r, 'grantShare', 'quota contributo') ?? 0,
    configurationId: s.int(r, 'configurationId', 'ID configurazione'),
    lat: s.num(r, 'lat', 'latitudine'),
    lon: s.num(r, 'lon', 'longitudine'),
    // An older workbook has no Tensione column: LV, the store's default.
    voltage: s.col['voltage'] === undefined || s.text(r, 'voltage') === '' ? 'LV' : s.oneOf<PlantVoltage>(r, 'voltage', PLANT_VOLTAGES, 'tensione'),
    };
    // An older workbook has no cost column, and an empty cell is a cost not known: left absent.
    const capex = s.col['capexEur'] === undefined ? null : s.num(r, 'capexEur', 'costo investimento');
    if (capex !== null) plant.capexEur = capex;
    const { id: _id, ...fields } = plant;
    checkEntity(s, r, validatePlantPatch(fields));
    return plant;
  });
}

function readConfigurations(s: Sheet): Configuration[] {
  return [...s.rows()].map((r) => {
    const c: Configuration = { id: s.reqInt(r, 'id', 'ID'), name: s.text(r, 'name'), substationCode: s.text(r, 'substationCode') };
    checkEntity(s, r, validateConfigurationPatch({ name: c.name, substationCode: c.substationCode }));
    return c;
  });
}

function readCurves(s: Sheet): WorkbookCurve[] {
  const out: WorkbookCurve[] = [];
  let cur: { pod: string; measure: CurveMeasure; start: number; step: 15 | 60; values: number[] } | null = null;
  const flush = (): void => {
    if (!cur) return;
    out.push({ pod: cur.pod, measure: cur.measure, series: { base: { startUtcMs: cur.start, stepMinutes: cur.step, length: cur.values.length, timeZone: ROME_TIME_ZONE }, kWh: Float64Array.from(cur.values) } });
  };
  const seen = new Set<string>();
  for (const r of s.rows()) {
    const pod = normalisePod(s.text(r, 'pod'));
    if (!isValidPod(pod)) throw cellError(s.t, r, s.col.pod, 'io/bad-pod', invalidPodMessage(pod));
    const d = parseDateCell(cellAt(s.t, r, s.col.start!));
    if (!d || d.offsetMinutes === undefined) throw cellError(s.t, r, s.col.start, 'io/bad-date', { code: 'io.import-workbook.invalid-interval-start-yyyy' });
    const utc = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second) - d.offsetMinutes * 60_000;
    const step = s.reqInt(r, 'step', 'passo');
    if (step !== 15 && step !== 60) throw s.err(r, 'step', { code: 'io.import-workbook.step-minutes' });
    const v = s.num(r, 'kWh', 'energia');
    const measure = measureOf(s, r);
    if (!cur || cur.pod !== pod || cur.measure !== measure) {
      flush();
      const key = `${pod}|${measure}`;
      if (seen.has(key)) throw cellError(s.t, r, s.col.pod, 'io/date-order', { code: 'io.import-workbook.rows-pod-contiguous', params: { pod, measure } });
      seen.add(key);
      cur = { pod, measure, start: utc, step, values: [] };
    } else if (step !== cur.step || utc !== cur.start + cur.values.length * step * 60_000) {
      throw cellError(s.t, r, s.col.start, 'io/date-order', { code: 'io.import-workbook.timestamp-does-follow-previous' });
    }
    cur.values.push(v ?? NaN);
  }
  flush();
  return out;
}

/** The Misura cell (prelievo, immissione, consumo, or the English words); empty or no column = withdrawal. */
function measureOf(s: Sheet, r: number): CurveMeasure {
  if (s.col.measure === undefined) return 'withdrawal';
  const raw = s.text(r, 'measure').toLowerCase();
  if (raw === '') return 'withdrawal';
  const m = (MEASURE_LABELS as Record<string, CurveMeasure>)[raw] ?? (CURVE_MEASURES as readonly string[]).find((x) => x === raw);
  if (!m) throw s.err(r, 'measure', { code: 'io.import-workbook.invalid-measure-prelievo-withdrawal', params: { value: raw.slice(0, 20) } });
  return m as CurveMeasure;
}

function readBills(s: Sheet): BillRecord[] {
  return [...s.rows()].map((r) => {
    const pod = normalisePod(s.text(r, 'pod'));
    if (!isValidPod(pod)) throw cellError(s.t, r, s.col.pod, 'io/bad-pod', invalidPodMessage(pod));
    const year = s.reqInt(r, 'year', 'anno');
    const month = s.reqInt(r, 'month', 'mese');
    if (month < 1 || month > 12) throw s.err(r, 'month', { code: 'io.import-workbook.invalid-month' });
    const f = ['f1', 'f2', 'f3'].map((k) => s.num(r, k, k.toUpperCase()));
    if (f.every((x) => x !== null)) return { pod, year, month, f1: f[0]!, f2: f[1]!, f3: f[2]! };
    return { pod, year, month, f0: s.reqNum(r, 'f0', 'F0') };
  });
}

function readParameters(s: Sheet): { community: Community; parameters: Record<string, ParameterValue> } {
  const all = new Map<string, { r: number; v: ParameterValue }>();
  for (const r of s.rows()) {
    const key = s.text(r, 'key');
    if (key === '') throw s.err(r, 'key', { code: 'io.import-workbook.missing-key' });
    const type = s.text(r, 'type');
    let v: ParameterValue;
    if (type === 'numero') v = s.reqNum(r, 'value', key);
    else if (type === 'sì/no' || type === 'si/no') v = s.bool(r, 'value', key);
    else if (type === 'vuoto') v = null;
    else if (type === 'testo' || type === '') v = s.text(r, 'value');
    else throw s.err(r, 'type', { code: 'io.import-workbook.invalid-type-number-text', params: { type: excerpt(type) } });
    all.set(key, { r, v });
  }
  const take = (k: string): ParameterValue => {
    const e = all.get(k);
    all.delete(k);
    return e ? e.v : null;
  };
  const rowOf = (k: string): number | undefined => all.get(k)?.r;
  const typeRow = rowOf(COMMUNITY_KEYS.type);
  const type = take(COMMUNITY_KEYS.type);
  if (!(COMMUNITY_TYPES as readonly unknown[]).includes(type)) {
    throw cellError(s.t, typeRow, s.col.value, 'io/bad-value', { code: 'io.import-workbook.invalid-community-type-cer', params: { type: excerpt(type) } });
  }
  const str = (k: string): string => {
    const v = take(k);
    return v === null ? '' : String(v);
  };
  const rows = new Map<string, number | undefined>(Object.values(COMMUNITY_KEYS).map((k) => [k, rowOf(k)]));
  // The constitution date as the user typed it into Valore: a date cell, an Excel serial or text.
  const dateRow = rows.get(COMMUNITY_KEYS.constitutionDate);
  take(COMMUNITY_KEYS.constitutionDate);
  let constitutionDate: string | null = null;
  if (dateRow !== undefined && !isEmptyCell(cellAt(s.t, dateRow, s.col.value!))) {
    const d = parseDateCell(cellAt(s.t, dateRow, s.col.value!));
    if (!d) throw cellError(s.t, dateRow, s.col.value, 'io/bad-date', { code: 'io.import-workbook.invalid-constitution-date-date' });
    constitutionDate = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  const community: Community = {
    name: str(COMMUNITY_KEYS.name),
    legalEntity: str(COMMUNITY_KEYS.legalEntity),
    type: type as CommunityType,
    constitutionDate,
    municipality: str(COMMUNITY_KEYS.municipality),
    region: str(COMMUNITY_KEYS.region),
    referenceYear: Number(take(COMMUNITY_KEYS.referenceYear) ?? NaN),
  };
  const fieldKey: Record<string, string> = COMMUNITY_KEYS;
  // The name may stay empty in a workbook (the blank template); the project form asks for it.
  const { name: _name, ...checked } = community;
  for (const p of validateCommunityPatch(checked)) {
    throw cellError(s.t, rows.get(fieldKey[p.field]!), s.col.value, 'io/bad-value', { code: 'io.import-workbook.text', params: { value: fieldKey[p.field]!, message: p.message } });
  }
  // Every other row is an override of an economic parameter, or refused.
  const parameters: Record<string, ParameterValue> = {};
  for (const [k, e] of all) {
    if (!PARAMETER_KEYS.includes(k)) {
      throw cellError(s.t, e.r, s.col.key, 'io/bad-value', { code: 'io.import-workbook.unknown-parameter-allowed-keys', params: { value: k.slice(0, 40), value2: PARAMETER_KEYS.join(', ') } });
    }
    if (e.v === null) continue; // an empty override keeps the default
    const problem: Message | null = typeof e.v === 'number' ? checkOverride(k, e.v) : { code: 'entities.value.number' };
    if (problem) throw cellError(s.t, e.r, s.col.value, 'io/bad-value', problem);
    parameters[k] = e.v;
  }
  return { community, parameters };
}

/** Reads a project workbook. */
export async function importWorkbook(src: ImportSource): Promise<ProjectWorkbookData> {
  const file = sourceName(src);
  const tables = await readTables(src);
  const find = (name: string): RawTable => {
    const t = tables.find((x) => (x.sheet ?? '').trim().toLowerCase() === name.toLowerCase());
    if (!t) throw new IoError({ file }, 'io/missing-column', { code: 'io.import-workbook.sheet-missing-use-project', params: { name } });
    if (t.format !== 'xlsx') throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.import-workbook.xlsx-workbook-required' });
    return t;
  };
  const empty = (name: string): boolean => {
    const t = tables.find((x) => (x.sheet ?? '').trim().toLowerCase() === name.toLowerCase());
    return !t || t.rows.slice(1).every((r) => r.every(isEmptyCell));
  };
  const { community, parameters } = readParameters(new Sheet(find(SHEETS.parameters), PARAM_COLS));
  const data: ProjectWorkbookData = {
    community,
    configurations: readConfigurations(new Sheet(find(SHEETS.configurations), CONFIG_COLS)),
    members: readMembers(new Sheet(find(SHEETS.members), MEMBER_COLS)),
    plants: readPlants(new Sheet(find(SHEETS.plants), PLANT_COLS)),
  };
  if (!empty(SHEETS.curves)) data.curves = readCurves(new Sheet(find(SHEETS.curves), CURVE_COLS));
  if (!empty(SHEETS.bills)) data.bills = readBills(new Sheet(find(SHEETS.bills), BILL_COLS));
  if (Object.keys(parameters).length > 0) data.parameters = parameters;
  return data;
}
