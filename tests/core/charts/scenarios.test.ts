import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../core/charts/chart-locale';
import { scenarioLabel, scenariosOption } from '../../../core/charts/scenarios';
import { formatTooltip, seriesOf, xAxisOf, yAxisOf } from './option-parts';

const scenarios = [
  { name: 'P50', npvEur: 40_000 },
  { name: 'P90', npvEur: 31_500 },
  { name: 'Pz low', npvEur: 35_000 },
  { name: 'Pz high', npvEur: 45_000 },
];

describe('scenarios compared', () => {
  it('draws each scenario’s NPV as a bar, named in Italian, P50 on top (ECharts lists categories bottom-up)', () => {
    const option = scenariosOption(scenarios, chartLocale('it'));
    expect(yAxisOf(option).data).toEqual(['Prezzo zonale alto', 'Prezzo zonale basso', 'P90 (produzione prudente)', 'P50']);
    expect(xAxisOf(option)).toMatchObject({ type: 'value', name: 'VAN 20 anni' });
    const [npv] = seriesOf(option);
    expect(npv).toMatchObject({ name: 'VAN 20 anni', type: 'bar' });
    expect((npv!.data as { value: number }[]).map((d) => d.value)).toEqual([45_000, 35_000, 31_500, 40_000]);
    expect(formatTooltip(option, 31_500)).toBe('31.500 €');
  });

  it('colours a losing scenario apart', () => {
    const option = scenariosOption([{ name: 'P90', npvEur: -2_000 }, { name: 'P50', npvEur: 1_000 }], chartLocale('it'));
    const colours = (seriesOf(option)[0]!.data as { itemStyle: { color: string } }[]).map((d) => d.itemStyle.color);
    expect(colours).toEqual(['#1f7a4d', '#e07b39']);
  });

  it('names them in English and keeps an unknown scenario as the engine names it', () => {
    const en = chartLocale('en');
    expect(yAxisOf(scenariosOption(scenarios, en)).data).toEqual(['High zonal price', 'Low zonal price', 'P90 (prudent production)', 'P50']);
    expect(scenarioLabel('P75', en)).toBe('P75');
  });
});
