/** For every national rule: a project it accepts and one it flags, with the expected severity. */
import type { CheckOptions, RulesProjectInput, Severity } from '../../../core/rules/types';
import { config, member, plant, validAid, validAuc, validCer } from './fixtures';

export interface Scenario {
  ruleId: string;
  severity: Severity;
  pass: () => RulesProjectInput;
  fail: () => RulesProjectInput;
  options?: CheckOptions;
}

function cer(mutate: (p: RulesProjectInput) => void): () => RulesProjectInput {
  return () => {
    const p = validCer();
    mutate(p);
    return p;
  };
}

/** A CER whose plant requests the PNRR grant and meets every PNRR requirement. */
export function validPnrr(): RulesProjectInput {
  const p = validCer();
  p.configurations[0]!.filingDate = '2025-07-01';
  p.plants[0] = plant(1, {
    commissioningDate: '2025-06-01',
    grantShare: 0.4,
    pnrrGrant: true,
    pnrrApplicationDate: '2024-12-01',
    pnrrAdmissionDate: '2025-03-01',
    worksStartDate: '2025-03-15',
    municipalityPopulation: 3000,
  });
  return p;
}

function pnrr(mutate: (p: RulesProjectInput) => void): () => RulesProjectInput {
  return () => {
    const p = validPnrr();
    mutate(p);
    return p;
  };
}

const plant0 = (p: RulesProjectInput) => p.plants[0]!;
const config0 = (p: RulesProjectInput) => p.configurations[0]!;

export const SCENARIOS: Scenario[] = [
  { ruleId: 'cer.min-members', severity: 'blocking', pass: validCer, fail: cer((p) => { p.members = [member(3)]; }) },
  { ruleId: 'config.connection-points', severity: 'blocking', pass: validCer, fail: cer((p) => { p.plants = []; }) },
  {
    ruleId: 'auc.min-parties', severity: 'blocking', pass: validAuc,
    fail: () => { const p = validAuc(); p.members = [member(1, { buildingId: 'B1' })]; plant0(p).ownerMemberId = 1; plant0(p).pod = 'IT001E00000001'; return p; },
  },
  {
    ruleId: 'auc.same-building', severity: 'blocking', pass: validAuc,
    fail: () => { const p = validAuc(); p.members[1]!.buildingId = 'B2'; return p; },
  },
  {
    ruleId: 'aid.single-customer', severity: 'blocking', pass: validAid,
    fail: () => { const p = validAid(); p.members.push(member(2, { category: 'sme', ateco: '10.71.00' })); return p; },
  },
  { ruleId: 'cer.member-category', severity: 'blocking', pass: validCer, fail: cer((p) => { p.members[1]!.category = 'large_enterprise'; }) },
  { ruleId: 'member.excluded-ateco', severity: 'blocking', pass: validCer, fail: cer((p) => { p.members[1]!.ateco = '35.11.00'; }) },
  { ruleId: 'member.firm-in-difficulty', severity: 'warning', pass: validCer, fail: cer((p) => { p.members[1]!.firmInDifficulty = true; }) },
  { ruleId: 'member.net-metering', severity: 'blocking', pass: validCer, fail: cer((p) => { p.members[0]!.netMetering = true; }) },
  { ruleId: 'cer.local-entity-municipality', severity: 'warning', pass: validCer, fail: cer((p) => { p.members[2]!.municipality = 'Altrove'; }) },
  {
    ruleId: 'point.single-configuration', severity: 'blocking', pass: validCer,
    fail: cer((p) => { p.configurations.push(config(2)); p.members.push(member(4, { configurationId: 2, pods: ['IT001E00000001'] })); }),
  },
  { ruleId: 'config.substation-code', severity: 'warning', pass: validCer, fail: cer((p) => { config0(p).substationCode = ''; }) },
  { ruleId: 'point.substation-area', severity: 'blocking', pass: validCer, fail: cer((p) => { p.members[1]!.locatedSubstationCode = 'AC001E00935'; }) },
  { ruleId: 'plant.renewable-source', severity: 'blocking', pass: validCer, fail: cer((p) => { plant0(p).hybrid = true; }) },
  { ruleId: 'plant.commissioning-date', severity: 'blocking', pass: validCer, fail: cer((p) => { plant0(p).commissioningDate = '2021-12-15'; }) },
  { ruleId: 'plant.upgrade-section', severity: 'warning', pass: validCer, fail: cer((p) => { plant0(p).upgradedSectionKw = 80; }) },
  { ruleId: 'plant.max-power', severity: 'warning', pass: validCer, fail: cer((p) => { plant0(p).kWp = 1200; }) },
  {
    ruleId: 'plant.existing', severity: 'info', pass: validCer,
    fail: cer((p) => { p.plants.push(plant(2, { kWp: 10, existing: true, commissioningDate: '2019-05-01', pod: 'IT001E00000002', ownerMemberId: 2 })); }),
  },
  {
    ruleId: 'cer.existing-power-share', severity: 'blocking', pass: validCer,
    fail: cer((p) => { p.plants.push(plant(2, { kWp: 30, existing: true, commissioningDate: '2019-05-01', pod: 'IT001E00000002', ownerMemberId: 2 })); }),
  },
  { ruleId: 'cer.plant-after-constitution', severity: 'blocking', pass: validCer, fail: cer((p) => { plant0(p).commissioningDate = '2024-05-01'; }) },
  { ruleId: 'plant.capital-grant-share', severity: 'blocking', pass: validCer, fail: cer((p) => { plant0(p).grantShare = 0.5; }) },
  { ruleId: 'plant.net-metering', severity: 'warning', pass: validCer, fail: cer((p) => { plant0(p).netMetering = true; }) },
  { ruleId: 'plant.third-party-producer', severity: 'warning', pass: validCer, fail: cer((p) => { plant0(p).ownerMemberId = null; }) },
  { ruleId: 'config.referent', severity: 'blocking', pass: validCer, fail: cer((p) => { config0(p).referent = { kind: 'condominium_administrator' }; }) },
  { ruleId: 'referent.exclusion', severity: 'blocking', pass: validCer, fail: cer((p) => { config0(p).referent = { kind: 'community', firmInDifficulty: true }; }) },
  {
    ruleId: 'pnrr.configuration-type', severity: 'blocking', pass: validPnrr,
    fail: () => { const p = validAid(); plant0(p).pnrrGrant = true; return p; },
  },
  { ruleId: 'pnrr.municipality-population', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { plant0(p).municipalityPopulation = 12000; }) },
  { ruleId: 'pnrr.plant-requirements', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { plant0(p).kWp = 1200; }) },
  { ruleId: 'pnrr.application-window', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { plant0(p).pnrrApplicationDate = '2025-04-15'; plant0(p).worksStartDate = '2025-05-01'; }) },
  { ruleId: 'pnrr.commissioning-deadline', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { plant0(p).commissioningDate = '2026-09-10'; }) },
  { ruleId: 'pnrr.final-request-deadline', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { config0(p).filingDate = '2026-09-01'; }) },
  { ruleId: 'pnrr.works-after-application', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { plant0(p).worksStartDate = '2024-11-01'; }) },
  { ruleId: 'pnrr.constituted-before-application', severity: 'blocking', pass: validPnrr, fail: pnrr((p) => { p.community.constitutionDate = '2025-01-10'; }) },
  { ruleId: 'filing.retroactivity-window', severity: 'warning', pass: validCer, fail: cer((p) => { config0(p).filingDate = '2025-01-15'; }) },
  { ruleId: 'community.region', severity: 'warning', pass: validCer, fail: cer((p) => { p.community.region = ''; }) },
  { ruleId: 'format.pod', severity: 'warning', pass: validCer, fail: cer((p) => { p.members[0]!.pods = ['IT1E123']; }) },
  { ruleId: 'format.censimp', severity: 'warning', pass: validCer, fail: cer((p) => { plant0(p).censimp = 'XYZ-42'; }) },
];
