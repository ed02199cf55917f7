import { describe, expect, it } from 'vitest';
import { importMembers } from '../../../../core/io/import/members';
import { importBills } from '../../../../core/io/import/bills';
import { writeText, writeXlsx } from './fixtures';

describe('members registry', () => {
  it('reads Italian headers, synonyms, several PODs, decimal-comma coordinates and flags', async () => {
    const path = await writeXlsx('anagrafica.xlsx', {
      Anagrafica: [
        ['Elenco soci CER'],
        ['Ragione Sociale', 'Tipologia', 'Codice Fiscale', 'P.IVA', 'Codice ATECO', 'POD', 'Indirizzo', 'Latitudine', 'Longitudine', 'Cabina primaria', 'Vulnerabilità'],
        ['Mario Rossi', 'Persona fisica', 'rssmra80a01h501u', null, null, 'IT001E12345678; IT001E12345679', 'Via Roma 1', '45,4642', '9,19', 'AC001E00934', 'sì'],
        ['Comune di Prova', 'Ente locale', '80012345678', '01234567890', '84.11.10', 'IT001E00000001 IT001E00000002,IT001E00000003', 'Piazza Municipio', 45.1, 9.2, null, 'no'],
        ['Parrocchia S. Maria', 'parrocchia', null, null, null, null, null, null, null, null, 'x'],
      ],
    });
    const m = await importMembers(path);
    expect(m).toHaveLength(3);
    expect(m[0]).toMatchObject({ sourceRow: 3, name: 'Mario Rossi', category: 'citizen', taxCode: 'RSSMRA80A01H501U', pods: ['IT001E12345678', 'IT001E12345679'], lat: 45.4642, lon: 9.19, substationCode: 'AC001E00934', vulnerable: true });
    expect(m[1]).toMatchObject({ category: 'local_authority', vatNumber: '01234567890', ateco: '84.11.10', pods: ['IT001E00000001', 'IT001E00000002', 'IT001E00000003'], vulnerable: false });
    expect(m[2]).toMatchObject({ category: 'religious_body', pods: [], lat: null, vulnerable: true });
  });

  it('reads English headers from CSV and names row and column of a bad POD', async () => {
    const ok = writeText('members.csv', 'Name,Category,VAT number,PODs,Vulnerable\nAcme srl,SME,01234567890,IT001E12345678,no\nBig Co,Large enterprise,,IT001E12345670,0\n');
    expect((await importMembers(ok)).map((x) => x.category)).toEqual(['sme', 'large_enterprise']);
    const bad = writeText('members-bad.csv', 'Nome;Categoria;POD\nA;PMI;IT001E12345678\nB;PMI;IT01E1234567\n');
    await expect(importMembers(bad)).rejects.toMatchObject({ code: 'io/bad-pod', row: 3, column: 'C', file: 'members-bad.csv' });
  });
});

describe('bills', () => {
  it('reads banded and single-band months for several PODs', async () => {
    const csv = ['POD;Anno;Mese;F1 (kWh);F2 (kWh);F3 (kWh);F0', 'IT001E12345678;2024;1;1.234,5;200;300;', 'IT001E12345678;2024;febbraio;100;200;300;', 'IT002E12345678;2024;1;;;;450,5'].join('\n');
    expect(await importBills(writeText('bills.csv', csv))).toEqual([
      { pod: 'IT001E12345678', year: 2024, month: 1, f1: 1234.5, f2: 200, f3: 300 },
      { pod: 'IT001E12345678', year: 2024, month: 2, f1: 100, f2: 200, f3: 300 },
      { pod: 'IT002E12345678', year: 2024, month: 1, f0: 450.5 },
    ]);
  });
  it('reads a period column and a default POD', async () => {
    const csv = ['Periodo,Consumo totale kWh', '01/2024,100.5', 'gennaio 2023,90'].join('\n');
    expect(await importBills(writeText('bills2.csv', csv), { defaultPod: 'IT001E12345678' })).toEqual([
      { pod: 'IT001E12345678', year: 2024, month: 1, f0: 100.5 },
      { pod: 'IT001E12345678', year: 2023, month: 1, f0: 90 },
    ]);
  });
});
