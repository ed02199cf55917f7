/**
 * Configuration-level dispatch of 'shared-energy' batteries, per sharing period. While the
 * configuration injects more than it withdraws, batteries charge from the grid (up to the
 * surplus); while it withdraws more, they discharge (up to the deficit). Per the rules a
 * storage system's grid withdrawal counts as withdrawal for sharing multiplied by its
 * round-trip efficiency, and its release counts as injection [RO p.7; App. A p.144].
 * Batteries are served in input order. Energies [kWh per period].
 */
import type { BatteryState } from './battery';
import { chargeBattery, dischargeBattery } from './battery';

export interface SharedBatteryFlows {
  /** Grid energy taken by the battery per period [kWh] (physical). */
  charge: Float64Array;
  /** Energy released to the grid per period [kWh]. */
  discharge: Float64Array;
}

/**
 * Dispatch `states` against the configuration's `injected` / `withdrawn` per period, which are
 * updated in place (withdrawn += η × charge, injected += discharge). `storageInjected`
 * receives the summed battery discharge per period. Flows are written into `flows[b]`.
 * Periods [h0, h1) only; call in time order, as the state of charge carries over.
 */
export function dispatchSharedBatteries(
  states: readonly BatteryState[],
  flows: readonly SharedBatteryFlows[],
  injected: Float64Array,
  withdrawn: Float64Array,
  storageInjected: Float64Array,
  h0 = 0,
  h1 = injected.length,
): void {
  const nb = states.length;
  if (nb === 0) return;
  for (let h = h0; h < h1; h++) {
    const inj = injected[h]!;
    const wd = withdrawn[h]!;
    if (inj > wd) {
      let surplus = inj - wd;
      let counted = 0;
      for (let b = 0; b < nb && surplus > 0; b++) {
        const s = states[b]!;
        const c = chargeBattery(s, surplus);
        flows[b]!.charge[h] = c;
        surplus -= c;
        counted += c * s.roundTrip;
      }
      withdrawn[h] = wd + counted;
    } else if (wd > inj) {
      let deficit = wd - inj;
      let released = 0;
      for (let b = 0; b < nb && deficit > 0; b++) {
        const d = dischargeBattery(states[b]!, deficit);
        flows[b]!.discharge[h] = d;
        deficit -= d;
        released += d;
      }
      injected[h] = inj + released;
      storageInjected[h] = released;
    }
  }
}
