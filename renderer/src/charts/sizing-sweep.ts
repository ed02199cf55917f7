/**
 * Sizing sweep against kWp, the best size marked (★, orange). The plant alone: shared energy (bars) and
 * NPV (line). With storage: one colour per storage size, its shared energy as a solid line
 * (kWh, left) and its NPV dashed (€, right); a legend entry toggles both lines of a size.
 */
import type { EChartsOption, SeriesOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from '../../../core/charts/chart-locale';

export interface SweepPoint {
  kWp: number;
  /** Storage beside the plant [kWh]; 0 or absent: none. */
  storageKWh?: number;
  sharedKWh: number;
  npvEur: number;
  feasible: boolean;
}

/** The best pair; storageKWh 0 or absent for the plant alone. */
export interface SweepBest {
  kWp: number;
  storageKWh?: number | null;
}

/** One colour per storage size, distinct in print and for the common colour deficiencies. */
const STORAGE_COLOURS = ['#5b6b63', '#1f7a4d', '#3b6fb6', '#7f5539', '#8e44ad', '#c0392b', '#16a085', '#b7950b', '#34495e'];
const GREY = '#b8c4bd';

export function sizingSweepOption(sizes: SweepPoint[], best: SweepBest | null, loc: ChartLocale, markOn: 'shared' | 'npv' = 'npv'): EChartsOption {
  const kWps = [...new Set(sizes.map((s) => s.kWp))].sort((a, b) => a - b);
  const storages = [...new Set(sizes.map((s) => s.storageKWh ?? 0))].sort((a, b) => a - b);
  // Sizes as typed: 15 and 7,5, not 15,0 (an axis of categories, not a column of figures).
  const size = (x: number) => loc.numberUpTo(x, 1);
  const labels = kWps.map(size);
  const kWhAxis = { type: 'value' as const, name: 'kWh', axisLabel: { formatter: (v: number) => loc.number(v, 0) } };
  const eurAxis = { type: 'value' as const, name: '€', axisLabel: { formatter: (v: number) => loc.number(v, 0) } };
  const kWhTip = { valueFormatter: (v: unknown) => `${loc.number(asNumber(v as number), 0)} kWh` };
  const eurTip = { valueFormatter: (v: unknown) => `${loc.number(asNumber(v as number), 0)} €` };
  const bestX = best ? kWps.indexOf(best.kWp) : -1;
  // The best point carries its own symbol and label (a data item: no mark-point component needed).
  const BEST_COLOUR = COLOURS.injected;
  const bestLabel = { show: true, position: 'top' as const, formatter: `★ ${loc.text('adv.best')}`, color: BEST_COLOUR, fontWeight: 'bold' as const };
  const bestItem = (value: number) => ({ value, symbol: 'pin', symbolSize: 26, itemStyle: { color: BEST_COLOUR }, label: bestLabel });
  const common = { tooltip: { trigger: 'axis' as const }, grid: { left: 70, right: 70, top: 40, bottom: 40 }, xAxis: { type: 'category' as const, data: labels, name: 'kWp', nameLocation: 'middle' as const, nameGap: 26 }, yAxis: [kWhAxis, eurAxis] };

  if (storages.length === 1) {
    const at = (kWp: number) => sizes.find((s) => s.kWp === kWp)!;
    return {
      ...common,
      legend: { top: 0 },
      series: [
        {
          name: loc.text('adv.shared'),
          type: 'bar',
          data: kWps.map((k, i) => ({ value: at(k).sharedKWh, itemStyle: { color: i === bestX ? BEST_COLOUR : at(k).feasible ? COLOURS.shared : GREY }, ...(i === bestX ? { label: bestLabel } : {}) })),
          tooltip: kWhTip,
        },
        { name: loc.text('adv.npv'), type: 'line', yAxisIndex: 1, data: kWps.map((k) => at(k).npvEur), itemStyle: { color: COLOURS.net }, tooltip: eurTip },
      ],
    };
  }

  const nameOf = (kWh: number) => (kWh === 0 ? loc.text('adv.noStorage') : `${loc.text('adv.storageSize')} ${size(kWh)} kWh`);
  const series: SeriesOption[] = storages.flatMap((kWh, j) => {
    const colour = STORAGE_COLOURS[j % STORAGE_COLOURS.length]!;
    const row = kWps.map((k) => sizes.find((s) => s.kWp === k && (s.storageKWh ?? 0) === kWh) ?? null);
    // Sizes outside the constraints keep their place on the line, drawn hollow and grey.
    const isBest = best !== null && (best.storageKWh ?? 0) === kWh;
    const point = (s: SweepPoint | null, i: number, on: 'shared' | 'npv') => {
      if (!s) return null;
      const value = on === 'shared' ? s.sharedKWh : s.npvEur;
      if (isBest && i === bestX && on === markOn) return bestItem(value);
      return s.feasible ? value : { value, itemStyle: { color: GREY } };
    };
    return [
      { name: nameOf(kWh), type: 'line', data: row.map((s, i) => point(s, i, 'shared')), itemStyle: { color: colour }, lineStyle: { width: 2 }, tooltip: kWhTip },
      { name: nameOf(kWh), type: 'line', yAxisIndex: 1, data: row.map((s, i) => point(s, i, 'npv')), itemStyle: { color: colour }, lineStyle: { type: 'dashed', width: 1.5 }, symbol: 'emptyCircle', tooltip: eurTip },
    ];
  });
  return {
    ...common,
    legend: { top: 0, type: 'scroll' },
    yAxis: [
      { ...kWhAxis, name: `${loc.text('adv.shared')} (kWh) —` },
      { ...eurAxis, name: `- - ${loc.text('adv.npv')} (€)` },
    ],
    series,
  };
}
