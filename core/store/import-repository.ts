/**
 * Imported load curves, bills and data-quality reports per POD, and the registry fields of
 * members the entity does not carry (VAT number, address) — tables `load_curves`, `bills`,
 * `quality_reports`, `member_registry` of migration 4.
 *
 * Writes never open a transaction of their own: the caller (core/api/import-service) wraps
 * a whole import in `store.tx`, so a file is imported entirely or not at all.
 * Curves are stored as Float64 little-endian BLOBs on their own UTC time base.
 */
import type { BillRecord } from '../model/bill-record';
import type { Member } from '../model/entities';
import type { CurveMeasure, CurveQualityReport } from '../model/curve-import';
import type { MemberRegistryFields } from '../model/member-record';
import { importedMemberLoads, type ImportedMemberLoads } from '../load/importedMemberLoads';
import { memberConsumption, type MemberConsumption } from '../load/memberConsumption';
import { referenceYearBase } from '../model/calendar/referenceYearBase';
import type { EnergySeries, StepMinutes, TimeBase } from '../model/timeseries';
import type { ProjectStore } from './project-store';

const ROME = 'Europe/Rome';

interface CurveRow {
  pod: string;
  measure: CurveMeasure;
  start_utc_ms: number;
  step_minutes: number;
  length: number;
  values_f64le: Buffer;
  unit: string;
  source_file: string;
  imported_at: string;
}

/** A stored curve without its values. */
export interface StoredCurveInfo {
  pod: string;
  /** What the curve measures (migration 8; earlier curves are withdrawal). */
  measure: CurveMeasure;
  startUtcMs: number;
  stepMinutes: StepMinutes;
  length: number;
  /** Unit the file stated (values are always stored as kWh per interval). */
  unit: string;
  sourceFile: string;
  importedAt: string;
  /** Sum of the stored values [kWh] (NaN ignored). */
  totalKWh: number;
}

export interface StoredQualityReport {
  pod: string;
  measure: CurveMeasure;
  report: CurveQualityReport;
  sourceFile: string;
  importedAt: string;
}


const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** Float64 little-endian bytes of `values` (a plain copy on little-endian machines). */
export function encode(values: Float64Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  const buf = Buffer.alloc(values.length * 8);
  for (let i = 0; i < values.length; i++) buf.writeDoubleLE(values[i]!, i * 8);
  return buf;
}

export function decode(buf: Buffer, length: number): Float64Array {
  if (LITTLE_ENDIAN) {
    // One memory copy: Uint8Array.from(buf) walks the bytes one by one (~0.4 ms per year of
    // quarter hours, ~20 ms for 50 curves), and the blob's offset may not be 8-aligned for a view.
    const bytes = buf.subarray(0, length * 8);
    const out = new Float64Array(bytes.length / 8); // a blob cut mid-value is a RangeError, as before
    new Uint8Array(out.buffer).set(bytes);
    return out;
  }
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = buf.readDoubleLE(i * 8);
  return out;
}

/**
 * `decode` of a blob nothing else holds (a row just read): its memory is viewed, not copied,
 * when it is a whole, aligned buffer of exactly the series (better-sqlite3 gives each blob its
 * own); otherwise copied.
 */
function decodeOwned(buf: Buffer, length: number): Float64Array {
  const whole = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength && buf.byteLength === length * 8;
  return LITTLE_ENDIAN && whole ? new Float64Array(buf.buffer, 0, length) : decode(buf, length);
}

function sum(values: Float64Array): number {
  let s = 0;
  for (const v of values) if (!Number.isNaN(v)) s += v;
  return s;
}

// --- curves -----------------------------------------------------------------

/** Stores (replaces) the curve of a POD and measure [kWh per interval]. Call inside `store.tx`. */
export function saveCurve(store: ProjectStore, pod: string, series: EnergySeries, unit: string, sourceFile: string, importedAt: string, measure: CurveMeasure = 'withdrawal'): void {
  store.db
    .prepare(
      `INSERT INTO load_curves (pod, measure, start_utc_ms, step_minutes, length, values_f64le, unit, source_file, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(pod, measure) DO UPDATE SET start_utc_ms = excluded.start_utc_ms, step_minutes = excluded.step_minutes,
         length = excluded.length, values_f64le = excluded.values_f64le, unit = excluded.unit,
         source_file = excluded.source_file, imported_at = excluded.imported_at`,
    )
    .run(pod, measure, series.base.startUtcMs, series.base.stepMinutes, series.base.length, encode(series.kWh), unit, sourceFile, importedAt);
}

/**
 * The stored curve of a POD and measure, or null. Without a measure: the consumption side
 * (metered withdrawal, else gross consumption), else the injection.
 */
export function getCurve(store: ProjectStore, pod: string, measure?: CurveMeasure): EnergySeries | null {
  const r = (
    measure === undefined
      ? store.db.prepare(`SELECT * FROM load_curves WHERE pod = ? ORDER BY CASE measure WHEN 'withdrawal' THEN 0 WHEN 'consumption' THEN 1 ELSE 2 END LIMIT 1`).get(pod)
      : store.db.prepare('SELECT * FROM load_curves WHERE pod = ? AND measure = ?').get(pod, measure)
  ) as CurveRow | undefined;
  if (!r) return null;
  return {
    base: { startUtcMs: r.start_utc_ms, stepMinutes: r.step_minutes as StepMinutes, length: r.length, timeZone: ROME },
    kWh: decodeOwned(r.values_f64le, r.length),
  };
}

export function listCurves(store: ProjectStore): StoredCurveInfo[] {
  const rows = store.db.prepare('SELECT * FROM load_curves ORDER BY pod, measure').all() as CurveRow[];
  return rows.map((r) => ({
    pod: r.pod,
    measure: r.measure,
    startUtcMs: r.start_utc_ms,
    stepMinutes: r.step_minutes as StepMinutes,
    length: r.length,
    unit: r.unit,
    sourceFile: r.source_file,
    importedAt: r.imported_at,
    totalKWh: sum(decode(r.values_f64le, r.length)),
  }));
}

/** Every stored curve with its values. */
export function allCurves(store: ProjectStore): { pod: string; measure: CurveMeasure; series: EnergySeries }[] {
  const keys = store.db.prepare('SELECT pod, measure FROM load_curves ORDER BY pod, measure').all() as { pod: string; measure: CurveMeasure }[];
  return keys.map(({ pod, measure }) => ({ pod, measure, series: getCurve(store, pod, measure)! }));
}

// --- bills ------------------------------------------------------------------

interface BillRow {
  pod: string;
  year: number;
  month: number;
  f1: number | null;
  f2: number | null;
  f3: number | null;
  f0: number | null;
}

/** Stores bills, replacing any of the same POD, year and month. Call inside `store.tx`. */
export function saveBills(store: ProjectStore, bills: readonly BillRecord[], sourceFile: string, importedAt: string): void {
  const stmt = store.db.prepare(
    `INSERT INTO bills (pod, year, month, f1, f2, f3, f0, source_file, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(pod, year, month) DO UPDATE SET f1 = excluded.f1, f2 = excluded.f2, f3 = excluded.f3, f0 = excluded.f0,
       source_file = excluded.source_file, imported_at = excluded.imported_at`,
  );
  for (const b of bills) {
    if ('f1' in b) stmt.run(b.pod, b.year, b.month, b.f1, b.f2, b.f3, null, sourceFile, importedAt);
    else stmt.run(b.pod, b.year, b.month, null, null, null, b.f0, sourceFile, importedAt);
  }
}

export function listBills(store: ProjectStore, pod?: string): BillRecord[] {
  const rows = (
    pod === undefined
      ? store.db.prepare('SELECT * FROM bills ORDER BY pod, year, month').all()
      : store.db.prepare('SELECT * FROM bills WHERE pod = ? ORDER BY year, month').all(pod)
  ) as BillRow[];
  return rows.map((r) =>
    r.f0 !== null ? { pod: r.pod, year: r.year, month: r.month, f0: r.f0 } : { pod: r.pod, year: r.year, month: r.month, f1: r.f1 ?? 0, f2: r.f2 ?? 0, f3: r.f3 ?? 0 },
  );
}

// --- quality reports --------------------------------------------------------

export function saveQualityReport(store: ProjectStore, report: CurveQualityReport, sourceFile: string, importedAt: string, measure: CurveMeasure = 'withdrawal'): void {
  store.db
    .prepare(
      `INSERT INTO quality_reports (pod, measure, report_json, source_file, imported_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(pod, measure) DO UPDATE SET report_json = excluded.report_json, source_file = excluded.source_file, imported_at = excluded.imported_at`,
    )
    .run(report.pod, measure, JSON.stringify(report), sourceFile, importedAt);
}

export function listQualityReports(store: ProjectStore): StoredQualityReport[] {
  const rows = store.db.prepare('SELECT * FROM quality_reports ORDER BY pod, measure').all() as { pod: string; measure: CurveMeasure; report_json: string; source_file: string; imported_at: string }[];
  return rows.map((r) => ({ pod: r.pod, measure: r.measure, report: JSON.parse(r.report_json) as CurveQualityReport, sourceFile: r.source_file, importedAt: r.imported_at }));
}

// --- member registry fields -------------------------------------------------

export function setMemberRegistry(store: ProjectStore, memberId: number, fields: MemberRegistryFields): void {
  store.db
    .prepare(
      `INSERT INTO member_registry (member_id, vat_number, address) VALUES (?, ?, ?)
       ON CONFLICT(member_id) DO UPDATE SET vat_number = excluded.vat_number, address = excluded.address`,
    )
    .run(memberId, fields.vatNumber, fields.address);
}

export function memberRegistry(store: ProjectStore): Map<number, MemberRegistryFields> {
  const rows = store.db.prepare('SELECT * FROM member_registry').all() as { member_id: number; vat_number: string; address: string }[];
  return new Map(rows.map((r) => [r.member_id, { vatNumber: r.vat_number, address: r.address }]));
}

// --- simulation inputs ------------------------------------------------------

/**
 * Imported consumption of each member for a run on `base` (see core/load/importedMemberLoads):
 * the store only reads the rows; curves are decoded when first needed. `members`: all of the
 * project's by default, or a few (one member's load, getEffectiveLoad).
 */
export function memberLoadInputs(store: ProjectStore, base: TimeBase, members: readonly Member[] = store.listMembers()): ImportedMemberLoads {
  // A simulation reads these once to run and once more to tell whether its result is still
  // current (simulationView, e.g. before dividing the money): re-laying ~3 ms per curve each
  // time. They are kept until an input changes: the base, the members' PODs, which curves
  // were imported when, and the bills. Callers read the maps and series, never change them.
  const curves = store.db.prepare('SELECT pod, measure, imported_at, source_file, start_utc_ms, step_minutes, length FROM load_curves ORDER BY pod, measure').all();
  const billKey = store.db.prepare('SELECT COUNT(*) AS n, MAX(imported_at) AS at, TOTAL(COALESCE(f0, 0) + COALESCE(f1, 0) + COALESCE(f2, 0) + COALESCE(f3, 0)) AS kwh FROM bills').get();
  const key = JSON.stringify([base, members.map((m) => [m.id, m.pods]), curves, billKey]);
  const cached = loadInputsCache.get(store);
  if (cached?.key === key) return cached.value;
  const value = readMemberLoadInputs(store, base, members);
  loadInputsCache.set(store, { key, value });
  return value;
}

const loadInputsCache = new WeakMap<ProjectStore, { key: string; value: ImportedMemberLoads }>();

function readMemberLoadInputs(store: ProjectStore, base: TimeBase, members: readonly Member[]): ImportedMemberLoads {
  const keys = store.db.prepare('SELECT pod, measure FROM load_curves').all() as { pod: string; measure: CurveMeasure }[];
  // The consumption side of a POD: its metered withdrawal, else its gross consumption.
  const side = new Map<string, 'withdrawal' | 'consumption'>();
  for (const k of keys) if (k.measure === 'withdrawal' || (k.measure === 'consumption' && !side.has(k.pod))) side.set(k.pod, k.measure);
  const injectionPods = new Set(keys.filter((k) => k.measure === 'injection').map((k) => k.pod));
  return importedMemberLoads(
    members,
    {
      curvePods: new Set(side.keys()),
      readCurve: (pod) => getCurve(store, pod, side.get(pod))!,
      measureOf: (pod) => side.get(pod)!,
      injectionPods,
      readInjection: (pod) => getCurve(store, pod, 'injection')!,
      bills: listBills(store),
    },
    base,
  );
}

/** What the engine will use as each member's annual consumption, with its source (hourly base of the reference year). */
export function memberConsumptions(store: ProjectStore): Map<number, MemberConsumption> {
  const year = store.getCommunity().referenceYear;
  const members = store.listMembers();
  // Every member list and project summary asks for this; re-laying each imported curve on the
  // reference year costs ~4 ms per curve, so the result is kept until an input changes: the
  // year, the members' PODs and estimates, which curves were imported when, and the bills.
  const curves = store.db.prepare('SELECT pod, measure, imported_at FROM load_curves ORDER BY pod, measure').all();
  const bills = store.db.prepare('SELECT COUNT(*) AS n, MAX(imported_at) AS at, TOTAL(COALESCE(f0, 0) + COALESCE(f1, 0) + COALESCE(f2, 0) + COALESCE(f3, 0)) AS kwh FROM bills').get();
  const key = JSON.stringify([year, members.map((m) => [m.id, m.pods, m.annualKWh]), curves, bills]);
  const cached = consumptionCache.get(store);
  if (cached?.key === key) return cached.value;
  const value = memberConsumption(members, memberLoadInputs(store, referenceYearBase(year, 60), members));
  consumptionCache.set(store, { key, value });
  return value;
}

/** Drops the kept consumption (after an undo or redo, which its key may not see). */
export function forgetMemberConsumptions(store: ProjectStore): void {
  consumptionCache.delete(store);
}

const consumptionCache = new WeakMap<ProjectStore, { key: string; value: Map<number, MemberConsumption> }>();
