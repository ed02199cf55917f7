import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../renderer/src/charts/chart-locale';
import { scenarioLabel, scenariosOption } from '../../../renderer/src/charts/scenarios';
import { formatTooltip, seriesOf, xAxisOf } from './option-parts';

const scenarios = [
  { name: 'P50', year1IncentiveEur: 9_000, npvEur: 40_000 },
  { name: 'P90', year1IncentiveEur: 8_100, npvEur: 31_500 },
  { name: 'Pz low', year1IncentiveEur: 9_400, npvEur: 35_000 },
  { name: 'Pz high', year1IncentiveEur: 8_600, npvEur: 45_000 },
];

describe('scenarios compared', () => {
  it('puts the scenarios side by side, named in Italian, with the first-year incentive and the NPV as bars', () => {
    const option = scenariosOption(scenarios, chartLocale('it'));
    expect(xAxisOf(option).data).toEqual(['P50', 'P90 (produzione prudente)', 'Prezzo zonale basso', 'Prezzo zonale alto']);
    const [incentive, npv] = seriesOf(option);
    expect(incentive).toMatchObject({ name: 'Incentivo 1° anno', type: 'bar', data: [9_000, 8_100, 9_400, 8_600] });
    expect(npv).toMatchObject({ name: 'VAN 20 anni', type: 'bar', data: [40_000, 31_500, 35_000, 45_000] });
    expect(formatTooltip(option, 31_500)).toBe('31.500 €');
  });

  it('names them in English and keeps an unknown scenario as the engine names it', () => {
    const en = chartLocale('en');
    expect(xAxisOf(scenariosOption(scenarios, en)).data).toEqual(['P50', 'P90 (prudent production)', 'Low zonal price', 'High zonal price']);
    expect(scenarioLabel('P75', en)).toBe('P75');
  });
});
