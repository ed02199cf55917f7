/**
 * Imported load curves, bills and data-quality reports per POD, and the registry fields of
 * members the entity does not carry (VAT number, address) — tables `load_curves`, `bills`,
 * `quality_reports`, `member_registry` of migration 4.
 *
 * Writes never open a transaction of their own: the caller (core/api/import-service) wraps
 * a whole import in `store.tx`, so a file is imported entirely or not at all.
 * Curves are stored as Float64 little-endian BLOBs on their own UTC time base.
 */
import type { BillRecord } from '../io/import/bills';
import type { CurveQualityReport } from '../io/import/curveQuality';
import type { MonthlyBill } from '../load/monthlyBill';
import { bandsFor } from '../model/calendar/timeBands';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { relayOnCivilCalendar, sameBase } from '../model/civil-relay';
import type { EnergySeries, StepMinutes, TimeBase } from '../model/timeseries';
import type { ProjectStore } from './project-store';

const ROME = 'Europe/Rome';

interface CurveRow {
  pod: string;
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
  report: CurveQualityReport;
  sourceFile: string;
  importedAt: string;
}

export interface MemberRegistryFields {
  vatNumber: string;
  address: string;
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
  if (LITTLE_ENDIAN) return new Float64Array(Uint8Array.from(buf.subarray(0, length * 8)).buffer);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = buf.readDoubleLE(i * 8);
  return out;
}

function sum(values: Float64Array): number {
  let s = 0;
  for (const v of values) if (!Number.isNaN(v)) s += v;
  return s;
}

// --- curves -----------------------------------------------------------------

/** Stores (replaces) the curve of a POD [kWh per interval]. Call inside `store.tx`. */
export function saveCurve(store: ProjectStore, pod: string, series: EnergySeries, unit: string, sourceFile: string, importedAt: string): void {
  store.db
    .prepare(
      `INSERT INTO load_curves (pod, start_utc_ms, step_minutes, length, values_f64le, unit, source_file, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(pod) DO UPDATE SET start_utc_ms = excluded.start_utc_ms, step_minutes = excluded.step_minutes,
         length = excluded.length, values_f64le = excluded.values_f64le, unit = excluded.unit,
         source_file = excluded.source_file, imported_at = excluded.imported_at`,
    )
    .run(pod, series.base.startUtcMs, series.base.stepMinutes, series.base.length, encode(series.kWh), unit, sourceFile, importedAt);
}

/** The stored curve of a POD, or null. */
export function getCurve(store: ProjectStore, pod: string): EnergySeries | null {
  const r = store.db.prepare('SELECT * FROM load_curves WHERE pod = ?').get(pod) as CurveRow | undefined;
  if (!r) return null;
  return {
    base: { startUtcMs: r.start_utc_ms, stepMinutes: r.step_minutes as StepMinutes, length: r.length, timeZone: ROME },
    kWh: decode(r.values_f64le, r.length),
  };
}

export function listCurves(store: ProjectStore): StoredCurveInfo[] {
  const rows = store.db.prepare('SELECT * FROM load_curves ORDER BY pod').all() as CurveRow[];
  return rows.map((r) => ({
    pod: r.pod,
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
export function allCurves(store: ProjectStore): { pod: string; series: EnergySeries }[] {
  const pods = (store.db.prepare('SELECT pod FROM load_curves ORDER BY pod').all() as { pod: string }[]).map((r) => r.pod);
  return pods.map((pod) => ({ pod, series: getCurve(store, pod)! }));
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

/**
 * The bills of one POD the simulation uses [kWh]: those of the most recent year with all
 * twelve months; when no year is complete, the most recent bill of each month.
 */
export function selectBills(records: readonly BillRecord[]): MonthlyBill[] {
  const byYear = new Map<number, BillRecord[]>();
  for (const b of records) byYear.set(b.year, [...(byYear.get(b.year) ?? []), b]);
  const complete = [...byYear.entries()].filter(([, bs]) => new Set(bs.map((b) => b.month)).size === 12).map(([y]) => y);
  let chosen: BillRecord[];
  if (complete.length) chosen = byYear.get(Math.max(...complete))!;
  else {
    const latest = new Map<number, BillRecord>();
    for (const b of records) {
      const cur = latest.get(b.month);
      if (!cur || cur.year < b.year) latest.set(b.month, b);
    }
    chosen = [...latest.values()];
  }
  return chosen
    .sort((a, b) => a.month - b.month)
    .map((b) => ('f1' in b ? { month: b.month, f1: b.f1, f2: b.f2, f3: b.f3 } : { month: b.month, f0: b.f0 }));
}

// --- quality reports --------------------------------------------------------

export function saveQualityReport(store: ProjectStore, report: CurveQualityReport, sourceFile: string, importedAt: string): void {
  store.db
    .prepare(
      `INSERT INTO quality_reports (pod, report_json, source_file, imported_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(pod) DO UPDATE SET report_json = excluded.report_json, source_file = excluded.source_file, imported_at = excluded.imported_at`,
    )
    .run(report.pod, JSON.stringify(report), sourceFile, importedAt);
}

export function listQualityReports(store: ProjectStore): StoredQualityReport[] {
  const rows = store.db.prepare('SELECT * FROM quality_reports ORDER BY pod').all() as { pod: string; report_json: string; source_file: string; imported_at: string }[];
  return rows.map((r) => ({ pod: r.pod, report: JSON.parse(r.report_json) as CurveQualityReport, sourceFile: r.source_file, importedAt: r.imported_at }));
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

/** A curve laid on `base` [kWh per step of base]. */
export function curveOnBase(series: EnergySeries, base: TimeBase): Float64Array {
  if (sameBase(series.base, base)) return Float64Array.from(series.kWh, (v) => (Number.isNaN(v) ? 0 : v));
  return relayOnCivilCalendar(series, base);
}

/** Monthly band energies [kWh] of a series on `base` (a civil reference year). */
function billsFromSeries(kWh: Float64Array, base: TimeBase): { month: number; f1: number; f2: number; f3: number }[] {
  const cal = civilCalendarFor(base);
  const bands = bandsFor(base, cal);
  const cells = Array.from({ length: 12 }, () => [0, 0, 0, 0]);
  for (let i = 0; i < kWh.length; i++) cells[cal.month[i]! - 1]![bands[i]!]! += kWh[i]!;
  return cells.map((c, m) => ({ month: m + 1, f1: c[1]!, f2: c[2]!, f3: c[3]! }));
}

function sumBills(parts: MonthlyBill[][]): MonthlyBill[] {
  const flat = parts.some((p) => p.some((b) => 'f0' in b));
  const byMonth = new Map<number, { f1: number; f2: number; f3: number; f0: number }>();
  for (const p of parts) {
    for (const b of p) {
      const acc = byMonth.get(b.month) ?? { f1: 0, f2: 0, f3: 0, f0: 0 };
      if ('f1' in b) {
        acc.f1 += b.f1;
        acc.f2 += b.f2;
        acc.f3 += b.f3;
        acc.f0 += b.f1 + b.f2 + b.f3;
      } else acc.f0 += b.f0;
      byMonth.set(b.month, acc);
    }
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, a]) => (flat ? { month, f0: a.f0 } : { month, f1: a.f1, f2: a.f2, f3: a.f3 }));
}

/**
 * Imported consumption of each member for a simulation run on `base` (the civil reference
 * year, `referenceYearBase(year, step)`):
 * - `loadCurves`: members whose every POD has an imported curve — the PODs' curves re-laid
 *   on the base by civil month/day/time (see core/model/civil-relay) and summed [kWh per step];
 * - `bills`: members whose every POD has a curve or bills, at least one only bills — per POD
 *   the bills of its most recent complete year (else the latest bill of each month), a
 *   curve POD contributing its monthly F1/F2/F3 energies on the base; summed by month, as
 *   F0 totals when any POD has single-band bills.
 * Members with a POD lacking both (or with no POD) are left out: the simulation then uses
 * their annual consumption and load profile.
 */
export function memberLoadInputs(store: ProjectStore, base: TimeBase): { loadCurves: Map<number, Float64Array>; bills: Map<number, MonthlyBill[]> } {
  const loadCurves = new Map<number, Float64Array>();
  const bills = new Map<number, MonthlyBill[]>();
  const curvePods = new Set((store.db.prepare('SELECT pod FROM load_curves').all() as { pod: string }[]).map((r) => r.pod));
  const billsByPod = new Map<string, BillRecord[]>();
  for (const b of listBills(store)) billsByPod.set(b.pod, [...(billsByPod.get(b.pod) ?? []), b]);
  const laid = new Map<string, Float64Array>();
  const curveOf = (pod: string): Float64Array => {
    let c = laid.get(pod);
    if (!c) {
      c = curveOnBase(getCurve(store, pod)!, base);
      laid.set(pod, c);
    }
    return c;
  };
  for (const m of store.listMembers()) {
    if (m.pods.length === 0) continue;
    if (!m.pods.every((p) => curvePods.has(p) || billsByPod.has(p))) continue;
    if (m.pods.every((p) => curvePods.has(p))) {
      const total = new Float64Array(base.length);
      for (const p of m.pods) {
        const c = curveOf(p);
        for (let i = 0; i < total.length; i++) total[i]! += c[i]!;
      }
      loadCurves.set(m.id, total);
      continue;
    }
    const parts = m.pods.map((p) => (curvePods.has(p) ? billsFromSeries(curveOf(p), base) : selectBills(billsByPod.get(p)!)));
    bills.set(m.id, sumBills(parts));
  }
  return { loadCurves, bills };
}
