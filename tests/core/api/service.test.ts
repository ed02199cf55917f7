import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { OPERATIONS } from '../../../core/api/common/operations';
import { useTestService, rejection } from '../../helpers/service';

const fixture = useTestService();
const api = fixture.api;


describe('CoreService', () => {
  it('implements every listed operation', () => {
    for (const op of OPERATIONS) expect(typeof api[op], op).toBe('function');
  });

  it('creates a project in the workspace, adding the extension, and lists it as recent', async () => {
    const s = await api.createProject({ path: 'prova', name: 'CER Prova', type: 'AUC' });
    expect(s.path).toBe(path.join(fixture.dir, 'prova.condivisa'));
    expect(s.community.type).toBe('AUC');
    expect((await api.listRecentProjects({}))[0]).toMatchObject({ path: s.path, name: 'CER Prova' });
    expect((await api.listWorkspaceProjects({})).map((f) => f.fileName)).toEqual(['prova.condivisa']);
  });

  it('validates arguments and names the field at fault', async () => {
    const s = await api.createProject({ path: 'p', name: 'P', type: 'CER' });
    const project = s.path;
    expect((await rejection(api.createProject({ path: 'q', name: 'Q', type: 'XYZ' as never }))).field).toBe('type');
    expect((await rejection(api.createProject({ path: 'q', name: '  ', type: 'CER' }))).field).toBe('name');
    const badPod = await rejection(api.addMember({ project, member: { name: 'A', pods: ['IT001X123'] } }));
    expect(badPod.code).toBe('bad-request');
    expect(badPod.field).toBe('pods');
    expect(badPod.messageIt).toMatch(/POD non valido/);
    const badTilt = await rejection(api.addPlant({ project, plant: { name: 'FV', tiltDeg: 120 } }));
    expect(badTilt.field).toBe('tiltDeg');
    const negative = await rejection(api.addPlant({ project, plant: { name: 'FV', kWp: -3 } }));
    expect(negative.field).toBe('kWp');
    const grant = await rejection(api.addPlant({ project, plant: { name: 'FV', grantShare: 0.5 } }));
    expect(grant.field).toBe('grantShare');
    const unknown = await rejection(api.updateMember({ project, id: 1, patch: { colour: 'red' } as never }));
    expect(unknown.field).toBe('colour');
    expect((await rejection(api.updateMember({ project, id: 0, patch: {} }))).field).toBe('id');
    expect((await rejection(api.listMembers({} as never))).field).toBe('project');
    expect((await rejection(api.addMember({ project, member: { name: 'A', configurationId: 99 } }))).field).toBe('configurationId');
    // Nothing was written by any of the refused calls.
    expect(await api.listMembers({ project })).toEqual([]);
    expect(await api.listPlants({ project })).toEqual([]);
  });

  it('normalises PODs and refuses a POD that belongs to another member', async () => {
    const { path: project } = await api.createProject({ path: 'p', name: 'P', type: 'CER' });
    const a = await api.addMember({ project, member: { name: 'A', pods: [' it001e00000001 '] } });
    expect(a.pods).toEqual(['IT001E00000001']);
    const conflict = await rejection(api.addMember({ project, member: { name: 'B', pods: ['IT001E00000001'] } }));
    expect(conflict.code).toBe('conflict');
    expect((await api.listMembers({ project })).length).toBe(1);
  });

  it('reports a missing entity as not-found', async () => {
    const { path: project } = await api.createProject({ path: 'p', name: 'P', type: 'CER' });
    expect((await rejection(api.updatePlant({ project, id: 5, patch: { name: 'x' } }))).code).toBe('not-found');
  });

  it('maps project-file problems to a user message', async () => {
    fs.writeFileSync(path.join(fixture.dir, 'junk.condivisa'), 'not a project');
    const e = await rejection(api.openProject({ path: 'junk.condivisa' }));
    expect(e.code).toBe('project-file');
    expect(e.messageIt).toMatch(/non è un progetto Condivisa/);
  });

  it('opens the demo project, marked as illustrative, with one configuration per substation', async () => {
    const s = await api.openDemoProject({});
    expect(s.demo).toBe(true);
    expect(s.community.name).toMatch(/illustrativ/);
    const configurations = await api.listConfigurations({ project: s.path });
    expect(configurations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(configurations.map((c) => c.substationCode)).size).toBe(configurations.length);
    const members = await api.listMembers({ project: s.path });
    const plants = await api.listPlants({ project: s.path });
    expect(members.length).toBeGreaterThanOrEqual(4);
    expect(plants.every((p) => p.configurationId !== null)).toBe(true);
    // Its hand-drawn (unofficial) perimeters locate every member in its configuration's area.
    const codeOf = new Map(configurations.map((c) => [c.id, c.substationCode]));
    for (const m of members) expect(m.locatedAreaCode, m.name).toBe(codeOf.get(m.configurationId!));
    // Opening it again reuses the same file.
    expect((await api.openDemoProject({})).path).toBe(s.path);
  });
});
