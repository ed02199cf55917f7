/**
 * Eligibility-check operations: build the rules input from the project file (entities, their
 * stored rule fields, the located substation areas of the map, the local rules), run the pure
 * engine (core/rules) with the thresholds shipped in resources/rules, and edit the rule
 * fields and local rules. CoreService delegates one line per operation to this class.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  checkProject,
  listRules,
  parseLocalRulePreset,
  parseLocalRules,
  parseThresholds,
  LocalRulesError,
  ThresholdsError,
  type CheckOptions,
  type EntityKind,
  type LocalRulePreset,
  type LocalRuleSpec,
  type RulesProjectInput,
  type Thresholds,
} from '../../rules';
import { RULE_FIELDS, validateRuleFieldsPatch, type RuleFieldValues } from '../../rules/fields';
import type { Message } from '../../model/messages';
import type { ProjectStore } from '../../store/project-store';
import {
  patchRuleFields,
  readAllRuleFields,
  readLocalRules,
  readRuleFields,
  writeLocalRules,
} from '../../store/rules-fields-repository';
import type { CheckProjectResult, LocalRulePresetInfo, LocalRulesView, RuleFieldsView } from '../common';
import { ApiError, badRequest } from '../common/errors';


/** Today's date in Italy, ISO `YYYY-MM-DD` (deadline checks count in Italian civil days). */
export function todayInItaly(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function withoutDeclared(values: RuleFieldValues): { declared: string | null; rest: RuleFieldValues } {
  const { declaredSubstationCode, ...rest } = values;
  return { declared: typeof declaredSubstationCode === 'string' && declaredSubstationCode.trim() !== '' ? declaredSubstationCode.trim() : null, rest };
}

/** Everything the rules read from one project file. */
export function rulesInput(store: ProjectStore): RulesProjectInput {
  const communityFields = readAllRuleFields(store, 'community').get(0) ?? {};
  const configFields = readAllRuleFields(store, 'configuration');
  const memberFields = readAllRuleFields(store, 'member');
  const plantFields = readAllRuleFields(store, 'plant');
  const { pnrrPopulationLimit: _limit, ...community } = communityFields;
  return {
    community: { ...store.getCommunity(), ...community },
    configurations: store.listConfigurations().map((c) => ({ ...c, ...(configFields.get(c.id) ?? {}) })),
    members: store.listMembers().map((m) => {
      const { declared, rest } = withoutDeclared(memberFields.get(m.id) ?? {});
      // The map's located area wins; a declared area stands in where the map has none.
      return { ...m, ...rest, locatedSubstationCode: m.locatedAreaCode ?? declared };
    }),
    plants: store.listPlants().map((p) => {
      const { declared, rest } = withoutDeclared(plantFields.get(p.id) ?? {});
      return { ...p, ...rest, locatedSubstationCode: p.locatedAreaCode ?? declared };
    }),
    localRules: validLocalRules(readLocalRules(store)),
  };
}

/** Stored local rules that still validate (one damaged rule does not hide the others). */
function validLocalRules(raw: unknown[]): LocalRuleSpec[] {
  const out: LocalRuleSpec[] = [];
  for (const r of raw) {
    try {
      out.push(...parseLocalRules([r]));
    } catch {
      // skipped: listed nowhere, checked by nobody — setLocalRules never writes such a rule
    }
  }
  return out;
}

export class RulesService {
  private thresholdsCache?: Thresholds;

  constructor(private readonly resourcesDir: string) {}

  private get rulesDir(): string {
    return path.join(this.resourcesDir, 'rules');
  }

  /** The shipped thresholds, validated by the engine's loader (read once). */
  thresholds(): Thresholds {
    if (this.thresholdsCache) return this.thresholdsCache;
    const file = path.join(this.rulesDir, 'thresholds.json');
    try {
      this.thresholdsCache = parseThresholds(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (e) {
      const why = e instanceof ThresholdsError ? e.problems.join('; ') : e instanceof Error ? e.message : String(e);
      throw ApiError.of('internal', { code: 'api.rules.thresholds-unusable', params: { file, why } });
    }
    return this.thresholdsCache;
  }

  private presetFiles(): string[] {
    try {
      return fs.readdirSync(path.join(this.rulesDir, 'presets')).filter((n) => n.endsWith('.json')).sort();
    } catch {
      return [];
    }
  }

  private readPreset(fileName: string): LocalRulePreset {
    const file = path.join(this.rulesDir, 'presets', fileName);
    try {
      return parseLocalRulePreset(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (e) {
      const why = e instanceof LocalRulesError ? e.problems.join('; ') : e instanceof Error ? e.message : String(e);
      throw ApiError.of('internal', { code: 'api.rules.preset-unusable', params: { file, why } });
    }
  }

  presets(): LocalRulePresetInfo[] {
    return this.presetFiles().map((n) => {
      const p = this.readPreset(n);
      return { id: p.id, title: p.title, source: p.source, sourceDate: p.sourceDate, ruleIds: p.rules.map((r) => r.id) };
    });
  }

  check(store: ProjectStore, requestedToday?: string | null): CheckProjectResult {
    const today = requestedToday ?? todayInItaly();
    const input = rulesInput(store);
    const limit = readRuleFields(store, 'community', 0).pnrrPopulationLimit;
    const options: CheckOptions = { today, pnrrPopulationLimit: limit === 'dm127' ? 'dm127' : 'ro' };
    const findings = checkProject(input, this.thresholds(), options);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    return {
      today,
      findings,
      blocking: count('blocking'),
      warnings: count('warning'),
      infos: count('info'),
      rules: listRules(),
      unassigned: {
        members: input.members.filter((m) => m.configurationId === null).length,
        plants: input.plants.filter((p) => p.configurationId === null).length,
      },
      localRules: input.localRules?.length ?? 0,
    };
  }

  getRuleFields(store: ProjectStore): RuleFieldsView {
    const byId = (kind: EntityKind) => Object.fromEntries([...readAllRuleFields(store, kind)].map(([id, v]) => [String(id), v]));
    return {
      community: readRuleFields(store, 'community', 0),
      configurations: byId('configuration'),
      members: byId('member'),
      plants: byId('plant'),
    };
  }

  updateRuleFields(store: ProjectStore, entity: { kind: EntityKind; id: number }, patch: Record<string, unknown>): RuleFieldValues {
    const kind = entity.kind;
    const entityId = kind === 'community' ? 0 : entity.id;
    const problems = validateRuleFieldsPatch(kind, patch);
    if (problems.length > 0) {
      // In the user's words: the field's label as the form shows it, then what is wrong.
      throw badRequest({ code: 'api.rules.field-problems', params: { problems: problems.map((p) => fieldProblem(kind, p.field, p.message)) } }, problems[0]!.field);
    }
    return patchRuleFields(store, kind, entityId, patch);
  }

  listLocalRules(store: ProjectStore): LocalRulesView {
    return { rules: validLocalRules(readLocalRules(store)), presets: this.presets() };
  }

  setLocalRules(store: ProjectStore, raw: unknown): LocalRulesView {
    let rules: LocalRuleSpec[];
    try {
      rules = parseLocalRules(raw, 'rules');
    } catch (e) {
      if (!(e instanceof LocalRulesError)) throw e;
      throw badRequest({ code: 'api.rules.local-invalid', params: { problems: e.problems } }, 'rules');
    }
    writeLocalRules(store, rules);
    return this.listLocalRules(store);
  }

  /** Adds a shipped preset's rules to the project; a rule with the same id is replaced. */
  applyLocalRulePreset(store: ProjectStore, id: string): LocalRulesView {
    const fileName = this.presetFiles().find((n) => n === `${id}.json`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || !fileName) {
      const known = this.presetFiles().map((n) => n.replace(/\.json$/, '')).join(', ');
      throw badRequest({ code: 'api.rules.unknown-preset', params: { id: String(id), known } }, 'preset');
    }
    const preset = this.readPreset(fileName);
    const current = validLocalRules(readLocalRules(store));
    const incoming = new Set(preset.rules.map((r) => r.id));
    writeLocalRules(store, [...current.filter((r) => !incoming.has(r.id)), ...preset.rules]);
    return this.listLocalRules(store);
  }
}

/** A rule field's problem named by its label (`referent.kind` → the Referent's label), else by the key as given. */
function fieldProblem(kind: EntityKind, field: string, problem: Message): Message {
  const spec = RULE_FIELDS[kind].find((s) => s.key === field.split('.')[0]);
  if (!spec) return { code: 'api.rules.field-problem-key', params: { field: `${kind}.${field}`, problem } };
  if (!field.includes('.')) return { code: 'api.rules.field-problem', params: { label: spec.label, problem } };
  return { code: 'api.rules.field-problem-part', params: { label: spec.label, part: field.slice(field.indexOf('.') + 1), problem } };
}
