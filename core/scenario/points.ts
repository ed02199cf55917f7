/**
 * The metered points of one configuration, as the balance sees them. A plant sits behind
 * its owner's meter (a prosumer) when the owner is in the same configuration and the plant's
 * POD is one of the owner's PODs, or the plant has no POD of its own; otherwise the plant
 * injects through a point of its own (a producer, or a third-party producer).
 * A point is under the configuration's primary substation unless the map located it in
 * another area; with no map data it is assumed to be, and the rules engine flags that.
 */
import type { Configuration, Member, Plant } from '../model/entities';
import type { BatteryInput, PlantInput, PointInput } from '../balance/types';

/** Point ids of stand-alone plants, kept clear of member ids. */
export const PLANT_POINT_OFFSET = 1_000_000_000;

type Located = { locatedAreaCode?: string | null };

export function isUnderSubstation(entity: Located, configuration: Configuration): boolean {
  const code = entity.locatedAreaCode;
  if (!configuration.substationCode || !code) return true;
  return code === configuration.substationCode;
}

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
  members: (Member & Located)[],
  plants: (Plant & Located)[],
  loadOf: (memberId: number) => Float64Array,
  productionOf: (plantId: number) => Float64Array,
  evOf: (memberId: number) => Float64Array | undefined = () => undefined,
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
      inSubstation: isUnderSubstation(m, configuration),
    });
  }
  for (const p of plants.filter((x) => x.configurationId === configuration.id)) {
    const plantInput: PlantInput = {
      plantId: p.id,
      production: productionOf(p.id),
      commissioningDate: p.commissioningDate,
      existing: p.existing,
      kW: p.kWp,
    };
    const owner = p.ownerMemberId === null ? undefined : byId.get(p.ownerMemberId);
    if (behindOwnersMeter(p, owner) && ownPoint.has(p.id)) {
      points.set(PLANT_POINT_OFFSET + p.id, { id: PLANT_POINT_OFFSET + p.id, memberId: owner!.id, plants: [plantInput], inSubstation: isUnderSubstation(owner!, configuration) });
    } else if (behindOwnersMeter(p, owner)) {
      points.get(owner!.id)!.plants.push(plantInput);
    } else {
      points.set(PLANT_POINT_OFFSET + p.id, {
        id: PLANT_POINT_OFFSET + p.id,
        memberId: null,
        plants: [plantInput],
        inSubstation: isUnderSubstation(p, configuration),
      });
    }
  }
  return [...points.values()];
}
