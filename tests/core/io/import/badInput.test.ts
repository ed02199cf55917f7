import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCurves } from '../../../../core/io/import/parseCurves';
import { importMembers } from '../../../../core/io/import/members';
import { IoError } from '../../../../core/io/io-error';
import { tmp, writeText, writeXlsx } from './fixtures';

const P1 = 'IT001E00000001';

async function err(p: Promise<unknown>): Promise<IoError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(IoError);
    return e as IoError;
  }
  throw new Error('expected an IoError');
}

describe('bad input → IoError', () => {
  it('rejects a PNG renamed .xlsx', async () => {
    const p = join(tmp, 'image.xlsx');
    writeFileSync(p, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(200, 7)]));
    const e = await err(importCurves(p));
    expect(e.code).toBe('io/wrong-file-type');
    expect(e.message).toContain('image.xlsx');
  });

  it('rejects a password-protected (CFB) workbook', async () => {
    const p = join(tmp, 'secret.xlsx');
    const b = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
    writeFileSync(p, b);
    expect((await err(importMembers(p))).code).toBe('io/encrypted');
  });

  it('rejects a truncated xlsx', async () => {
    const full = await writeXlsx('full.xlsx', { S: [['Nome', 'Categoria'], ['A', 'PMI']] });
    const data = readFileSync(full);
    const p = join(tmp, 'cut.xlsx');
    writeFileSync(p, data.subarray(0, Math.floor(data.length * 0.6)));
    expect((await err(importMembers(p))).code).toBe('io/corrupt');
  });

  it('rejects empty sheets and files', async () => {
    expect((await err(importMembers(await writeXlsx('empty.xlsx', { Vuoto: [] })))).code).toBe('io/empty');
    expect((await err(importCurves(writeText('empty.csv', '')))).code).toBe('io/empty');
  });

  it('rejects merged header cells, naming sheet and row', async () => {
    const p = await writeXlsx('merged.xlsx', { Soci: [['Nome', 'Categoria', null], ['A', 'PMI', 'x']] }, (wb) => wb.getWorksheet('Soci')!.mergeCells('B1:C1'));
    const e = await err(importMembers(p));
    expect(e).toMatchObject({ code: 'io/merged-header', sheet: 'Soci', row: 1, column: 'B' });
    expect(e.message).toMatch(/foglio «Soci», riga 1, colonna B/);
    expect(e.messageEn).toMatch(/sheet "Soci", row 1, column B/);
  });

  it('rejects text in number cells', async () => {
    const csv = ['Data;Ora;kWh', '01/01/2024;00:00;1', '01/01/2024;01:00;1', '01/01/2024;02:00;tanto'].join('\n');
    expect(await err(importCurves(writeText('text.csv', csv), { mapping: { pod: P1 } }))).toMatchObject({ code: 'io/not-a-number', row: 4, column: 'C' });
  });

  it('rejects dates out of order', async () => {
    const csv = ['Data;Ora;kWh', '02/01/2024;00:00;1', '02/01/2024;01:00;1', '01/01/2024;02:00;1'].join('\n');
    expect(await err(importCurves(writeText('order.csv', csv), { mapping: { pod: P1 } }))).toMatchObject({ code: 'io/date-order', row: 4 });
    const daily = ['Data;' + Array.from({ length: 24 }, (_, h) => h + 1).join(';'), '02/01/2024;' + Array(24).fill('1').join(';'), '01/01/2024;' + Array(24).fill('1').join(';')].join('\n');
    expect(await err(importCurves(writeText('order-daily.csv', 'kWh\n' + daily), { mapping: { pod: P1 } }))).toMatchObject({ code: 'io/date-order', row: 4, column: 'A' });
  });

  it('rejects a day row with the wrong number of columns', async () => {
    const daily = ['Data;' + Array.from({ length: 30 }, (_, h) => h + 1).join(';'), '01/01/2024;' + Array(30).fill('1').join(';'), '02/01/2024;' + Array(30).fill('1').join(';')].join('\n');
    expect((await err(importCurves(writeText('len.csv', daily), { mapping: { pod: P1 } }))).code).toBe('io/wrong-length');
  });

  it('rejects formula cells with error results', async () => {
    const rows = [['Data', 'Ora', 'kWh'], ['01/01/2024', '00:00', 1], ['01/01/2024', '01:00', { formula: '1/0', result: { error: '#DIV/0!' } }], ['01/01/2024', '02:00', 1]];
    const p = await writeXlsx('formula.xlsx', { Dati: rows as never });
    const e = await err(importCurves(p, { mapping: { pod: P1 } }));
    expect(e).toMatchObject({ code: 'io/formula-error', sheet: 'Dati', row: 3, column: 'C' });
  });

  it('rejects PODs not matching the format in curve files', async () => {
    const csv = ['POD;Data;Ora;kWh', 'IT001E00000001;01/01/2024;00:00;1', 'IT001E00000001;01/01/2024;01:00;1', 'XX001E0000001;01/01/2024;00:00;1'].join('\n');
    expect(await err(importCurves(writeText('pod.csv', csv)))).toMatchObject({ code: 'io/bad-pod', row: 4, column: 'A' });
  });
});
