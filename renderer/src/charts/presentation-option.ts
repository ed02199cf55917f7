/**
 * A chart option as presentation mode shows it: text 1.6× larger (axis labels, axis names,
 * legend), thicker lines and larger markers, so a chart reads from the back of a room. Pure:
 * the option builders stay as they are, the chart wrapper applies this when presenting.
 */
import type { EChartsOption } from 'echarts';

/** Text size in presentation mode [px] (ECharts' default is 12). */
export const PRESENTATION_FONT_PX = 19;

type Obj = Record<string, unknown>;
const asList = (x: unknown): Obj[] => (Array.isArray(x) ? (x as Obj[]) : x && typeof x === 'object' ? [x as Obj] : []);
const withFont = (o: unknown, extra: Obj = {}): Obj => ({ ...((o as Obj) ?? {}), fontSize: PRESENTATION_FONT_PX, ...extra });

function axes(list: unknown): Obj[] | Obj | undefined {
  if (list === undefined) return undefined;
  const out = asList(list).map((a) => ({
    ...a,
    axisLabel: withFont(a.axisLabel),
    nameTextStyle: withFont(a.nameTextStyle),
  }));
  return Array.isArray(list) ? out : out[0];
}

export function presentationOption(option: EChartsOption): EChartsOption {
  const o = option as Obj;
  const grid = asList(o.grid).map((g) => ({
    ...g,
    left: typeof g.left === 'number' ? Math.round(g.left * 1.5) : g.left,
    top: typeof g.top === 'number' ? Math.round(g.top * 1.4) : g.top,
    bottom: typeof g.bottom === 'number' ? Math.round(g.bottom * 1.5) : g.bottom,
  }));
  const legend = asList(o.legend).map((l) => ({ ...l, textStyle: withFont(l.textStyle), itemWidth: 30, itemHeight: 18 }));
  const series = asList(o.series).map((s) =>
    s.type === 'line'
      ? { ...s, lineStyle: { ...((s.lineStyle as Obj) ?? {}), width: 4 }, symbolSize: 11 }
      : s.type === 'bar'
        ? { ...s, label: s.label ? withFont(s.label) : s.label }
        : s,
  );
  return {
    ...option,
    ...(o.grid !== undefined ? { grid: Array.isArray(o.grid) ? grid : grid[0] } : {}),
    ...(o.legend !== undefined ? { legend: Array.isArray(o.legend) ? legend : legend[0] } : {}),
    ...(o.xAxis !== undefined ? { xAxis: axes(o.xAxis) } : {}),
    ...(o.yAxis !== undefined ? { yAxis: axes(o.yAxis) } : {}),
    series,
    tooltip: { ...((o.tooltip as Obj) ?? {}), textStyle: withFont((o.tooltip as Obj | undefined)?.textStyle) },
  } as EChartsOption;
}
