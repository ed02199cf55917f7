/**
 * Who gets what: the project's sharing rules (stored by configuration id, shown and given by
 * substation code) and the division of the last simulation under them.
 */
import type { ProjectStore } from '../../store/project-store';
import { readSharingRules, clearSharingRules, writeSharingRules } from '../../store/sharing-rules-repository';
import {
  compareSharing as compareDivisions,
  DEFAULT_RULE_SET,
  divideSharing,
  parseSharingRuleSet,
  sharingInputsFromSimulation,
  SharingRuleError,
  type SharingConfigurationInput,
  type SharingProblem,
  type SharingRuleSet,
} from '../../sharing';
import type { SharingComparisonView, SharingRulesView, SharingView } from '../common/types/sharing';
import { badRequest } from '../common/errors';
import { simulationView } from './simulation-service';
import { gseStatementsView } from './gse-statements-service';
import { problem } from '../../sharing/problems';

function configurationsOf(store: ProjectStore) {
  return store.listConfigurations().map((c) => ({ id: c.id, name: c.name, substation: c.substationCode }));
}

/** The stored rules as a rule set keyed by substation, with their problems (none when intact). */
function storedRuleSet(store: ProjectStore): { ruleSet: SharingRuleSet; isDefault: boolean; problems: SharingProblem[] } {
  const stored = readSharingRules(store);
  if (!stored) return { ruleSet: DEFAULT_RULE_SET, isDefault: true, problems: [] };
  const bySubstation = new Map(configurationsOf(store).map((c) => [c.id, c.substation]));
  const configurations: Record<string, unknown> = {};
  for (const [id, rules] of stored.byConfiguration) {
    const key = bySubstation.get(id);
    if (key) configurations[key] = rules;
  }
  const parsed = parseSharingRuleSet({ community: stored.community, configurations });
  return parsed.problems.length ? { ruleSet: DEFAULT_RULE_SET, isDefault: true, problems: parsed.problems } : { ruleSet: parsed.ruleSet, isDefault: false, problems: [] };
}

export function sharingRulesView(store: ProjectStore): SharingRulesView {
  return { ...storedRuleSet(store), configurations: configurationsOf(store) };
}

/** Checks a rule set given as JSON against the core and the project's configurations; throws naming every problem. */
export function checkedRuleSet(store: ProjectStore, raw: unknown): SharingRuleSet {
  const { ruleSet, problems } = parseSharingRuleSet(raw);
  const configurations = configurationsOf(store);
  for (const key of Object.keys(ruleSet.configurations)) {
    const matches = configurations.filter((c) => c.substation === key);
    if (matches.length === 0) {
      problems.push(problem('sharing/unknown-configuration', { code: 'sharing.configuration-unknown', params: { substation: key } }, { substation: key }));
    } else if (matches.length > 1) {
      problems.push(problem('sharing/ambiguous-configuration', { code: 'sharing.configuration-ambiguous', params: { substation: key } }, { substation: key }));
    }
  }
  if (problems.length) throw new SharingRuleError(problems);
  return ruleSet;
}

/** Replaces the rules in one transaction (null: back to the default); a set with problems changes nothing. */
export function setSharingRules(store: ProjectStore, raw: unknown): SharingRulesView {
  if (raw === null) {
    clearSharingRules(store);
    return sharingRulesView(store);
  }
  const ruleSet = checkedRuleSet(store, raw);
  const idOf = new Map(configurationsOf(store).map((c) => [c.substation, c.id]));
  writeSharingRules(store, ruleSet.community, new Map(Object.entries(ruleSet.configurations).map(([k, rules]) => [idOf.get(k)!, rules])));
  return sharingRulesView(store);
}

function ruleSetOrStored(store: ProjectStore, raw: unknown): SharingRuleSet {
  if (raw !== undefined) return checkedRuleSet(store, raw);
  const stored = storedRuleSet(store);
  if (stored.problems.length) throw new SharingRuleError(stored.problems);
  return stored.ruleSet;
}

/**
 * Puts the GSE statements' amounts in place of the simulated ones. Months without a statement
 * count zero; the restricted pot is the statements' own when they give it, else the simulated
 * pot scaled by the incentive actually paid (both noted).
 */
function withGseStatements(store: ProjectStore, inputs: SharingConfigurationInput[], notes: SharingProblem[]): SharingConfigurationInput[] {
  const gse = gseStatementsView(store);
  return inputs.map((c) => {
    const months = gse.configurations.find((x) => x.id === c.configurationId)?.months ?? new Array(12).fill(null);
    const missing = months.map((m, i) => (m ? 0 : i + 1)).filter((m) => m > 0);
    if (missing.length) notes.push(problem('sharing/gse-months-missing', { code: 'sharing.note.gse-months-missing', params: { substation: c.substation, months: missing } }, { substation: c.substation }));
    const incentive = months.map((m) => m?.incentiveEur ?? 0);
    const given = months.filter((m) => m?.restrictedEur !== null && m?.restrictedEur !== undefined);
    const simulated = c.monthlyIncentiveEur.reduce((a, b) => a + b, 0);
    const paid = incentive.reduce((a, b) => a + b, 0);
    let restricted: number;
    if (given.length) restricted = given.reduce((a, m) => a + m!.restrictedEur!, 0);
    else {
      restricted = simulated > 0 ? Math.round(((c.restrictedPotEur * paid) / simulated) * 100) / 100 : 0;
      if (restricted > 0) notes.push(problem('sharing/gse-restricted-estimated', { code: 'sharing.note.gse-restricted-estimated', params: { substation: c.substation, eur: restricted.toFixed(2) } }, { substation: c.substation }));
    }
    return { ...c, monthlyIncentiveEur: incentive, monthlyValorisationEur: months.map((m) => m?.valorisationEur ?? 0), restrictedPotEur: Math.max(0, restricted) };
  });
}

/**
 * Divides the last simulation under `raw` (a rule set given now) or the stored rules. With
 * source 'gse' the money is what the imported GSE statements say; members' weights still come
 * from the simulation.
 */
export function computeSharing(store: ProjectStore, resourcesDir: string, raw?: unknown, source: 'simulation' | 'gse' = 'simulation'): SharingView {
  const sim = simulationView(store, resourcesDir);
  if (!sim) throw badRequest({ code: 'api.sharing.no-simulation' });
  const ruleSet = ruleSetOrStored(store, raw);
  const notes: SharingProblem[] = [];
  let inputs = sharingInputsFromSimulation(sim.result, store.listMembers(), store.listPlants());
  if (source === 'gse') inputs = withGseStatements(store, inputs, notes);
  const division = divideSharing(inputs, ruleSet);
  return { ...division, notes: [...notes, ...division.notes], ruleSet, source, computedAt: sim.computedAt, stale: sim.stale };
}

export function compareSharing(store: ProjectStore, resourcesDir: string, a: unknown, b: unknown, source: 'simulation' | 'gse' = 'simulation'): SharingComparisonView {
  const viewA = computeSharing(store, resourcesDir, a, source);
  const viewB = computeSharing(store, resourcesDir, b, source);
  return { ...compareDivisions(viewA, viewB), a: viewA, b: viewB };
}
