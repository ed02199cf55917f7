/**
 * Day types used by load shapes and tariff bands. A national holiday counts as
 * `HOLIDAY` whatever weekday it falls on.
 */
export const DAY_TYPE = {
  WEEKDAY: 0,
  SATURDAY: 1,
  /** Sunday or national holiday. */
  HOLIDAY: 2,
} as const;
export type DayType = (typeof DAY_TYPE)[keyof typeof DAY_TYPE];

/** Day type from ISO weekday (1 = Monday … 7 = Sunday) and the holiday flag. */
export function dayTypeOf(isoWeekday: number, isHoliday: boolean): DayType {
  if (isHoliday || isoWeekday === 7) return DAY_TYPE.HOLIDAY;
  return isoWeekday === 6 ? DAY_TYPE.SATURDAY : DAY_TYPE.WEEKDAY;
}
