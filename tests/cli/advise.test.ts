/** `condivisa advise` and `condivisa outlook` on the demo project (in-process). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cliWorkspace } from '../helpers/cli';

const ws = cliWorkspace();
const condivisa = ws.condivisa;
const demo = async () => (JSON.parse((await condivisa('api', '-', 'openDemoProject')).stdout) as { path: string }).path;

describe('condivisa advise', () => {
  it('prints the sizing sweep as the documented JSON, the best size the one with the largest NPV', async () => {
    const file = await demo();
    const r = await condivisa('advise', file, '--size', '1', '--objective', 'npv', '--steps', '4', '--max-kwp', '120', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { plantId: number; objective: string; bestKWp: number; bestStorageKWh: number; sizes: Record<string, number | null>[] };
    expect(Object.keys(json)).toEqual(['plantId', 'objective', 'bestKWp', 'bestStorageKWh', 'sizes']);
    expect(json.plantId).toBe(1);
    expect(json.objective).toBe('npv');
    expect(json.bestStorageKWh).toBe(0);
    expect(json.sizes.map((s) => s.kWp)).toEqual([30, 60, 90, 120]);
    for (const s of json.sizes) expect(Object.keys(s)).toEqual(['kWp', 'storageKWh', 'sharedKWh', 'npvEur', 'irr', 'paybackYears', 'avoidedTCO2']);
    const best = json.sizes.reduce((b, s) => (s.npvEur! > b.npvEur! ? s : b));
    expect(json.bestKWp).toBe(best.kWp);
    const text = await condivisa('advise', file, '--size', '1', '--steps', '3');
    expect(text.stdout).toMatch(/taglia consigliata: [\d,.]+ kWp/);
  });

  it('sweeps kWp × storage (--storage): every pair once, the best pair the one with the most shared energy', async () => {
    const file = await demo();
    const r = await condivisa('advise', file, '--size', '1', '--objective', 'shared', '--steps', '2', '--max-kwp', '60', '--storage', '20,0,40', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { bestKWp: number; bestStorageKWh: number; sizes: { kWp: number; storageKWh: number; sharedKWh: number }[] };
    expect(json.sizes.map((s) => [s.kWp, s.storageKWh])).toEqual([
      [30, 0],
      [30, 20],
      [30, 40],
      [60, 0],
      [60, 20],
      [60, 40],
    ]);
    const best = json.sizes.reduce((b, s) => (s.sharedKWh > b.sharedKWh ? s : b));
    expect([json.bestKWp, json.bestStorageKWh]).toEqual([best.kWp, best.storageKWh]);
    const text = await condivisa('advise', file, '--size', '1', '--objective', 'shared', '--steps', '2', '--max-kwp', '60', '--storage', '0;20');
    expect(text.stdout).toMatch(/accumulo kWh/);
    expect(text.stdout).toMatch(/taglia consigliata: [\d,.]+ kWp (con [\d,.]+ kWh di accumulo|senza accumulo)/);
    const bad = await condivisa('advise', file, '--size', '1', '--storage', '10,tanti');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--storage/);
  });

  it('recommends members from a registry file, with each one’s marginal gain and daytime share', async () => {
    const file = await demo();
    const registry = ws.path('candidati.csv');
    fs.writeFileSync(registry, 'Nome;Categoria;Consumo annuo\nBar Centrale;PMI;15000\nFamiglia Rossi;privato;2700\nOratorio;parrocchia;4000\n');
    const r = await condivisa('advise', file, '--members', registry, '--max-count', '2', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { marginal: { key: string; gain: number }[]; best: { keys: string[] }; candidates: { name: string; dayNight: { daytimeShare: number } }[]; choices: { method: string }[] };
    expect(json.candidates.map((c) => c.name)).toEqual(['Bar Centrale', 'Famiglia Rossi', 'Oratorio']);
    expect(json.best.keys.length).toBeLessThanOrEqual(2);
    for (const m of json.marginal) expect(m.gain).toBeGreaterThanOrEqual(0);
    // Three candidates: the exhaustive search runs too (the true optimum).
    expect(json.choices.map((c) => c.method)).toEqual(['greedy', 'swap', 'exhaustive']);
    const bad = ws.path('rotto.csv');
    fs.writeFileSync(bad, 'Nome;Categoria\nX;astronauta\n');
    const e = await condivisa('advise', file, '--members', bad);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/rotto\.csv.*astronauta|astronauta.*rotto\.csv/s);
  });
});

describe('condivisa outlook', () => {
  it('reads an Open-Meteo forecast and lists the hours to shift loads; clear sky without one', async () => {
    const file = await demo();
    const forecast = ws.path('previsione.json');
    const time = Array.from({ length: 72 }, (_, i) => new Date(Date.UTC(2026, 5, 1, 0) + i * 3_600_000).toISOString().slice(0, 16));
    fs.writeFileSync(forecast, JSON.stringify({ latitude: 45.47, longitude: 9.22, utc_offset_seconds: 0, timezone: 'GMT', hourly: { time, cloud_cover: time.map(() => 10) } }));
    const r = await condivisa('outlook', file, '--forecast', forecast, '--now', '2026-05-31T23:00:00Z', '--json');
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout) as { basis: string; hours: { kWh: number; suggested: boolean }[]; windows: unknown[]; plants: unknown[] };
    expect(o.basis).toBe('forecast');
    // The first value (stamped 00:00) is the mean of the hour before it: 72 hours from 23:00Z.
    expect(o.hours.length).toBe(72);
    expect(o.windows.length).toBe(3);
    expect(o.plants.length).toBe(3);
    const msg = await condivisa('outlook', file, '--forecast', forecast, '--now', '2026-05-31T23:00:00Z', '--message', 'it');
    expect(msg.stdout).toMatch(/lunedì 1\/6: meglio tra le \d\d:00–\d\d:00/);
    // The text for people: dates the Italian way (not ISO) beside the hours.
    const text0 = await condivisa('outlook', file, '--forecast', forecast, '--now', '2026-05-31T23:00:00Z');
    expect(text0.stdout).toMatch(/^ {2}0[123]\/06\/2026 \d\d:00–\d\d:00: [\d.,]+ kWh/m);
    expect(text0.stdout).not.toMatch(/2026-06-0/);
    const pdf = ws.path('prossimi.pdf');
    const sheet = await condivisa('outlook', file, '--forecast', forecast, '--now', '2026-05-31T23:00:00Z', '--pdf', pdf);
    expect(sheet.code, sheet.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Prossimi 3 giorni/);
    expect(text).toMatch(/lunedì 1\/6: meglio tra le \d\d:00–\d\d:00/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    const clear = await condivisa('outlook', file, '--json');
    expect(JSON.parse(clear.stdout).basis).toBe('clear-sky');
    fs.writeFileSync(forecast, '{"hourly":{"time":["2026-06-01T00:00"],"cloud_cover":["molto"]}}');
    const bad = await condivisa('outlook', file, '--forecast', forecast);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/previsione\.json.*hourly\.cloud_cover|hourly\.cloud_cover.*previsione\.json/s);
  });
});
