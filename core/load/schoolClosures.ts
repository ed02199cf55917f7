/**
 * A typical Italian school calendar (regional calendars differ by a few days):
 * lessons from 15 September to 9 June; breaks 23 December – 6 January and from the
 * Thursday before Easter to the Tuesday after Easter Monday. Sundays and national
 * holidays are handled by the day type, not here.
 */
import { daysFromCivil } from '../model/calendar/civilDate';
import { easterSunday } from '../model/calendar/easter';

/** True when a civil date falls in a school break (summer, Christmas, Easter). */
export function isSchoolBreak(year: number, month: number, day: number): boolean {
  const md = month * 100 + day;
  if (md >= 610 && md <= 914) return true; // summer break 10 Jun – 14 Sep
  if (md >= 1223 || md <= 106) return true; // Christmas 23 Dec – 6 Jan
  const e = easterSunday(year);
  const offset = daysFromCivil(year, month, day) - daysFromCivil(year, e.month, e.day);
  return offset >= -3 && offset <= 2; // Maundy Thursday … Tuesday after Easter
}
