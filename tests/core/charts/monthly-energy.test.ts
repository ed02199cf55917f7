import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../core/charts/chart-locale';
import { monthlyEnergyOption } from '../../../core/charts/monthly-energy';
import { monthlyIncentiveOption } from '../../../core/charts/monthly-incentive';
import { seriesOf, formatTooltip, xAxisOf } from './option-parts';

const months = (k: number) => Array.from({ length: 12 }, (_, i) => (i + 1) * k);

describe('monthly energy bars', () => {
  const data = { productionKWh: months(100), consumptionKWh: months(80), sharedKWh: months(30) };

  it('draws 12 Italian months and three bar series with the values given', () => {
    const option = monthlyEnergyOption(data, chartLocale('it'));
    expect(xAxisOf(option)).toEqual({ type: 'category', data: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'] });
    const series = seriesOf(option);
    expect(series.map((s) => [s.name, s.type])).toEqual([
      ['Produzione', 'bar'],
      ['Consumi', 'bar'],
      ['Condivisa', 'bar'],
    ]);
    expect(series[0]!.data).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]);
    expect(series[2]!.data).toHaveLength(12);
    expect(series[2]!.data?.[11]).toBe(360);
  });

  it('formats the tooltip in kWh the Italian way (thousands grouped from four digits, as the reports)', () => {
    const option = monthlyEnergyOption(data, chartLocale('it'));
    expect(formatTooltip(option, 1234.4)).toBe('1.234 kWh');
    expect(formatTooltip(option, 12345.6)).toBe('12.346 kWh');
  });

  it('speaks English on request', () => {
    const option = monthlyEnergyOption(data, chartLocale('en'));
    expect((xAxisOf(option).data as string[]).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(seriesOf(option).map((s) => s.name)).toEqual(['Production', 'Consumption', 'Shared']);
    expect(formatTooltip(option, 12345.6)).toBe('12,346 kWh');
  });
});

describe('monthly incentive bars', () => {
  it('draws one series of 12 bars in euro with cents', () => {
    const eur = [10.5, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 12345.678];
    const option = monthlyIncentiveOption(eur, chartLocale('it'));
    expect((xAxisOf(option).data as string[])[11]).toBe('dic');
    const series = seriesOf(option);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ name: 'Incentivo (TIP)', type: 'bar', data: eur });
    expect(formatTooltip(option, 12345.678)).toBe('12.345,68 €');
  });
});
