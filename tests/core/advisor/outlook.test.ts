/**
 * The 3-day outlook follows the forecast file's hours and time zone. Local times are written
 * here by the EU rule (CET +1 h; CEST +2 h from the last Sunday of March to the last Sunday of
 * October, changing at 01:00 UTC), not by the code under test.
 */
import { formatMessage } from '../../../core/model/messages';
import { describe, expect, it } from 'vitest';
import { parseForecast } from '../../../core/io/forecast/open-meteo';
import { buildOutlook, type Outlook } from '../../../core/advisor/outlook';
import { outlookMessage } from '../../../core/advisor/outlook-message';
import { defaultPlant } from '../../../core/model/entity-validation';
import { IoError } from '../../../core/io/io-error';

const H = 3_600_000;
const SPRING = Date.UTC(2025, 2, 30, 1); // CEST from here
const AUTUMN = Date.UTC(2025, 9, 26, 1); // CET from here
const romeOffsetH = (utc: number) => (utc >= SPRING && utc < AUTUMN ? 2 : 1);
const label = (utcMs: number, offsetH: number) => new Date(utcMs + offsetH * H).toISOString().slice(0, 16);

/** 80 hourly stamps from 2025-03-28T23:00Z (local midnight in Rome); sun on 08:00–17:00 UTC stamps. */
const STAMPS = Array.from({ length: 80 }, (_, i) => Date.UTC(2025, 2, 28, 23) + i * H);
const ghiAt = (stampUtc: number) => {
  const h = new Date(stampUtc).getUTCHours();
  return h >= 8 && h <= 17 ? 600 : 0; // mean of the hour before the stamp
};
const enc = (o: unknown) => new TextEncoder().encode(typeof o === 'string' ? o : JSON.stringify(o));

const rome = enc({
  latitude: 45.46,
  longitude: 9.19,
  utc_offset_seconds: 3600,
  timezone: 'Europe/Rome',
  timezone_abbreviation: 'CET',
  hourly_units: { time: 'iso8601', shortwave_radiation: 'W/m²' },
  hourly: { time: STAMPS.map((t) => label(t, romeOffsetH(t))), shortwave_radiation: STAMPS.map(ghiAt) },
});
const utc = enc({
  latitude: 45.46,
  longitude: 9.19,
  utc_offset_seconds: 0,
  timezone: 'GMT',
  hourly: { time: STAMPS.map((t) => label(t, 0)), shortwave_radiation: STAMPS.map(ghiAt) },
});
const plant = { ...defaultPlant('Tetto'), id: 1, kWp: 10, configurationId: 1, lat: 45.46, lon: 9.19, tiltDeg: 30, azimuthDeg: 180 };

describe('forecast files (Open-Meteo layout)', () => {
  it('reads a Europe/Rome file across the spring DST change: 23 local hours on 30 March, consecutive UTC hours', () => {
    const f = parseForecast('roma.json', rome);
    const labels = STAMPS.map((t) => label(t, romeOffsetH(t)));
    expect(labels.filter((l) => l.startsWith('2025-03-30'))).toHaveLength(23);
    expect(labels).not.toContain('2025-03-30T02:00');
    expect(f.timeZone).toBe('Europe/Rome');
    expect(f.hours).toBe(80);
    // The first value (local 00:00 on 29 March = 23:00Z) is the mean of the hour before it.
    expect(f.startUtcMs).toBe(Date.UTC(2025, 2, 28, 22));
  });

  it('gives the same hours and production from the same data written in UTC', () => {
    const now = Date.UTC(2025, 2, 28, 22);
    const a = buildOutlook([plant], [], parseForecast('roma.json', rome), now);
    const b = buildOutlook([plant], [], parseForecast('utc.json', utc), now);
    expect(a.hours).toHaveLength(72);
    expect(a.hours.map((h) => h.utcMs)).toEqual(b.hours.map((h) => h.utcMs));
    a.hours.forEach((h, i) => expect(h.kWh).toBeCloseTo(b.hours[i]!.kWh, 9));
    // Shown in each file's zone: 30 March 12:00Z is 14:00 in Rome (CEST), 12:00 in UTC.
    const noon = a.hours.findIndex((h) => h.utcMs === Date.UTC(2025, 2, 30, 12));
    expect(a.hours[noon]!.local).toBe('2025-03-30T14:00');
    expect(a.hours[noon]!.offset).toBe('+02:00');
    expect(b.hours[noon]!.local).toBe('2025-03-30T12:00');
  });

  it('produces only in the hours the file gives sun, and suggests hours within them', () => {
    const o = buildOutlook([plant], [], parseForecast('roma.json', rome), Date.UTC(2025, 2, 28, 22));
    for (const h of o.hours) {
      // Interval [t, t + 1 h) carries the value stamped t + 1 h.
      const sunny = ghiAt(h.utcMs + H) > 0;
      if (!sunny) expect(h.kWh).toBe(0);
      if (h.suggested) expect(sunny).toBe(true);
    }
    expect(o.windows.length).toBe(3);
    expect(o.basis).toBe('forecast');
    // 10 kWp under 600 W/m² in midday hours: a few kWh per hour, never above the rating.
    expect(Math.max(...o.hours.map((h) => h.kWh))).toBeGreaterThan(3);
    expect(Math.max(...o.hours.map((h) => h.kWh))).toBeLessThan(10);
    expect(outlookMessage(o, 'it')).toMatch(/sabato 29\/3: meglio tra le/);
  });

  it('reads the CSV export across the autumn change (the 02:00 hour twice)', () => {
    const stamps = Array.from({ length: 30 }, (_, i) => Date.UTC(2025, 9, 25, 22) + i * H);
    const rows = stamps.map((t) => `${label(t, romeOffsetH(t))},${ghiAt(t)},${20}`);
    expect(rows.filter((r) => r.startsWith('2025-10-26T02:00'))).toHaveLength(2);
    const csv = `latitude,longitude,elevation,utc_offset_seconds,timezone,timezone_abbreviation\n45.46,9.19,120.0,7200,Europe/Rome,CEST\n\ntime,shortwave_radiation (W/m²),cloud_cover (%)\n${rows.join('\n')}\n`;
    const f = parseForecast('roma.csv', enc(csv));
    expect(f.hours).toBe(30);
    expect(f.startUtcMs).toBe(Date.UTC(2025, 9, 25, 21));
    expect(Array.from(f.cloudCover!)).toEqual(new Array(30).fill(20));
  });

  it('names the file, row and field of a bad value', () => {
    const bad = JSON.parse(new TextDecoder().decode(rome));
    bad.hourly.shortwave_radiation[4] = null;
    const e = (() => {
      try {
        parseForecast('roma.json', enc(bad));
      } catch (x) {
        return x as IoError;
      }
    })()!;
    expect(e).toBeInstanceOf(IoError);
    expect(e.row).toBe(5);
    expect(e.field).toBe('hourly.shortwave_radiation');
    expect(e.messageEn).toMatch(/roma\.json/);
    const gap = JSON.parse(new TextDecoder().decode(rome));
    gap.hourly.time[27] = '2025-03-30T02:00'; // does not exist in Rome
    expect(() => parseForecast('roma.json', enc(gap))).toThrow(/does not exist|non esiste/);
    expect(() => parseForecast('x.json', enc('{"hourly":{}}'))).toThrow(/hourly\.time/);
    expect(() => parseForecast('x.csv', enc('time,cloud_cover\n2025-01-01T00:00,120\n'))).toThrow(/120/);
    expect(() => parseForecast('x.json', new Uint8Array(3_000_000))).toThrow(/MB/);
  });

  it('without a forecast gives the clear-sky estimate, an upper bound, and says so', () => {
    const o = buildOutlook([plant], [], null, Date.UTC(2025, 5, 20, 22));
    expect(o.basis).toBe('clear-sky');
    expect(o.hours).toHaveLength(72);
    // Night in Milan (22:00–03:00Z) produces nothing; a June clear day gives 10 kWp ≈ 50–80 kWh.
    expect(o.hours[0]!.kWh).toBe(0);
    const day1 = o.hours.slice(2, 26).reduce((s, h) => s + h.kWh, 0);
    expect(day1).toBeGreaterThan(50);
    expect(day1).toBeLessThan(85);
    expect(formatMessage(o.uncertainty, 'en')).toMatch(/upper bound/);
  });
});

describe('the members’ message', () => {
  /** 72 hours from 08:00 local on Monday 1 June 2026: three whole days' daylight, then 00:00–07:00 of Thursday. */
  const outlookFrom8 = (): Outlook => {
    const start = Date.UTC(2026, 5, 1, 6); // 08:00 CEST
    const hours = Array.from({ length: 72 }, (_, i) => {
      const utcMs = start + i * H;
      const local = label(utcMs, 2);
      const h = Number(local.slice(11, 13));
      return { utcMs, local, offset: '+02:00', kWh: h >= 6 && h < 20 ? 100 : 0, byPlant: [], suggested: false };
    });
    const windows = ['2026-06-01', '2026-06-02', '2026-06-03'].map((day) => ({ day, from: '09:00', to: '18:00', kWh: 900 }));
    return { basis: 'clear-sky', source: 'clear sky', timeZone: 'Europe/Rome', plants: [], hours, windows, totalKWh: 0, uncertainty: { code: 'advisor.outlook.uncertainty.clear-sky' }, notes: [] };
  };

  it('lists the days with suggested hours, and not the few dawn hours of a fourth day cut by the 72 hours', () => {
    const it_ = outlookMessage(outlookFrom8(), 'it').split('\n');
    // Monday 08:00–19:00 = 12 hours × 100 kWh; Thursday 06:00–07:00 (2 hours of dawn) is left out.
    expect(it_).toContain("• lunedì 1/6: meglio tra le 09:00–18:00 (produzione prevista nell'intera giornata 1.200 kWh)");
    expect(it_).toContain("• martedì 2/6: meglio tra le 09:00–18:00 (produzione prevista nell'intera giornata 1.400 kWh)");
    expect(it_.filter((l) => l.startsWith('•'))).toHaveLength(3);
    expect(it_.join('\n')).not.toMatch(/giovedì|poco sole/);
    const en = outlookMessage(outlookFrom8(), 'en');
    expect(en).toContain('• Wednesday 3/6: best 09:00–18:00 (expected production over the whole day 1,400 kWh)');
    expect(en.split('\n').at(-1)).toBe(`(${formatMessage({ code: 'advisor.outlook.uncertainty.clear-sky' }, 'en')})`);
  });
});
