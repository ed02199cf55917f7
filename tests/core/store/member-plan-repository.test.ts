import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ProjectStore } from '../../../core/store/project-store';
import { applyMemberPlan } from '../../../core/store/member-plan-repository';
import { memberRegistry } from '../../../core/store/import-repository';
import { defaultMember } from '../../../core/model/entity-validation';
import type { MemberFields, MemberReconciliationPlan } from '../../../core/model/member-reconciliation';
import { tempDir } from '../../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;

beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(path.join(tmp.dir, 'p.condivisa'), { name: 'P', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: '', referenceYear: 2024 });
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const fields = (name: string, pod: string): MemberFields => {
  const { configurationId: _c, ...rest } = defaultMember(name);
  return { ...rest, pods: [pod] };
};

describe('applyMemberPlan', () => {
  it('creates the new configuration once, points both members at it and stores their registry fields', () => {
    const existing = store.addMember({ ...defaultMember('Esistente'), pods: ['IT001E00000001'] });
    const plan: MemberReconciliationPlan = {
      newConfigurations: [{ name: 'Cabina AC001E00934', substationCode: 'AC001E00934' }],
      entries: [
        { sourceRow: 2, memberId: existing.id, fields: fields('Esistente Srl', 'IT001E00000001'), configuration: { newSubstationCode: 'AC001E00934' }, registry: { vatNumber: '01234567890', address: 'Via Roma 1' } },
        { sourceRow: 3, memberId: null, fields: fields('Nuovo', 'IT001E00000002'), configuration: { newSubstationCode: 'AC001E00934' }, registry: { vatNumber: '', address: 'Via Po 2' } },
      ],
      defaultedConsumptionRows: [3],
    };
    expect(applyMemberPlan(store, plan)).toEqual({ created: 1, updated: 1, configurationsCreated: 1 });
    const [config] = store.listConfigurations();
    expect(config).toMatchObject({ name: 'Cabina AC001E00934', substationCode: 'AC001E00934' });
    const members = store.listMembers();
    expect(members.map((m) => [m.name, m.configurationId])).toEqual([
      ['Esistente Srl', config!.id],
      ['Nuovo', config!.id],
    ]);
    expect(memberRegistry(store).get(members[1]!.id)).toEqual({ vatNumber: '', address: 'Via Po 2' });
  });

  it('writes nothing when one entry fails', () => {
    const plan: MemberReconciliationPlan = {
      newConfigurations: [{ name: 'Cabina X', substationCode: 'X' }],
      entries: [{ sourceRow: 2, memberId: 999, fields: fields('Fantasma', 'IT001E00000003'), configuration: null, registry: { vatNumber: '', address: '' } }],
      defaultedConsumptionRows: [],
    };
    expect(() => applyMemberPlan(store, plan)).toThrow();
    expect(store.listConfigurations()).toEqual([]);
  });
});
