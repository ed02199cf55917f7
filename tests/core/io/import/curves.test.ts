import { describe, expect, it } from 'vitest';
import { importCurves, previewCurveFile } from '../../../../core/io/import/parseCurves';
import { assessCurve } from '../../../../core/io/import/curveQuality';
import { IoError } from '../../../../core/io/io-error';
import { hhmm, writeText, writeXlsx, type XCell } from './fixtures';

const P1 = 'IT001E00000001';
const P2 = 'IT002E00000002';
const it2 = (x: number): string => x.toFixed(2).replace('.', ',');

describe('row-per-day layout', () => {
  it('reads 96 quarter-hour columns, several PODs, March DST day with the skipped hour empty', async () => {
    const header = ['POD', 'Data', ...Array.from({ length: 96 }, (_, i) => `${hhmm(i * 15)}-${hhmm(i * 15 + 15)}`)];
    const lines = ['Energia attiva prelevata (kWh)', header.join(';')];
    for (const pod of [P1, P2]) {
      for (const day of ['30/03/2024', '31/03/2024', '01/04/2024']) {
        const vals = Array.from({ length: 96 }, (_, s) => (day === '31/03/2024' && s >= 8 && s < 12 ? '' : it2(s / 100 + (pod === P2 ? 1 : 0))));
        lines.push([pod, day, ...vals].join(';'));
      }
    }
    const { preview, curves } = await importCurves(writeText('daily96.csv', lines.join('\r\n')));
    expect(preview.layout).toBe('daily');
    expect(preview.unit).toBe('kWh');
    expect(preview.stepMinutes).toBe(15);
    expect(preview.podColumn).toBe(0);
    expect(curves.map((c) => c.pod)).toEqual([P1, P2]);
    const s = curves[0]!.series;
    expect(s.base).toEqual({ startUtcMs: Date.UTC(2024, 2, 29, 23), stepMinutes: 15, length: 96 + 92 + 96, timeZone: 'Europe/Rome' });
    expect(s.kWh[96 + 7]).toBeCloseTo(0.07); // 01:45 CET
    expect(s.kWh[96 + 8]).toBeCloseTo(0.12); // 03:00 CEST = 01:00 UTC
    expect(curves[1]!.series.kWh[0]).toBeCloseTo(1.0);
    expect(curves[0]!.quality.coveragePct).toBe(100);
  });

  it('places October extra columns marked "bis" after the first 02:00–03:00 (hourly, xlsx, Date cells)', async () => {
    const header: XCell[] = ['Data', ...Array.from({ length: 24 }, (_, h) => `${hhmm(h * 60)}-${hhmm(h * 60 + 60)}`), '02:00-03:00 bis'];
    const rows: XCell[][] = [['Consumi orari [kWh]'], header];
    rows.push([new Date(Date.UTC(2024, 9, 26)), ...Array.from({ length: 24 }, (_, h) => h + 1), null]);
    rows.push([new Date(Date.UTC(2024, 9, 27)), ...Array.from({ length: 24 }, (_, h) => h + 1), 100]);
    const { curves } = await importCurves(await writeXlsx('oct25.xlsx', { Foglio1: rows }), { mapping: { pod: P1 } });
    const s = curves[0]!.series;
    expect(s.base.startUtcMs).toBe(Date.UTC(2024, 9, 25, 22));
    expect(s.base.length).toBe(24 + 25);
    expect(Array.from(s.kWh.slice(24, 30))).toEqual([1, 2, 3, 100, 4, 5]);
    expect(s.kWh[48]).toBe(24);
  });

  it('splits the October repeated hour when the file has only 24 columns, and reads a packed March day', async () => {
    const header = ['Giorno', ...Array.from({ length: 24 }, (_, h) => String(h + 1))];
    const oct = ['27/10/2024', ...Array.from({ length: 24 }, (_, h) => (h === 2 ? '10' : '1'))];
    const mar = ['31/03/2024', ...Array.from({ length: 23 }, (_, h) => String(h + 1)), ''];
    const csv = ['Energia kWh', header.join(';'), mar.join(';'), oct.join(';')].join('\n');
    const { curves } = await importCurves(writeText('split.csv', csv), { mapping: { pod: P1 } });
    const s = curves[0]!.series;
    expect(Array.from(s.kWh.slice(0, 23))).toEqual(Array.from({ length: 23 }, (_, h) => h + 1));
    // gap from April to October is filled; check the October day (last 25 values)
    const oct25 = Array.from(s.kWh.slice(s.base.length - 25));
    expect(oct25.slice(0, 6)).toEqual([1, 1, 5, 5, 1, 1]);
    expect(curves[0]!.quality.notes.join(' ')).toMatch(/divisi a metà/);
  });
});

describe('long layout', () => {
  it('disambiguates the repeated October hour by order and converts kW to kWh', async () => {
    const lines = ['Data e ora;Potenza media [kW]'];
    const hours = [0, 1, 2, 2, 3];
    hours.forEach((h, i) => lines.push(`27/10/2024 ${hhmm(h * 60)};${i + 1}`));
    const { preview, curves } = await importCurves(writeText('long.csv', lines.join('\n')), { mapping: { pod: P1 } });
    expect(preview.layout).toBe('long');
    expect(preview.unit).toBe('kW');
    expect(preview.stepMinutes).toBe(60);
    const s = curves[0]!.series;
    expect(s.base.startUtcMs).toBe(Date.UTC(2024, 9, 26, 22));
    expect(Array.from(s.kWh)).toEqual([1, 2, 3, 4, 5]);
  });

  it('honours ISO offsets, many PODs, separate quarter-hour values in kW', async () => {
    const lines = ['pod,timestamp,kW'];
    for (const pod of [P1, P2]) for (let q = 0; q < 4; q++) lines.push(`${pod},2024-06-01T${hhmm(q * 15)}:00+02:00,${q + 1}.5`);
    const { curves } = await importCurves(writeText('iso.csv', lines.join('\n')));
    expect(curves).toHaveLength(2);
    expect(curves[1]!.series.base.startUtcMs).toBe(Date.UTC(2024, 4, 31, 22));
    expect(Array.from(curves[1]!.series.kWh)).toEqual([1.5 / 4, 2.5 / 4, 3.5 / 4, 4.5 / 4]);
  });

  it('reads date and time in separate columns with interval-end labels (00:15…24:00)', async () => {
    const lines = ['Data;Ora;Energia (kWh)'];
    for (let q = 1; q <= 96; q++) lines.push(`15/01/2024;${hhmm(q * 15)};1`);
    const { preview, curves } = await importCurves(writeText('end.csv', lines.join('\n')), { mapping: { pod: P1 } });
    expect(preview.mapping.timestampAt).toBe('end');
    expect(curves[0]!.series.base).toMatchObject({ startUtcMs: Date.UTC(2024, 0, 14, 23), length: 96, stepMinutes: 15 });
  });
});

describe('single column', () => {
  it('reads 8,784 hourly values with a stated start', async () => {
    const vals = Array.from({ length: 8784 }, (_, i) => String(i % 24));
    const path = writeText('single.csv', ['kWh', ...vals].join('\n'));
    const { preview } = await previewCurveFile(path);
    expect(preview.layout).toBe('single');
    expect(preview.stepMinutes).toBe(60);
    const { curves } = await importCurves(path, { mapping: { pod: P1, start: '2024-01-01' } });
    expect(curves[0]!.series.base).toEqual({ startUtcMs: Date.UTC(2023, 11, 31, 23), stepMinutes: 60, length: 8784, timeZone: 'Europe/Rome' });
    expect(curves[0]!.series.kWh[25]).toBe(1);
  });

  it('rejects a year curve of the wrong length', async () => {
    const vals = Array.from({ length: 8760 }, () => '1');
    const path = writeText('single-2024.csv', ['kWh', ...vals].join('\n'));
    await expect(importCurves(path, { mapping: { pod: P1, start: '2024-01-01' } })).rejects.toMatchObject({ code: 'io/wrong-length' });
  });
});

describe('unit, progress, cancellation', () => {
  it('marks an unknown unit and asks for it', async () => {
    const lines = ['Data;Ora;Valore', '01/01/2024;00:00;1', '01/01/2024;01:00;2'];
    const path = writeText('nounit.csv', lines.join('\n'));
    const { preview } = await previewCurveFile(path);
    expect(preview.unit).toBe('unknown');
    await expect(importCurves(path, { mapping: { pod: P1 } })).rejects.toBeInstanceOf(IoError);
    const ok = await importCurves(path, { mapping: { pod: P1, unit: 'kWh' } });
    expect(Array.from(ok.curves[0]!.series.kWh)).toEqual([1, 2]);
  });

  it('reports progress and honours an aborted signal', async () => {
    const rows: XCell[][] = [['POD', 'Data', ...Array.from({ length: 24 }, (_, h) => `H${h + 1}`)]];
    for (let d = 0; d < 400; d++) rows.push([P1, new Date(Date.UTC(2023, 0, 1 + d)), ...Array.from({ length: 24 }, () => 0.5)]);
    const path = await writeXlsx('progress.xlsx', { Curve: rows });
    const seen: number[] = [];
    const { curves } = await importCurves(path, { mapping: { unit: 'kWh' }, onProgress: (f) => seen.push(f) });
    expect(curves[0]!.series.base.length).toBe(400 * 24);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    const ac = new AbortController();
    ac.abort();
    await expect(importCurves(path, { signal: ac.signal })).rejects.toMatchObject({ code: 'io/aborted' });
  });
});

describe('quality report', () => {
  it('interpolates short gaps, profile-fills long ones, flags negatives, outliers, duplicates', () => {
    const n = 96 * 14;
    const v = new Float64Array(n).map((_, i) => 1 + (i % 96) / 96);
    v[100] = NaN; // 1 interval → linear
    for (let i = 500; i < 520; i++) v[i] = NaN; // 5 h → profile
    v[700] = -3;
    v[800] = 1000;
    const base = { startUtcMs: Date.UTC(2024, 0, 7, 23), stepMinutes: 15 as const, length: n, timeZone: 'Europe/Rome' };
    const { series, report } = assessCurve(P1, { base, kWh: v }, 4);
    expect(report.gaps.count).toBe(4); // negative and outlier become 1-interval gaps
    expect(report.gaps.longestIntervals).toBe(20);
    expect(report.gaps.longestHours).toBe(5);
    expect(report.gaps.interpolated).toBe(3);
    expect(report.gaps.profileFilled).toBe(1);
    expect(report.negatives.count).toBe(1);
    expect(report.outliers.count).toBe(1);
    expect(report.duplicates.count).toBe(4);
    expect(report.coveragePct).toBeCloseTo((100 * (n - 21)) / n); // as read: negative/outlier count as read
    expect(series.kWh[100]).toBeCloseTo((v[99]! + v[101]!) / 2);
    expect(series.kWh[510]).toBeCloseTo(1 + (510 % 96) / 96); // same weekday/slot a week apart
    expect(series.kWh[700]).toBeCloseTo(1 + (700 % 96) / 96);
    expect(series.kWh[800]).toBeCloseTo(1 + (800 % 96) / 96);
    expect(series.kWh.every((x) => Number.isFinite(x))).toBe(true);
  });
});
