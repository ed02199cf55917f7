import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { dossierZip, safeName } from '../../../../core/io/exports/dossier-zip';

describe('dossier zip', () => {
  it('keeps every entry inside its folder and never overwrites one', () => {
    const data = new Uint8Array([1]);
    const zip = dossierZip(
      [
        { folder: '', name: 'provenienza.json', data },
        { folder: 'allegati/Città Studi/statute', name: '../../../etc/passwd', data },
        { folder: 'allegati/Città Studi/statute', name: 'passwd', data: new Uint8Array([2]) },
        { folder: 'allegati/..', name: '.hidden', data },
        { folder: 'allegati', name: 'a:b*c?.pdf', data },
      ],
      new Date(Date.UTC(2026, 0, 1)),
    );
    expect(Object.keys(unzipSync(zip))).toEqual([
      'provenienza.json',
      'allegati/Città Studi/statute/passwd',
      'allegati/Città Studi/statute/passwd (2)',
      'allegati/_/_hidden',
      'allegati/a_b_c_.pdf',
    ]);
    expect(safeName('')).toBe('file');
    expect(safeName('C:\\docs\\targa.jpg')).toBe('targa.jpg');
  });
});
