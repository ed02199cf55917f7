/** Operations of who gets what: the sharing rules of the project, the division, a comparison. */
import * as v from 'valibot';
import { operation } from '../define';
import { base64, bilingual, fileName, onProject } from '../schemas';
import type { GseStatementsView, SharingComparisonView, SharingRulesView, SharingView } from '../types/sharing';

/**
 * A rule set as JSON: its shape and every rule are checked by core/sharing (parseSharingRuleSet),
 * which names the rule at fault; here only that it is an object of bounded size.
 */
const ruleSet = v.pipe(
  v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), bilingual('"ruleSet" must be an object { community, configurations }', '"ruleSet" deve essere un oggetto { community, configurations }')),
  v.check((x) => JSON.stringify(x).length <= 200_000, bilingual('"ruleSet" is too large', '"ruleSet" è troppo grande')),
);

const eur = v.pipe(v.number(), v.finite());
const twelve = v.pipe(v.array(eur), v.length(12));
/** Runtime shape of a division (checked by dispatch in tests, so the handler cannot drift). */
const sharingViewResult = v.looseObject({
  configurations: v.array(
    v.looseObject({ configurationId: v.number(), substation: v.string(), incentiveEur: eur, valorisationEur: eur, restrictedPotEur: eur, paidMonths: twelve, groups: v.array(v.looseObject({ group: v.string(), eur, months: twelve })) }),
  ),
  members: v.array(v.looseObject({ id: v.number(), name: v.string(), pod: v.string(), category: v.string(), configurationId: v.number(), months: twelve, totalEur: eur, restrictedEur: eur })),
  notes: v.array(v.looseObject({ code: v.string(), it: v.string(), en: v.string() })),
  ruleSet: v.looseObject({ community: v.array(v.unknown()), configurations: v.record(v.string(), v.array(v.unknown())) }),
  source: v.picklist(['simulation', 'gse']),
  computedAt: v.string(),
  stale: v.boolean(),
});
const rulesViewResult = v.looseObject({
  ruleSet: v.looseObject({ community: v.array(v.unknown()), configurations: v.record(v.string(), v.array(v.unknown())) }),
  isDefault: v.boolean(),
  configurations: v.array(v.looseObject({ id: v.number(), name: v.string(), substation: v.string() })),
  problems: v.array(v.unknown()),
});

/** Whose amounts are divided: the last simulation's (default) or the imported GSE statements'. */
const source = v.optional(v.picklist(['simulation', 'gse']), 'simulation');

export const sharingOperations = {
  getSharingRules: operation<SharingRulesView>()({ area: 'sharing', summary: 'The sharing rules of the project (community part and per configuration)', project: true, args: onProject({}), result: rulesViewResult }),
  setSharingRules: operation<SharingRulesView>()({
    area: 'sharing',
    summary: 'Replace the sharing rules (null restores the default); a set with any problem is refused, naming the rule',
    project: true,
    args: onProject({ ruleSet: v.nullable(ruleSet) }),
    result: rulesViewResult,
  }),
  computeSharing: operation<SharingView>()({
    area: 'sharing',
    summary: "Divide the last simulation's incentive and valorisation by month among members and groups, to the cent",
    project: true,
    // A rule set given here is applied without being saved (live preview).
    args: onProject({ ruleSet: v.optional(ruleSet), source }),
    result: sharingViewResult,
  }),
  compareSharing: operation<SharingComparisonView>()({
    area: 'sharing',
    summary: 'Who gains and who loses, by member and category, between two rule sets (a: the stored one when absent)',
    project: true,
    args: onProject({ a: v.optional(ruleSet), b: ruleSet, source }),
  }),
  importGseStatements: operation<GseStatementsView>()({
    area: 'sharing',
    summary: 'Import GSE monthly statements (incentive, valorisation per configuration and month; CSV or XLSX)',
    project: true,
    args: onProject({ name: fileName, base64 }),
  }),
  getGseStatements: operation<GseStatementsView>()({ area: 'sharing', summary: 'The imported GSE statements of the reference year', project: true, args: onProject({}) }),
  clearGseStatements: operation<GseStatementsView>()({ area: 'sharing', summary: 'Remove the imported GSE statements', project: true, args: onProject({}) }),
  gseStatementsTemplate: operation<{ fileName: string; text: string }>()({ area: 'sharing', summary: 'The blank GSE statements template (CSV, a row per configuration and month)', project: true, args: onProject({}) }),
};
