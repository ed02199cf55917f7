/**
 * The division's inputs from a simulation result and the project's members and plants. The
 * shape below is the part of core/scenario's ScenarioResult it reads (structural, so this pure
 * folder does not depend on the orchestrator above it).
 *
 * - Monthly incentive: the configuration's TIP × E_ACI by month, as the economics computed it.
 * - Monthly valorisation: the year's valorisation split by month pro rata to shared energy
 *   (E_ACV), to the cent. Exact for CER and AID (TRASe × E_ACV, one TRASe a year [RO p.41]);
 *   for AUC the avoided-loss part follows Pz, so the months are an approximation there.
 * - A consumer's weight: its share of each hour's shared energy, summed by month (the balance's
 *   Σ_h shared_h × W_m,h / W_h); results without the monthly field fall back to the yearly
 *   share spread like the configuration's shared energy.
 * - A plant's monthly injection: its yearly injection spread like its production (the run does
 *   not keep a plant's monthly injection); its shared energy by month as attributed oldest first.
 */
import { splitEur } from '../economics/money';
import type { Member, Plant } from '../model/entities';
import { problem, SharingRuleError } from './problems';
import type { SharingConfigurationInput } from './types';

export interface SimulationForSharing {
  configurations: {
    configurationId: number;
    name: string;
    substation: string;
    sharedKWh: number;
    monthly: { sharedKWh: number[] };
    economics?: { monthlyIncentiveEur: number[]; valorisationEur: number; restrictedPotEur: number; gseFeesEurPerYear: number };
  }[];
  plants: { plantId: number; configurationId: number; productionKWh: number; injectionKWh: number; monthlyProductionKWh: number[]; monthlySharedKWh: number[] }[];
  members: { memberId: number; configurationId: number; consumptionKWh: number; withdrawalKWh: number; sharedAsConsumerKWh: number; monthlySharedAsConsumerKWh?: number[] }[];
}

const spreadLike = (total: number, shape: readonly number[], shapeTotal: number) => shape.map((x) => (shapeTotal > 0 ? (total * x) / shapeTotal : total / 12));

export function sharingInputsFromSimulation(sim: SimulationForSharing, members: readonly Member[], plants: readonly Plant[]): SharingConfigurationInput[] {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const plantById = new Map(plants.map((p) => [p.id, p]));
  const noMoney = sim.configurations.filter((c) => !c.economics);
  if (noMoney.length) {
    throw new SharingRuleError([
      problem('sharing/no-economics', { code: 'sharing.note.simulation-money-configurations-run', params: { value: noMoney.map((c) => c.substation || c.name).join(', ') } }),
    ]);
  }
  return sim.configurations.map((c) => {
    const e = c.economics!;
    const sharedShape = c.monthly.sharedKWh;
    const valorisation = splitEur(e.valorisationEur, sharedShape.some((x) => x > 0) ? sharedShape : new Array<number>(12).fill(1)).map((d) => d.toNumber());
    return {
      configurationId: c.configurationId,
      name: c.name,
      substation: c.substation,
      monthlyIncentiveEur: e.monthlyIncentiveEur,
      monthlyValorisationEur: valorisation,
      restrictedPotEur: e.restrictedPotEur,
      gseFeesEurPerYear: e.gseFeesEurPerYear,
      members: sim.members
        .filter((m) => m.configurationId === c.configurationId)
        .map((m) => {
          const entity = memberById.get(m.memberId);
          return {
            id: m.memberId,
            name: entity?.name ?? `#${m.memberId}`,
            pod: entity?.pods[0] ?? '',
            category: entity?.category ?? 'citizen',
            vulnerable: entity?.vulnerable ?? false,
            consumer: m.consumptionKWh > 0 || m.withdrawalKWh > 0,
            monthlySharedAsConsumerKWh: m.monthlySharedAsConsumerKWh ?? spreadLike(m.sharedAsConsumerKWh, sharedShape, c.sharedKWh),
          };
        }),
      plants: sim.plants
        .filter((p) => p.configurationId === c.configurationId)
        .map((p) => ({
          id: p.plantId,
          ownerMemberId: plantById.get(p.plantId)?.ownerMemberId ?? null,
          monthlyInjectedKWh: spreadLike(p.injectionKWh, p.monthlyProductionKWh, p.productionKWh),
          monthlySharedKWh: p.monthlySharedKWh,
        })),
    };
  });
}
