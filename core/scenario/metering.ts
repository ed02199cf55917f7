/**
 * Applies each member's metering to the run's loads and productions (the maths is in
 * core/load/prosumerMetering): which plants sit behind which member's meter, and a note
 * for every assumption taken, so the run reports it.
 */
import type { Member, Plant } from '../model/entities';
import { meteredPoint, type MeteredSeries } from '../load/prosumerMetering';
import { behindOwnersMeter } from './points';
import type { Message } from '../model/messages';

export interface MeteringOutcome {
  /** Loads to use instead of the members' [kWh per step]. */
  load: Map<number, Float64Array>;
  /** Productions to use instead of the plants' model [kWh per step]. */
  production: Map<number, Float64Array>;
  /** Plants injecting through a point of their own. */
  ownPoint: Set<number>;
}

export function applyMetering(
  members: readonly Member[],
  plants: readonly Plant[],
  metered: ReadonlyMap<number, MeteredSeries>,
  loadOf: (memberId: number) => Float64Array,
  productionOf: (plantId: number) => Float64Array,
  n: number,
  warn: (m: Message) => void,
): MeteringOutcome {
  const out: MeteringOutcome = { load: new Map(), production: new Map(), ownPoint: new Set() };
  for (const m of members) {
    const series = metered.get(m.id);
    if (!series) continue;
    const behind = plants.filter((p) => p.ownerMemberId === m.id && behindOwnersMeter(p, m)).map((p) => ({ plantId: p.id, kW: p.kWp, production: productionOf(p.id) }));
    // The member's load is its gross part plus its metered withdrawal: keep the gross part.
    const load = loadOf(m.id);
    const gross = series.withdrawal ? load.map((x, i) => Math.max(0, x - series.withdrawal![i]!)) : load;
    const r = meteredPoint(gross, series, behind, n);
    out.load.set(m.id, r.load);
    for (const [id, prod] of r.production) out.production.set(id, prod);
    for (const id of r.ownPoint) out.ownPoint.add(id);
    if (r.rule === 'withdrawal-model') {
      warn(
        { code: 'scenario.warning.metered-withdrawal-modelled-production', params: { name: m.name } },
      );
    } else if (r.rule === 'withdrawal-injection') {
      warn(
        { code: 'scenario.warning.metered-withdrawal-injection-used', params: { name: m.name } },
      );
    } else if (r.rule === 'injection-unused') {
      warn(
        { code: 'scenario.warning.injection-curve-imported-but', params: { name: m.name } },
      );
    }
  }
  return out;
}
