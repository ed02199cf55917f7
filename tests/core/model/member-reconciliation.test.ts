import { describe, expect, it } from 'vitest';
import { reconcileMembers, type ProjectMembersState } from '../../../core/model/member-reconciliation';
import { DEFAULT_MEMBER_ANNUAL_KWH, defaultMember } from '../../../core/model/entity-validation';
import type { Member } from '../../../core/model/entities';
import type { MemberRecord } from '../../../core/model/member-record';
import { bilingual } from '../../../core/model/messages';

const POD = (n: number) => `IT001E${String(n).padStart(8, '0')}`;

function member(id: number, over: Partial<Member>): Member {
  return { ...defaultMember(`Membro ${id}`), id, ...over };
}

function row(sourceRow: number, over: Partial<MemberRecord>): MemberRecord {
  return {
    sourceRow,
    name: `Riga ${sourceRow}`,
    category: 'citizen',
    taxCode: '',
    vatNumber: '',
    ateco: '',
    pods: [],
    address: '',
    lat: null,
    lon: null,
    substationCode: '',
    vulnerable: false,
    annualKWh: null,
    ...over,
  };
}

/** A result with its conflict's message rendered in both languages (the core keeps the code). */
const said = (r: ReturnType<typeof reconcileMembers>) => ('conflict' in r ? { conflict: { ...r.conflict, message: bilingual(r.conflict.message) } } : r);
const state = (members: Member[], over: Partial<ProjectMembersState> = {}): ProjectMembersState => ({ members, configurations: [], registry: new Map(), ...over });

function planOf(r: ReturnType<typeof reconcileMembers>) {
  if ('conflict' in r) throw new Error(`unexpected conflict: ${bilingual(r.conflict.message).en}`);
  return r.plan;
}

describe('reconcileMembers', () => {
  it('matches by tax code (case and spaces ignored), keeps what the row leaves blank and merges PODs', () => {
    const rossi = member(7, { name: 'Rossi', taxCode: 'rssmra80a01f205x ', pods: [POD(1)], lat: 45.1, lon: 9.2, annualKWh: 3100, loadProfile: 'office', configurationId: 3 });
    const plan = planOf(
      reconcileMembers(
        state([rossi], { registry: new Map([[7, { vatNumber: '01234567890', address: 'Via Roma 1' }]]) }),
        [row(2, { name: 'Mario Rossi', taxCode: 'RSSMRA80A01F205X', pods: [POD(2)], address: 'Via Po 3' })],
      ),
    );
    expect(plan.newConfigurations).toEqual([]);
    expect(plan.defaultedConsumptionRows).toEqual([]);
    expect(plan.entries).toEqual([
      {
        sourceRow: 2,
        memberId: 7,
        // Coordinates, consumption, profile and configuration come from the member; PODs are the union.
        fields: { name: 'Mario Rossi', category: 'citizen', taxCode: 'RSSMRA80A01F205X', ateco: '', pods: [POD(1), POD(2)], lat: 45.1, lon: 9.2, vulnerable: false, annualKWh: 3100, loadProfile: 'office' },
        configuration: { existingId: 3 },
        // The VAT number the row lacks stays; the new address replaces the old.
        registry: { vatNumber: '01234567890', address: 'Via Po 3' },
      },
    ]);
  });

  it('matches by POD when the row has no tax code, and creates the rows that match nobody', () => {
    const bianchi = member(4, { name: 'Bianchi', pods: [POD(10), POD(11)] });
    const plan = planOf(
      reconcileMembers(state([bianchi]), [
        row(2, { name: 'Bianchi Srl', category: 'sme', pods: [POD(11)], annualKWh: 12_000 }),
        row(3, { name: 'Verdi', category: 'sme', pods: [POD(12)] }),
      ]),
    );
    expect(plan.entries.map((e) => [e.sourceRow, e.memberId, e.fields.pods, e.fields.annualKWh, e.fields.loadProfile])).toEqual([
      [2, 4, [POD(10), POD(11)], 12_000, 'household'],
      // New member: the profile of its category and the default 2,700 kWh, recorded by row.
      [3, null, [POD(12)], DEFAULT_MEMBER_ANNUAL_KWH, 'sme_one_shift'],
    ]);
    expect(DEFAULT_MEMBER_ANNUAL_KWH).toBe(2700);
    expect(plan.defaultedConsumptionRows).toEqual([3]);
  });

  it('the tax code wins over a POD: a row whose POD belongs to another member is a conflict', () => {
    const a = member(1, { name: 'Alfa', taxCode: 'AAA', pods: [POD(1)] });
    const b = member(2, { name: 'Beta', taxCode: 'BBB', pods: [POD(2)] });
    const r = reconcileMembers(state([a, b]), [row(5, { taxCode: 'AAA', pods: [POD(2)] })]);
    expect(said(r)).toEqual({ conflict: { sourceRow: 5, field: 'pods', message: { it: 'il POD IT001E00000002 appartiene già al membro «Beta»', en: 'POD IT001E00000002 already belongs to member "Beta"' } } });
  });

  it('two rows for one member, or one POD on two rows, are conflicts naming the later row', () => {
    const a = member(1, { name: 'Alfa', taxCode: 'AAA' });
    const twice = reconcileMembers(state([a]), [row(2, { taxCode: 'AAA' }), row(3, { taxCode: 'aaa' })]);
    expect(said(twice)).toMatchObject({ conflict: { sourceRow: 3, field: 'taxCode', message: { en: 'member "Alfa" matches more than one row of the file' } } });
    const samePod = reconcileMembers(state([]), [row(2, { pods: [POD(9)] }), row(4, { name: 'Altro', pods: [POD(9)] })]);
    expect(said(samePod)).toMatchObject({ conflict: { sourceRow: 4, field: 'pods', message: { en: `POD ${POD(9)} also appears on row 2` } } });
    // Two new rows with one tax code: the second matches the member the first creates.
    const newTwice = reconcileMembers(state([]), [row(2, { taxCode: 'ZZZ', name: 'Zeta' }), row(3, { taxCode: 'ZZZ' })]);
    expect(said(newTwice)).toMatchObject({ conflict: { sourceRow: 3, field: 'taxCode', message: { en: 'member "Zeta" matches more than one row of the file' } } });
  });

  it('creates one configuration per unknown substation code, however many rows name it', () => {
    const plan = planOf(
      reconcileMembers(state([], { configurations: [{ id: 9, name: 'Nord', substationCode: 'AC001E00001' }] }), [
        row(2, { substationCode: 'AC001E00934', pods: [POD(1)] }),
        row(3, { substationCode: 'AC001E00001', pods: [POD(2)] }),
        row(4, { substationCode: 'AC001E00934', pods: [POD(3)] }),
        row(5, { pods: [POD(4)] }),
      ]),
    );
    expect(plan.newConfigurations).toEqual([{ name: 'Cabina AC001E00934', substationCode: 'AC001E00934' }]);
    expect(plan.entries.map((e) => e.configuration)).toEqual([{ newSubstationCode: 'AC001E00934' }, { existingId: 9 }, { newSubstationCode: 'AC001E00934' }, null]);
  });

  it('a field the member validation refuses stops the file at that row and column', () => {
    const r = reconcileMembers(state([]), [row(6, { lat: 95 })]);
    expect(r).toMatchObject({ conflict: { sourceRow: 6, field: 'lat' } });
  });

  it('plans a 20,000-member registry against 20,000 members (indexed once, no per-row scan)', () => {
    const n = 20_000;
    const members = Array.from({ length: n }, (_, i) => member(i + 1, { taxCode: `TAX${i}`, pods: [POD(i)] }));
    // Odd rows match by tax code, even rows by POD; row i updates member i + 1.
    const rows = Array.from({ length: n }, (_, i) => row(i + 2, { taxCode: i % 2 ? `TAX${i}` : '', pods: [POD(i)], annualKWh: 1000 }));
    const plan = planOf(reconcileMembers(state(members), rows));
    expect(plan.entries.every((e, i) => e.memberId === i + 1)).toBe(true);
    expect(plan.defaultedConsumptionRows).toEqual([]);
  });
});
