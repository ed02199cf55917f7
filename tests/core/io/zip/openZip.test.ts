import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZip, ZipError } from '../../../../core/io/zip';
import { deflated, stored, zeroBomb, zipOf } from './zipBuilder';

/** The ZipError thrown by `f` (fails the test when nothing or something else is thrown). */
function refusal(f: () => unknown): ZipError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError);
    return e as ZipError;
  }
  throw new Error('expected a ZipError');
}

describe('openZip: normal archives', () => {
  it('reads stored and deflated entries written by fflate, whole and in chunks', () => {
    // ~1.3 MB of varied lines (~300 kB deflated): several inflate steps
    const text = Array.from({ length: 60_000 }, (_, i) => `IT001E${10_000_000 + i};${(Math.imul(i, 2654435761) >>> 0) % 100_000 / 1000}`).join('\n');
    const bin = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) & 0xff);
    const bytes = zipSync({ 'doc.kml': new TextEncoder().encode(text), 'dati/aree.shp': [bin, { level: 0 }], 'vuoto.txt': new Uint8Array(0) });
    const zip = openZip(bytes, 'aree.kmz');
    expect(zip.entries.map((e) => e.name).sort()).toEqual(['dati/aree.shp', 'doc.kml', 'vuoto.txt']);
    expect(zip.readText(zip.find('doc.kml')!)).toBe(text);
    expect(zip.read(zip.find('dati/aree.shp')!)).toEqual(bin);
    expect(zip.read(zip.find('vuoto.txt')!)).toEqual(new Uint8Array(0));
    const chunks = [...zip.chunks(zip.find('doc.kml')!)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(text);
  });

  it('leaves folders out and keeps names with forward slashes', () => {
    const zip = openZip(zipOf([stored('cartella/', ''), deflated('cartella\\a.txt', 'ciao')]), 'x.zip');
    expect(zip.entries.map((e) => e.name)).toEqual(['cartella/a.txt']);
  });
});

describe('openZip: damaged archives', () => {
  it('refuses a file that is not a ZIP, or is cut short, as CORRUPT', () => {
    expect(refusal(() => openZip(new TextEncoder().encode('PK not really a zip file at all.....'), 'finto.zip')).problem.code).toBe('CORRUPT');
    const whole = zipOf([deflated('a.txt', 'x'.repeat(1000))]);
    const e = refusal(() => openZip(whole.subarray(0, whole.length - 10), 'tronco.zip'));
    expect(e.problem).toMatchObject({ code: 'CORRUPT', file: 'tronco.zip' });
    expect(e.message).toContain('tronco.zip');
    expect(e.messageEn).toMatch(/truncated/);
  });

  it('refuses a CRC mismatch, corrupt deflate data and an encrypted entry, naming the entry', () => {
    const badCrc = { ...deflated('a.txt', 'contenuto'), crc: 1234 };
    const zip = openZip(zipOf([badCrc]), 'crc.zip');
    expect(refusal(() => zip.read(zip.entries[0]!)).problem).toMatchObject({ code: 'CORRUPT', entry: 'a.txt' });
    const junk = { ...deflated('b.txt', 'contenuto'), data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) };
    const z2 = openZip(zipOf([junk]), 'junk.zip');
    expect(refusal(() => z2.read(z2.entries[0]!)).messageEn).toMatch(/"b\.txt" cannot be inflated/);
    const secret = { ...deflated('c.txt', 'segreto'), flags: 1 };
    const z3 = openZip(zipOf([secret]), 'cifrato.zip');
    expect(refusal(() => z3.read(z3.entries[0]!)).problem).toMatchObject({ code: 'ENCRYPTED', entry: 'c.txt' });
  });
});

describe('openZip: decompression limits', () => {
  it('refuses a 300 MiB bomb of zeros (≈300 kB) by its ratio, quickly and without inflating it', () => {
    const bomb = zipOf([zeroBomb('xl/worksheets/sheet1.xml', 300)]);
    expect(bomb.length).toBeLessThan(1_000_000);
    const t0 = performance.now();
    const zip = openZip(bomb, 'bomba.xlsx');
    const e = refusal(() => zip.read(zip.entries[0]!));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(e.problem).toMatchObject({ code: 'LIMIT', file: 'bomba.xlsx', entry: 'xl/worksheets/sheet1.xml' });
    expect(e.message).toMatch(/bomba\.xlsx.*«xl\/worksheets\/sheet1\.xml» si espande più di 100:1/);
    expect(e.messageEn).toMatch(/bomba\.xlsx.*"xl\/worksheets\/sheet1\.xml" expands more than 100:1/);
  });

  it('stops a bomb whose header lies about its size after the first inflate step', () => {
    const liar = { ...zeroBomb('doc.kml', 300), size: 4000 };
    const zip = openZip(zipOf([liar]), 'bugiardo.kmz');
    let seen = 0;
    const e = refusal(() => {
      for (const c of zip.chunks(zip.entries[0]!)) seen += c.length;
    });
    expect(e.problem).toMatchObject({ code: 'CORRUPT', entry: 'doc.kml' });
    expect(e.messageEn).toMatch(/"doc\.kml" expands beyond its declared size \(4 kB\)/);
    expect(e.message).toMatch(/«doc\.kml» si espande oltre la dimensione dichiarata/);
    expect(seen).toBe(0); // refused inside the first step, before any chunk was handed out
  });

  it('refuses a declared size over the limit, and holds a declared size within it while inflating', () => {
    // declares 0xFFFFFFFF bytes: over the per-entry limit before anything is inflated
    const huge = { ...zeroBomb('a.shp', 20), size: 0xffffffff };
    const zip = openZip(zipOf([huge]), 'enorme.zip');
    expect(refusal(() => zip.read(zip.entries[0]!)).messageEn).toMatch(/"a\.shp" exceeds 1 GB once decompressed \(per-entry limit\)/);
    // with the ratio check off, a declared size within the limits is still enforced while inflating
    const z2 = openZip(zipOf([{ ...zeroBomb('b.shp', 20), size: 10 * 1024 * 1024 }]), 'finto.zip', { limits: { maxRatio: 1e9 } });
    expect(refusal(() => z2.read(z2.entries[0]!)).messageEn).toMatch(/beyond its declared size \(10\.5 MB\)/);
  });

  it('refuses more entries than the limit before reading any', () => {
    const many = Array.from({ length: 12 }, (_, i) => stored(`f${i}.txt`, 'x'));
    const e = refusal(() => openZip(zipOf(many), 'tanti.zip', { limits: { maxEntries: 10 } }));
    expect(e.problem.code).toBe('LIMIT');
    expect(e.message).toMatch(/tanti\.zip.*elenca 12 voci, oltre il limite di 10/);
    expect(e.messageEn).toMatch(/lists 12 entries, beyond the limit of 10/);
    // the default limit, with a central directory that claims 60,000 entries
    expect(refusal(() => openZip(zipOf([stored('a.txt', 'x')], 60_000), 'indice.zip')).messageEn).toMatch(/60000 entries, beyond the limit of 20000/);
  });

  it('enforces the per-entry and total limits on uncompressed bytes', () => {
    const noise = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (Math.imul(i + seed, 2654435761) >>> 24) & 0xff);
    const big = openZip(zipOf([deflated('grande.dbf', noise(300_000, 1))]), 'limiti.zip', { limits: { maxEntryBytes: 200_000 } });
    expect(refusal(() => big.read(big.entries[0]!)).messageEn).toMatch(/"grande\.dbf" exceeds 200 kB once decompressed/);
    const two = openZip(zipOf([deflated('a.dbf', noise(150_000, 2)), deflated('b.dbf', noise(150_000, 3))]), 'totale.zip', { limits: { maxTotalBytes: 250_000 } });
    expect(two.read(two.entries[0]!).length).toBe(150_000);
    const e = refusal(() => two.read(two.entries[1]!));
    expect(e.message).toMatch(/supera 250 kB \(limite totale, alla voce «b\.dbf»\)/);
    expect(e.messageEn).toMatch(/exceeds 250 kB \(total limit, at entry "b\.dbf"\)/);
  });

  it('refuses to read as text an entry larger than a string can hold', () => {
    const zip = openZip(zipOf([{ ...deflated('doc.kml', '<kml/>'), size: 600_000_000 }]), 'grande.kmz');
    expect(refusal(() => zip.readText(zip.entries[0]!)).messageEn).toMatch(/"doc\.kml" \(600 MB\) is too large to read as text \(limit 500 MB\)/);
  });
});
