import { describe, expect, it } from 'vitest';
import { sharingInputsFromSimulation, SharingRuleError, type SimulationForSharing } from '../../../core/sharing';
import type { Member, Plant } from '../../../core/model/entities';
import { monthsWith } from './fixtures';

const sim: SimulationForSharing = {
  configurations: [
    {
      configurationId: 1,
      name: 'Centro',
      substation: 'AC001E00934',
      sharedKWh: 300,
      monthly: { sharedKWh: monthsWith({ 5: 100, 6: 200 }) },
      economics: { monthlyIncentiveEur: monthsWith({ 5: 10, 6: 20 }), valorisationEur: 10, restrictedPotEur: 0, gseFeesEurPerYear: 15 },
    },
  ],
  plants: [{ plantId: 7, configurationId: 1, productionKWh: 1000, injectionKWh: 500, monthlyProductionKWh: monthsWith({ 5: 400, 6: 600 }), monthlySharedKWh: monthsWith({ 5: 100, 6: 200 }) }],
  members: [
    { memberId: 1, configurationId: 1, consumptionKWh: 900, withdrawalKWh: 800, sharedAsConsumerKWh: 150, monthlySharedAsConsumerKWh: monthsWith({ 5: 50, 6: 100 }) },
    { memberId: 2, configurationId: 1, consumptionKWh: 500, withdrawalKWh: 400, sharedAsConsumerKWh: 150 },
  ],
};
const members = [
  { id: 1, name: 'Anna', category: 'citizen', pods: ['IT001E00000001'], vulnerable: true },
  { id: 2, name: 'Ditta', category: 'sme', pods: [], vulnerable: false },
] as Member[];
const plants = [{ id: 7, ownerMemberId: 1 }] as Plant[];

describe('sharingInputsFromSimulation', () => {
  it('reads money by month, splits valorisation like shared energy to the cent, spreads injection like production', () => {
    const [c] = sharingInputsFromSimulation(sim, members, plants);
    // 10.00 € by 100 : 200 kWh → 3.33 and 6.67.
    expect(c!.monthlyValorisationEur).toEqual(monthsWith({ 5: 3.33, 6: 6.67 }));
    expect(c!.monthlyIncentiveEur).toEqual(monthsWith({ 5: 10, 6: 20 }));
    expect(c!.plants[0]).toMatchObject({ ownerMemberId: 1, monthlyInjectedKWh: monthsWith({ 5: 200, 6: 300 }) });
    expect(c!.members[0]).toMatchObject({ name: 'Anna', pod: 'IT001E00000001', vulnerable: true, consumer: true, monthlySharedAsConsumerKWh: monthsWith({ 5: 50, 6: 100 }) });
    // Older results without the monthly field: the year's share spread like the configuration's shared energy.
    expect(c!.members[1]).toMatchObject({ category: 'sme', pod: '', monthlySharedAsConsumerKWh: monthsWith({ 5: 50, 6: 100 }) });
  });

  it('refuses a simulation without money', () => {
    const bare = { ...sim, configurations: [{ ...sim.configurations[0]!, economics: undefined }] };
    expect(() => sharingInputsFromSimulation(bare, members, plants)).toThrow(SharingRuleError);
  });
});
