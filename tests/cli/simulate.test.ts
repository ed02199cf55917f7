/** `condivisa pv`, `tariff` and `simulate` (in-process). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cliWorkspace } from '../helpers/cli';
import { describeWithReference, referenceData } from '../helpers/reference';

const TMY = 'pvgis-tmy_45.000_8.000_2005_2023.json';
const ws = cliWorkspace();
const condivisa = ws.condivisa;

describeWithReference([`data/${TMY}`], 'condivisa pv', () => {
  const weather = referenceData(TMY);
  it('prints the yearly, monthly and hourly production of a plant from a PVGIS TMY', async () => {
    const r = await condivisa('pv', '--weather', weather, '--kwp', '2', '--tilt', '30', '--azimuth', '180', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.hourly.kWh).toHaveLength(8760);
    expect(json.hourly.stepMinutes).toBe(60);
    expect(json.hourly.start).toBe('2018-01-01T00:00:00.000Z'); // the TMY's first record, UTC
    const sum = json.hourly.kWh.reduce((s: number, v: number) => s + v, 0);
    expect(json.annualKWh).toBeCloseTo(sum, 6);
    expect(json.monthlyKWh.reduce((s: number, v: number) => s + v, 0)).toBeCloseTo(sum, 6);
    // PVGIS's own PVcalc at 45°N 8°E, 30° south, 14% losses reports ≈1,300–1,350 kWh/kWp.
    expect(json.annualKWh / 2).toBeGreaterThan(1250);
    expect(json.annualKWh / 2).toBeLessThan(1400);
  });

  it('names the field of impossible plant parameters', async () => {
    const r = await condivisa('pv', '--weather', weather, '--kwp=-1', '--tilt', '30', '--azimuth', '180');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kWp/);
    const tilt = await condivisa('pv', '--weather', weather, '--kwp', '1', '--tilt', '120', '--azimuth', '180');
    expect(tilt.code).toBe(1);
    expect(tilt.stderr).toMatch(/tilt/);
  });
});

describe('condivisa pv without a weather file', () => {
  it('names the missing or unreadable file', async () => {
    expect((await condivisa('pv', '--kwp', '1', '--tilt', '30', '--azimuth', '180')).stderr).toMatch(/missing --weather/);
    const r = await condivisa('pv', '--weather', 'nessuno.json', '--kwp', '1', '--tilt', '30', '--azimuth', '180');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read the weather file .*nessuno\.json/);
  });
});

describe('condivisa tariff', () => {
  it('reproduces the worked points of the operating rules', async () => {
    const tip = async (...a: string[]) => JSON.parse((await condivisa('tariff', ...a, '--json')).stdout).tipEurPerMWh;
    expect(await tip('--power-kw', '150', '--region', 'Lombardia', '--pz', '120')).toBe(130);
    expect(await tip('--power-kw', '150', '--region', 'Lombardia', '--pz', '120', '--grant', '0.4')).toBe(65);
    expect(await tip('--power-kw', '700', '--region', 'Sicilia', '--pz', '150')).toBe(90);
    expect((await condivisa('tariff', '--power-kw', '150', '--region', 'Lombardia', '--pz', '120', '--grant', '0.5')).code).toBe(1);
  });
});

describe('condivisa simulate', () => {
  it('refuses an empty project: nothing to simulate is a user error', async () => {
    expect((await condivisa('new', 'p.condivisa', '--name', 'Prova')).code).toBe(0);
    const empty = await condivisa('simulate', 'p.condivisa', '--json');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no configuration/);
  });

  it('simulates the demo project and prints per configuration the energy and money figures', async () => {
    const demo = JSON.parse((await condivisa('api', '-', 'openDemoProject')).stdout) as { path: string };
    const r = await condivisa('simulate', demo.path, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { configurations: { sharedKWh: number; injectedKWh: number; withdrawnKWh: number; incentiveEur: number }[] };
    expect(json.configurations.length).toBeGreaterThan(0);
    for (const c of json.configurations) {
      expect(c.sharedKWh).toBeGreaterThan(0);
      expect(c.sharedKWh).toBeLessThanOrEqual(Math.min(c.injectedKWh, c.withdrawnKWh) + 1e-6);
      expect(c.incentiveEur).toBeGreaterThan(0);
    }
    const text = await condivisa('simulate', demo.path);
    expect(text.stdout).toMatch(/condivisa [\d.]+ kWh \(incentivata/);
  });

  it('gives each member the share of the project’s sharing rules, to the cent (equal quotas: the same for all)', async () => {
    const demo = JSON.parse((await condivisa('api', '-', 'openDemoProject')).stdout) as { path: string };
    const rules = path.join(path.dirname(demo.path), 'uguali.json');
    // After GSE fees, 100% in equal quotas per member of each configuration.
    fs.writeFileSync(rules, JSON.stringify({ community: [{ kind: 'cost', id: 'gse', group: 'gse-fees', percent: 0 }, { kind: 'equal', id: 'quote', percent: 100 }] }));
    expect((await condivisa('share', demo.path, '--rules', rules, '--save')).code).toBe(0);
    const sim = JSON.parse((await condivisa('simulate', demo.path, '--json')).stdout) as {
      sharing: { rules: string };
      members: { memberId: number; incentiveShareEur?: number }[];
    };
    const share = JSON.parse((await condivisa('share', demo.path, '--json')).stdout) as { members: { id: number; totalEur: number }[] };
    expect(sim.sharing.rules).toBe('project');
    for (const m of share.members) expect(sim.members.find((x) => x.memberId === m.id)?.incentiveShareEur).toBe(m.totalEur);
  });
});

