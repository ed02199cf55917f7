import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/model/messages';
import { findRegion, ITALIAN_REGIONS } from '../../../core/model/regions';
import { validateCommunityPatch } from '../../../core/model/entity-validation';

describe('Italian regions', () => {
  it('lists the twenty regions in Italian and accepts English names and variants', () => {
    expect(ITALIAN_REGIONS).toHaveLength(20);
    expect(findRegion('Lombardy')).toBe('Lombardia');
    expect(findRegion('piedmont')).toBe('Piemonte');
    expect(findRegion('Apulia')).toBe('Puglia');
    expect(findRegion('Sicily')).toBe('Sicilia');
    expect(findRegion('Aosta Valley')).toBe("Valle d'Aosta");
    expect(findRegion('emilia romagna')).toBe('Emilia-Romagna');
    expect(findRegion('Trentino-South Tyrol')).toBe('Trentino-Alto Adige');
    expect(findRegion('Atlantide')).toBeNull();
  });
  it('validates the community region: empty (a rules finding) or a region; never any text', () => {
    expect(validateCommunityPatch({ region: '' })).toEqual([]);
    expect(validateCommunityPatch({ region: 'Lombardy' })).toEqual([]);
    const [p] = validateCommunityPatch({ region: 'Atlantide' });
    expect(p).toMatchObject({ field: 'region' });
    expect(formatMessage(p!.message, 'en')).toMatch(/not recognised: one of Abruzzo, .*Veneto/);
  });
});
