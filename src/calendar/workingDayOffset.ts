import type { CalendarLike } from './compileCalendar.js';
import { compileWith, parseDateArg } from './workingCalendar.js';

/**
 * The working-day offset of a date from an origin: `0` is the first working day on or after
 * `origin`, `1` the next working day, and so on; negative before the origin. A non-working
 * `date` gets the offset of the next working day. This is the inverse of
 * {@link dateAtWorkingDayOffset} on working days, and the axis of the schedule offsets.
 * O(log k), time-zone independent.
 *
 * @param calendar - a calendar or a compiled one
 * @param origin - the day of offset 0 (or the day before it, when not a working day)
 * @param date - the day to convert
 * @returns the signed integer offset in working days
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date
 * @example
 * ```ts
 * workingDayOffset(STANDARD_CALENDAR, '2026-01-05', '2026-01-12'); // 5
 * ```
 */
export function workingDayOffset(calendar: CalendarLike, origin: string, date: string): number {
  const fn = 'workingDayOffset';
  const cal = compileWith(fn, calendar);
  return cal.dayIndex(parseDateArg(fn, 'date', date)) - cal.dayIndex(parseDateArg(fn, 'origin', origin));
}
