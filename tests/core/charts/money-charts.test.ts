import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../core/charts/chart-locale';
import { cashFlowOption } from '../../../core/charts/cash-flow';
import { tornadoOption } from '../../../core/charts/tornado';
import { formatTooltip, seriesOf, xAxisOf, yAxisOf } from './option-parts';

describe('cash flow', () => {
  it('draws the yearly net as bars and the running total as a line, one point per year', () => {
    const flows = [
      { year: 0, netEur: -50_000, cumulativeEur: -50_000 },
      { year: 1, netEur: 8_000, cumulativeEur: -42_000 },
      { year: 2, netEur: 8_200, cumulativeEur: -33_800 },
    ];
    const option = cashFlowOption(flows, chartLocale('it'));
    expect(xAxisOf(option).data).toEqual(['0', '1', '2']);
    const [net, cumulative] = seriesOf(option);
    expect(net).toMatchObject({ name: 'Netto annuo', type: 'bar', data: [-50_000, 8_000, 8_200] });
    expect(cumulative).toMatchObject({ name: 'Cumulato', type: 'line', data: [-50_000, -42_000, -33_800] });
    expect(formatTooltip(option, -42_000)).toBe('-42.000 €');
  });
});

describe('tornado', () => {
  const rows = [
    { driver: 'capex', npvLowEur: 14_000, npvHighEur: 6_000 },
    { driver: 'production', npvLowEur: 7_000, npvHighEur: 13_000 },
    { driver: 'opex', npvLowEur: 10_500, npvHighEur: 9_500 },
  ];

  it('lists the largest swing on top (ECharts draws categories bottom-up) with Italian driver names', () => {
    const option = tornadoOption(rows, 10_000, chartLocale('it'));
    expect(yAxisOf(option)).toEqual({ type: 'category', data: ['Manutenzione', 'Produzione', 'Investimento'] });
    expect(xAxisOf(option).name).toBe('Δ VAN €');
  });

  it('draws each bar as the difference from the base NPV, and the tooltip shows the NPV itself', () => {
    const option = tornadoOption(rows, 10_000, chartLocale('it'));
    const [low, high] = seriesOf(option);
    expect(low).toMatchObject({ name: '−10%', type: 'bar', data: [500, -3_000, 4_000] });
    expect(high).toMatchObject({ name: '+10%', type: 'bar', data: [-500, 3_000, -4_000] });
    expect(formatTooltip(option, -3_000)).toBe('7.000 €');
  });

  it('names drivers in English and keeps unknown ones as they are', () => {
    const option = tornadoOption([...rows, { driver: 'newDriver', npvLowEur: 0, npvHighEur: 0 }], 0, chartLocale('en'));
    expect(yAxisOf(option).data).toEqual(['newDriver', 'O&M', 'Production', 'Investment']);
  });
});
