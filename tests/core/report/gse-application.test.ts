import { describe, expect, it } from 'vitest';
import { gseApplicationData, missingSheet, GSE_SHEETS } from '../../../core/report/gse-application';
import type { Community, Member, Plant } from '../../../core/model/entities';

const community: Community = { name: 'CER Prova', legalEntity: 'Associazione', type: 'CER', constitutionDate: '2024-05-01', municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 };
const member = (id: number, over: Partial<Member>): Member => ({ id, name: `M${id}`, category: 'citizen', taxCode: '', ateco: '', pods: [], lat: null, lon: null, vulnerable: false, configurationId: 1, annualKWh: 1000, loadProfile: 'household', ...over });
const plant = (id: number, over: Partial<Plant>): Plant => ({ id, name: `P${id}`, source: 'pv', kWp: 10, tiltDeg: 30, azimuthDeg: 180, commissioningDate: '2025-01-01', ownerMemberId: 1, thirdPartyProducer: '', pod: 'IT001E00000001', censimp: 'IM_0000001', existing: false, grantShare: 0, configurationId: 1, lat: null, lon: null, ...over });

describe('GSE application data', () => {
  const data = gseApplicationData({
    community,
    configurations: [{ id: 1, name: 'Centro', substationCode: 'AC001E00934' }, { id: 2, name: 'Nuova', substationCode: '' }],
    members: [
      member(1, { name: 'Rossi', taxCode: 'RSSMRA80A01H501U', pods: ['IT001E00000001', 'IT001E00000002'] }),
      member(2, { name: 'Officina', category: 'sme', taxCode: '01234567890', ateco: '', pods: ['IT001E00000003'] }),
      member(3, { name: 'Senza POD', pods: [] }),
      member(4, { name: 'Fuori', configurationId: null, pods: ['IT001E00000009'] }),
    ],
    plants: [plant(1, {}), plant(2, { name: 'Terzo', ownerMemberId: null, thirdPartyProducer: 'ESCO Srl', censimp: '' }), plant(3, { name: 'Fuori', configurationId: null })],
    registry: new Map([[2, { vatNumber: '01234567890', address: 'Via Roma 1, Bergamo' }]]),
  });
  const sheet = (name: string) => data.sheets.find((s) => s.name === name)!;

  it('writes what the project holds, in the columns of the self-declaration, and only what is in a configuration', () => {
    expect(sheet(GSE_SHEETS.producers).rows.map((r) => r[1])).toEqual(['P1', 'Terzo']);
    expect(sheet(GSE_SHEETS.producers).rows[0]!.slice(2, 9)).toEqual(['Rossi', 'RSSMRA80A01H501U', null, null, 'IM_0000001', null, 'IT001E00000001']);
    expect(sheet(GSE_SHEETS.tableA).rows.map((r) => r.slice(1, 6))).toEqual([
      ['IT001E00000001', 'Rossi', 'RSSMRA80A01H501U', null, null],
      ['IT001E00000002', 'Rossi', 'RSSMRA80A01H501U', null, null],
      ['IT001E00000003', 'Officina', '01234567890', '01234567890', 'Via Roma 1, Bergamo'],
      [null, 'Senza POD', null, null, null],
    ]);
    expect(sheet(GSE_SHEETS.substations).rows).toEqual([['Centro', 'AC001E00934', 3, 2], ['Nuova', null, 0, 0]]);
  });

  it('lists every gap with where to fix it, and nothing that is not one', () => {
    const gaps = data.missing.map((m) => `${m.sheet}|${m.row}|${m.field}|${m.item}`);
    expect(gaps).toEqual([
      `${GSE_SHEETS.producers}|1|Codice sezione|P1`,
      `${GSE_SHEETS.producers}|2|Codice fiscale del produttore|Terzo`,
      `${GSE_SHEETS.producers}|2|Codice ATECO del produttore|Terzo`,
      `${GSE_SHEETS.producers}|2|Codice CENSIMP|Terzo`,
      `${GSE_SHEETS.producers}|2|Codice sezione|Terzo`,
      `${GSE_SHEETS.tableA}|3|Codice ATECO prevalente|Officina`,
      `${GSE_SHEETS.tableA}|4|Codice POD|Senza POD`,
      `${GSE_SHEETS.tableA}|4|Codice fiscale del cliente finale|Senza POD`,
      `${GSE_SHEETS.substations}|2|Codice cabina primaria|Nuova`,
    ]);
    expect(data.missing.find((m) => m.field === 'Codice CENSIMP')!.whereToFix).toBe('Progetto → Impianti, colonna «CENSIMP»');
    expect(missingSheet(data.missing).rows).toHaveLength(9);
    expect(missingSheet([]).caption).toBe('Nessun dato mancante.');
  });
});
