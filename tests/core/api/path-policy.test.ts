/**
 * Confined paths: through dispatch, every operation that takes a path refuses one outside
 * the workspace, the settings folder and what the host granted, with a bad-request naming
 * the argument, and touches nothing outside.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { createCoreService, type CoreService } from '../../../core/api/node/core-service';
import { OPERATION_SPECS, OPERATIONS } from '../../../core/api/common/operations';
import { filePath } from '../../../core/api/common/schemas';
import { PathPolicy, realPathOf } from '../../../core/api/node/path-policy';
import { pathsInArgument } from '../../../core/api/node/host-setup';
import type { Envelope } from '../../../core/api/common/envelope';
import { REPO_ROOT, tempDir } from '../../helpers/tmp';
import { cliInProcess } from '../../helpers/cli';
import { AREA_A, areasGeoJson } from './geo-fixtures';

let ws: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;
let outsideProject: string;

function strictService(dir: string, allow?: { folders?: string[]; files?: string[] }): CoreService {
  return createCoreService({
    host: 'web',
    workspaceDir: dir,
    recentFile: path.join(dir, 'cfg', 'recent.json'),
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    version: 'test',
    ...(allow ? { allow } : {}),
  });
}

/** Every file below `dir`, to show a refused call left it as it was. */
const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

beforeEach(async () => {
  ws = tempDir('condivisa-ws-');
  out = tempDir('condivisa-outside-');
  // A project made outside the workspace by another host whose workspace that is.
  const other = strictService(out.dir);
  outsideProject = (await other.createProject({ path: 'altrove', name: 'Altrove', type: 'CER' })).path;
  other.dispose();
  fs.rmSync(path.join(out.dir, 'cfg'), { recursive: true, force: true });
  fs.writeFileSync(path.join(out.dir, 'aree.geojson'), areasGeoJson([AREA_A]));
  fs.writeFileSync(path.join(out.dir, 'curve.csv'), 'POD;Data;Ora;kWh\n');
  fs.writeFileSync(path.join(out.dir, 'meteo.epw'), 'LOCATION,x\n');
  api = strictService(ws.dir);
  project = (await api.createProject({ path: 'mio', name: 'Mio', type: 'CER' })).path;
});
afterEach(() => {
  api.dispose();
  ws.cleanup();
  out.cleanup();
});

const refusedOn = (envelope: Envelope, field: string) => {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error).toMatchObject({ code: 'bad-request', field });
  expect(envelope.error.message).toMatch(/^path outside the workspace: .*upload it/);
  expect(envelope.error.messageIt).toMatch(/^percorso fuori dalla cartella di lavoro/);
};

/** Each operation that takes a path, with arguments naming `target` (a file outside). */
const PATH_CALLS: Record<string, (target: (name: string) => string) => [field: string, args: Record<string, unknown>]> = {
  createProject: (t) => ['path', { path: t('nuovo'), name: 'Nuovo', type: 'CER' }],
  openProject: (t) => ['path', { path: t('altrove.condivisa') }],
  closeProject: (t) => ['project', { project: t('altrove.condivisa') }],
  importAreas: (t) => ['path', { project, path: t('aree.geojson') }],
  importFromPath: (t) => ['path', { project, path: t('curve.csv') }],
  setProjectWeather: (t) => ['path', { project, path: t('meteo.epw') }],
  createProjectFromWorkbook: (t) => ['path', { path: t('da-excel'), name: 'x.xlsx', base64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }],
  addAttachment: (t) => ['path', { project, documentId: 'statute', configurationId: 1, path: t('statuto.pdf') }],
  setOfflineTiles: (t) => ['path', { path: t('italia.pmtiles') }],
  saveProjectAs: (t) => ['path', { project, path: t('copia') }],
  startAdvice: (t) => ['path', { project, kind: 'members', path: t('candidati.xlsx') }],
  getOutlook: (t) => ['path', { project, path: t('previsione.json') }],
  exportOutlookSheet: (t) => ['path', { project, path: t('previsione.json') }],
  // Every project operation names its project by path.
  getProjectSummary: (t) => ['project', { project: t('altrove.condivisa') }],
};

describe('path policy through dispatch', () => {
  it('refuses a path outside the workspace for each path operation, changing nothing', async () => {
    const before = listing(out.dir);
    for (const [op, call] of Object.entries(PATH_CALLS)) {
      const [field, args] = call((name) => path.join(out.dir, name));
      refusedOn(await api.dispatch(op, args), field);
    }
    expect(listing(out.dir)).toEqual(before);
    expect(await api.listAreas({ project })).toEqual([]);
    expect(await api.getProjectWeather({ project })).toBeNull();
  });

  it('refuses `..` traversal out of the workspace', async () => {
    const rel = path.relative(ws.dir, out.dir);
    const before = listing(out.dir);
    for (const [op, call] of Object.entries(PATH_CALLS)) {
      const [field, args] = call((name) => path.join(rel, name));
      refusedOn(await api.dispatch(op, args), field);
    }
    refusedOn(await api.dispatch('createProject', { path: `sub/../../${path.basename(out.dir)}/x`, name: 'X', type: 'CER' }), 'path');
    expect(listing(out.dir)).toEqual(before);
  });

  it('refuses a symlink inside the workspace that points outside, and a dangling one', async () => {
    fs.symlinkSync(out.dir, path.join(ws.dir, 'link'));
    fs.symlinkSync(outsideProject, path.join(ws.dir, 'evil.condivisa'));
    fs.symlinkSync(path.join(out.dir, 'nuovo.condivisa'), path.join(ws.dir, 'dangling.condivisa'));
    const before = listing(out.dir);
    for (const [op, call] of Object.entries(PATH_CALLS)) {
      const [field, args] = call((name) => path.join(ws.dir, 'link', name));
      refusedOn(await api.dispatch(op, args), field);
    }
    refusedOn(await api.dispatch('openProject', { path: 'evil.condivisa' }), 'path');
    refusedOn(await api.dispatch('getProjectSummary', { project: 'evil.condivisa' }), 'project');
    refusedOn(await api.dispatch('createProject', { path: 'dangling', name: 'X', type: 'CER' }), 'path');
    expect(listing(out.dir)).toEqual(before);
  });

  it('accepts the workspace, the settings folder and what the host granted', async () => {
    expect((await api.dispatch('openProject', { path: 'mio' + '.condivisa' })).ok).toBe(true);
    fs.mkdirSync(path.join(ws.dir, 'sub'));
    expect((await api.dispatch('createProject', { path: 'sub/../sub/b', name: 'B', type: 'CER' })).ok).toBe(true);
    api.paths.grantFile(outsideProject);
    expect((await api.dispatch('openProject', { path: outsideProject })).ok).toBe(true);
    expect((await api.dispatch('getProjectSummary', { project: outsideProject })).ok).toBe(true);
    // Only that file: its neighbours stay out.
    refusedOn(await api.dispatch('importAreas', { project, path: path.join(out.dir, 'aree.geojson') }), 'path');
    const allowed = strictService(ws.dir, { folders: [out.dir] });
    try {
      expect(await allowed.importAreas({ project, path: path.join(out.dir, 'aree.geojson') })).toMatchObject({ count: 1 });
    } finally {
      allowed.dispose();
    }
  });

  it('keeps recent projects openable after a restart (the app recorded the grant)', async () => {
    api.paths.grantFile(outsideProject);
    await api.openProject({ path: outsideProject });
    api.dispose();
    api = strictService(ws.dir);
    expect((await api.dispatch('openProject', { path: outsideProject })).ok).toBe(true);
  });

  it('covers every operation argument that is a path', () => {
    const unwrap = (s: unknown): unknown => {
      const x = s as { wrapped?: unknown; pipe?: unknown[]; type?: string };
      if (x.wrapped) return unwrap(x.wrapped);
      if (x.pipe && x.type !== 'string') return unwrap(x.pipe[0]);
      return s;
    };
    const pathArgs: string[] = [];
    for (const op of OPERATIONS) {
      // An object's entries, and those of each option of an intersect or a variant (startAdvice).
      const entriesOf = (s: unknown): [string, unknown][] => {
        const x = unwrap(s) as { entries?: v.ObjectEntries; options?: unknown[] };
        return [...Object.entries(x.entries ?? {}), ...(x.options ?? []).flatMap(entriesOf)];
      };
      for (const [key, entry] of new Map(entriesOf(OPERATION_SPECS[op].args))) {
        if (unwrap(entry) === filePath && key !== 'project') pathArgs.push(`${op}.${key}`);
      }
    }
    expect(pathArgs).toEqual(expect.arrayContaining(['createProject.path', 'importAreas.path', 'setProjectWeather.path', 'createProjectFromWorkbook.path']));
    // A new path argument must be resolved through ctx.resolvePath and added to PATH_CALLS.
    expect(pathArgs.sort()).toEqual(
      Object.entries(PATH_CALLS)
        .filter(([, call]) => call(() => '')[0] === 'path')
        .map(([op]) => `${op}.path`)
        .sort(),
    );
  });
});

describe('path policy pieces', () => {
  it('resolves a path that does not exist yet through its nearest existing folder', () => {
    fs.symlinkSync(out.dir, path.join(ws.dir, 'link'));
    expect(realPathOf(path.join(ws.dir, 'link', 'a', 'b.txt'))).toBe(path.join(fs.realpathSync(out.dir), 'a', 'b.txt'));
    fs.symlinkSync(path.join(out.dir, 'none'), path.join(ws.dir, 'dangling'));
    expect(realPathOf(path.join(ws.dir, 'dangling'))).toBeNull();
  });

  it('does not take a sibling with the same prefix for a subfolder', () => {
    const policy = new PathPolicy({ roots: [path.join(ws.dir, 'a')] });
    expect(() => policy.resolve(path.join(ws.dir, 'ab', 'x'), ws.dir, 'path')).toThrow(/outside/);
    expect(policy.resolve('a/x', ws.dir, 'path')).toBe(path.join(fs.realpathSync(ws.dir), 'a', 'x'));
  });

  it('reads the paths of a command line: plain, --flag=value, JSON string values', () => {
    expect(pathsInArgument('a.gpkg')).toEqual(['a.gpkg']);
    expect(pathsInArgument('--project=b.condivisa')).toEqual(['b.condivisa']);
    expect(pathsInArgument('{"path": "/x/y.gpkg", "filter": {"region": "Lazio"}}')).toEqual(['/x/y.gpkg']);
    expect(pathsInArgument('{not json')).toEqual(['{not json']);
  });

  it('the CLI grants a path named on its command line, outside its working folder', async () => {
    const cli = cliInProcess(() => ws.dir);
    const r = await cli('api', 'mio.condivisa', 'importAreas', JSON.stringify({ path: path.join(out.dir, 'aree.geojson') }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ count: 1 });
  });
});
