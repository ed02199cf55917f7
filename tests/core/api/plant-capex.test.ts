/**
 * A plant's investment cost through the API: stored, cleared, refused when negative (naming the
 * field), used by the funding-call assessment and carried by the workbook. PNRR caps [RO App. E
 * p.158]: 1,500 €/kW up to 20 kW, 1,200 €/kW up to 200 kW; the call's grant is 40 % [RO p.52].
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreService } from '../../../core/api/node/core-service';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'capex', name: 'CER Costi', type: 'CER', referenceYear: 2024 })).path;
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});

describe('plant investment cost', () => {
  it('is stored, cleared with null, and a negative one is refused naming the field', async () => {
    const p = await api.addPlant({ project, plant: { name: 'FV scuola', kWp: 10, capexEur: 12000 } });
    expect(p.capexEur).toBe(12000);
    expect((await api.listPlants({ project }))[0]!.capexEur).toBe(12000);
    const cleared = await api.updatePlant({ project, id: p.id, patch: { capexEur: null } });
    expect(cleared.capexEur ?? null).toBeNull();

    const bad = await rejection(api.updatePlant({ project, id: p.id, patch: { capexEur: -5 } }));
    expect(bad.code).toBe('bad-request');
    expect(bad.message).toMatch(/^Investment cost \(€\) must be between 0 and /);
    expect(bad.messageIt).toMatch(/^Costo investimento \(€\) deve essere tra 0 e /);
    // Nothing was written: the plant keeps no cost.
    expect((await api.listPlants({ project }))[0]!.capexEur ?? null).toBeNull();
  });

  it('sets the eligible cost and grant of a funding call: min(cost, cap) × 40 %; the cap only when no cost', async () => {
    // 10 kW: cap 10 × 1,500 = 15,000 €. Cost 12,000 (below) → grant 0.4 × 12,000 = 4,800 €.
    const below = await api.addPlant({ project, plant: { name: 'Sotto', kWp: 10, capexEur: 12000 } });
    // 100 kW: cap 100 × 1,200 = 120,000 €. Cost 150,000 (above) → eligible 120,000, grant 48,000 €.
    const above = await api.addPlant({ project, plant: { name: 'Sopra', kWp: 100, capexEur: 150000 } });
    // 20 kW, no cost: cost = cap 30,000 €, flagged as assumed → grant 12,000 €.
    const unknown = await api.addPlant({ project, plant: { name: 'Ignoto', kWp: 20 } });
    const a = await api.assessFundingCall({ project, call: 'pnrr-cer', today: '2025-01-15' });
    const of = (id: number) => a.plants.find((p) => p.plantId === id)!;
    expect(of(below.id)).toMatchObject({ costEur: 12000, costAssumed: false, costCapEur: 15000, eligibleCostEur: 12000, grantEur: 4800 });
    expect(of(above.id)).toMatchObject({ costEur: 150000, costAssumed: false, costCapEur: 120000, eligibleCostEur: 120000, grantEur: 48000 });
    expect(of(unknown.id)).toMatchObject({ costEur: 30000, costAssumed: true, eligibleCostEur: 30000, grantEur: 12000 });
    // 12,000 + 120,000 + 30,000 = 162,000 €; 4,800 + 48,000 + 12,000 = 64,800 €.
    expect(a.totals).toMatchObject({ eligibleCostEur: 162000, grantEur: 64800 });

    // Typing a cost on the unknown plant replaces the assumption: 25,000 € < 30,000 € cap → 10,000 €.
    await api.updatePlant({ project, id: unknown.id, patch: { capexEur: 25000 } });
    const b = await api.assessFundingCall({ project, call: 'pnrr-cer', today: '2025-01-15' });
    expect(b.plants.find((p) => p.plantId === unknown.id)).toMatchObject({ costEur: 25000, costAssumed: false, eligibleCostEur: 25000, grantEur: 10000 });
  });

  it('goes out and back in through the workbook, an empty cell staying unknown', async () => {
    await api.addPlant({ project, plant: { name: 'Con costo', kWp: 10, capexEur: 13500.5 } });
    await api.addPlant({ project, plant: { name: 'Senza costo', kWp: 10 } });
    const wb = await api.exportProjectWorkbook({ project });
    const copy = (await api.createProjectFromWorkbook({ path: 'copia', name: 'copia.xlsx', base64: wb.base64 })).path;
    const plants = await api.listPlants({ project: copy });
    expect(plants.map((p) => [p.name, p.capexEur ?? null])).toEqual([
      ['Con costo', 13500.5],
      ['Senza costo', null],
    ]);
  });
});
