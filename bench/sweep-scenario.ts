/**
 * A synthetic project for the advisor's sweeps (issue 16): `members` members with annual
 * consumption on the shipped shapes (a tenth with EV charging, two with batteries), `plants`
 * PV plants around Bergamo (the first two behind members' meters), one configuration, hourly
 * reference year, shipped economics. Deterministic. Shared by bench/sweep-bench.ts and the
 * sweep test.
 */
import type { ScenarioInput } from '../core/scenario/types';
import type { EconomicsParameters } from '../core/scenario/economics-types';
import { defaultMember, defaultMemberBattery, defaultMemberEv, defaultPlant } from '../core/model/entity-validation';
import { LOAD_PROFILES } from '../core/model/entities';

export function sweepScenarioInput(economics: EconomicsParameters, members = 100, plants = 5): ScenarioInput {
  return {
    community: { name: 'Sweep', legalEntity: '', type: 'CER', constitutionDate: '2025-01-15', municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'Cabina Bergamo', substationCode: '' }],
    members: Array.from({ length: members }, (_, k) => ({
      ...defaultMember(`Membro ${k + 1}`),
      id: k + 1,
      configurationId: 1,
      lat: 45.69 + (k % 7) * 0.01,
      lon: 9.67 + (k % 5) * 0.01,
      annualKWh: 1500 + ((k * 733) % 6000),
      loadProfile: LOAD_PROFILES[k % LOAD_PROFILES.length]!,
      ...(k % 10 === 4 ? { ev: defaultMemberEv() } : {}),
      ...(k === 0 || k === 2 ? { battery: defaultMemberBattery(10) } : {}),
    })),
    plants: Array.from({ length: plants }, (_, j) => ({
      ...defaultPlant(`FV ${j + 1}`),
      id: 1000 + j,
      configurationId: 1,
      kWp: [20, 6, 60, 120, 45][j % 5]!,
      azimuthDeg: [180, 150, 210, 180, 170][j % 5]!,
      lat: 45.69 + j * 0.02,
      lon: 9.67 - j * 0.02,
      commissioningDate: j === 4 ? null : `2025-0${1 + j}-10`,
      ownerMemberId: j < 2 ? j + 1 : null,
      grantShare: j === 3 ? 0.4 : 0,
    })),
    stepMinutes: 60,
    economics,
  };
}
