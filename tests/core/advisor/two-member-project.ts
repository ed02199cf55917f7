/**
 * The advisor tests' project: two members (a household, an SME on one shift) around Bergamo
 * and a 10 kWp roof (plant 10) in one configuration, hourly 2025, the shipped economics.
 */
import path from 'node:path';
import type { ScenarioInput } from '../../../core/scenario/types';
import { loadEconomicsParameters } from '../../../core/api/node/parameters-loader';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { REPO_ROOT } from '../../helpers/tmp';

const economics = loadEconomicsParameters(path.join(REPO_ROOT, 'resources'), 2025);

export function twoMemberProject(): ScenarioInput {
  return {
    community: { name: 'T', legalEntity: '', type: 'CER', constitutionDate: null, municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'Centro', substationCode: '' }],
    members: [
      { ...defaultMember('A'), id: 1, configurationId: 1, annualKWh: 3000, lat: 45.7, lon: 9.67 },
      { ...defaultMember('B'), id: 2, configurationId: 1, category: 'sme', loadProfile: 'sme_one_shift', annualKWh: 15000, lat: 45.7, lon: 9.67 },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, configurationId: 1, lat: 45.7, lon: 9.67, tiltDeg: 30, azimuthDeg: 180 }],
    stepMinutes: 60,
    economics,
  };
}
