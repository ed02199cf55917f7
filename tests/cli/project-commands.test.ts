/** `condivisa new / info / plants / configurations / community / param / prices / series` (in-process). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { CURRENT_SCHEMA_VERSION } from '../../core/store/migrations';
import { cliWorkspace } from '../helpers/cli';

const ws = cliWorkspace();
const condivisa = ws.condivisa;
const json = async (...args: string[]) => {
  const r = await condivisa(...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
/** `condivisa api` on p.condivisa, the project these tests build. */
const api = (op: string, args: object) => json('api', 'p.condivisa', op, JSON.stringify(args));

describe('condivisa help', () => {
  it('every command prints its usage with exit 0', async () => {
    const top = await condivisa('--help');
    const names = [...top.stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['new', 'info', 'plants', 'configurations', 'community', 'param', 'prices', 'series', 'api']));
    for (const name of names) {
      const r = await condivisa(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`Usage: condivisa ${name}`));
    }
  });
});

describe('condivisa new / info', () => {
  it('creates a project and describes it as JSON and in Italian', async () => {
    expect((await condivisa('new', 'p.condivisa', '--name', 'CER di Prova', '--type', 'CER')).code).toBe(0);
    expect(await json('info', 'p.condivisa', '--json')).toMatchObject({
      fileName: 'p.condivisa',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      community: { name: 'CER di Prova', type: 'CER' },
      counts: { members: 0, plants: 0, configurations: 0 },
      configurations: [],
    });
    expect((await condivisa('info', 'p.condivisa')).stdout).toMatch(/CER di Prova \(CER\)/);
  });

  it('refuses to overwrite an existing file', async () => {
    fs.writeFileSync(ws.path('keep.condivisa'), 'mine');
    expect((await condivisa('new', 'keep.condivisa')).code).toBe(1);
    expect(fs.readFileSync(ws.path('keep.condivisa'), 'utf8')).toBe('mine');
  });
});

describe('condivisa community', () => {
  it('shows the community and edits it with --set key=value', async () => {
    const set = await json('community', 'p.condivisa', '--set', 'region=Lombardia', '--set', 'municipality=Milano', '--set', 'referenceYear=2024', '--set', 'constitutionDate=2024-05-01', '--json');
    expect(set).toMatchObject({ name: 'CER di Prova', region: 'Lombardia', municipality: 'Milano', referenceYear: 2024, constitutionDate: '2024-05-01' });
    expect((await json('community', 'p.condivisa', '--set', 'constitutionDate=', '--json')).constitutionDate).toBeNull();
    const text = await condivisa('community', 'p.condivisa');
    expect(text.stdout).toMatch(/regione:\s+Lombardia {2}\(region\)/);
    expect(text.stdout).toMatch(/data di costituzione:\s+— {2}\(constitutionDate\)/);
  });

  it('refuses a wrong value or key naming it, and changes nothing', async () => {
    for (const [args, pattern] of [
      [['--set', 'referenceYear=1850'], /Reference year must be between 2000 and 2100/],
      [['--set', 'type=XYZ'], /Type must be one of: /],
      [['--set', 'colour=blue'], /colour/],
      [['--set', 'region'], /key=value/],
    ] as const) {
      const r = await condivisa('community', 'p.condivisa', ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await json('community', 'p.condivisa', '--json')).referenceYear).toBe(2024);
  });
});

describe('condivisa plants / configurations', () => {
  it('lists them with their ids, as JSON and in Italian', async () => {
    const c = await api('addConfiguration', { configuration: { name: 'Centro', substationCode: 'AC001E00934' } });
    const m = await api('addMember', { member: { name: 'Anna', pods: ['IT001E00000011'], configurationId: c.id, annualKWh: 3000 } });
    const p = await api('addPlant', { plant: { name: 'Tetto scuola', kWp: 60, tiltDeg: 30, azimuthDeg: 180, configurationId: c.id, ownerMemberId: m.id, pod: 'IT001E00000012' } });
    expect(await json('plants', 'p.condivisa', '--json')).toEqual([expect.objectContaining({ id: p.id, name: 'Tetto scuola', kWp: 60, configurationId: c.id })]);
    expect((await condivisa('plants', 'p.condivisa')).stdout).toMatch(new RegExp(`^\\s+${p.id}  Tetto scuola — fotovoltaico 60 kW, 30°/180° — POD IT001E00000012 — configurazione ${c.id} \\(Centro\\) — previsto$`, 'm'));
    // A declared investment cost follows, in Italian format; none is printed when not known.
    await api('updatePlant', { id: p.id, patch: { capexEur: 72500 } });
    expect((await condivisa('plants', 'p.condivisa')).stdout).toMatch(/— previsto — costo 72\.500 €$/m);
    expect(await json('configurations', 'p.condivisa', '--json')).toEqual([{ id: c.id, name: 'Centro', substationCode: 'AC001E00934', memberIds: [m.id], plantIds: [p.id], kWp: 60 }]);
    expect((await condivisa('configurations', 'p.condivisa')).stdout).toMatch(/Centro — cabina primaria AC001E00934 — 1 membro, 1 impianto \(60 kW\)/);
  });
});

describe('condivisa param', () => {
  it('lists the parameters with source and date, sets and unsets an override', async () => {
    const list = (await json('param', 'p.condivisa', 'list', '--json')) as { key: string; value: number; defaultValue: number; overridden: boolean; min: number; max: number }[];
    expect(list.length).toBeGreaterThan(5);
    const rate = list.find((p) => p.key === 'finance.discountRatePerYear')!;
    expect(rate.overridden).toBe(false);
    const value = rate.min + (rate.max - rate.min) / 2;
    const set = await json('param', 'p.condivisa', 'set', 'finance.discountRatePerYear', String(value).replace('.', ','), '--json');
    expect(set).toMatchObject({ key: 'finance.discountRatePerYear', value, overridden: true });
    const listed = (await condivisa('param', 'p.condivisa')).stdout;
    expect(listed).toMatch(/^\* finance\.discountRatePerYear /m);
    // For people: Italian units, the source's Italian wording and dates the Italian way.
    expect(listed).toMatch(/finance\.discountRatePerYear +[\d,]+ 1\/anno .*fonte: Ipotesi: .*, 01\/01\/2024$/m);
    expect(await json('param', 'p.condivisa', 'unset', 'finance.discountRatePerYear', '--json')).toMatchObject({ value: rate.defaultValue, overridden: false });
  });

  it('refuses an unknown key, a value out of range and a bad action (exit 1)', async () => {
    for (const args of [['set', 'colour', '3'], ['set', 'finance.discountRatePerYear', '99999'], ['set', 'finance.discountRatePerYear', 'tre'], ['frobnicate'], ['unset']]) {
      const r = await condivisa('param', 'p.condivisa', ...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('condivisa prices', () => {
  it('imports hourly zonal prices from a CSV, shows and clears them; a bad file changes nothing', async () => {
    expect((await condivisa('prices', 'p.condivisa')).stdout).toMatch(/nessun prezzo zonale orario importato/);
    // A year of hourly prices on a plain 24-hour grid: PUN 100.5, NORD 90 + hour of the day.
    const lines = ['Date,PUN,NORD'];
    for (let d = 0; d < 366; d++) {
      const day = new Date(Date.UTC(2024, 0, 1 + d));
      const dmy = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/2024`;
      for (let h = 0; h < 24; h++) lines.push(`${dmy} ${String(h).padStart(2, '0')}:00,100.5,${90 + h}`);
    }
    fs.writeFileSync(ws.path('prezzi.csv'), lines.join('\n'));
    const imported = await json('prices', 'p.condivisa', 'prezzi.csv', '--json');
    expect(imported).toMatchObject({ file: 'prezzi.csv', hours: 8784, year: 2024, zones: ['PUN', 'NORD'] });
    expect(imported.averageEurPerMWh.NORD).toBeCloseTo(101.5, 9);
    fs.writeFileSync(ws.path('rotto.csv'), 'Date,NORD\n01/01/2024 00:00,abc');
    const bad = await condivisa('prices', 'p.condivisa', 'rotto.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/rotto\.csv.*row 2/);
    expect((await condivisa('prices', 'p.condivisa')).stdout).toMatch(/prezzi\.csv: anno 2024, 8.784 ore, zone PUN, NORD\nmedia €\/MWh: PUN 100,5, NORD 101,5/);
    expect(await json('prices', 'p.condivisa', '--clear', '--json')).toBeNull();
    expect((await condivisa('prices', 'p.condivisa', 'missing.csv')).stderr).toMatch(/cannot read missing\.csv/);
  });
});

describe('condivisa series', () => {
  it("prints the engine's load of a POD with no curve: synthesised from the annual consumption", async () => {
    const load = await json('series', 'p.condivisa', '--pod', 'IT001E00000011', '--json');
    expect(load).toMatchObject({ pod: 'IT001E00000011', memberName: 'Anna', source: 'annual', referenceYear: 2024, stepMinutes: 60, start: '2023-12-31T23:00:00.000Z' });
    expect(load.kWh).toHaveLength(8784);
    expect(load.totalKWh).toBeCloseTo(3000, 6);
    const text = await condivisa('series', 'p.condivisa', '--pod', 'IT001E00000011', '--step', '15');
    const rows = text.stdout.trim().split('\n');
    expect(rows[1]).toMatch(/^# fonte: sintetizzato dal consumo annuo \(annual\), profilo household, anno 2024, 3.000 kWh$/);
    expect(rows.filter((l) => !l.startsWith('#'))).toHaveLength(8784 * 4);
    expect(rows[3]).toMatch(/^2023-12-31T23:00:00\.000Z\t\d/);
  });

  it('exits 1 for a POD of no member, a bad step, or --imported without a curve', async () => {
    for (const args of [['--pod', 'IT001E00000012'], ['--pod', 'IT001E00000011', '--step', '30'], ['--pod', 'IT001E00000011', '--imported']]) {
      const r = await condivisa('series', 'p.condivisa', ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
