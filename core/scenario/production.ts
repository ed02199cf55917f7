/**
 * Production of each plant on the run's base [kWh per step]: an imported series when there
 * is one, otherwise PV or micro-wind from weather (imported file, or the embedded climate at
 * the plant's site, cached per 0.05° cell since neighbouring plants share a climate).
 * Hydro and other sources need an imported series (or a monthly profile).
 */
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

export interface ProductionContext {
  base: TimeBase;
  referenceYear: number;
  weather?: WeatherYear;
  members: Member[];
  productionSeries?: Map<number, Float64Array>;
  /** Hub height of a wind plant that states none [m] (the run's stated default). */
  windHubHeightM: AssumedValue<number>;
  warn: (it: string, en: string) => void;
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
      `${plant.name}: fonte ${plant.source} senza serie di produzione importata, considerata nulla`,
      `${plant.name}: ${plant.source} plant without an imported production series, taken as zero`,
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
      `${plant.name}: eolico stimato sul clima incorporato, che non ha dati di vento reali (2 m/s costanti): importare un file meteo (EPW/PVGIS) o una serie di produzione`,
      `${plant.name}: wind estimated on the embedded climate, which has no real wind data (a constant 2 m/s): import a weather file (EPW/PVGIS) or a production series`,
    );
  }
  let hub = plant.hubHeightM ?? null;
  if (hub === null) {
    hub = ctx.windHubHeightM.value;
    ctx.warn(
      `${plant.name}: altezza del mozzo non indicata, assunti ${hub} m (${ctx.windHubHeightM.source})`,
      `${plant.name}: hub height not set, ${hub} m assumed (${ctx.windHubHeightM.source})`,
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
      `${plant.name}: nessuna coordinata (né dell'impianto né dei membri), usato il clima del centro Italia`,
      `${plant.name}: no coordinates (plant or members), central-Italy climate used`,
    );
  } else if (site.assumed !== 'plant') {
    ctx.warn(
      `${plant.name}: coordinate dell'impianto mancanti, usate quelle ${site.assumed === 'owner' ? 'del proprietario' : 'medie dei membri'}`,
      `${plant.name}: plant coordinates missing, ${site.assumed === 'owner' ? "the owner's" : "the members' average"} used`,
    );
  }
  return site;
}
