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
  type SharingProblem,
  type SharingRuleSet,
} from '../../sharing';
import type { SharingComparisonView, SharingRulesView, SharingView } from '../common/types/sharing';
import { badRequest } from '../common/errors';
import { simulationView } from './simulation-service';

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
      problems.push({ code: 'sharing/unknown-configuration', substation: key, it: `Nessuna configurazione con cabina primaria «${key}»`, en: `No configuration with primary substation "${key}"` });
    } else if (matches.length > 1) {
      problems.push({ code: 'sharing/ambiguous-configuration', substation: key, it: `Più configurazioni con cabina primaria «${key}»: correggere i codici`, en: `Several configurations with primary substation "${key}": fix the codes` });
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

/** Divides the last simulation under `raw` (a rule set given now) or the stored rules. */
export function computeSharing(store: ProjectStore, resourcesDir: string, raw?: unknown): SharingView {
  const sim = simulationView(store, resourcesDir);
  if (!sim) throw badRequest('No simulation yet: run the simulation first', 'Nessuna simulazione: eseguire prima la simulazione');
  const ruleSet = ruleSetOrStored(store, raw);
  const inputs = sharingInputsFromSimulation(sim.result, store.listMembers(), store.listPlants());
  return { ...divideSharing(inputs, ruleSet), ruleSet, computedAt: sim.computedAt, stale: sim.stale };
}

export function compareSharing(store: ProjectStore, resourcesDir: string, a: unknown, b: unknown): SharingComparisonView {
  const viewA = computeSharing(store, resourcesDir, a);
  const viewB = computeSharing(store, resourcesDir, b);
  return { ...compareDivisions(viewA, viewB), a: viewA, b: viewB };
}
