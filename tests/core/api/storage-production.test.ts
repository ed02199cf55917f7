import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import type { JobStatus } from '../../../core/api/common';
import type { ScenarioResult } from '../../../core/scenario/types';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { lacksReference, referenceData } from '../../helpers/reference';
import { textIn } from '../../../core/model/messages';

const EPW = 'pvgis-tmy_45.000_8.000_2005_2023.epw';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  // 2024: a leap year of 8,784 civil hours.
  project = (await api.createProject({ path: 'storage', name: 'CER Batterie', type: 'CER', referenceYear: 2024 })).path;
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});

async function simulate(): Promise<ScenarioResult> {
  const { jobId } = await api.startSimulation({ project });
  for (;;) {
    const job: JobStatus = await api.getJob({ jobId });
    if (job.status === 'done') return job.result as ScenarioResult;
    if (job.status !== 'running') throw new Error(`simulation ${job.status}: ${JSON.stringify(job.error)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('batteries, EV charging and imported production through the API', () => {
  it('stores a member’s battery and EV charging, refuses bad values naming the field, and simulates them', async () => {
    // No area code: every point counts (with a code and no area held, each point would need one).
    const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: '' } });
    const anna = await api.addMember({
      project,
      member: { name: 'Anna', pods: ['IT001E00000011'], configurationId: c.id, lat: 45.46, lon: 9.19, annualKWh: 3000, ev: { annualKWh: 2000, pattern: 'evening-home' } },
    });
    expect(anna.ev).toEqual({ annualKWh: 2000, pattern: 'evening-home' });
    expect(anna.battery).toBeUndefined();
    const battery = { capacityKWh: 10, powerKW: 5, roundTripEfficiency: 0.9, minSoc: 0.1, strategy: 'self-consumption' as const };
    const updated = await api.updateMember({ project, id: anna.id, patch: { battery } });
    expect(updated.battery).toEqual(battery);
    await api.addMember({ project, member: { name: 'Bar', category: 'sme', pods: ['IT001E00000022'], configurationId: c.id, lat: 45.46, lon: 9.19, annualKWh: 8000 } });
    await api.addPlant({ project, plant: { name: 'FV Anna', kWp: 6, ownerMemberId: anna.id, pod: 'IT001E00000011', configurationId: c.id, lat: 45.46, lon: 9.19 } });

    const bad = await rejection(api.updateMember({ project, id: anna.id, patch: { battery: { ...battery, roundTripEfficiency: 1.5 } } }));
    expect(bad.code).toBe('bad-request');
    // The efficiency is a fraction in the model and a % in the form: the message uses the form's unit.
    expect(bad.message).toBe('Battery › Round-trip efficiency (%) must be between 50 and 100 %');
    expect(bad.messageIt).toBe('Batteria › Rendimento di ciclo (%) deve essere tra 50 e 100 %');
    const badEv = await rejection(api.updateMember({ project, id: anna.id, patch: { ev: { annualKWh: 100, pattern: 'sometimes' } as never } }));
    expect(badEv.message).toBe('EV charging › Charging pattern must be one of: evening-home, workplace-day, night');

    const r = await simulate();
    const a = r.members.find((m) => m.memberId === anna.id)!;
    // Consumption includes the EV's yearly kWh exactly.
    expect(a.evKWh).toBeCloseTo(2000, 6);
    expect(a.consumptionKWh).toBeCloseTo(3000 + 2000, 6);
    expect(a.battery).toMatchObject({ strategy: 'self-consumption', capacityKWh: 10 });
    expect(a.battery!.dischargedKWh).toBeGreaterThan(0);
    expect(a.battery!.equivalentCycles).toBeGreaterThan(10);
    expect(r.configurations[0]!.batteries).toHaveLength(1);

    // Clearing the battery brings self-consumption down again (and the result is stale).
    const withBattery = r.configurations[0]!.selfConsumedKWh;
    await api.updateMember({ project, id: anna.id, patch: { battery: null } });
    expect((await api.getSimulation({ project }))!.stale).toBe(true);
    const r2 = await simulate();
    expect(r2.configurations[0]!.selfConsumedKWh).toBeLessThan(withBattery);
    expect(r2.configurations[0]!.batteries).toBeUndefined();
  });

  it('imports a production curve for a plant (apart from the POD’s withdrawal curve) and a monthly profile for another', async () => {
    // No area code: every point counts (with a code and no area held, each point would need one).
    const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: '' } });
    const m = await api.addMember({ project, member: { name: 'Mulino', category: 'sme', pods: ['IT001E00000033'], configurationId: c.id, annualKWh: 10000 } });
    const hydro = await api.addPlant({ project, plant: { name: 'Idro', source: 'hydro', kWp: 30, pod: 'IT001E00000044', configurationId: c.id } });
    const measured = await api.addPlant({ project, plant: { name: 'FV misurato', kWp: 5, ownerMemberId: m.id, pod: 'IT001E00000033', configurationId: c.id } });

    // Two days of 2 kWh per hour, no POD column: re-laid on the civil year, every hour gets 2 kWh.
    const lines = ['Data;Ora;Energia kWh'];
    for (const day of ['03/06/2024', '04/06/2024']) for (let h = 0; h < 24; h++) lines.push(`${day};${String(h).padStart(2, '0')}:00;2`);
    const file = path.join(tmp.dir, 'produzione.csv');
    fs.writeFileSync(file, lines.join('\n'));
    const imported = await api.importFromPath({ project, path: file, plantId: measured.id });
    expect(imported.production).toMatchObject({ plantId: measured.id, plantName: 'FV misurato', kind: 'series', stepMinutes: 60, length: 48, totalKWh: 96 });
    // The POD has no withdrawal curve: the production is kept apart.
    const data = await api.listImportedData({ project });
    expect(data.curves).toEqual([]);
    expect(data.production!.map((p) => p.plantId)).toEqual([measured.id]);

    const monthly = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200];
    const summary = await api.setPlantMonthlyProduction({ project, plantId: hydro.id, monthlyKWh: monthly });
    expect(summary).toMatchObject({ kind: 'monthly', totalKWh: 7800, monthlyKWh: monthly });
    const e = await rejection(api.setPlantMonthlyProduction({ project, plantId: hydro.id, monthlyKWh: [1, 2, 3] }));
    expect(e.field).toBe('monthlyKWh');

    const r = await simulate();
    const p = (id: number) => r.plants.find((x) => x.plantId === id)!;
    expect(p(measured.id).productionKWh).toBeCloseTo(8784 * 2, 6);
    expect(p(hydro.id).productionKWh).toBeCloseTo(7800, 6);
    expect(p(hydro.id).monthlyProductionKWh.map((v) => Math.round(v))).toEqual(monthly);
    expect(r.warnings.some((w) => textIn(w, 'en').includes('Idro'))).toBe(false);

    await api.clearPlantProduction({ project, plantId: hydro.id });
    const r2 = await simulate();
    expect(r2.plants.find((x) => x.plantId === hydro.id)!.productionKWh).toBe(0);
    expect(r2.warnings.some((w) => textIn(w, 'en').includes('Idro'))).toBe(true);
  });

  async function windProject(): Promise<void> {
    const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: 'AC001E00934' } });
    await api.addMember({ project, member: { name: 'Anna', pods: ['IT001E00000011'], configurationId: c.id, lat: 45, lon: 8 } });
    await api.addPlant({ project, plant: { name: 'Eolico', source: 'wind', kWp: 10, hubHeightM: 24, configurationId: c.id, lat: 45, lon: 8 } });
  }

  it('warns that the embedded climate has no real wind and refuses a bad weather file', async () => {
    await windProject();
    const calm = await simulate();
    expect(calm.warnings.some((w) => textIn(w, 'en').includes('no real wind data'))).toBe(true);
    const bad = path.join(tmp.dir, 'meteo.txt');
    fs.writeFileSync(bad, 'not weather');
    expect((await rejection(api.setProjectWeather({ project, path: bad }))).code).toBe('bad-request');
    expect(await api.getProjectWeather({ project })).toBeNull();
  });

  it.skipIf(lacksReference(`data/${EPW}`))('keeps a weather file in the project: a wind plant then runs on its real wind', async () => {
    await windProject();
    const w = await api.setProjectWeather({ project, path: referenceData(EPW) });
    expect(w).toMatchObject({ name: EPW, hours: 8760 });
    expect(w.meanWindSpeedMs).toBeGreaterThan(0.5);
    const windy = await simulate();
    expect(windy.warnings.some((x) => textIn(x, 'en').includes('no real wind data'))).toBe(false);
    expect(windy.plants[0]!.productionKWh).toBeGreaterThan(0);
    expect(windy.weatherSource).not.toMatch(/embedded/);
    await api.clearProjectWeather({ project });
    expect(await api.getProjectWeather({ project })).toBeNull();
  });

  it('refuses a production import for an unknown plant and a non-curve kind', async () => {
    const file = path.join(tmp.dir, 'p.csv');
    fs.writeFileSync(file, 'Data;Ora;Energia kWh\n03/06/2024;00:00;1\n');
    expect((await rejection(api.importFromPath({ project, path: file, plantId: 99 }))).code).toBe('not-found');
    const plant = await api.addPlant({ project, plant: { name: 'Eolico', source: 'wind', kWp: 20 } });
    expect((await rejection(api.importFromPath({ project, path: file, plantId: plant.id, kind: 'bills' }))).field).toBe('kind');
  });
});
