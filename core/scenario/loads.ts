/**
 * Consumption of each member on the run's base [kWh per step]: an imported curve, else a
 * band-exact profile from bills, else the member's annual kWh on its typical shape. A shape
 * follows sunrise and sunset at the member's place, or at `assumedSite` (the run's stated
 * default, reported by the run) when the member has no coordinates.
 */
import type { Member } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import type { MonthlyBill } from '../load/monthlyBill';
import { synthesiseFromAnnual } from '../load/synthesiseFromAnnual';
import { synthesiseFromBills } from '../load/synthesiseFromBills';
import { loadShapeOf } from '../load/loadShapeLibrary';

export interface MemberLoad {
  kWh: Float64Array;
  source: 'curve' | 'bills' | 'annual';
  /** True when the shape follows the sun at `assumedSite` (a darkness-driven shape, no coordinates). */
  siteAssumed: boolean;
}

export function memberLoad(
  member: Member,
  base: TimeBase,
  calendar: CivilCalendar,
  curves: Map<number, Float64Array> | undefined,
  bills: Map<number, MonthlyBill[]> | undefined,
  assumedSite: { lat: number; lon: number },
): MemberLoad {
  const curve = curves?.get(member.id);
  if (curve) return { kWh: curve, source: 'curve', siteAssumed: false };
  // Sunset and sunrise drive public lighting: the member's own place when known.
  const located = member.lat !== null && member.lon !== null;
  const where = located ? { latitudeDeg: member.lat!, longitudeDeg: member.lon! } : { latitudeDeg: assumedSite.lat, longitudeDeg: assumedSite.lon };
  const siteAssumed = !located && loadShapeOf(member.loadProfile).driver === 'darkness';
  const memberBills = bills?.get(member.id);
  if (memberBills && memberBills.length > 0) {
    return { kWh: synthesiseFromBills(memberBills, member.loadProfile, base, calendar, where), source: 'bills', siteAssumed };
  }
  return { kWh: synthesiseFromAnnual(member.annualKWh, member.loadProfile, base, calendar, where), source: 'annual', siteAssumed };
}
