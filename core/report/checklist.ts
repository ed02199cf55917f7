/**
 * The documents of Allegato 3 [RO pp.117–119] per configuration (and per plant where the
 * rules say "per ciascun impianto"), each present / missing / not applicable. The rules are
 * data (resources/checklist/allegato3-documents.json); this file only reads their conditions.
 */
import type { Community, Configuration, Plant } from '../model/entities';
import { bilingual, type Message } from '../model/messages';

export interface DocumentCondition {
  types?: Community['type'][];
  sources?: Plant['source'][];
  /** Plant for which the incentive is asked: new or upgraded, ≤ 1 MW [RO p.10]. */
  incentivised?: boolean;
  /** Plant with a capital grant (grant share > 0). */
  grant?: boolean;
  minKwExclusive?: number;
  maxKw?: number;
  /** Configuration whose Referent needs a mandate [RO pp.16–18; p.67 note 12]. */
  mandateNeeded?: boolean;
}

export interface DocumentRule {
  id: string;
  scope: 'configuration' | 'plant';
  title: { it: string; en: string };
  source: string;
  when: DocumentCondition;
  clauses?: { it: string; en: string }[];
}

export interface DocumentRules {
  source: string;
  date: string;
  documents: DocumentRule[];
}

export interface AttachmentRef {
  id: number;
  documentId: string;
  configurationId: number;
  plantId: number | null;
  name: string;
  sizeBytes: number;
  addedAt: string;
}

export type ChecklistStatus = 'present' | 'missing' | 'not-applicable';

export interface ChecklistItem {
  documentId: string;
  title: { it: string; en: string };
  source: string;
  configurationId: number;
  plantId: number | null;
  /** Plant name for per-plant documents. */
  plantName: string | null;
  status: ChecklistStatus;
  /** Why not applicable, rendered from the catalogue (report.checklist.*) in both languages. */
  reason: { it: string; en: string } | null;
  clauses: { it: string; en: string }[];
  attachments: AttachmentRef[];
}

export interface ChecklistConfiguration {
  configurationId: number;
  name: string;
  items: ChecklistItem[];
  present: number;
  missing: number;
  notApplicable: number;
}

export interface ChecklistInput {
  community: Community;
  configurations: Configuration[];
  plants: Plant[];
  /** The Referent kind of each configuration (rule field), when given. */
  referentKind: Map<number, string | null>;
  attachments: AttachmentRef[];
}

const isIncentivised = (p: Plant) => !p.existing && p.kWp <= 1000;

/** Who needs no mandate: the CER itself, or the condominium/building in a group [RO p.67 note 12]. */
const SELF_REFERENTS = new Set(['community', 'building_representative']);

/** The first condition a subject fails, as a reason; null when every condition holds. */
function failedCondition(when: DocumentCondition, type: Community['type'], plant: Plant | null, mandateNeeded: boolean): Message | null {
  if (when.types && !when.types.includes(type)) return { code: 'report.checklist.not-for-type', params: { type } };
  if (when.mandateNeeded && !mandateNeeded) return { code: 'report.checklist.no-mandate-needed' };
  if (!plant) return null;
  if (when.sources && !when.sources.includes(plant.source)) return { code: 'report.checklist.not-for-source' };
  if (when.incentivised && !isIncentivised(plant)) return { code: 'report.checklist.not-incentivised' };
  if (when.grant && !(plant.grantShare > 0)) return { code: 'report.checklist.no-grant' };
  if (when.minKwExclusive !== undefined && !(plant.kWp > when.minKwExclusive)) return { code: 'report.checklist.power-up-to', params: { kw: when.minKwExclusive } };
  if (when.maxKw !== undefined && !(plant.kWp <= when.maxKw)) return { code: 'report.checklist.power-over', params: { kw: when.maxKw } };
  return null;
}

export function buildChecklist(rules: DocumentRules, input: ChecklistInput): ChecklistConfiguration[] {
  return input.configurations.map((c) => {
    const plants = input.plants.filter((p) => p.configurationId === c.id);
    const kind = input.referentKind.get(c.id) ?? null;
    const hasThirdParty = plants.some((p) => p.ownerMemberId === null);
    // Unknown Referent: the mandate is asked for, so nothing needed goes unlisted.
    const mandateNeeded = hasThirdParty || kind === null || !SELF_REFERENTS.has(kind);
    const items: ChecklistItem[] = [];
    for (const rule of rules.documents) {
      const subjects: (Plant | null)[] = rule.scope === 'plant' ? plants : [null];
      for (const plant of subjects) {
        const attachments = input.attachments.filter((a) => a.documentId === rule.id && a.configurationId === c.id && a.plantId === (plant?.id ?? null));
        const reason = failedCondition(rule.when, input.community.type, plant, mandateNeeded);
        items.push({
          documentId: rule.id,
          title: rule.title,
          source: rule.source,
          configurationId: c.id,
          plantId: plant?.id ?? null,
          plantName: plant?.name ?? null,
          // An attachment counts even where the rules do not ask for the document.
          status: attachments.length > 0 ? 'present' : reason ? 'not-applicable' : 'missing',
          reason: attachments.length > 0 || !reason ? null : bilingual(reason),
          clauses: rule.clauses ?? [],
          attachments,
        });
      }
    }
    const count = (s: ChecklistStatus) => items.filter((i) => i.status === s).length;
    return { configurationId: c.id, name: c.name, items, present: count('present'), missing: count('missing'), notApplicable: count('not-applicable') };
  });
}
