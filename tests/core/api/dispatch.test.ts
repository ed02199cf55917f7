/**
 * The one dispatch: every declared operation has a handler, arguments are checked by the
 * declaration's schema before any work (bilingual message naming the argument), and every
 * failure comes back as an envelope, never as a throw.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { OPERATION_SPECS, OPERATIONS } from '../../../core/api/common/operations';
import { allHandlers } from '../../../core/api/node/handlers';
import { useTestService } from '../../helpers/service';

const fixture = useTestService();
const api = fixture.api;

describe('operation declarations', () => {
  it('declare a schema, an area and a summary, and have exactly one handler each', async () => {
    expect(OPERATIONS.length).toBeGreaterThan(60);
    expect(Object.keys(await allHandlers()).sort()).toEqual([...OPERATIONS].sort());
    for (const op of OPERATIONS) {
      const spec = OPERATION_SPECS[op];
      expect(spec.summary.length, op).toBeGreaterThan(3);
      // A project operation requires `project`: an empty object fails on it.
      const parsed = v.safeParse(spec.args, {});
      if (spec.project) expect(parsed.success ? null : parsed.issues[0]!.path?.[0]?.key, op).toBe('project');
    }
  });
});

describe('dispatch', () => {
  it('answers an unknown operation with not-found, in an envelope', async () => {
    const e = await api.dispatch('dropDatabase', {});
    // Rendered in both languages from the catalogue, its code and parameters beside for a client that translates itself.
    expect(e).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'unknown operation "dropDatabase"', messageIt: 'operazione sconosciuta "dropDatabase"', messageCode: 'api.unknown-operation', params: { op: 'dropDatabase' } },
    });
  });

  it('refuses arguments that are not an object, before any work', async () => {
    for (const bad of [[], 'x', 3, true]) {
      const e = await api.dispatch('listMembers', bad);
      expect(e.ok).toBe(false);
      if (!e.ok) expect(e.error.message).toMatch(/JSON object/);
    }
  });

  it('names the argument at fault, in English and Italian', async () => {
    const e = await api.dispatch('getMapTile', { z: 2, x: 4, y: 0 });
    expect(e.ok).toBe(false);
    if (e.ok) throw new Error('expected a refusal');
    expect(e.error.code).toBe('bad-request');
    expect(e.error.message).toBe('"x" and "y" must be below 2^z');
    expect(e.error.messageIt).toBe('"x" e "y" devono essere minori di 2^z');
    const t = await api.dispatch('createProject', { path: 'a', name: 'A', type: 'CER', referenceYear: 'duemila' });
    expect(t).toMatchObject({ ok: false, error: { field: 'referenceYear', message: '"referenceYear" must be a number', messageIt: '"referenceYear" deve essere un numero' } });
    // The argument's problem is a nested message: a client renders it in its own language.
    expect(t.ok ? null : t.error).toMatchObject({ messageCode: 'api.arg.at', params: { path: 'referenceYear', what: { code: 'api.arg.not-number' } } });
    const n = await api.dispatch('updateRuleFields', { project: 'x', entity: { kind: 'planet', id: 1 }, patch: {} });
    expect(n).toMatchObject({ ok: false, error: { field: 'entity.kind' } });
  });

  it('reports a model check with the entity field, in both languages', async () => {
    const s = await api.createProject({ path: 'p', name: 'P', type: 'CER' });
    const e = await api.dispatch('addPlant', { project: s.path, plant: { name: 'FV', tiltDeg: 120 } });
    expect(e).toEqual({
      ok: false,
      // In the user's words: the field's label as the plant form shows it.
      error: {
        code: 'bad-request',
        field: 'tiltDeg',
        message: 'Tilt (°) must be between 0 and 90',
        messageIt: 'Inclinazione (°) deve essere tra 0 e 90',
        // The model check's own sentence in both languages, for a client that translates itself.
        messageCode: 'api.arg.check',
        params: { text: { it: 'Inclinazione (°) deve essere tra 0 e 90', en: 'Tilt (°) must be between 0 and 90' } },
      },
    });
  });

  it('applies declared defaults: a simulation step of 60 minutes when none is given', async () => {
    const s = await api.createProject({ path: 'p', name: 'P', type: 'CER' });
    const bad = await api.dispatch('startSimulation', { project: s.path, stepMinutes: 30 });
    expect(bad).toMatchObject({ ok: false, error: { field: 'stepMinutes' } });
  });

  it('opens the project of a project operation and reports a missing file as a project-file error', async () => {
    const e = await api.dispatch('listMembers', { project: 'nowhere.condivisa' });
    expect(e).toMatchObject({ ok: false, error: { code: 'project-file' } });
  });
});

describe('result shapes', () => {
  it('a handler whose result drifts from its declared shape fails loudly (checked in tests)', async () => {
    const s = await api.createProject({ path: 'p', name: 'P', type: 'CER' });
    const m = await api.addMember({ project: s.path, member: { name: 'Anna', pods: ['it001e12345678'] } });
    // The POD comes back normalised, as the result shape demands.
    expect(m.pods).toEqual(['IT001E12345678']);
    const spec = OPERATION_SPECS.addMember;
    const drifted = v.safeParse(spec.result!, { ...m, pods: ['not a pod'] });
    expect(drifted.success).toBe(false);
    expect(v.safeParse(spec.result!, { ...m, category: 'pirate' }).success).toBe(false);
  });

  it('the demo project, its lists and a simulation job pass their result checks', async () => {
    const demo = await api.openDemoProject({});
    expect(demo.demo).toBe(true);
    expect((await api.listMembers({ project: demo.path })).length).toBeGreaterThan(3);
    expect((await api.listPlants({ project: demo.path })).length).toBeGreaterThan(0);
    const { jobId } = await api.startSimulation({ project: demo.path });
    await expect.poll(async () => (await api.getJob({ jobId })).status, { timeout: 30_000 }).toBe('done');
  });
});
