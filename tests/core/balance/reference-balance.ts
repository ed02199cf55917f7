/**
 * A straightforward balance, written from the rules rather than for speed: whole-year series
 * per point, one interval at a time, then per sharing period [RO §2.2.2.1.2 p.38; App. A
 * pp.143–144]. The engine (blocks, groups of four consumers, specialised loops) must agree with
 * it. Only the storage moves (battery.ts), the sharing periods and the oldest-first order are
 * shared with the engine: they are rules, not the engine's bookkeeping.
 */
import { chargeBattery, createBatteryState, dischargeBattery } from '../../../core/balance/battery';
import { buildSharingPeriods } from '../../../core/balance/periods';
import { oldestFirstOrder } from '../../../core/balance/plant-order';
import type { BalanceInput } from '../../../core/balance';

export interface ReferencePoint {
  production: number;
  consumption: number;
  ev: number;
  self: number;
  injection: number;
  withdrawal: number;
  batteryGridCharge: number;
  sharedAsConsumer: number;
  incentivisedAsConsumer: number;
  sharedAsProducer: number;
  monthlyAsConsumer: number[];
}

export interface ReferenceResult {
  shared: number[];
  incentivised: number[];
  injected: number[];
  withdrawn: number[];
  points: ReferencePoint[];
  plants: { production: number; injection: number; shared: number; monthlyShared: number[] }[];
}

export function referenceBalance(input: BalanceInput): ReferenceResult {
  const { base, points } = input;
  const n = base.length;
  const periods = buildSharingPeriods(base, input.options?.sharingPeriod ?? 'hour');
  const np = periods.base.length;
  const fs = periods.firstStep;
  const stepH = base.stepMinutes / 60;
  const periodH = periods.base.stepMinutes / 60;
  const month = (h: number) => input.calendar.month[fs[h]!]!;
  const maxKw = input.options?.maxIncentivisedPlantKw ?? 1000;

  const injP: number[][] = []; // per point, per period
  const wdP: number[][] = [];
  const plantInj: number[][] = []; // flattened plants, per period
  const plantOf: { point: number; eligible: boolean; plant: BalanceInput['points'][number]['plants'][number] }[] = [];
  const res: ReferencePoint[] = [];
  points.forEach((p, j) => {
    const r: ReferencePoint = { production: 0, consumption: 0, ev: 0, self: 0, injection: 0, withdrawal: 0, batteryGridCharge: 0, sharedAsConsumer: 0, incentivisedAsConsumer: 0, sharedAsProducer: 0, monthlyAsConsumer: new Array(12).fill(0) };
    const bat = p.battery?.strategy === 'self-consumption' ? createBatteryState(p.battery, stepH) : null;
    const injStep = new Array<number>(n).fill(0);
    const wdStep = new Array<number>(n).fill(0);
    const prodStep = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let prod = 0;
      for (const pl of p.plants) prod += pl.production[i]!;
      const c = (p.load?.[i] ?? 0) + (p.ev?.[i] ?? 0);
      let self = Math.min(prod, c);
      let surplus = prod - self;
      let deficit = c - self;
      if (bat) {
        if (surplus > 0) surplus -= chargeBattery(bat, surplus);
        else if (deficit > 0) {
          const d = dischargeBattery(bat, deficit);
          deficit -= d;
          self += d;
        }
      }
      prodStep[i] = prod;
      injStep[i] = surplus;
      wdStep[i] = deficit;
      r.production += prod;
      r.consumption += c;
      r.ev += p.ev?.[i] ?? 0;
      r.self += self;
      r.injection += surplus;
      r.withdrawal += deficit;
    }
    const inj = new Array<number>(np).fill(0);
    const wd = new Array<number>(np).fill(0);
    for (let h = 0; h < np; h++) {
      for (let i = fs[h]!; i < fs[h + 1]!; i++) {
        inj[h] += injStep[i]!;
        wd[h] += wdStep[i]!;
      }
    }
    injP.push(inj);
    wdP.push(wd);
    for (const pl of p.plants) {
      const s = new Array<number>(np).fill(0);
      for (let h = 0; h < np; h++) {
        for (let i = fs[h]!; i < fs[h + 1]!; i++) {
          if (prodStep[i]! > 0) s[h] += (injStep[i]! * pl.production[i]!) / prodStep[i]!;
        }
      }
      plantInj.push(s);
      plantOf.push({ point: j, plant: pl, eligible: !pl.existing && pl.kW <= maxKw && pl.incentiveExcluded !== true });
    }
    res.push(r);
  });

  // Configuration per period, then 'shared-energy' batteries in input order.
  const injected = new Array<number>(np).fill(0);
  const withdrawn = new Array<number>(np).fill(0);
  points.forEach((p, j) => {
    if (!p.inSubstation) return;
    for (let h = 0; h < np; h++) {
      injected[h] += injP[j]![h]!;
      withdrawn[h] += wdP[j]![h]!;
    }
  });
  const storage = points.map((p) => (p.battery?.strategy === 'shared-energy' && p.inSubstation ? createBatteryState(p.battery, periodH) : null));
  const charge = points.map(() => new Array<number>(np).fill(0));
  const discharge = points.map(() => new Array<number>(np).fill(0));
  const released = new Array<number>(np).fill(0);
  for (let h = 0; h < np; h++) {
    let gap = injected[h]! - withdrawn[h]!;
    points.forEach((p, j) => {
      const s = storage[j];
      if (!s) return;
      if (gap > 0) {
        const c = chargeBattery(s, gap);
        charge[j]![h] = c;
        gap -= c;
        withdrawn[h] += c * p.battery!.roundTripEfficiency;
      } else if (gap < 0) {
        const d = dischargeBattery(s, -gap);
        discharge[j]![h] = d;
        gap += d;
        injected[h] += d;
        released[h] += d;
      }
    });
  }
  const shared = injected.map((x, h) => Math.min(x, withdrawn[h]!));

  // Oldest-first split among in-substation plants.
  const plantShared = plantOf.map(() => new Array<number>(np).fill(0));
  const incentivised = new Array<number>(np).fill(0);
  const order = oldestFirstOrder(plantOf.map((f) => f.plant)).filter((k) => points[plantOf[k]!.point]!.inSubstation);
  for (let h = 0; h < np; h++) {
    let left = shared[h]!;
    for (const k of order) {
      const take = Math.max(0, Math.min(plantInj[k]![h]!, left));
      plantShared[k]![h] = take;
      left -= take;
      if (plantOf[k]!.eligible) incentivised[h] += take;
    }
  }

  points.forEach((p, j) => {
    const r = res[j]!;
    const eta = p.battery?.roundTripEfficiency ?? 0;
    for (let h = 0; h < np; h++) {
      r.injection += discharge[j]![h]!;
      r.batteryGridCharge += charge[j]![h]!;
      if (!p.inSubstation) continue;
      const w = wdP[j]![h]! + eta * charge[j]![h]!;
      const x = injP[j]![h]! + discharge[j]![h]!;
      if (withdrawn[h]! > 0) {
        const c = (shared[h]! * w) / withdrawn[h]!;
        r.sharedAsConsumer += c;
        r.monthlyAsConsumer[month(h)] += c;
        r.incentivisedAsConsumer += (incentivised[h]! * w) / withdrawn[h]!;
      }
      if (injected[h]! > 0) r.sharedAsProducer += (shared[h]! * x) / injected[h]!;
    }
  });

  const plants = plantOf.map((f, k) => {
    const monthlyShared = new Array<number>(12).fill(0);
    for (let h = 0; h < np; h++) monthlyShared[month(h)] += plantShared[k]![h]!;
    let production = 0;
    for (let i = 0; i < n; i++) production += f.plant.production[i]!;
    return {
      production,
      injection: plantInj[k]!.reduce((a, b) => a + b, 0),
      shared: plantShared[k]!.reduce((a, b) => a + b, 0),
      monthlyShared,
    };
  });
  return { shared, incentivised, injected, withdrawn, points: res, plants };
}
