/**
 * What the last simulation says about one substation area: the shared energy of the members
 * located in it (each member's contribution to its configuration's shared energy, as consumer),
 * the production and incentive of the plants located in it. Null figures when no simulation ran;
 * `simulationStale` when the project changed since (the card says the figures are old).
 */
import type { AreaSummary } from '../common';
import type { ProjectStore } from '../../store/project-store';
import { simulationView } from './simulation-service';

export type AreaResults = Pick<AreaSummary, 'sharedEnergyKWh' | 'incentivesEur' | 'productionKWh' | 'simulationStale'>;

export function areaResults(store: ProjectStore, resourcesDir: string, memberIds: readonly number[], plantIds: readonly number[]): AreaResults {
  let view: ReturnType<typeof simulationView> = null;
  try {
    view = simulationView(store, resourcesDir);
  } catch {
    view = null; // a result that cannot be read is no result: the card says "run the simulation"
  }
  if (!view) return { sharedEnergyKWh: null, incentivesEur: null, productionKWh: null, simulationStale: null };
  const members = new Set(memberIds);
  const plants = new Set(plantIds);
  const r = view.result;
  const inMembers = r.members.filter((m) => members.has(m.memberId));
  const inPlants = r.plants.filter((p) => plants.has(p.plantId));
  const withEconomics = inPlants.some((p) => p.incentiveEur !== undefined) || (inPlants.length === 0 && r.plants.some((p) => p.incentiveEur !== undefined));
  return {
    sharedEnergyKWh: inMembers.reduce((s, m) => s + m.sharedAsConsumerKWh, 0),
    incentivesEur: withEconomics ? inPlants.reduce((s, p) => s + (p.incentiveEur ?? 0), 0) : null,
    productionKWh: inPlants.reduce((s, p) => s + p.productionKWh, 0),
    simulationStale: view.stale,
  };
}
