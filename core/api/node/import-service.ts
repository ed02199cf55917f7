/**
 * The import operations of CoreApi: upload + preview, import as a job (curves, bills,
 * members registry) and import by path. What a project holds of imported data is
 * ./imported-data; the project workbook is ./project-workbook.
 *
 * Every import parses the whole file first and then writes in ONE transaction: any bad
 * cell, unknown POD or conflict throws before or inside it, so the project is exactly as
 * before. Bad input is reported with the file, sheet, row and column (IoError).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiErrorData, CurveMappingData, CurvePreviewData, CurveQualityData, ImportJobStatus, ImportKind, ImportLocationData, ImportPreview, ImportResult, ImportedCurveSummary, ProjectSummary } from '../common';
import { badRequest, notFound } from '../common/errors';
import { decodeBase64, fileNameOf } from './upload-args';
import { knownPods, memberOfPod, productionSummary } from './imported-data';
import type * as v from 'valibot';
import type { OPERATION_SPECS } from '../common';
import { JobRegistry, type JobHooks } from './jobs';
import { ProjectStore } from '../../store/project-store';
import { memberRegistry, saveBills, saveCurve, saveQualityReport } from '../../store/import-repository';
import { applyMemberPlan } from '../../store/member-plan-repository';
import { listProduction, saveProductionSeries } from '../../store/production-repository';
import type { ImportSource } from '../../io/import/readTables';
import { importCurvesOffThread, previewTablesOffThread, readTablesOffThread } from './workers/io-off-thread';
import { previewCurveTable } from '../../io/import/curvePreview';
import { parseBillsTable, BILL_COLUMNS, type BillRecord } from '../../io/import/bills';
import { parseMembersTable, MEMBER_COLUMNS } from '../../io/import/members';
import { parseFirstMatching } from '../../io/import/firstMatching';
import { mapHeader } from '../../io/import/headerMap';
import { normalisePod } from '../../model/pod';
import { cellText, type RawTable } from '../../io/import/table';
import { IoError, columnLetter } from '../../io/io-error';
import type { CurveMapping } from '../../io/import/curveTypes';
import type { CurveMeasure } from '../../model/curve-import';
import { detectImportKind } from '../../io/import/detectKind';
import { reconcileMembers } from '../../model/member-reconciliation';

const UPLOAD_TTL_MS = 60 * 60_000;

export interface ImportHost {
  /** Absolute path of a new project file (workspace-relative, extension added). */
  newProjectPath(raw: string): string;
  /** Registers a newly created project as open and recent; returns its summary. */
  adopt(store: ProjectStore): ProjectSummary;
  toError(e: unknown): ApiErrorData;
}

interface Upload {
  path: string;
  name: string;
  size: number;
  createdAt: number;
}

interface RunOptions {
  kind: ImportKind;
  mapping?: Partial<CurveMappingData>;
  pod?: string;
  /** Curves: store the file as this plant's production. */
  plantId?: number;
  /** Curves: what the file measures (overrides the mapping and the headers). */
  measure?: CurveMeasure;
  onProgress?: (fraction: number, label: string) => void;
  signal?: AbortSignal;
}

/** POD given to a production file without one: the parser needs a POD, the plant id keys the series. */
const PRODUCTION_PLACEHOLDER_POD = 'IT000E00000000';

const locationOf = (e: IoError): ImportLocationData => ({
  file: e.file,
  ...(e.sheet !== undefined ? { sheet: e.sheet } : {}),
  ...(e.row !== undefined ? { row: e.row } : {}),
  ...(e.column !== undefined ? { column: e.column } : {}),
});

type Parsed<K extends 'startImport' | 'importFromPath'> = v.InferOutput<(typeof OPERATION_SPECS)[K]['args']>;
type MappingArg = Parsed<'startImport'>['mapping'];

/** The mapping's POD normalised; absent keys stay absent. */
function mappingOf(m: MappingArg): Partial<CurveMappingData> | undefined {
  if (!m) return undefined;
  const out = { ...m } as Partial<CurveMappingData>;
  if (typeof m.pod === 'string') out.pod = normalisePod(m.pod);
  return out;
}

const podOf = (pod: string | null | undefined): string | undefined => (pod ? normalisePod(pod) : undefined);

const isoUtc = (ms: number): string => new Date(ms).toISOString();
const sumFinite = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]!)) s += xs[i]!;
  return s;
};

function tableLoc(t: RawTable): { file: string; sheet?: string } {
  return t.sheet !== undefined ? { file: t.file, sheet: t.sheet } : { file: t.file };
}

function unknownPodError(loc: ImportLocationData, pod: string): IoError {
  return new IoError(
    loc,
    'io/bad-pod',
    { code: 'io.import-service.pod-belongs-member-plant', params: { pod } },
  );
}

export class ImportService {
  private readonly jobs: JobRegistry;
  private readonly uploads = new Map<string, Upload>();
  private readonly locations = new Map<string, ImportLocationData>();
  private uploadDir: string | null = null;

  constructor(private readonly host: ImportHost) {
    this.jobs = new JobRegistry(host.toError);
  }

  /** Removes uploaded files (on host shutdown). */
  dispose(): void {
    if (this.uploadDir) fs.rmSync(this.uploadDir, { recursive: true, force: true });
    this.uploadDir = null;
    this.uploads.clear();
  }

  // --- uploads and preview ------------------------------------------------------------------

  private saveUpload(name: string, data: Buffer): Upload & { id: string } {
    const now = Date.now();
    for (const [id, u] of this.uploads) {
      if (now - u.createdAt > UPLOAD_TTL_MS) {
        fs.rmSync(u.path, { force: true });
        this.uploads.delete(id);
      }
    }
    this.uploadDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-upload-'));
    const id = crypto.randomUUID();
    const file = path.join(this.uploadDir, id);
    fs.writeFileSync(file, data);
    const upload = { path: file, name, size: data.length, createdAt: now };
    this.uploads.set(id, upload);
    return { ...upload, id };
  }

  private upload(fileId: string): Upload {
    const u = this.uploads.get(fileId);
    if (!u || !fs.existsSync(u.path)) {
      throw notFound({ code: 'api.import.upload-not-found', params: { fileId: String(fileId) } }, 'fileId');
    }
    return u;
  }

  /** The first rows of every sheet, read in the io worker (bounded memory: long sheets are cut). */
  private previewTables(src: ImportSource): Promise<RawTable[]> {
    return previewTablesOffThread(src);
  }

  async previewImportFile(args: { name: string; base64: string; kind: ImportKind | 'auto' }): Promise<ImportPreview> {
    const name = fileNameOf(args.name);
    const data = decodeBase64(args.base64);
    const requested = args.kind;
    const upload = this.saveUpload(name, data);
    return this.preview({ name, data }, upload.id, upload.size, requested);
  }

  private async preview(src: ImportSource, fileId: string, sizeBytes: number, requested: ImportKind | 'auto'): Promise<ImportPreview> {
    const tables = await this.previewTables(src);
    const kind = requested === 'auto' ? detectImportKind(tables) : requested;
    const first = tables.find((t) => t.rows.some((r) => r.length > 0)) ?? tables[0];
    const out: ImportPreview = {
      fileId,
      name: typeof src === 'string' ? path.basename(src) : src.name,
      sizeBytes,
      kind,
      sheets: tables.map((t) => t.sheet ?? '').filter((s) => s !== ''),
      firstRows: (first?.rows ?? []).slice(0, 12).map((r) => r.slice(0, 30).map((c) => cellText(c))),
    };
    if (kind === 'curves') {
      let firstError: IoError | null = null;
      for (const t of tables) {
        try {
          const p = previewCurveTable(t);
          out.curve = p as CurvePreviewData;
          out.firstRows = p.firstRows.slice(0, 12);
          break;
        } catch (e) {
          if (!(e instanceof IoError)) throw e;
          firstError ??= e;
        }
      }
      if (!out.curve && firstError) out.curveError = { message: firstError.messageEn, messageIt: firstError.message, location: locationOf(firstError) };
    }
    return out;
  }

  // --- import jobs ----------------------------------------------------------------------------

  /** The options of an import request, normalised; a named plant must exist. */
  private requestOptions(store: ProjectStore, args: Parsed<'startImport'> | Parsed<'importFromPath'>): Omit<RunOptions, 'kind'> {
    const mapping = mappingOf(args.mapping);
    const pod = podOf(args.pod);
    const plantId = args.plantId ?? undefined;
    const measure = args.measure ?? undefined;
    if (plantId !== undefined) store.getPlant(plantId);
    return { ...(mapping ? { mapping } : {}), ...(pod ? { pod } : {}), ...(plantId !== undefined ? { plantId } : {}), ...(measure ? { measure } : {}) };
  }

  /** The kind asked for, or recognised from the file's first rows; a plant's file is a curve. */
  private async kindOf(src: ImportSource, requested: ImportKind | 'auto', plantId: number | undefined): Promise<ImportKind> {
    if (requested !== 'auto') return requested;
    return plantId !== undefined ? 'curves' : detectImportKind(await this.previewTables(src));
  }

  startImport(store: ProjectStore, args: Parsed<'startImport'>): { jobId: string } {
    const upload = this.upload(args.fileId);
    const options = this.requestOptions(store, args);
    const jobId = this.jobs.start('import', async (hooks: JobHooks) => {
      const src: ImportSource = { name: upload.name, data: fs.readFileSync(upload.path) };
      const kind = await this.kindOf(src, args.kind, options.plantId);
      try {
        return await this.run(store, src, { kind, ...options, onProgress: hooks.onProgress, signal: hooks.signal });
      } catch (e) {
        if (e instanceof IoError) this.locations.set(jobId, locationOf(e));
        throw e;
      }
    });
    return { jobId };
  }

  getImportJob(jobId: string): ImportJobStatus {
    const status = this.jobs.get(jobId) as ImportJobStatus;
    const location = this.locations.get(jobId);
    return location && status.status === 'failed' ? { ...status, location } : status;
  }

  cancelImportJob(jobId: string): null {
    this.jobs.cancel(jobId);
    return null;
  }

  async importFromPath(store: ProjectStore, args: Parsed<'importFromPath'>): Promise<ImportResult> {
    const file = path.resolve(args.path);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw badRequest({ code: 'api.file-not-found', params: { file } }, 'path');
    }
    const options = this.requestOptions(store, args);
    const kind = await this.kindOf(file, args.kind, options.plantId);
    if (kind === 'workbook') {
      throw badRequest({ code: 'api.import.workbook-into-new-project' }, 'kind');
    }
    return this.run(store, file, { kind, ...options });
  }

  /** Parses `src` as `kind` and writes it to the project in one transaction. */
  async run(store: ProjectStore, src: ImportSource, opts: RunOptions): Promise<ImportResult> {
    const progress = opts.onProgress ?? (() => undefined);
    const signal = opts.signal;
    if (opts.plantId !== undefined) {
      if (opts.kind !== 'curves') throw badRequest({ code: 'api.import.production-as-curve' }, 'kind');
      return this.runProduction(store, src, opts.plantId, opts, progress);
    }
    if (opts.kind === 'curves') return this.runCurves(store, src, opts, progress);
    if (opts.kind === 'workbook') {
      throw badRequest({ code: 'api.import.workbook-into-new-project' }, 'kind');
    }
    progress(0, 'lettura');
    const tables = await readTablesOffThread(src, { ...(signal ? { signal } : {}), onProgress: (f) => progress(0.8 * f, 'lettura') });
    if (signal?.aborted) throw new IoError({ file: typeof src === 'string' ? path.basename(src) : src.name }, 'io/aborted', { code: 'io.import-service.import-cancelled' });
    progress(0.85, 'scrittura');
    return opts.kind === 'bills' ? this.writeBills(store, tables, opts.pod) : this.writeMembers(store, tables);
  }

  /** Parses a curve file (90% of the progress bar); a cancelled read is an ABORTED IoError. */
  private async readCurves(src: ImportSource, mapping: Partial<CurveMapping>, opts: RunOptions, progress: (f: number, label: string) => void) {
    progress(0, 'lettura');
    const { preview, curves } = await importCurvesOffThread(src, mapping, {
      onProgress: (f) => progress(0.9 * f, 'lettura'),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const file = typeof src === 'string' ? path.basename(src) : src.name;
    if (opts.signal?.aborted) throw new IoError({ file }, 'io/aborted', { code: 'io.import-service.import-cancelled' });
    return { preview, curves, file };
  }

  private async runCurves(store: ProjectStore, src: ImportSource, opts: RunOptions, progress: (f: number, label: string) => void): Promise<ImportResult> {
    const mapping: Partial<CurveMapping> = { ...(opts.mapping as Partial<CurveMapping> | undefined) };
    if (opts.pod && mapping.pod === undefined) mapping.pod = opts.pod;
    if (opts.measure) mapping.measure = opts.measure;
    const { preview, curves, file } = await this.readCurves(src, mapping, opts, progress);
    progress(0.92, 'scrittura');
    const unit = mapping.unit ?? preview.mapping.unit;
    const measure: CurveMeasure = mapping.measure ?? preview.measure;
    const now = new Date().toISOString();
    const owners = memberOfPod(store);
    store.tx(() => {
      const known = knownPods(store);
      const podColumn = mapping.podColumn ?? preview.mapping.podColumn;
      for (const c of curves) {
        if (!known.has(c.pod)) {
          const loc: ImportLocationData = { file, ...(preview.sheet !== undefined ? { sheet: preview.sheet } : {}) };
          if (podColumn !== null && podColumn !== undefined) loc.column = columnLetter(podColumn);
          throw unknownPodError(loc, c.pod);
        }
        saveCurve(store, c.pod, c.series, unit === 'unknown' ? 'kWh' : unit, file, now, c.measure ?? measure);
        saveQualityReport(store, c.quality, file, now, c.measure ?? measure);
      }
    });
    progress(1, 'fatto');
    const summaries: ImportedCurveSummary[] = curves.map((c) => ({
      pod: c.pod,
      measure: c.measure ?? measure,
      memberId: owners.get(c.pod)?.id ?? null,
      memberName: owners.get(c.pod)?.name ?? '',
      start: isoUtc(c.series.base.startUtcMs),
      stepMinutes: c.series.base.stepMinutes,
      length: c.series.base.length,
      totalKWh: sumFinite(c.series.kWh),
      coveragePct: c.quality.coveragePct,
      repaired: c.quality.repaired,
    }));
    return { kind: 'curves', file, curves: summaries, reports: curves.map((c) => c.quality as CurveQualityData) };
  }

  /**
   * A curve file as the production of one plant [kWh per interval], stored apart from the
   * withdrawal curves. A file with several PODs must hold the plant's own POD.
   */
  private async runProduction(store: ProjectStore, src: ImportSource, plantId: number, opts: RunOptions, progress: (f: number, label: string) => void): Promise<ImportResult> {
    const plant = store.getPlant(plantId);
    const mapping: Partial<CurveMapping> = { ...(opts.mapping as Partial<CurveMapping> | undefined) };
    if (mapping.pod === undefined) mapping.pod = opts.pod ?? (plant.pod || PRODUCTION_PLACEHOLDER_POD);
    const { preview, curves, file } = await this.readCurves(src, mapping, opts, progress);
    const curve = curves.length === 1 ? curves[0]! : curves.find((c) => c.pod === plant.pod);
    if (!curve) {
      const loc: ImportLocationData = { file, ...(preview.sheet !== undefined ? { sheet: preview.sheet } : {}) };
      throw new IoError(
        loc,
        'io/bad-pod',
        { code: 'io.import-service.file-holds-curves-pods', params: { length: curves.length, value: curves.map((c) => c.pod).join(', '), name: plant.name } },
      );
    }
    progress(0.92, 'scrittura');
    const now = new Date().toISOString();
    store.tx(() => saveProductionSeries(store, plantId, curve.series, file, now));
    progress(1, 'fatto');
    return { kind: 'curves', file, reports: [curve.quality as CurveQualityData], production: productionSummary(store, listProduction(store).find((p) => p.plantId === plantId)!) };
  }

  private writeBills(store: ProjectStore, tables: RawTable[], defaultPod?: string): ImportResult {
    const file = tables[0]?.file ?? '';
    const { t, records } = parseFirstMatching(
      tables,
      (tb) => ({ t: tb, records: parseBillsTable(tb, defaultPod ? { defaultPod } : {}) }),
      file,
    );
    store.tx(() => {
      const known = knownPods(store);
      const unknown = records.find((b) => !known.has(b.pod));
      if (unknown) {
        const { headerRow, columns } = mapHeader(t, BILL_COLUMNS);
        const loc: ImportLocationData = tableLoc(t);
        if (columns.pod !== undefined) {
          loc.column = columnLetter(columns.pod);
          for (let r = headerRow + 1; r < t.rows.length; r++) {
            if (normalisePod(cellText(t.rows[r]?.[columns.pod])) === unknown.pod) {
              loc.row = r + 1;
              break;
            }
          }
        }
        throw unknownPodError(loc, unknown.pod);
      }
      saveBills(store, records, file, new Date().toISOString());
    });
    const total = (b: BillRecord) => ('f1' in b ? b.f1 + b.f2 + b.f3 : b.f0);
    return {
      kind: 'bills',
      file,
      bills: {
        pods: [...new Set(records.map((b) => b.pod))],
        records: records.length,
        years: [...new Set(records.map((b) => b.year))].sort(),
        totalKWh: records.reduce((s, b) => s + total(b), 0),
      },
    };
  }

  private writeMembers(store: ProjectStore, tables: RawTable[]): ImportResult {
    const file = tables[0]?.file ?? '';
    const { t, records } = parseFirstMatching(tables, (tb) => ({ t: tb, records: parseMembersTable(tb) }), file);
    const { columns } = mapHeader(t, MEMBER_COLUMNS);
    const reconciled = reconcileMembers({ members: store.listMembers(), configurations: store.listConfigurations(), registry: memberRegistry(store) }, records);
    if ('conflict' in reconciled) {
      const { sourceRow, field, message } = reconciled.conflict;
      const loc: ImportLocationData = { ...tableLoc(t), row: sourceRow };
      if (columns[field] !== undefined) loc.column = columnLetter(columns[field]!);
      throw new IoError(loc, 'io/bad-value', message);
    }
    const { created, updated, configurationsCreated } = applyMemberPlan(store, reconciled.plan);
    return { kind: 'members', file, members: { created, updated, configurationsCreated, names: records.map((r) => r.name) } };
  }

  // --- imported data ----------------------------------------------------------------------------

}
