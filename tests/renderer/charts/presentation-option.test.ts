/** Presentation mode's charts: the same option with larger text and lines, the original untouched. */
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { PRESENTATION_FONT_PX, presentationOption } from '../../../renderer/src/charts/presentation-option';
import { scenarioMonthlyOption } from '../../../renderer/src/charts/project-scenarios';
import { chartLocale } from '../../../core/charts/chart-locale';

describe('presentation chart option', () => {
  it('enlarges axis labels, axis names, legend and lines; keeps the data', () => {
    const original = scenarioMonthlyOption([{ name: 'A', monthlySharedKWh: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }, { name: 'B', monthlySharedKWh: null }], chartLocale('it'));
    const before = JSON.stringify(original);
    const big = presentationOption(original) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(big.xAxis.axisLabel.fontSize).toBe(PRESENTATION_FONT_PX);
    expect(big.yAxis.nameTextStyle.fontSize).toBe(PRESENTATION_FONT_PX);
    expect(big.legend.textStyle.fontSize).toBe(PRESENTATION_FONT_PX);
    expect(big.series[0].lineStyle.width).toBe(4);
    expect(big.series[0].data).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(big.series[1].data).toEqual([]);
    expect(big.xAxis.data).toEqual(['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']);
    // The option builders' own output is not changed.
    expect(JSON.stringify(original)).toBe(before);
  });

  it('handles axis lists and options without a legend', () => {
    const o: EChartsOption = { xAxis: [{ type: 'value' }, { type: 'value' }], yAxis: { type: 'category' }, series: [{ type: 'bar', data: [1] }] };
    const big = presentationOption(o) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(big.xAxis).toHaveLength(2);
    expect(big.xAxis[1].axisLabel.fontSize).toBe(PRESENTATION_FONT_PX);
    expect(big.legend).toBeUndefined();
  });
});
