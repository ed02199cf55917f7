/**
 * Writes a registry reconciliation plan (core/model/member-reconciliation) in one
 * transaction: the new configurations first, then each member created or updated with its
 * registry fields (VAT number, address) and its substation area located from coordinates.
 * Any failure rolls the whole plan back.
 */
import type { MemberReconciliationPlan } from '../model/member-reconciliation';
import { areasOf } from './areas-repository';
import { setMemberRegistry } from './import-repository';
import type { ProjectStore } from './project-store';

export interface MemberPlanCounts {
  created: number;
  updated: number;
  configurationsCreated: number;
}

export function applyMemberPlan(store: ProjectStore, plan: MemberReconciliationPlan): MemberPlanCounts {
  return store.tx(() => {
    const newConfigId = new Map<string, number>();
    for (const c of plan.newConfigurations) newConfigId.set(c.substationCode.toUpperCase(), store.addConfiguration(c).id);
    const areas = areasOf(store);
    let created = 0;
    for (const e of plan.entries) {
      const ref = e.configuration;
      const configurationId = ref === null ? null : 'existingId' in ref ? ref.existingId : newConfigId.get(ref.newSubstationCode.toUpperCase())!;
      const member = { ...e.fields, configurationId };
      const saved = e.memberId === null ? store.addMember(member) : store.updateMember(e.memberId, member);
      if (e.memberId === null) created++;
      setMemberRegistry(store, saved.id, e.registry);
      areas.relocateMember(saved.id);
    }
    return { created, updated: plan.entries.length - created, configurationsCreated: plan.newConfigurations.length };
  });
}
