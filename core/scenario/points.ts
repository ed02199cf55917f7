/**
 * The metered points of one configuration, as the balance sees them. A plant sits behind
 * its owner's meter (a prosumer) when the owner is in the same configuration and the plant's
 * POD is one of the owner's PODs, or the plant has no POD of its own; otherwise the plant
 * injects through a point of its own (a producer, or a third-party producer).
 * A point counts for the configuration (`inSubstation`) only when it lies in the
 * configuration's area (core/scenario/areas.ts) and the rules do not exclude its holder.
 */
import type { Configuration, Member, Plant } from '../model/entities';
import type { BatteryInput, PlantInput, PointInput } from '../balance/types';

/** Point ids of stand-alone plants, kept clear of member ids. */
export const PLANT_POINT_OFFSET = 1_000_000_000;

/** Which points count, and which plants the rules deny the tariff. */
export interface PointCounting {
  /** The member's point counts for the configuration (in its area, not excluded). */
  memberCounts(memberId: number): boolean;
  /** A stand-alone plant's point counts (in the area). */
  plantCounts(plantId: number): boolean;
  /** The rules deny the plant the tariff by its nature. */
  plantExcluded(plantId: number): boolean;
}

/** Everything counts: for callers with no areas and no findings. */
export const COUNT_ALL: PointCounting = { memberCounts: () => true, plantCounts: () => true, plantExcluded: () => false };

export function behindOwnersMeter(plant: Plant, owner: Member | undefined): boolean {
  if (!owner || owner.configurationId !== plant.configurationId) return false;
  return plant.pod === '' || owner.pods.includes(plant.pod);
}

/** The member's battery as the balance takes it (initial charge at the minimum). */
export function batteryInput(member: Member): BatteryInput | undefined {
  const b = member.battery;
  if (!b) return undefined;
  return { capacityKWh: b.capacityKWh, powerKW: b.powerKW, roundTripEfficiency: b.roundTripEfficiency, minSoc: b.minSoc, strategy: b.strategy };
}

/**
 * @param evOf EV charging of a member [kWh per step], or undefined when it has none; it sits
 *   on the member's point beside the load, and the member's battery too.
 * @param ownPoint plants behind an owner's meter whose metered injection is used as it is:
 *   they get a point of their own, still the owner's (core/load/prosumerMetering).
 */
export function configurationPoints(
  configuration: Configuration,
  members: Member[],
  plants: Plant[],
  loadOf: (memberId: number) => Float64Array,
  productionOf: (plantId: number) => Float64Array,
  evOf: (memberId: number) => Float64Array | undefined = () => undefined,
  counting: PointCounting = COUNT_ALL,
  ownPoint: ReadonlySet<number> = new Set(),
): PointInput[] {
  const inConfig = members.filter((m) => m.configurationId === configuration.id);
  const byId = new Map(inConfig.map((m) => [m.id, m]));
  const points = new Map<number, PointInput>();
  for (const m of inConfig) {
    const ev = evOf(m.id);
    const battery = batteryInput(m);
    points.set(m.id, {
      id: m.id,
      memberId: m.id,
      load: loadOf(m.id),
      ...(ev ? { ev } : {}),
      ...(battery ? { battery } : {}),
      plants: [],
      inSubstation: counting.memberCounts(m.id),
    });
  }
  for (const p of plants.filter((x) => x.configurationId === configuration.id)) {
    const plantInput: PlantInput = {
      plantId: p.id,
      production: productionOf(p.id),
      commissioningDate: p.commissioningDate,
      existing: p.existing,
      kW: p.kWp,
      ...(counting.plantExcluded(p.id) ? { incentiveExcluded: true } : {}),
    };
    const owner = p.ownerMemberId === null ? undefined : byId.get(p.ownerMemberId);
    if (behindOwnersMeter(p, owner) && ownPoint.has(p.id)) {
      points.set(PLANT_POINT_OFFSET + p.id, { id: PLANT_POINT_OFFSET + p.id, memberId: owner!.id, plants: [plantInput], inSubstation: counting.memberCounts(owner!.id) });
    } else if (behindOwnersMeter(p, owner)) {
      points.get(owner!.id)!.plants.push(plantInput);
    } else {
      points.set(PLANT_POINT_OFFSET + p.id, {
        id: PLANT_POINT_OFFSET + p.id,
        memberId: null,
        plants: [plantInput],
        inSubstation: counting.plantCounts(p.id),
      });
    }
  }
  return [...points.values()];
}

/**
 * The same points with each plant's production taken from `productionOf` (the P90 run):
 * points without plants are shared as they are (the balance reads its input, never changes
 * it), the others copied with their plants.
 */
export function withProduction(points: readonly PointInput[], productionOf: (plantId: number) => Float64Array): PointInput[] {
  return points.map((pt) => (pt.plants.length === 0 ? pt : { ...pt, plants: pt.plants.map((pl) => ({ ...pl, production: productionOf(pl.plantId) })) }));
}
