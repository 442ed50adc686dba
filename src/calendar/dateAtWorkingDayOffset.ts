import { isoFromDayNumber } from '../internal/dates.js';
import type { CalendarLike } from './compileCalendar.js';
import { compileWith, integerArg, parseDateArg } from './workingCalendar.js';

/**
 * The working day at a working-day offset from an origin: offset `0` is the first working day on
 * or after `origin`. The inverse of {@link workingDayOffset}. O(log k), time-zone independent.
 *
 * @param calendar - a calendar or a compiled one
 * @param origin - the day of offset 0 (or the day before it, when not a working day)
 * @param offset - an integer offset in working days, negative before the origin
 * @returns the working day as `YYYY-MM-DD`
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date, a non-integer
 *   offset, or when the calendar runs out of working days
 * @example
 * ```ts
 * dateAtWorkingDayOffset(STANDARD_CALENDAR, '2026-01-05', 5); // '2026-01-12'
 * ```
 */
export function dateAtWorkingDayOffset(calendar: CalendarLike, origin: string, offset: number): string {
  const fn = 'dateAtWorkingDayOffset';
  const cal = compileWith(fn, calendar);
  const o = parseDateArg(fn, 'origin', origin);
  const n = integerArg(fn, 'offset', offset);
  return isoFromDayNumber(cal.dayAtIndexOrThrow(fn, cal.dayIndex(o) + n, o), fn);
}
