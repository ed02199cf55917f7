/**
 * Why a candidate helps: how much of its consumption falls in the hours when the
 * configuration's plants produce (a daytime consumer takes up the surplus; an evening one
 * mostly does not). Its load is synthesised as the run would (core/scenario memberLoad:
 * annual kWh on its category's shape, at its place).
 */
import { memberLoad } from '../scenario/loads';
import { referenceYearBase } from '../model/calendar/referenceYearBase';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { SCENARIO_DEFAULTS } from '../scenario/defaults';
import type { ScenarioInput } from '../scenario/types';
import type { CandidateMember } from './types';

export interface DayNight {
  consumptionKWh: number;
  /** Consumption in the hours the configuration's plants produce [kWh]. */
  inProductionHoursKWh: number;
  /** inProductionHoursKWh / consumptionKWh [-]. */
  daytimeShare: number;
}

export function dayNightOf(input: ScenarioInput, perKWp: Map<number, Float64Array>, configurationId: number, candidates: CandidateMember[]): DayNight[] {
  const base = referenceYearBase(input.community.referenceYear, input.stepMinutes);
  const calendar = civilCalendarFor(base);
  const producing = new Uint8Array(base.length);
  for (const p of input.plants) {
    const unit = perKWp.get(p.id);
    if (p.configurationId !== configurationId || !unit) continue;
    for (let i = 0; i < unit.length; i++) if (unit[i]! > 0) producing[i] = 1;
  }
  const site = (input.defaults ?? SCENARIO_DEFAULTS).memberSite.value;
  return candidates.map((c) => {
    const { key: _key, ...rest } = c;
    const load = memberLoad({ ...rest, id: -1, configurationId }, base, calendar, undefined, undefined, site).kWh;
    let total = 0;
    let day = 0;
    for (let i = 0; i < load.length; i++) {
      total += load[i]!;
      if (producing[i]) day += load[i]!;
    }
    return { consumptionKWh: total, inProductionHoursKWh: day, daytimeShare: total > 0 ? day / total : 0 };
  });
}
