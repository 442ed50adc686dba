import type { CalendarLike } from './compileCalendar.js';
import { compileWith, parseDateArg } from './workingCalendar.js';

/**
 * Counts the working days from `start` (included) to `end` (excluded): the half-open range
 * `[start, end)`, so that `workingDaysBetween(c, a, addWorkingDays(c, a, n)) === n` for a working
 * day `a`. Negative when `end` is before `start`. O(log k), time-zone independent.
 *
 * @param calendar - a calendar or a compiled one
 * @param start - first day counted, `YYYY-MM-DD`
 * @param end - first day not counted, `YYYY-MM-DD`
 * @returns the signed number of working days
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date
 * @example
 * ```ts
 * workingDaysBetween(STANDARD_CALENDAR, '2026-01-05', '2026-01-12'); // 5
 * ```
 */
export function workingDaysBetween(calendar: CalendarLike, start: string, end: string): number {
  const fn = 'workingDaysBetween';
  const cal = compileWith(fn, calendar);
  return cal.dayIndex(parseDateArg(fn, 'end', end)) - cal.dayIndex(parseDateArg(fn, 'start', start));
}
