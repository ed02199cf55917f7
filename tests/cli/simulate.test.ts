import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, tempDir } from '../helpers/tmp';
import { cliRunner, ensureCliBuilt } from '../helpers/cli';

const TMY = path.resolve(REPO_ROOT, '..', 'shared', 'reference', 'data', 'pvgis-tmy_45.000_8.000_2005_2023.json');
let tmp: ReturnType<typeof tempDir>;

const condivisa = cliRunner(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
  ensureCliBuilt();
});
afterAll(() => tmp.cleanup());

describe('condivisa pv', () => {
  it.skipIf(!fs.existsSync(TMY))('prints the yearly, monthly and hourly production of a plant from a PVGIS TMY', () => {
    const r = condivisa('pv', '--weather', TMY, '--kwp', '2', '--tilt', '30', '--azimuth', '180', '--json');
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

  it('names the field of impossible plant parameters', () => {
    const r = condivisa('pv', '--weather', TMY, '--kwp=-1', '--tilt', '30', '--azimuth', '180');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kWp/);
    const tilt = condivisa('pv', '--weather', TMY, '--kwp', '1', '--tilt', '120', '--azimuth', '180');
    expect(tilt.code).toBe(1);
    expect(tilt.stderr).toMatch(/tilt/);
  });
});

describe('condivisa tariff', () => {
  it('reproduces the worked points of the operating rules', () => {
    const tip = (...a: string[]) => JSON.parse(condivisa('tariff', ...a, '--json').stdout).tipEurPerMWh;
    expect(tip('--power-kw', '150', '--region', 'Lombardia', '--pz', '120')).toBe(130);
    expect(tip('--power-kw', '150', '--region', 'Lombardia', '--pz', '120', '--grant', '0.4')).toBe(65);
    expect(tip('--power-kw', '700', '--region', 'Sicilia', '--pz', '150')).toBe(90);
    expect(condivisa('tariff', '--power-kw', '150', '--region', 'Lombardia', '--pz', '120', '--grant', '0.5').code).toBe(1);
  });
});

describe('condivisa simulate', () => {
  it('simulates a project and prints per configuration the energy and money figures', () => {
    const made = condivisa('new', 'p.condivisa', '--name', 'Prova');
    expect(made.code).toBe(0);
    // Empty project: nothing to simulate is a user error.
    const empty = condivisa('simulate', 'p.condivisa', '--json');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no configuration/);
  });
});
