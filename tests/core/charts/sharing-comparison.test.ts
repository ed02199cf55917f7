import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../core/charts/chart-locale';
import { comparisonTooltip, sharingComparisonOption } from '../../../core/charts/sharing-comparison';
import { formatTooltip, seriesOf, yAxisOf } from './option-parts';

describe('sharing comparison chart', () => {
  it('one bar per member, largest gain on top, gains and losses in two colours', () => {
    const option = sharingComparisonOption([{ name: 'Rossi', diffEur: 146.67 }, { name: 'Panificio', diffEur: -73.34 }, { name: 'Bianchi', diffEur: -10 }], chartLocale('it'));
    expect(yAxisOf(option).data).toEqual(['Panificio', 'Bianchi', 'Rossi']);
    const data = seriesOf(option)[0]!.data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value)).toEqual([-73.34, -10, 146.67]);
    expect(data[0]!.itemStyle.color).not.toBe(data[2]!.itemStyle.color);
    expect(formatTooltip(option, -73.34)).toBe('-73,34 €');
  });

  it('escapes member names in the tooltip (ECharts puts it into the page as HTML)', () => {
    expect(comparisonTooltip('<img src=x onerror=alert(1)>', 12.5, chartLocale('en'))).toBe('&#60;img src=x onerror=alert(1)&#62;: +12.50 €');
  });
});
