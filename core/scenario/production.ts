/**
 * Production of each plant on the run's base [kWh per step]: an imported series when there
 * is one, otherwise PV from weather (imported file, or the embedded climate at the plant's
 * site, cached per 0.05° cell since neighbouring plants share a climate).
 */
import type { Member, Plant } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import { alignPeriodicEnergy } from '../model/timeseries-align';
import { simulatePvYear } from '../solar/pvYear';
import { syntheticTypicalYear } from '../solar/syntheticYear';
import { layTypicalYearOnCalendar } from '../solar/typicalYearCalendar';
import type { WeatherYear } from '../solar/weather';
import { plantSite } from './sites';

export interface ProductionContext {
  base: TimeBase;
  referenceYear: number;
  weather?: WeatherYear;
  members: Member[];
  productionSeries?: Map<number, Float64Array>;
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
  if (plant.source !== 'pv') {
    ctx.warn(
      `${plant.name}: fonte ${plant.source} senza serie di produzione importata, considerata nulla`,
      `${plant.name}: ${plant.source} plant without an imported production series, taken as zero`,
    );
    return new Float64Array(ctx.base.length);
  }
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
  const pv = simulatePvYear(weatherAt(site.lat, site.lon), {
    kWp: plant.kWp,
    tiltDeg: plant.tiltDeg,
    azimuthDeg: plant.azimuthDeg,
  });
  return alignPeriodicEnergy({ base: pv.base, kWh: pv.kWh }, ctx.base);
}
