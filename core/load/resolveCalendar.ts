import type { TimeBase } from '../model/timeseries';
import { calendarMatchesBase, civilCalendarFor, type CivilCalendar } from '../model/calendar/civilCalendar';

/** The given calendar after checking it belongs to `base`, or the memoised one. */
export function resolveCalendar(base: TimeBase, calendar?: CivilCalendar): CivilCalendar {
  if (!calendar) return civilCalendarFor(base);
  if (!calendarMatchesBase(calendar, base)) throw new RangeError('Calendar was computed for a different time base');
  return calendar;
}
