/**
 * Dates of the charts as UTC instants, so that the pictures never depend on the machine's time
 * zone: a `YYYY-MM-DD` day is the instant of its UTC midnight. Private to pmo-kit/viz.
 */
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';

const MS_PER_DAY = 86_400_000;

/** The UTC midnight starting a `YYYY-MM-DD` day (the date is checked before). */
export function dayStart(date: string): Date {
  return new Date(dayNumber(date)! * MS_PER_DAY);
}

/** The UTC midnight ending a `YYYY-MM-DD` day (the start of the next day). */
export function dayEnd(date: string): Date {
  return new Date((dayNumber(date)! + 1) * MS_PER_DAY);
}

/** The day `n` days after `date`. */
export function addDays(date: string, n: number): string {
  return isoFromDayNumber(dayNumber(date)! + n);
}

/** Days from `a` to `b` (`b - a`). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b)! - dayNumber(a)!;
}

/** The `YYYY-MM-DD` of a UTC instant (its day). */
export function isoOf(d: Date): string {
  return isoFromDayNumber(Math.floor(d.getTime() / MS_PER_DAY));
}
