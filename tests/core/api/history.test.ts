/** undo / redo / history / resetDemoProject through the core contract, as the app and the CLI call them. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { rejection, useTestService } from '../../helpers/service';

const t = useTestService();
const POD = 'IT001E00000031';
const HOURS_2024 = 366 * 24;

describe('undo and redo through the API', () => {
  it('undoes a curve import as one step: the consumption the engine uses goes back to the estimate', async () => {
    const { api } = t;
    const project = (await t.api.createProject({ path: 'u', name: 'CER U', type: 'CER', referenceYear: 2024 })).path;
    const m = await api.addMember({ project, member: { name: 'Anna', pods: [POD], annualKWh: 2500 } });
    const curve = path.join(t.dir, 'curva.csv');
    // 2 kWh every hour of 2024: 17,568 kWh.
    fs.writeFileSync(curve, ['Energia kWh', ...Array.from({ length: HOURS_2024 }, () => '2')].join('\n'));
    await api.importFromPath({ project, path: curve, kind: 'curves', pod: POD, mapping: { layout: 'single', start: '2024-01-01', stepMinutes: 60, unit: 'kWh' } });
    const withCurve = (await api.listMembers({ project })).find((x) => x.id === m.id)!;
    expect(withCurve.consumptionSource).toBe('curve');
    expect(withCurve.effectiveAnnualKWh).toBeCloseTo(HOURS_2024 * 2, 6);

    const h = await api.history({ project });
    expect(h.undo?.labelIt).toBe('Aggiunta curva di carico IT001E00000031');
    const undone = await api.undo({ project });
    expect(undone.step?.labelIt).toBe('Aggiunta curva di carico IT001E00000031');
    const back = (await api.listMembers({ project })).find((x) => x.id === m.id)!;
    expect(back.consumptionSource).toBe('estimate');
    expect(back.effectiveAnnualKWh).toBe(2500);
    expect((await api.getProjectSummary({ project })).counts.annualConsumptionKWh).toBe(2500);

    await api.redo({ project });
    expect((await api.listMembers({ project })).find((x) => x.id === m.id)!.effectiveAnnualKWh).toBeCloseTo(HOURS_2024 * 2, 6);
  });

  it('does not count a simulation as an edit: undo reverts the edit before it, and a run keeps the redo', async () => {
    const { api } = t;
    const project = (await api.openDemoProject({})).path;
    const run = async () => {
      const { jobId } = await api.startSimulation({ project });
      for (;;) {
        const job = await api.getJob({ jobId });
        if (job.status !== 'running') return expect(job.status).toBe('done');
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const member = (await api.listMembers({ project }))[0]!;
    await api.updateMember({ project, id: member.id, patch: { annualKWh: member.annualKWh + 1000 } });
    await run();
    // Before: each run logged its hourly series as "Modifica impostazioni", so undo reverted
    // the series (leaving the result) and a run after an undo threw the redo away.
    expect((await api.history({ project })).steps.map((s) => s.labelIt)).toHaveLength(1);
    expect((await api.undo({ project })).step?.labelIt).toMatch(/^Modifica consumo annuo membro/);
    expect((await api.listMembers({ project }))[0]!.annualKWh).toBe(member.annualKWh);
    await run();
    expect((await api.history({ project })).redo?.labelIt).toMatch(/^Modifica consumo annuo membro/);
    const configurationId = (await api.listConfigurations({ project }))[0]!.id;
    expect((await api.getHourlySeries({ project, configurationId }))?.sharedKWh.length).toBe(8760);
  });

  it('says when there is nothing to undo or redo', async () => {
    const project = (await t.api.createProject({ path: 'e', name: 'CER E', type: 'CER' })).path;
    expect(await t.api.undo({ project })).toEqual({ step: null, history: { undo: null, redo: null, steps: [] } });
    expect((await t.api.redo({ project })).step).toBeNull();
  });

  it('resets the demo project as one step, and undo brings the edits back', async () => {
    const { api } = t;
    const demo = await api.openDemoProject({});
    const project = demo.path;
    expect((await api.history({ project })).steps).toEqual([]);
    const members = await api.listMembers({ project });
    const plants = await api.listPlants({ project });
    await api.removeMember({ project, id: members[0]!.id });
    await api.updatePlant({ project, id: plants[0]!.id, patch: { kWp: 1234 } });
    const reset = await api.resetDemoProject({ project });
    expect(reset.step?.labelIt).toBe('Ripristino del progetto dimostrativo');
    expect((await api.listMembers({ project })).map((x) => x.name)).toEqual(members.map((x) => x.name));
    expect((await api.listPlants({ project })).map((p) => p.kWp)).toEqual(plants.map((p) => p.kWp));
    expect((await api.listAreas({ project })).length).toBeGreaterThan(0);

    await api.undo({ project });
    expect((await api.listMembers({ project })).length).toBe(members.length - 1);
    expect((await api.listPlants({ project })).find((p) => p.id === plants[0]!.id)?.kWp).toBe(1234);
    expect((await api.getProjectSummary({ project })).demo).toBe(true);
  });

  it('refuses to reset a project that is not the demo', async () => {
    const project = (await t.api.createProject({ path: 'x', name: 'CER X', type: 'CER' })).path;
    const e = await rejection(t.api.resetDemoProject({ project }));
    expect(e.messageIt).toContain('solo il progetto dimostrativo');
  });
});
