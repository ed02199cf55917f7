/**
 * Where the energy goes over the year, as a Sankey: production splits into physical
 * self-consumption, shared energy and the rest sold to the grid; members' consumption is met
 * by self-consumption, shared energy and the grid [kWh]. Shared energy is virtual — it is
 * injected and withdrawn like the rest — so it is drawn as a flow of its own between the two.
 */
import type { EChartsOption } from 'echarts';
import { COLOURS, type ChartLocale, type ChartTextKey } from './chart-locale';

/** Yearly totals of a configuration (or of the community) [kWh]. */
export interface FlowTotals {
  productionKWh: number;
  consumptionKWh: number;
  selfConsumedKWh: number;
  injectedKWh: number;
  withdrawnKWh: number;
  sharedKWh: number;
}

export interface FlowLink {
  source: ChartTextKey;
  target: ChartTextKey;
  /** [kWh], never negative. */
  value: number;
}

/**
 * The links of the Sankey. Production = self-consumed + injected (+ what a battery kept or
 * lost); injected = shared + sold; consumption = self-consumed + withdrawn; withdrawn = shared
 * + from the grid. A negative remainder (rounding) is left out, never drawn backwards.
 */
export function energyFlows(t: FlowTotals): FlowLink[] {
  const pos = (v: number) => (v > 1e-9 ? v : 0);
  const links: FlowLink[] = [
    { source: 'sim.production', target: 'flow.selfConsumed', value: pos(t.selfConsumedKWh) },
    { source: 'sim.production', target: 'sim.shared', value: pos(t.sharedKWh) },
    { source: 'sim.production', target: 'flow.sold', value: pos(t.injectedKWh - t.sharedKWh) },
    { source: 'sim.production', target: 'flow.storage', value: pos(t.productionKWh - t.selfConsumedKWh - t.injectedKWh) },
    { source: 'flow.selfConsumed', target: 'flow.consumption', value: pos(t.selfConsumedKWh) },
    { source: 'sim.shared', target: 'flow.consumption', value: pos(t.sharedKWh) },
    { source: 'flow.grid', target: 'flow.consumption', value: pos(t.withdrawnKWh - t.sharedKWh) },
  ];
  return links.filter((l) => l.value > 0);
}

const NODE_COLOUR: Partial<Record<ChartTextKey, string>> = {
  'sim.production': COLOURS.production,
  'flow.selfConsumed': COLOURS.high,
  'sim.shared': COLOURS.shared,
  'flow.sold': COLOURS.injected,
  'flow.storage': COLOURS.storage,
  'flow.grid': COLOURS.withdrawn,
  'flow.consumption': COLOURS.consumption,
};

export function energyFlowOption(t: FlowTotals, loc: ChartLocale): EChartsOption {
  const links = energyFlows(t);
  const keys = [...new Set(links.flatMap((l) => [l.source, l.target]))];
  const mwh = (kWh: number) => `${loc.number(kWh / 1000, 1)} MWh`;
  const through = (k: ChartTextKey) => Math.max(links.filter((l) => l.source === k).reduce((s, l) => s + l.value, 0), links.filter((l) => l.target === k).reduce((s, l) => s + l.value, 0));
  return {
    animation: false,
    tooltip: { trigger: 'item', valueFormatter: (v) => mwh(Number(v)) },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 240,
        top: 12,
        bottom: 12,
        nodeGap: 14,
        emphasis: { focus: 'adjacency' },
        data: keys.map((k) => ({ name: loc.text(k), itemStyle: { color: NODE_COLOUR[k] ?? COLOURS.consumption } })),
        links: links.map((l) => ({ source: loc.text(l.source), target: loc.text(l.target), value: l.value })),
        lineStyle: { color: 'source', opacity: 0.35 },
        label: {
          fontSize: 11,
          formatter: (p) => `${p.name}: ${mwh(through(keys.find((k) => loc.text(k) === p.name)!))}`,
        },
      },
    ],
  };
}
