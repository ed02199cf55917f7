/**
 * What a project holds of imported data, as the app lists it: curves with their coverage,
 * bills, quality reports and plant productions; a POD's curve; a plant's monthly
 * production. Reads and small edits of the store, no parsing.
 */
import type { CurveQualityData, ImportedData, LoadCurveData, PlantProductionSummary } from '../common';
import { notFound } from '../common/errors';
import type { ProjectStore } from '../../store/project-store';
import { getCurve, listBills, listCurves, listQualityReports } from '../../store/import-repository';
import { clearProduction, listProduction, saveMonthlyProduction, type StoredProductionInfo } from '../../store/production-repository';
import type { BillRecord } from '../../io/import/bills';
import { normalisePod } from '../../model/pod';
import type { CurveMeasure } from '../../model/curve-import';

const isoUtc = (ms: number): string => new Date(ms).toISOString();

/** PODs a file may bring data for: members' connection points and plants' PODs. */
export function knownPods(store: ProjectStore): Set<string> {
  const rows = store.db.prepare("SELECT pod FROM connection_points UNION SELECT pod FROM plants WHERE pod <> ''").all() as { pod: string }[];
  return new Set(rows.map((r) => r.pod));
}

export function memberOfPod(store: ProjectStore): Map<string, { id: number; name: string }> {
  const rows = store.db
    .prepare('SELECT cp.pod AS pod, m.id AS id, m.name AS name FROM connection_points cp JOIN members m ON m.id = cp.member_id')
    .all() as { pod: string; id: number; name: string }[];
  return new Map(rows.map((r) => [r.pod, { id: r.id, name: r.name }]));
}

export function productionSummary(store: ProjectStore, p: StoredProductionInfo): PlantProductionSummary {
  const name = (store.db.prepare('SELECT name FROM plants WHERE id = ?').get(p.plantId) as { name: string } | undefined)?.name ?? '';
  return {
    plantId: p.plantId,
    plantName: name,
    kind: p.kind,
    ...(p.startUtcMs !== undefined ? { start: isoUtc(p.startUtcMs), stepMinutes: p.stepMinutes!, length: p.length! } : {}),
    ...(p.monthlyKWh ? { monthlyKWh: p.monthlyKWh } : {}),
    totalKWh: p.totalKWh,
    sourceFile: p.sourceFile,
    importedAt: p.importedAt,
  };
}

/** Sets a plant's production as 12 monthly energies [kWh], replacing any imported series. */
export function setPlantMonthlyProduction(store: ProjectStore, plantId: number, monthlyKWh: number[]): PlantProductionSummary {
  store.getPlant(plantId);
  store.tx(() => saveMonthlyProduction(store, plantId, monthlyKWh, '', new Date().toISOString()));
  return productionSummary(store, listProduction(store).find((p) => p.plantId === plantId)!);
}

export function clearPlantProduction(store: ProjectStore, plantId: number): null {
  store.getPlant(plantId);
  store.tx(() => clearProduction(store, plantId));
  return null;
}

export function listImportedData(store: ProjectStore): ImportedData {
  const owners = memberOfPod(store);
  const reports = listQualityReports(store);
  const coverage = new Map(reports.map((r) => [`${r.pod}|${r.measure}`, r.report]));
  const owner = (pod: string) => ({ memberId: owners.get(pod)?.id ?? null, memberName: owners.get(pod)?.name ?? '' });
  const billsByPod = new Map<string, BillRecord[]>();
  for (const b of listBills(store)) billsByPod.set(b.pod, [...(billsByPod.get(b.pod) ?? []), b]);
  return {
    curves: listCurves(store).map((c) => ({
      pod: c.pod,
      measure: c.measure,
      ...owner(c.pod),
      start: isoUtc(c.startUtcMs),
      stepMinutes: c.stepMinutes,
      length: c.length,
      totalKWh: c.totalKWh,
      coveragePct: coverage.get(`${c.pod}|${c.measure}`)?.coveragePct ?? 100,
      repaired: coverage.get(`${c.pod}|${c.measure}`)?.repaired ?? false,
      sourceFile: c.sourceFile,
      importedAt: c.importedAt,
      unit: c.unit,
    })),
    bills: [...billsByPod].map(([pod, bs]) => ({
      pod,
      ...owner(pod),
      records: bs.length,
      years: [...new Set(bs.map((b) => b.year))].sort(),
      totalKWh: bs.reduce((s, b) => s + ('f1' in b ? b.f1 + b.f2 + b.f3 : b.f0), 0),
    })),
    reports: reports.map((r) => ({ pod: r.pod, measure: r.measure, ...owner(r.pod), sourceFile: r.sourceFile, importedAt: r.importedAt, report: r.report as CurveQualityData })),
    production: listProduction(store).map((p) => productionSummary(store, p)),
  };
}

export function getLoadCurve(store: ProjectStore, rawPod: string, measure?: CurveMeasure | null): LoadCurveData {
  const pod = normalisePod(rawPod);
  const order: CurveMeasure[] = measure ? [measure] : ['withdrawal', 'consumption', 'injection'];
  const found = order.map((m) => ({ measure: m, series: getCurve(store, pod, m) })).find((c) => c.series !== null);
  const series = found?.series;
  if (!series) throw notFound(measure ? { code: 'api.load.no-curve-measure', params: { pod, measure } } : { code: 'api.load.no-curve', params: { pod } }, 'pod');
  return {
    pod,
    measure: found!.measure,
    start: isoUtc(series.base.startUtcMs),
    stepMinutes: series.base.stepMinutes,
    kWh: Array.from(series.kWh, (v) => (Number.isFinite(v) ? v : null)),
  };
}
