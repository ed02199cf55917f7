/**
 * Consumption of each member on the run's base [kWh per step]: an imported curve, else a
 * band-exact profile from bills, else the member's annual kWh on its typical shape.
 */
import type { Member } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import type { MonthlyBill } from '../load/monthlyBill';
import { synthesiseFromAnnual } from '../load/synthesiseFromAnnual';
import { synthesiseFromBills } from '../load/synthesiseFromBills';
import { ITALY_CENTRE } from './sites';

export interface MemberLoad {
  kWh: Float64Array;
  source: 'curve' | 'bills' | 'annual';
}

export function memberLoad(
  member: Member,
  base: TimeBase,
  calendar: CivilCalendar,
  curves: Map<number, Float64Array> | undefined,
  bills: Map<number, MonthlyBill[]> | undefined,
): MemberLoad {
  const curve = curves?.get(member.id);
  if (curve) return { kWh: curve, source: 'curve' };
  // Sunset and sunrise drive public lighting: the member's own place when known.
  const where = { latitudeDeg: member.lat ?? ITALY_CENTRE.lat, longitudeDeg: member.lon ?? ITALY_CENTRE.lon };
  const memberBills = bills?.get(member.id);
  if (memberBills && memberBills.length > 0) {
    return { kWh: synthesiseFromBills(memberBills, member.loadProfile, base, calendar, where), source: 'bills' };
  }
  return { kWh: synthesiseFromAnnual(member.annualKWh, member.loadProfile, base, calendar, where), source: 'annual' };
}
