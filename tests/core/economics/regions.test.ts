import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ITALIAN_REGIONS,
  advanceZoneOfRegion,
  canonicalRegion,
  fcZoneOfRegion,
  marketZoneOfRegion,
} from '../../../core/economics/regions';
import { referenceDataPath } from './paramFiles';

describe('regions', () => {
  it('FC zones follow the lists of RO p.39 notes 7–8', () => {
    const north = ['Emilia-Romagna', 'Friuli-Venezia Giulia', 'Liguria', 'Lombardia', 'Piemonte', 'Trentino-Alto Adige', "Valle d'Aosta", 'Veneto'];
    const centre = ['Lazio', 'Marche', 'Toscana', 'Umbria', 'Abruzzo'];
    for (const r of ITALIAN_REGIONS) {
      const expected = north.includes(r) ? 'north' : centre.includes(r) ? 'centre' : 'none';
      expect(fcZoneOfRegion(r), r).toBe(expected);
      expect(advanceZoneOfRegion(r), r).toBe(expected === 'none' ? 'south' : expected);
    }
  });

  it('accepts common spellings', () => {
    expect(canonicalRegion('Emilia Romagna')).toBe('Emilia-Romagna');
    expect(canonicalRegion('Friuli')).toBe('Friuli-Venezia Giulia');
    expect(canonicalRegion('Trentino-Alto Adige/Südtirol')).toBe('Trentino-Alto Adige');
    expect(canonicalRegion("Valle d'Aosta/Vallée d'Aoste")).toBe("Valle d'Aosta");
    expect(() => canonicalRegion('Atlantis')).toThrow(/Atlantis/);
  });

  const csv = referenceDataPath('comuni-italiani.csv');
  it.skipIf(csv === null)('market zones agree with every municipality in the ISTAT/zone list', () => {
    const lines = readFileSync(csv!, 'latin1').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
    let checked = 0;
    for (const line of lines) {
      // fields: ..., [6] region, ..., [10] market zone; names have no commas in these columns
      const f = line.split(',');
      const region = f[6]!;
      const zone = f[f.length - 1]!.trim();
      expect(marketZoneOfRegion(region), `${f[4]} (${region})`).toBe(zone);
      checked++;
    }
    expect(checked).toBeGreaterThan(7000);
  });
});
