/**
 * The data model of a typical load shape. A shape gives the *relative* mean power of a
 * category hour by hour; synthesis scales it to the member's energy.
 */
import type { LoadProfileKind } from '../model/entities';

/** 24 relative mean powers [-], one per civil hour h (covering h:00–h+1:00), per day type. */
export interface DayProfiles {
  weekday: readonly number[];
  saturday: readonly number[];
  /** Sundays and national holidays (and days a closure calendar marks as closed). */
  holiday: readonly number[];
}

/** How the hourly level of a category is driven. */
export type ShapeDriver =
  /** Hourly profiles by day type, blended between winter and summer, times a monthly factor. */
  | 'profile'
  /** On from dusk to dawn at constant power (astronomical switch); profiles unused. */
  | 'darkness';

export interface LoadShapeDefinition {
  kind: LoadProfileKind;
  label: string;
  driver: ShapeDriver;
  /** Profiles in mid-winter (weight 1 on 15 January). */
  winter: DayProfiles;
  /** Profiles in mid-summer (weight 1 in mid-July); blended with `winter` by a cosine of the day of year. */
  summer: DayProfiles;
  /** Relative level of each month, January … December [-] (multiplies the hourly profile). */
  monthly: readonly number[];
  /** Days on which the holiday profile replaces the weekday/Saturday one. */
  closures: 'none' | 'school';
  /** Where the numbers come from: references and the assumptions made. */
  basis: string;
  sources: readonly string[];
}

/** Same 24 values for every hour: helper for flat or near-flat profiles. */
export function flatDay(level: number): number[] {
  return new Array<number>(24).fill(level);
}

/** A profile at `base` level with `level` over hours [from, to). */
export function withBlock(profile: readonly number[], from: number, to: number, level: number): number[] {
  const out = profile.slice();
  for (let h = from; h < to; h++) out[h] = level;
  return out;
}
