/**
 * Reconciling a registry file (anagrafica) with the project's members, as a plan the store
 * then writes in one transaction:
 * - a row matches an existing member by tax code (codice fiscale, else the VAT number),
 *   else by any of its PODs; it updates that member (PODs merged), or creates a new one;
 * - a primary-substation code no configuration has creates one configuration "Cabina <code>",
 *   once however many rows name it;
 * - a row without a yearly consumption keeps the member's, or gets DEFAULT_MEMBER_ANNUAL_KWH
 *   (the plan lists those rows), and a new member gets the load profile of its category.
 * Conflicts stop the whole file: a POD twice in the file, a POD of another member, two rows
 * matching one member, a field the member validation refuses.
 * Linear in members + rows: existing members are indexed once by tax code and by POD.
 */
import type { Configuration, LoadProfileKind, Member, MemberCategory } from './entities';
import { DEFAULT_MEMBER_ANNUAL_KWH, fieldProblemMessage, validateMemberPatch } from './entity-validation';
import type { Message } from './messages';
import type { MemberRecord, MemberRegistryFields } from './member-record';

/** Load profile of a new member of each category (its shape until curves or bills arrive). */
export const PROFILE_OF_CATEGORY: Record<MemberCategory, LoadProfileKind> = {
  citizen: 'household',
  // Common services of a building: stairs and courtyard lights, lifts, pumps — an office-like day shape.
  condominium: 'office',
  sme: 'sme_one_shift',
  large_enterprise: 'sme_three_shift',
  local_authority: 'municipal_building',
  third_sector: 'office',
  religious_body: 'office',
  association: 'office',
  research_body: 'office',
  public_administration: 'municipal_building',
};

/** The member's configuration: an existing one, one the plan creates (by substation code), or none. */
export type ConfigurationRef = { existingId: number } | { newSubstationCode: string } | null;

export type MemberFields = Omit<Member, 'id' | 'configurationId' | 'locatedAreaCode'>;

export interface MemberPlanEntry {
  /** Registry row (1-based) the entry comes from. */
  sourceRow: number;
  /** The member to update, or null to create one. */
  memberId: number | null;
  fields: MemberFields;
  configuration: ConfigurationRef;
  registry: MemberRegistryFields;
}

export interface MemberReconciliationPlan {
  /** Configurations to create first, in file order: name "Cabina <code>". */
  newConfigurations: { name: string; substationCode: string }[];
  /** Creates and updates in file order. */
  entries: MemberPlanEntry[];
  /** Rows whose member got DEFAULT_MEMBER_ANNUAL_KWH (no consumption in the file or the project). */
  defaultedConsumptionRows: number[];
}

/** The registry column a conflict points at. */
export type RegistryField = 'name' | 'taxCode' | 'ateco' | 'pods' | 'lat' | 'lon' | 'annualKWh';

export interface ReconciliationConflict {
  sourceRow: number;
  field: RegistryField;
  message: Message;
}

export interface ProjectMembersState {
  members: readonly Member[];
  configurations: readonly Configuration[];
  /** Registry fields already stored, by member id. */
  registry: ReadonlyMap<number, MemberRegistryFields>;
}

/** A member as the reconciliation tracks it: an existing one (id) or one created by a row (null). */
interface Target {
  id: number | null;
  name: string;
  pods: readonly string[];
  member: Member | null;
}

const FIELD_OF_PROBLEM: Record<string, RegistryField> = { taxCode: 'taxCode', ateco: 'ateco', lat: 'lat', lon: 'lon', name: 'name', annualKWh: 'annualKWh', pods: 'pods' };

export function reconcileMembers(state: ProjectMembersState, rows: readonly MemberRecord[]): { plan: MemberReconciliationPlan } | { conflict: ReconciliationConflict } {
  const byTax = new Map<string, Target>();
  const byPod = new Map<string, Target>();
  for (const m of state.members) {
    const t: Target = { id: m.id, name: m.name, pods: m.pods, member: m };
    if (m.taxCode.trim()) byTax.set(m.taxCode.trim().toUpperCase(), t);
    for (const p of m.pods) byPod.set(p, t);
  }
  const configIdOfCode = new Map<string, number>();
  for (const c of state.configurations) if (c.substationCode) configIdOfCode.set(c.substationCode.toUpperCase(), c.id);
  const plan: MemberReconciliationPlan = { newConfigurations: [], entries: [], defaultedConsumptionRows: [] };
  const newCodes = new Set<string>();
  const rowOfPod = new Map<string, number>();
  const touched = new Set<Target>();
  const conflict = (rec: MemberRecord, field: RegistryField, message: Message) => ({ conflict: { sourceRow: rec.sourceRow, field, message } });

  for (const rec of rows) {
    for (const p of rec.pods) {
      const other = rowOfPod.get(p);
      if (other !== undefined) return conflict(rec, 'pods', { code: 'entities.registry.pod-on-two-rows', params: { pod: p, row: String(other) } });
      rowOfPod.set(p, rec.sourceRow);
    }
    const taxCode = (rec.taxCode || rec.vatNumber).trim().toUpperCase();
    let target = (taxCode && (byTax.get(taxCode) ?? (rec.vatNumber ? byTax.get(rec.vatNumber.toUpperCase()) : undefined))) || undefined;
    target ??= rec.pods.map((p) => byPod.get(p)).find((t) => t !== undefined);
    if (target && touched.has(target)) {
      return conflict(rec, taxCode ? 'taxCode' : 'pods', { code: 'entities.registry.member-on-two-rows', params: { name: target.name } });
    }
    for (const p of rec.pods) {
      const owner = byPod.get(p);
      if (owner && owner !== target) return conflict(rec, 'pods', { code: 'entities.registry.pod-taken', params: { pod: p, name: owner.name } });
    }
    const match = target?.member ?? null;

    let configuration: ConfigurationRef = match?.configurationId != null ? { existingId: match.configurationId } : null;
    if (rec.substationCode) {
      const code = rec.substationCode.toUpperCase();
      const id = configIdOfCode.get(code);
      if (id !== undefined) configuration = { existingId: id };
      else {
        if (!newCodes.has(code)) {
          newCodes.add(code);
          plan.newConfigurations.push({ name: `Cabina ${rec.substationCode}`, substationCode: rec.substationCode });
        }
        configuration = { newSubstationCode: rec.substationCode };
      }
    }
    const annualKWh = rec.annualKWh ?? match?.annualKWh ?? null;
    if (annualKWh === null) plan.defaultedConsumptionRows.push(rec.sourceRow);
    const fields: MemberFields = {
      name: rec.name,
      category: rec.category,
      taxCode,
      ateco: rec.ateco,
      pods: match ? [...new Set([...match.pods, ...rec.pods])] : rec.pods,
      lat: rec.lat ?? match?.lat ?? null,
      lon: rec.lon ?? match?.lon ?? null,
      vulnerable: rec.vulnerable,
      annualKWh: annualKWh ?? DEFAULT_MEMBER_ANNUAL_KWH,
      loadProfile: match?.loadProfile ?? PROFILE_OF_CATEGORY[rec.category],
    };
    const problem = validateMemberPatch(fields as unknown as Record<string, unknown>)[0];
    if (problem) {
      const said = fieldProblemMessage('member', problem);
      return conflict(rec, FIELD_OF_PROBLEM[problem.field] ?? 'name', said);
    }

    const prior = match ? state.registry.get(match.id) : undefined;
    plan.entries.push({
      sourceRow: rec.sourceRow,
      memberId: match?.id ?? null,
      fields,
      configuration,
      registry: { vatNumber: rec.vatNumber || prior?.vatNumber || '', address: rec.address || prior?.address || '' },
    });
    const saved: Target = target ?? { id: null, name: rec.name, pods: fields.pods, member: null };
    touched.add(saved);
    for (const p of fields.pods) byPod.set(p, saved);
    if (taxCode) byTax.set(taxCode, saved);
  }
  return { plan };
}
