/**
 * The implementation of CoreApi over the project store. Hosts (Electron, the web host,
 * the CLI) construct one service and bind it; this module holds no transport code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CoreApi, ProjectSummary, AppInfo } from './contract';
import { ApiError, badRequest } from './errors';
import { asArgs, id, obj, str, type Args } from './args';
import { RecentProjects } from './recent-projects';
import { ProjectStore } from '../store/project-store';
import { NotFoundError, ProjectFileError } from '../store/errors';
import { CURRENT_SCHEMA_VERSION } from '../store/migrations';
import { PROJECT_EXTENSION } from '../store/project-file';
import { COMMUNITY_TYPES, type Community, type CommunityType } from '../model/entities';
import {
  defaultMember,
  defaultPlant,
  validateCommunityPatch,
  validateConfigurationPatch,
  validateMemberPatch,
  validatePlantPatch,
  type FieldProblem,
} from '../model/entity-validation';
import { normalisePod } from '../model/pod';
import { loadDemoProject } from './demo-project';
import { OPERATIONS } from './operations';
import { GeoService } from './geo-service'; // map / substation areas
import { ImportService } from './import-service'; // import: curves, bills, members, workbook
import { JobRegistry } from './jobs';
import {
  importZonalPrices,
  projectParameters,
  scenarioInput,
  setParameterOverride,
  simulate,
  simulationView,
  zonalPricesSummary,
} from './simulation-service';
import { getProjectWeather, removeProjectWeather, setProjectWeather } from './weather-service';
import { clearZonalPrices } from '../store/zonal-prices-repository';
import { RulesService } from './rules-service'; // eligibility rules

export interface CoreServiceOptions {
  host: AppInfo['host'];
  /** Folder where new projects are created by default and that the home page lists. */
  workspaceDir: string;
  /** JSON file keeping the recent-projects list. */
  recentFile: string;
  /** Folder with shipped resources (demo project, parameters). */
  resourcesDir: string;
  version: string;
}

function fail(problems: FieldProblem[], entity: string): never {
  const p = problems[0]!;
  throw badRequest(`${entity}.${p.field} ${p.message.en}`, `${entity}.${p.field} ${p.message.it}`, p.field);
}

/** Maps store errors to API errors; anything else is an internal error. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ProjectFileError) return new ApiError('project-file', e.message, e.messageIt);
  if (e instanceof NotFoundError) {
    return new ApiError('not-found', e.message, `${e.entity} ${e.id} non trovato`);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new ApiError('internal', `internal error: ${message}`, `errore interno: ${message}`);
}

export class CoreService implements CoreApi {
  private readonly open = new Map<string, ProjectStore>();
  private readonly recent: RecentProjects;
  private readonly jobs = new JobRegistry((e) => toApiError(e).toData());

  constructor(private readonly options: CoreServiceOptions) {
    this.recent = new RecentProjects(options.recentFile);
    // Every operation rejects with an ApiError only, whichever layer failed, so the IPC,
    // HTTP and CLI faces report the same codes and messages.
    const self = this as unknown as Record<string, (args: unknown) => Promise<unknown>>;
    for (const op of OPERATIONS) {
      // (A missing operation is a compile error: `implements CoreApi`.)
      const fn = self[op]?.bind(this);
      if (!fn) continue;
      self[op] = async (args: unknown) => {
        try {
          return await fn(args);
        } catch (e) {
          throw toApiError(e);
        }
      };
    }
  }

  /** Closes every open project file (on host shutdown). */
  dispose(): void {
    for (const store of this.open.values()) store.close();
    this.open.clear();
    this.importService?.dispose(); // import: uploaded files
  }

  private resolvePath(raw: string, addExtension: boolean): string {
    if (raw.trim() === '') throw badRequest('"path" is empty', '"path" è vuoto', 'path');
    let p = path.resolve(this.options.workspaceDir, raw);
    if (addExtension && !p.endsWith(PROJECT_EXTENSION)) p += PROJECT_EXTENSION;
    return p;
  }

  private store(args: Args): ProjectStore {
    const file = this.resolvePath(str(args, 'project'), false);
    let store = this.open.get(file);
    if (!store || !store.isOpen) {
      // A project is reopened on demand: after a host restart the renderer's handle still works.
      store = ProjectStore.open(file);
      this.open.set(file, store);
    }
    return store;
  }

  private summary(store: ProjectStore): ProjectSummary {
    return {
      path: store.file,
      fileName: path.basename(store.file),
      schemaVersion: store.schemaVersion(),
      community: store.getCommunity(),
      counts: store.counts(),
      demo: store.getMeta('demo') === 'true',
    };
  }

  private remember(store: ProjectStore): ProjectSummary {
    const s = this.summary(store);
    this.recent.touch({ path: s.path, name: s.community.name });
    return s;
  }

  private checkPods(store: ProjectStore, pods: unknown, memberId: number | null): string[] | undefined {
    if (!Array.isArray(pods)) return undefined;
    const normalised = pods.map((p) => (typeof p === 'string' ? normalisePod(p) : p)) as string[];
    for (const pod of normalised) {
      const owner = store.podOwner(pod);
      if (owner !== null && owner !== memberId) {
        throw new ApiError(
          'conflict',
          `POD ${pod} already belongs to member ${owner}`,
          `Il POD ${pod} appartiene già al membro ${owner}`,
          'pods',
        );
      }
    }
    if (new Set(normalised).size !== normalised.length) {
      throw badRequest('the same POD is listed twice', 'lo stesso POD compare due volte', 'pods');
    }
    return normalised;
  }

  async appInfo(_args?: unknown): Promise<AppInfo> {
    return {
      version: this.options.version,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      host: this.options.host,
      workspaceDir: this.options.workspaceDir,
    };
  }

  async listRecentProjects(_args?: unknown) {
    return this.recent.list();
  }

  async listWorkspaceProjects(_args?: unknown) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.options.workspaceDir).filter((n) => n.endsWith(PROJECT_EXTENSION));
    } catch {
      return [];
    }
    return names
      .map((fileName) => {
        const p = path.join(this.options.workspaceDir, fileName);
        const st = fs.statSync(p);
        return { path: p, fileName, modifiedAt: st.mtime.toISOString(), sizeBytes: st.size };
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }

  async createProject(raw: unknown): Promise<ProjectSummary> {
    const args = asArgs(raw);
    const type = str(args, 'type') as CommunityType;
    if (!COMMUNITY_TYPES.includes(type)) {
      throw badRequest('"type" must be CER, AUC or AID', '"type" deve essere CER, AUC o AID', 'type');
    }
    const community: Community = {
      name: str(args, 'name', { max: 200 }).trim(),
      legalEntity: str(args, 'legalEntity', { optional: true }),
      type,
      constitutionDate: null,
      municipality: str(args, 'municipality', { optional: true }),
      region: str(args, 'region', { optional: true }),
      referenceYear: typeof args.referenceYear === 'number' ? args.referenceYear : new Date().getFullYear(),
    };
    const problems = validateCommunityPatch({ ...community });
    if (problems.length) fail(problems, 'community');
    const file = this.resolvePath(str(args, 'path'), true);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const store = ProjectStore.create(file, community);
    this.open.set(file, store);
    return this.remember(store);
  }

  async openProject(raw: unknown): Promise<ProjectSummary> {
    const file = this.resolvePath(str(asArgs(raw), 'path'), false);
    this.open.get(file)?.close();
    const store = ProjectStore.open(file);
    this.open.set(file, store);
    return this.remember(store);
  }

  async openDemoProject(_args?: unknown): Promise<ProjectSummary> {
    const demo = loadDemoProject(this.options.resourcesDir);
    const file = path.join(this.options.workspaceDir, demo.fileName);
    if (fs.existsSync(file)) return this.openProject({ path: file });
    fs.mkdirSync(this.options.workspaceDir, { recursive: true });
    const store = ProjectStore.create(file, demo.community);
    try {
      store.tx(() => {
        store.setMeta('demo', 'true');
        const configIds = demo.configurations.map((c) => store.addConfiguration(c).id);
        const memberIds = demo.members.map((m) =>
          store.addMember({ ...m, configurationId: configIds[m.configurationIndex] ?? null }).id,
        );
        for (const p of demo.plants) {
          store.addPlant({
            ...p,
            configurationId: configIds[p.configurationIndex] ?? null,
            ownerMemberId: p.ownerMemberIndex === null ? null : (memberIds[p.ownerMemberIndex] ?? null),
          });
        }
        // Unofficial perimeters, drawn like a user would: members and plants get located in them.
        for (const a of demo.areas ?? []) this.geo.setCustomPerimeter(store, { code: a.code, name: a.name, polygon: a.polygon });
      });
    } catch (e) {
      store.close();
      fs.rmSync(file, { force: true });
      throw e;
    }
    this.open.set(file, store);
    return this.remember(store);
  }

  async closeProject(raw: unknown): Promise<null> {
    const file = this.resolvePath(str(asArgs(raw), 'project'), false);
    this.open.get(file)?.close();
    this.open.delete(file);
    return null;
  }

  async getProjectSummary(raw: unknown) {
    return this.summary(this.store(asArgs(raw)));
  }

  async updateCommunity(raw: unknown) {
    const args = asArgs(raw);
    const patch = obj(args, 'patch');
    const problems = validateCommunityPatch(patch);
    if (problems.length) fail(problems, 'community');
    return this.store(args).updateCommunity(patch);
  }

  async listConfigurations(raw: unknown) {
    return this.store(asArgs(raw)).listConfigurations();
  }

  async addConfiguration(raw: unknown) {
    const args = asArgs(raw);
    const input = { substationCode: '', ...obj(args, 'configuration') };
    const problems = validateConfigurationPatch(input);
    if (problems.length || !('name' in input)) fail(problems.length ? problems : [{ field: 'name', message: { it: 'manca', en: 'is missing' } }], 'configuration');
    return this.store(args).addConfiguration(input as { name: string; substationCode: string });
  }

  async updateConfiguration(raw: unknown) {
    const args = asArgs(raw);
    const patch = obj(args, 'patch');
    const problems = validateConfigurationPatch(patch);
    if (problems.length) fail(problems, 'configuration');
    return this.store(args).updateConfiguration(id(args), patch);
  }

  async removeConfiguration(raw: unknown): Promise<null> {
    const args = asArgs(raw);
    this.store(args).removeConfiguration(id(args));
    return null;
  }

  async listMembers(raw: unknown) {
    return this.store(asArgs(raw)).listMembers();
  }

  private checkReference(store: ProjectStore, kind: 'configuration' | 'member', value: unknown, field: string) {
    if (typeof value !== 'number') return;
    try {
      if (kind === 'configuration') store.getConfiguration(value);
      else store.getMember(value);
    } catch {
      throw badRequest(`${field}: ${kind} ${value} does not exist`, `${field}: ${kind} ${value} non esiste`, field);
    }
  }

  async addMember(raw: unknown) {
    const args = asArgs(raw);
    const input = obj(args, 'member');
    const name = typeof input.name === 'string' ? input.name : '';
    const member = { ...defaultMember(name), ...input };
    const problems = validateMemberPatch(member);
    if (problems.length) fail(problems, 'member');
    const store = this.store(args);
    this.checkReference(store, 'configuration', member.configurationId, 'configurationId');
    member.pods = this.checkPods(store, member.pods, null) ?? [];
    // map: the member's area is located in the same transaction as the edit
    return store.tx(() => this.geo.locatedMember(store, store.addMember(member).id));
  }

  async updateMember(raw: unknown) {
    const args = asArgs(raw);
    const memberId = id(args);
    const patch = obj(args, 'patch');
    const problems = validateMemberPatch(patch);
    if (problems.length) fail(problems, 'member');
    const store = this.store(args);
    this.checkReference(store, 'configuration', patch.configurationId, 'configurationId');
    const pods = this.checkPods(store, patch.pods, memberId);
    // map: the member's area is located in the same transaction as the edit
    return store.tx(() => this.geo.locatedMember(store, store.updateMember(memberId, pods ? { ...patch, pods } : patch).id));
  }

  async removeMember(raw: unknown): Promise<null> {
    const args = asArgs(raw);
    this.store(args).removeMember(id(args));
    return null;
  }

  async listPlants(raw: unknown) {
    return this.store(asArgs(raw)).listPlants();
  }

  async addPlant(raw: unknown) {
    const args = asArgs(raw);
    const input = obj(args, 'plant');
    const name = typeof input.name === 'string' ? input.name : '';
    const plant = { ...defaultPlant(name), ...input };
    const problems = validatePlantPatch(plant);
    if (problems.length) fail(problems, 'plant');
    const store = this.store(args);
    this.checkReference(store, 'configuration', plant.configurationId, 'configurationId');
    this.checkReference(store, 'member', plant.ownerMemberId, 'ownerMemberId');
    plant.pod = normalisePod(plant.pod);
    // map: the plant's area is located in the same transaction as the edit
    return store.tx(() => this.geo.locatedPlant(store, store.addPlant(plant).id));
  }

  async updatePlant(raw: unknown) {
    const args = asArgs(raw);
    const patch = obj(args, 'patch');
    const problems = validatePlantPatch(patch);
    if (problems.length) fail(problems, 'plant');
    const store = this.store(args);
    this.checkReference(store, 'configuration', patch.configurationId, 'configurationId');
    this.checkReference(store, 'member', patch.ownerMemberId, 'ownerMemberId');
    if (typeof patch.pod === 'string') patch.pod = normalisePod(patch.pod);
    // map: the plant's area is located in the same transaction as the edit
    return store.tx(() => this.geo.locatedPlant(store, store.updatePlant(id(args), patch).id));
  }

  async removePlant(raw: unknown): Promise<null> {
    const args = asArgs(raw);
    this.store(args).removePlant(id(args));
    return null;
  }

  async listConnectionPoints(raw: unknown) {
    return this.store(asArgs(raw)).listConnectionPoints();
  }

  // --- simulation and jobs ---

  async startSimulation(raw: unknown) {
    const args = asArgs(raw);
    const step = args.stepMinutes ?? 60;
    if (step !== 15 && step !== 60) throw badRequest('"stepMinutes" must be 15 or 60', '"stepMinutes" deve essere 15 o 60', 'stepMinutes');
    const store = this.store(args);
    // Inputs are read now, so edits made while the job runs belong to the next run.
    const input = scenarioInput(store, step, this.options.resourcesDir);
    return { jobId: this.jobs.start('simulation', (hooks) => simulate(store, input, hooks)) };
  }

  async getSimulation(raw: unknown) {
    return simulationView(this.store(asArgs(raw)), this.options.resourcesDir);
  }

  async getJob(raw: unknown) {
    return this.jobs.get(str(asArgs(raw), 'jobId', { max: 64 }));
  }

  async cancelJob(raw: unknown): Promise<null> {
    this.jobs.cancel(str(asArgs(raw), 'jobId', { max: 64 }));
    return null;
  }

  async getParameters(raw: unknown) {
    return projectParameters(this.store(asArgs(raw)), this.options.resourcesDir);
  }

  async setParameterOverride(raw: unknown) {
    const args = asArgs(raw);
    const value = args.value;
    if (value !== null && typeof value !== 'number') {
      throw badRequest('"value" must be a number or null', '"value" deve essere un numero o null', 'value');
    }
    const store = this.store(args);
    setParameterOverride(store, str(args, 'key', { max: 100 }), value);
    return projectParameters(store, this.options.resourcesDir);
  }

  async importZonalPrices(raw: unknown) {
    const args = asArgs(raw);
    const bytes = Buffer.from(str(args, 'base64', { max: 64 * 1024 * 1024 }), 'base64');
    return importZonalPrices(this.store(args), str(args, 'name', { max: 255 }), bytes);
  }

  async getZonalPrices(raw: unknown) {
    return zonalPricesSummary(this.store(asArgs(raw)));
  }

  async clearZonalPrices(raw: unknown): Promise<null> {
    clearZonalPrices(this.store(asArgs(raw)));
    return null;
  }

  // --- map / substation areas ---
  // The logic lives in ./geo-service; these methods only pick the project and delegate.

  private geoService?: GeoService;

  private get geo(): GeoService {
    this.geoService ??= new GeoService({
      resourcesDir: this.options.resourcesDir,
      workspaceDir: this.options.workspaceDir,
      cacheDir: path.join(path.dirname(this.options.recentFile), 'cache'),
    });
    return this.geoService;
  }

  async importAreas(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.importAreas(this.store(args), args);
  }

  async importAreasContent(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.importAreasContent(this.store(args), args);
  }

  async listAreas(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.listAreas(this.store(args), args);
  }

  async getAreasGeoJson(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.getAreasGeoJson(this.store(args), args);
  }

  async locatePoint(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.locatePoint(this.store(args), args);
  }

  async setCustomPerimeter(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.setCustomPerimeter(this.store(args), args);
  }

  async removeArea(raw: unknown): Promise<null> {
    const args = asArgs(raw);
    return this.geo.removeArea(this.store(args), args);
  }

  async getAreaSummary(raw: unknown) {
    const args = asArgs(raw);
    return this.geo.getAreaSummary(this.store(args), args);
  }

  async listMapPoints(raw: unknown) {
    return this.geo.listMapPoints(this.store(asArgs(raw)));
  }

  async getBasemap(_args?: unknown) {
    return this.geo.basemap();
  }

  async getMapTile(raw: unknown) {
    return this.geo.getMapTile(asArgs(raw));
  }
  // --- end map / substation areas ---

  // --- eligibility rules ---
  // The logic lives in ./rules-service; these methods only pick the project and delegate.

  private rulesService?: RulesService;

  private get rules(): RulesService {
    this.rulesService ??= new RulesService(this.options.resourcesDir);
    return this.rulesService;
  }

  async checkProject(raw: unknown) {
    return this.rules.check(this.store(asArgs(raw)), raw);
  }

  async getRuleFields(raw: unknown) {
    return this.rules.getRuleFields(this.store(asArgs(raw)));
  }

  async updateRuleFields(raw: unknown) {
    return this.rules.updateRuleFields(this.store(asArgs(raw)), raw);
  }

  async listLocalRules(raw: unknown) {
    return this.rules.listLocalRules(this.store(asArgs(raw)));
  }

  async setLocalRules(raw: unknown) {
    return this.rules.setLocalRules(this.store(asArgs(raw)), raw);
  }

  async applyLocalRulePreset(raw: unknown) {
    return this.rules.applyLocalRulePreset(this.store(asArgs(raw)), raw);
  }
  // --- end eligibility rules ---

  // --- import: curves, bills, members, workbook ---
  // The logic lives in ./import-service; these methods only pick the project and delegate.

  private importService?: ImportService;

  private get importer(): ImportService {
    this.importService ??= new ImportService({
      store: (args) => this.store(args),
      newProjectPath: (raw) => this.resolvePath(raw, true),
      adopt: (store) => (this.open.set(store.file, store), this.remember(store)),
      toError: (e) => toApiError(e).toData(),
    });
    return this.importService;
  }

  async previewImportFile(raw: unknown) {
    return this.importer.previewImportFile(this.store(asArgs(raw)), raw);
  }

  async startImport(raw: unknown) {
    return this.importer.startImport(this.store(asArgs(raw)), raw);
  }

  async getImportJob(raw: unknown) {
    return this.importer.getImportJob(raw);
  }

  async cancelImportJob(raw: unknown): Promise<null> {
    return this.importer.cancelImportJob(raw);
  }

  async importFromPath(raw: unknown) {
    return this.importer.importFromPath(this.store(asArgs(raw)), raw);
  }

  async listImportedData(raw: unknown) {
    return this.importer.listImportedData(this.store(asArgs(raw)));
  }

  async getLoadCurve(raw: unknown) {
    return this.importer.getLoadCurve(this.store(asArgs(raw)), raw);
  }

  async setPlantMonthlyProduction(raw: unknown) {
    return this.importer.setPlantMonthlyProduction(this.store(asArgs(raw)), raw);
  }

  async clearPlantProduction(raw: unknown): Promise<null> {
    return this.importer.clearPlantProduction(this.store(asArgs(raw)), raw);
  }

  async setProjectWeather(raw: unknown) {
    return setProjectWeather(this.store(asArgs(raw)), raw);
  }

  async getProjectWeather(raw: unknown) {
    return getProjectWeather(this.store(asArgs(raw)));
  }

  async clearProjectWeather(raw: unknown): Promise<null> {
    return removeProjectWeather(this.store(asArgs(raw)));
  }

  async exportProjectWorkbook(raw: unknown) {
    return this.importer.exportProjectWorkbook(this.store(asArgs(raw)));
  }

  async getWorkbookTemplate(_args?: unknown) {
    return this.importer.getWorkbookTemplate();
  }

  async createProjectFromWorkbook(raw: unknown) {
    return this.importer.createProjectFromWorkbook(raw);
  }
  // --- end import ---
}
