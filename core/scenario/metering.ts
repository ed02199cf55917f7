/**
 * Applies each member's metering to the run's loads and productions (the maths is in
 * core/load/prosumerMetering): which plants sit behind which member's meter, and a note
 * for every assumption taken, so the run reports it.
 */
import type { Member, Plant } from '../model/entities';
import { meteredPoint, type MeteredSeries } from '../load/prosumerMetering';
import { behindOwnersMeter } from './points';

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
  warn: (it: string, en: string) => void,
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
        `${m.name}: curva di prelievo misurata e produzione stimata dal modello; immissione stimata come tutta la produzione nei periodi senza prelievo (limite superiore: il consumo coperto in quei periodi non è misurato)`,
        `${m.name}: metered withdrawal with modelled production; injection taken as the whole production in intervals without withdrawal (an upper bound: the consumption it covered there is not metered)`,
      );
    } else if (r.rule === 'withdrawal-injection') {
      warn(
        `${m.name}: prelievi e immissioni misurati usati come sono, senza modello di produzione; l'autoconsumo dietro il contatore non è misurato e vale zero`,
        `${m.name}: metered withdrawal and injection used as they are, with no production model; self-consumption behind the meter is not metered and counts as zero`,
      );
    } else if (r.rule === 'injection-unused') {
      warn(
        `${m.name}: curva di immissione importata ma nessun impianto dietro il suo contatore: non usata (aggiungere l'impianto)`,
        `${m.name}: injection curve imported but no plant behind its meter: not used (add the plant)`,
      );
    }
  }
  return out;
}
