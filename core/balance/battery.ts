/**
 * Storage state and the two elementary moves (charge, discharge), with exact bookkeeping:
 * charged − discharged − losses = socEnd − socStart. The round-trip efficiency η is split
 * evenly, √η on charge and √η on discharge. Energies [kWh]; per-interval power limit is
 * powerKW × interval length [h].
 */
import type { BatteryInput } from './types';

/** Mutable state of one battery during a run (allocated once per battery, never per step). */
export interface BatteryState {
  /** Stored energy [kWh]. */
  soc: number;
  readonly socStart: number;
  readonly capacity: number;
  /** Lowest allowed stored energy [kWh]. */
  readonly socMin: number;
  /** Charge and discharge efficiency, each √η [-]. */
  readonly etaOneWay: number;
  readonly roundTrip: number;
  /** Largest AC energy per move [kWh]. */
  readonly maxEnergy: number;
  charged: number;
  discharged: number;
  losses: number;
}

/** Fresh state for `battery` over moves of `hours` each. */
export function createBatteryState(battery: BatteryInput, hours: number): BatteryState {
  const socMin = battery.minSoc * battery.capacityKWh;
  const soc = (battery.initialSoc ?? battery.minSoc) * battery.capacityKWh;
  return {
    soc,
    socStart: soc,
    capacity: battery.capacityKWh,
    socMin,
    etaOneWay: Math.sqrt(battery.roundTripEfficiency),
    roundTrip: battery.roundTripEfficiency,
    maxEnergy: battery.powerKW * hours,
    charged: 0,
    discharged: 0,
    losses: 0,
  };
}

/** Take up to `offered` kWh (AC) into the battery; returns the energy accepted [kWh]. */
export function chargeBattery(s: BatteryState, offered: number): number {
  const room = (s.capacity - s.soc) / s.etaOneWay;
  let e = offered < s.maxEnergy ? offered : s.maxEnergy;
  if (room < e) e = room;
  if (!(e > 0)) return 0;
  const stored = e * s.etaOneWay;
  s.soc += stored;
  s.charged += e;
  s.losses += e - stored;
  return e;
}

/** Deliver up to `requested` kWh (AC) from the battery; returns the energy delivered [kWh]. */
export function dischargeBattery(s: BatteryState, requested: number): number {
  const avail = (s.soc - s.socMin) * s.etaOneWay;
  let e = requested < s.maxEnergy ? requested : s.maxEnergy;
  if (avail < e) e = avail;
  if (!(e > 0)) return 0;
  const drawn = e / s.etaOneWay;
  s.soc -= drawn;
  s.discharged += e;
  s.losses += drawn - e;
  return e;
}
