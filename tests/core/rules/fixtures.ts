/** Builders of small projects for the rules tests. */
import { readFileSync } from 'node:fs';
import { readReference } from '../../helpers/reference';
import { parseThresholds } from '../../../core/rules/thresholds';
import type { Thresholds } from '../../../core/rules/thresholds';
import { checkProject } from '../../../core/rules/check';
import type {
  CheckOptions,
  Finding,
  RulesConfiguration,
  RulesMember,
  RulesPlant,
  RulesProjectInput,
} from '../../../core/rules/types';

export const THRESHOLDS_PATH = new URL('../../../resources/rules/thresholds.json', import.meta.url);
/** The operating rules' text, under ../shared/reference (tests/helpers/reference). */
export const RO_TEXT = 'regulation/regole-operative-cacer.txt';

export function loadThresholds(): Thresholds {
  return parseThresholds(JSON.parse(readFileSync(THRESHOLDS_PATH, 'utf8')));
}

export const AREA = 'AC001E00934';

export function member(id: number, over: Partial<RulesMember> = {}): RulesMember {
  return {
    id,
    name: `Member ${id}`,
    category: 'citizen',
    taxCode: '',
    ateco: '',
    pods: [`IT001E${String(id).padStart(8, '0')}`],
    lat: 45.1,
    lon: 9.1,
    vulnerable: false,
    configurationId: 1,
    annualKWh: 2700,
    loadProfile: 'household',
    locatedSubstationCode: AREA,
    municipality: 'Borgo',
    ...over,
  };
}

export function plant(id: number, over: Partial<RulesPlant> = {}): RulesPlant {
  return {
    id,
    name: `Plant ${id}`,
    source: 'pv',
    kWp: 50,
    tiltDeg: 30,
    azimuthDeg: 180,
    commissioningDate: '2024-07-01',
    ownerMemberId: 3,
    thirdPartyProducer: '',
    pod: 'IT001E00000003',
    censimp: 'IM_1234567',
    existing: false,
    grantShare: 0,
    configurationId: 1,
    lat: 45.1,
    lon: 9.1,
    locatedSubstationCode: AREA,
    municipality: 'Borgo',
    ...over,
  };
}

export function config(id: number, over: Partial<RulesConfiguration> = {}): RulesConfiguration {
  return {
    id,
    name: `Config ${id}`,
    substationCode: AREA,
    filingDate: '2024-09-01',
    referent: { kind: 'community' },
    ...over,
  };
}

/** A CER that every national rule accepts (info findings aside). */
export function validCer(): RulesProjectInput {
  return {
    community: {
      name: 'CER Borgo',
      legalEntity: 'Associazione CER Borgo',
      type: 'CER',
      constitutionDate: '2024-06-01',
      municipality: 'Borgo',
      region: 'Lombardia',
      referenceYear: 2024,
      municipalityPopulation: 3000,
    },
    configurations: [config(1)],
    members: [
      member(1, { name: 'Anna' }),
      member(2, { name: 'Bar Sport', category: 'sme', ateco: '56.30.00', loadProfile: 'shop' }),
      member(3, { name: 'Comune di Borgo', category: 'local_authority', loadProfile: 'municipal_building' }),
    ],
    plants: [plant(1, { name: 'FV Municipio' })],
  };
}

/** A valid collective self-consumption group (condominium). */
export function validAuc(): RulesProjectInput {
  const p = validCer();
  p.community.type = 'AUC';
  p.configurations = [config(1, { buildingId: 'B1', referent: { kind: 'condominium_administrator' } })];
  p.members = [
    member(1, { name: 'Flat 1', buildingId: 'B1' }),
    member(2, { name: 'Flat 2', buildingId: 'B1' }),
    member(3, { name: 'Condominio', category: 'association', buildingId: 'B1' }),
  ];
  p.plants = [plant(1, { name: 'FV tetto', buildingId: 'B1' })];
  return p;
}

/** A valid remote individual self-consumer. */
export function validAid(): RulesProjectInput {
  const p = validCer();
  p.community.type = 'AID';
  p.configurations = [config(1, { referent: { kind: 'member', memberId: 1 } })];
  p.members = [member(1, { name: 'Azienda', category: 'sme', ateco: '10.71.00', pods: ['IT001E00000001', 'IT001E00000011'] })];
  p.plants = [plant(1, { ownerMemberId: 1, pod: 'IT001E00000099' })];
  return p;
}

export function run(p: RulesProjectInput, options: CheckOptions = {}): Finding[] {
  return checkProject(p, loadThresholds(), options);
}

export function of(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** Lowercase, single spaces, straight quotes: how cited keywords are compared with the RO text. */
export function norm(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** Printed page number → normalised text of the operating rules (see `norm`). */
export function roPages(): Map<number, string> {
  const text = readReference(RO_TEXT);
  const pages = new Map<number, string>();
  const parts = text.split(/^=== printed page (\d+) \(pdf page \d+\) ===$/m);
  for (let i = 1; i < parts.length; i += 2) {
    pages.set(Number(parts[i]), norm(parts[i + 1] ?? ''));
  }
  return pages;
}
