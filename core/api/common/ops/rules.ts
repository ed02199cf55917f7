/** Operations of the eligibility checks: findings, rule fields, local rules. */
import * as v from 'valibot';
import { operation } from '../define';
import { bilingual, isoDate, onProject, text } from '../schemas';
import { ENTITY_KINDS } from '../../../rules/types';
import type { LocalRuleSpec } from '../../../rules';
import type { RuleFieldValues } from '../../../rules/fields';
import type { CheckProjectResult, LocalRulesView, RuleFieldsView } from '../types/rules';

const entityRef = v.object({
  kind: v.picklist(ENTITY_KINDS),
  /** Entity id; the community is 0. */
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});

export const rulesOperations = {
  checkProject: operation<CheckProjectResult>()({
    area: 'rules',
    summary: 'Check the project against the operating rules and its local rules',
    project: true,
    args: onProject({
      today: v.optional(v.nullable(v.pipe(isoDate, v.check((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), bilingual('"today" must be a date YYYY-MM-DD', '"today" deve essere una data AAAA-MM-GG'))))),
    }),
  }),
  getRuleFields: operation<RuleFieldsView>()({ area: 'rules', summary: 'Stored rule fields of every entity', project: true, args: onProject({}) }),
  updateRuleFields: operation<RuleFieldValues>()({
    area: 'rules',
    summary: 'Patch the rule fields of an entity (null clears a field)',
    project: true,
    args: onProject({ entity: entityRef, patch: v.record(v.string(), v.unknown()) }),
  }),
  listLocalRules: operation<LocalRulesView>()({ area: 'rules', summary: 'Local rules of the project and shipped presets', project: true, args: onProject({}) }),
  setLocalRules: operation<LocalRulesView>()({
    area: 'rules',
    summary: 'Replace the local rules (checked by the engine)',
    project: true,
    // The engine's own parser (core/rules/local.ts) checks each rule, naming the field.
    args: onProject({ rules: v.custom<LocalRuleSpec[]>((x) => Array.isArray(x), bilingual('"rules" must be a list', '"rules" deve essere un elenco')) }),
  }),
  applyLocalRulePreset: operation<LocalRulesView>()({
    area: 'rules',
    summary: "Add a shipped preset's rules (same id replaced)",
    project: true,
    args: onProject({ preset: text(100) }),
  }),
};
