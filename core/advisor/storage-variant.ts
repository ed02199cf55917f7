/**
 * Storage beside a plant, as a variant of the project: the sizing sweep's second dimension.
 *
 * Where the storage sits and how it is dispatched, by the operating rules:
 * - The rules credit storage to shared energy only as metered exchanges with the grid: its
 *   withdrawal "ai fini della successiva immissione in rete" counts as withdrawal for sharing
 *   (× the round-trip efficiency) and its release as injection [RO App. A p.144]; the storage
 *   has its own meter and its data go with the access request [RO §1.1.5 p.7]. So the swept
 *   storage is dispatched for the configuration ('shared-energy' strategy, core/balance): it
 *   takes the surplus no member withdraws and gives it back when members withdraw more. A
 *   behind-the-meter 'self-consumption' battery would only shift its holder's own use, and in
 *   a CER it would take midday surplus that other members already share.
 * - A plant owned by a member of its configuration: the storage sits at the owner's point
 *   (one battery per point: an owner's battery already there grows by the swept size and keeps
 *   its own strategy, efficiency and minimum charge).
 * - A stand-alone plant (a producer, or an owner outside the configuration): the storage gets
 *   a point of its own beside the plant, at the plant's place (same area, so it counts exactly
 *   when the plant does): a point with no load, holding the storage only.
 *
 * Its cost enters the plant's investment: storage is an eligible expense of the plant
 * ("fornitura e posa in opera dei sistemi di accumulo", eligible expenses of the PNRR grant [RO p.60]) within the same
 * PNRR cost cap per kW [RO App. E p.158], so the plant's capex grows by kWh × €/kWh and the
 * grant stays within the cap. Stated approximations: no replacement within the horizon
 * (LFP cells rated ~6,000 cycles), no embodied CO2 of the cells, O&M per plant kW unchanged.
 */
import type { Member, MemberBattery } from '../model/entities';
import { defaultMember, defaultMemberBattery } from '../model/entity-validation';
import { costCapEurPerKw } from '../economics/pnrrGrant';
import { SCENARIO_DEFAULTS } from '../scenario/defaults';
import type { ScenarioInput } from '../scenario/types';
import type { InvestmentInputs } from './investment';
import type { Variant } from './types';

/**
 * Installed storage cost when the user gives none [€/kWh usable, VAT excluded]: the ceiling
 * of eligible storage spending of art. 119 c.6 DL 34/2020 (1,000 € per kWh of capacity) — an
 * upper bound, as the plant's cost defaults to its PNRR cap.
 */
export const DEFAULT_STORAGE_COST_EUR_PER_KWH = 1000;

/** Cost of a variant's storage beside the plants `run` builds [€] (a plant not built gets none). */
export function storageCostEur(v: Variant, run: Pick<ScenarioInput, 'plants'>): number {
  const perKWh = v.storageEurPerKWh ?? DEFAULT_STORAGE_COST_EUR_PER_KWH;
  const built = new Set(run.plants.map((p) => p.id));
  return Object.entries(v.storageKWh ?? {}).reduce((s, [id, kWh]) => s + (built.has(Number(id)) ? Math.max(0, kWh) * perKWh : 0), 0);
}

/** A new storage of `kWh`: the app's battery defaults (0.5 C, 90% round trip, 10% minimum charge). */
export function sweptBattery(kWh: number): MemberBattery {
  return { ...defaultMemberBattery(kWh), strategy: 'shared-energy' };
}

/** The owner's battery grown by `kWh` (its own settings kept), or a new one. */
function grown(existing: MemberBattery | null | undefined, kWh: number): MemberBattery {
  if (!existing) return sweptBattery(kWh);
  const added = sweptBattery(kWh);
  return { ...existing, capacityKWh: existing.capacityKWh + kWh, powerKW: existing.powerKW + added.powerKW };
}

/**
 * `input` (a variant's run input: plants already resized and in scope) with the variant's
 * storage laid beside each plant. Plants absent from the run (not built) get none.
 */
export function applyStorage(v: Variant, input: ScenarioInput): ScenarioInput {
  const sizes = Object.entries(v.storageKWh ?? {}).filter(([, kWh]) => kWh > 0);
  if (!sizes.length) return input;
  const perKWh = v.storageEurPerKWh ?? DEFAULT_STORAGE_COST_EUR_PER_KWH;
  const caps = input.economics?.pnrr.rules.costCaps ?? [];
  const above = (input.defaults ?? SCENARIO_DEFAULTS).capexAboveCapsEurPerKw.value;
  const members = input.members.slice();
  const plants = input.plants.slice();
  // A fresh id: clear of every member and of every series keyed by member (members out of scope included).
  const used = [...members.map((m) => m.id), ...(input.loadCurves?.keys() ?? []), ...(input.bills?.keys() ?? []), ...(input.metered?.keys() ?? [])];
  let nextId = Math.max(0, ...used) + 1;
  for (const [key, kWh] of sizes) {
    const i = plants.findIndex((p) => p.id === Number(key));
    if (i < 0) continue;
    const plant = plants[i]!;
    const o = members.findIndex((m) => m.id === plant.ownerMemberId && m.configurationId === plant.configurationId);
    if (o >= 0) {
      members[o] = { ...members[o]!, battery: grown(members[o]!.battery, kWh) };
    } else {
      const point: ScenarioInput['members'][number] = {
        ...defaultMember(`${plant.name} · storage`),
        id: nextId++,
        // A business holds the storage (the producer): no load, no F exemption [RO p.39].
        category: 'sme',
        annualKWh: 0,
        configurationId: plant.configurationId,
        lat: plant.lat,
        lon: plant.lon,
        battery: sweptBattery(kWh),
        ...(plant.locatedAreaCode !== undefined ? { locatedAreaCode: plant.locatedAreaCode } : {}),
        ...(plant.declaredAreaCode !== undefined ? { declaredAreaCode: plant.declaredAreaCode } : {}),
      } satisfies Member;
      members.push(point);
    }
    // The plant's cost as the run takes it (its quote, else the PNRR cap of its class), plus the storage.
    const plantCost = plant.capexEur ?? plant.kWp * (costCapEurPerKw(plant.kWp, caps) ?? above);
    plants[i] = { ...plant, capexEur: plantCost + kWh * perKWh };
  }
  return { ...input, members, plants };
}

/**
 * The investment terms of a variant with storage: where the promoters' own plant cost replaces
 * the run's (which holds the storage), the storage cost is added to it.
 */
export function withStorageCost(investment: InvestmentInputs | undefined, v: Variant, run: Pick<ScenarioInput, 'plants'>): InvestmentInputs | undefined {
  const eur = storageCostEur(v, run);
  return investment && eur > 0 ? { ...investment, extraCostEur: (investment.extraCostEur ?? 0) + eur } : investment;
}
