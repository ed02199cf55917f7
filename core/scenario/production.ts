/**
 * Production of each plant on the run's base [kWh per step]: an imported series when there
 * is one, otherwise PV or micro-wind from weather (imported file, or the embedded climate at
 * the plant's site, cached per 0.05° cell since neighbouring plants share a climate).
 * Hydro and other sources need an imported series (or a monthly profile).
 */
import { sourceText } from '../model/sourced-value';
import { plantSourceName } from '../model/entity-names';
import type { Member, Plant } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import { alignPeriodicEnergy } from '../model/timeseries-align';
import { simulatePvYear } from '../solar/pvYear';
import { syntheticTypicalYear } from '../solar/syntheticYear';
import { layTypicalYearOnCalendar } from '../solar/typicalYearCalendar';
import type { WeatherYear } from '../model/weather-year';
import { plantSite } from './sites';
import { simulateWindYear } from '../wind/windYear';
import type { AssumedValue } from './defaults';
import type { Message } from '../model/messages';

export interface ProductionContext {
  base: TimeBase;
  referenceYear: number;
  weather?: WeatherYear;
  members: Member[];
  productionSeries?: Map<number, Float64Array>;
  /** Hub height of a wind plant that states none [m] (the run's stated default). */
  windHubHeightM: AssumedValue<number>;
  warn: (m: Message) => void;
}

export function weatherCache(ctx: Pick<ProductionContext, 'referenceYear' | 'weather'>) {
  const cache = new Map<string, WeatherYear>();
  const imported = ctx.weather?.isTypicalYear ? layTypicalYearOnCalendar(ctx.weather, ctx.referenceYear) : ctx.weather;
  return (lat: number, lon: number): WeatherYear => {
    if (imported) return imported;
    const key = `${Math.round(lat * 20)}:${Math.round(lon * 20)}`;
    let w = cache.get(key);
    if (!w) {
      w = syntheticTypicalYear(lat, lon, 0, ctx.referenceYear);
      cache.set(key, w);
    }
    return w;
  };
}

export function plantProduction(plant: Plant, ctx: ProductionContext, weatherAt: ReturnType<typeof weatherCache>): Float64Array {
  const imported = ctx.productionSeries?.get(plant.id);
  if (imported) return imported;
  if (plant.source === 'wind') return windProduction(plant, ctx, weatherAt);
  if (plant.source !== 'pv') {
    ctx.warn(
      { code: 'scenario.warning.plant-without-imported-production', params: { name: plant.name, source: plantSourceName(plant.source) } },
    );
    return new Float64Array(ctx.base.length);
  }
  const site = siteOf(plant, ctx);
  const pv = simulatePvYear(weatherAt(site.lat, site.lon), {
    kWp: plant.kWp,
    tiltDeg: plant.tiltDeg,
    azimuthDeg: plant.azimuthDeg,
  });
  return alignPeriodicEnergy({ base: pv.base, kWh: pv.kWh }, ctx.base);
}

/**
 * Micro-wind: the generic small-turbine curve scaled to the plant's rated kW, at its hub
 * height (else the run's stated default, with a warning), on the site's weather. The
 * embedded climate has no real wind (a constant 2 m/s), so the user is told to import a
 * weather file or a production series.
 */
function windProduction(plant: Plant, ctx: ProductionContext, weatherAt: ReturnType<typeof weatherCache>): Float64Array {
  const site = siteOf(plant, ctx);
  if (!ctx.weather) {
    ctx.warn(
      { code: 'scenario.warning.wind-estimated-embedded-climate', params: { name: plant.name } },
    );
  }
  let hub = plant.hubHeightM ?? null;
  if (hub === null) {
    hub = ctx.windHubHeightM.value;
    ctx.warn(
      { code: 'scenario.warning.hub-height-set-m', params: { name: plant.name, hub, source: sourceText(ctx.windHubHeightM) } },
    );
  }
  const wind = simulateWindYear(weatherAt(site.lat, site.lon), { ratedKW: plant.kWp, hubHeightM: hub });
  return alignPeriodicEnergy({ base: wind.base, kWh: wind.kWh }, ctx.base);
}

/** The plant's site, warning when it is assumed. */
function siteOf(plant: Plant, ctx: ProductionContext) {
  const site = plantSite(plant, ctx.members);
  if (site.assumed === 'italy') {
    ctx.warn(
      { code: 'scenario.warning.coordinates-plant-members-central', params: { name: plant.name } },
    );
  } else if (site.assumed !== 'plant') {
    ctx.warn(
      { code: 'scenario.warning.plant-coordinates-missing-used', params: { name: plant.name, whose: { code: site.assumed === 'owner' ? 'scenario.warning.coordinates-of-owner' : 'scenario.warning.coordinates-of-members' } } },
    );
  }
  return site;
}
