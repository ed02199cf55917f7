/**
 * The 3-day outlook: each plant's expected production hour by hour from a forecast (or the
 * clear-sky estimate with none), and the hours when members should shift flexible loads
 * (washing machines, dishwashers, heat-pump boilers, EV charging).
 *
 * Production: the project's own PV chain (core/solar simulatePvYear: sun position, Erbs
 * decomposition, transposition, temperature, inverter) on a 72-hour weather built from the
 * forecast's GHI (or from the clear sky reduced by the cloud cover, Kasten–Czeplak).
 *
 * Suggested hours: on each local day, the hours whose community production is at least half
 * of that day's peak hour, provided the peak reaches 0.15 kWh per kWp (a clearly sunny hour;
 * an overcast day gets no suggestion rather than a misleading one).
 */
import type { Message } from '../model/messages';
import { simulatePvYear } from '../solar/pvYear';
import { decomposeErbs } from '../solar/erbs';
import { extraterrestrialNormal, dayOfYearUtc } from '../solar/extraterrestrial';
import { sunPositionSeries } from '../solar/sunPositionFast';
import { plantSite } from '../scenario/sites';
import type { Member, Plant } from '../model/entities';
import type { WeatherYear } from '../model/weather-year';
import { clearSkyGhi, ghiFromCloudCover, type Forecast } from './forecast';
import { localLabel } from './local-time';

export const OUTLOOK_HOURS = 72;
/** Share of the day's peak hour above which an hour is suggested [-]. */
export const SUGGEST_SHARE_OF_PEAK = 0.5;
/** Minimum peak for any suggestion on a day [kWh/kWp in the hour]. */
export const SUGGEST_MIN_PEAK_KWH_PER_KWP = 0.15;

export interface OutlookHour {
  utcMs: number;
  /** Local wall time of the hour's start in the forecast's zone, `YYYY-MM-DDTHH:MM`, and its offset. */
  local: string;
  offset: string;
  /** All plants [kWh in the hour]. */
  kWh: number;
  /** Per plant, in `plants` order [kWh]. */
  byPlant: number[];
  suggested: boolean;
}

export interface OutlookWindow {
  /** Local day `YYYY-MM-DD`, first and last suggested hour start `HH:MM`, end `HH:MM`. */
  day: string;
  from: string;
  to: string;
  kWh: number;
}

export interface Outlook {
  basis: 'forecast' | 'clear-sky';
  source: string;
  timeZone: string;
  plants: { id: number; name: string; kWp: number; kWh: number }[];
  hours: OutlookHour[];
  windows: OutlookWindow[];
  totalKWh: number;
  /** How far to trust the figures (catalogue message). */
  uncertainty: Message;
  notes: Message[];
}

const HOUR = 3_600_000;

/** The forecast's hours from `nowUtcMs` (rounded down to the hour) when it covers it, else from its start. */
function window(f: Forecast, nowUtcMs: number): { from: number; count: number; note: boolean } {
  const now = Math.floor(nowUtcMs / HOUR) * HOUR;
  const offset = Math.round((now - f.startUtcMs) / HOUR);
  const from = offset >= 0 && offset < f.hours ? offset : 0;
  return { from, count: Math.min(OUTLOOK_HOURS, f.hours - from), note: from === 0 && offset !== 0 };
}

/** Weather for one site over the window, hour i covering [start + i h, start + (i+1) h). */
function siteWeather(f: Forecast | null, lat: number, lon: number, startUtcMs: number, from: number, count: number): WeatherYear {
  const clear = clearSkyGhi(lat, lon, startUtcMs, count);
  const ghi = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    if (!f) ghi[i] = clear[i]!;
    else if (f.ghi) ghi[i] = f.ghi[from + i]!;
    else ghi[i] = ghiFromCloudCover(clear[i]!, f.cloudCover![from + i]!);
  }
  const sun = sunPositionSeries(startUtcMs + 30 * 60_000, 60, count, { latitudeDeg: lat, longitudeDeg: lon, elevationM: 0, pressureMbar: 1013.25, temperatureC: 12 });
  const dni = new Float64Array(count);
  const dhi = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const d = decomposeErbs(ghi[i]!, sun.zenithDeg[i]!, extraterrestrialNormal(dayOfYearUtc(startUtcMs + i * HOUR)));
    dni[i] = d.dni;
    dhi[i] = d.dhi;
  }
  return {
    lat,
    lon,
    elevation: 0,
    base: { startUtcMs, stepMinutes: 60, length: count, timeZone: 'UTC' },
    ghi,
    dni,
    dhi,
    tAir: f?.tAir ? f.tAir.slice(from, from + count) : new Float64Array(count).fill(15),
    windSpeed: new Float64Array(count).fill(1),
    source: f?.source ?? 'clear sky',
    irradianceTimeOffsetH: 0.5,
  };
}

export function buildOutlook(plants: Plant[], members: Member[], forecast: Forecast | null, nowUtcMs: number, timeZone = forecast?.timeZone ?? 'Europe/Rome'): Outlook {
  const pv = plants.filter((p) => p.source === 'pv' && p.kWp > 0);
  const now = Math.floor(nowUtcMs / HOUR) * HOUR;
  const w = forecast ? window(forecast, nowUtcMs) : { from: 0, count: OUTLOOK_HOURS, note: false };
  const start = forecast ? forecast.startUtcMs + w.from * HOUR : now;
  const perPlant = pv.map((p) => {
    const site = forecast?.lat != null && forecast.lon != null && p.lat === null ? { lat: forecast.lat, lon: forecast.lon } : plantSite(p, members);
    return simulatePvYear(siteWeather(forecast, site.lat, site.lon, start, w.from, w.count), { kWp: p.kWp, tiltDeg: p.tiltDeg, azimuthDeg: p.azimuthDeg }).kWh;
  });
  const totalKWp = pv.reduce((s, p) => s + p.kWp, 0);
  const hours: OutlookHour[] = [];
  for (let i = 0; i < w.count; i++) {
    const utcMs = start + i * HOUR;
    const byPlant = perPlant.map((k) => k[i]!);
    hours.push({ utcMs, ...localLabel(utcMs, timeZone), kWh: byPlant.reduce((s, x) => s + x, 0), byPlant, suggested: false });
  }
  const windows: OutlookWindow[] = [];
  const days = [...new Set(hours.map((h) => h.local.slice(0, 10)))];
  for (const day of days) {
    const ofDay = hours.filter((h) => h.local.startsWith(day));
    const peak = Math.max(...ofDay.map((h) => h.kWh));
    if (!(totalKWp > 0) || peak < SUGGEST_MIN_PEAK_KWH_PER_KWP * totalKWp) continue;
    for (const h of ofDay) h.suggested = h.kWh >= SUGGEST_SHARE_OF_PEAK * peak;
    // Contiguous runs of suggested hours become windows ("11:00–15:00").
    let run: OutlookHour[] = [];
    const flush = () => {
      if (run.length) windows.push({ day, from: run[0]!.local.slice(11), to: localLabel(run.at(-1)!.utcMs + HOUR, timeZone).local.slice(11), kWh: run.reduce((s, h) => s + h.kWh, 0) });
      run = [];
    };
    for (const h of ofDay) {
      if (h.suggested) run.push(h);
      else flush();
    }
    flush();
  }
  const notes: Outlook['notes'] = [];
  if (forecast?.note) notes.push(forecast.note);
  if (w.note) notes.push({ code: 'advisor.outlook.from-forecast-start' });
  if (w.count < OUTLOOK_HOURS) notes.push({ code: 'advisor.outlook.short-forecast', params: { count: w.count, hours: OUTLOOK_HOURS } });
  return {
    basis: forecast ? 'forecast' : 'clear-sky',
    source: forecast?.source ?? 'clear sky (Haurwitz)',
    timeZone,
    plants: pv.map((p, j) => ({ id: p.id, name: p.name, kWp: p.kWp, kWh: perPlant[j]!.reduce((s, x) => s + x, 0) })),
    hours,
    windows,
    totalKWh: hours.reduce((s, h) => s + h.kWh, 0),
    uncertainty: { code: forecast ? 'advisor.outlook.uncertainty.forecast' : 'advisor.outlook.uncertainty.clear-sky' },
    notes,
  };
}
