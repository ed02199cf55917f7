/**
 * Checks the product's household load shape against ARERA's published average hourly
 * withdrawals of domestic customers (by month, region, power class and day type).
 * The reference file is read in place and never copied into the project.
 *
 * Run: `npx tsx scripts/check-load-shapes.ts [region] [power class]` (when tsx is
 * available); tests/core/load/areraHouseholdCheck.test.ts imports the same functions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOUSEHOLD_SHAPE } from '../core/load/shapes/household';
import { winterWeight } from '../core/load/shapeWeights';
import type { LoadShapeDefinition } from '../core/load/loadShapeDefinition';

/** ARERA's profiles in the reference data beside the project (../shared/reference/data). */
export const ARERA_PROFILES_PATH = fileURLToPath(new URL('../../shared/reference/data/arera-hourly-withdrawal-profiles.csv', import.meta.url));

export type AreraDayType = 'Giorno feriale' | 'Sabato' | 'Domenica';
export const ARERA_DAY_TYPES: readonly AreraDayType[] = ['Giorno feriale', 'Sabato', 'Domenica'];

export interface AreraRow {
  month: number;
  region: string;
  powerClass: string;
  dayType: AreraDayType;
  hour: number;
  /** Average hourly withdrawal [kWh]. */
  kWh: number;
}

/** Parses the ARERA CSV (Mese,Regione,Classe potenza,Working day,Ora,Prelievo…). */
export function parseAreraCsv(text: string): AreraRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line) => {
    const [mese, regione, classe, giorno, ora, kWh] = line.split(',');
    return {
      month: Number(mese),
      region: regione!,
      powerClass: classe!,
      dayType: giorno as AreraDayType,
      hour: Number(ora),
      kWh: Number(kWh),
    };
  });
}

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) { ma += a[i]!; mb += b[i]!; }
  ma /= n; mb /= n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma, db = b[i]! - mb;
    sab += da * db; saa += da * da; sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

const MID_MONTH_DOY = [15, 46, 74, 105, 135, 166, 196, 227, 258, 288, 319, 349];

/** The shape's 24 hourly levels for a month (mid-month blend) and ARERA day type. */
export function shapeHours(shape: LoadShapeDefinition, month: number, dayType: AreraDayType): number[] {
  const key = dayType === 'Giorno feriale' ? 'weekday' : dayType === 'Sabato' ? 'saturday' : 'holiday';
  const w = winterWeight(MID_MONTH_DOY[month - 1]!);
  const lvl = shape.monthly[month - 1]!;
  return shape.winter[key].map((v, h) => (w * v + (1 - w) * shape.summer[key][h]!) * lvl);
}

export interface ShapeComparison {
  region: string;
  powerClass: string;
  /** Correlation of the 24 hourly values, [month − 1][day type index]. */
  byMonthAndDayType: number[][];
  /** Correlation over all 12 × 3 × 24 values (hourly, day-type and monthly levels together). */
  overall: number;
  min: number;
  mean: number;
}

/** Compares a shape with ARERA for a region and power class. */
export function compareWithArera(rows: readonly AreraRow[], region: string, powerClass: string, shape = HOUSEHOLD_SHAPE): ShapeComparison {
  const sel = rows.filter((r) => r.region === region && r.powerClass === powerClass);
  if (sel.length === 0) throw new Error(`No ARERA rows for ${region} / ${powerClass}`);
  const byMonthAndDayType: number[][] = [];
  const allOurs: number[] = [];
  const allTheirs: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const row: number[] = [];
    for (const dt of ARERA_DAY_TYPES) {
      const theirs = new Array<number>(24).fill(Number.NaN);
      for (const r of sel) if (r.month === m && r.dayType === dt) theirs[r.hour] = r.kWh;
      if (theirs.some((v) => Number.isNaN(v))) throw new Error(`Incomplete ARERA day ${m} ${dt}`);
      const ours = shapeHours(shape, m, dt);
      row.push(pearson(ours, theirs));
      allOurs.push(...ours);
      allTheirs.push(...theirs);
    }
    byMonthAndDayType.push(row);
  }
  const flat = byMonthAndDayType.flat();
  return {
    region,
    powerClass,
    byMonthAndDayType,
    overall: pearson(allOurs, allTheirs),
    min: Math.min(...flat),
    mean: flat.reduce((s, v) => s + v, 0) / flat.length,
  };
}

export function formatComparison(c: ShapeComparison): string {
  const lines = [`Household shape vs ARERA — ${c.region}, ${c.powerClass}`, 'month  weekday  saturday  sunday'];
  c.byMonthAndDayType.forEach((r, i) => lines.push(`${String(i + 1).padStart(5)}  ${r.map((v) => v.toFixed(3).padStart(7)).join('  ')}`));
  lines.push(`min ${c.min.toFixed(3)}  mean ${c.mean.toFixed(3)}  overall (incl. monthly levels) ${c.overall.toFixed(3)}`);
  return lines.join('\n');
}

function main(): void {
  const region = process.argv[2] ?? 'Lombardia';
  const powerClass = process.argv[3] ?? '1.5<P<=3';
  const rows = parseAreraCsv(readFileSync(ARERA_PROFILES_PATH, 'utf8'));
  console.log(formatComparison(compareWithArera(rows, region, powerClass)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
