import { isoFromDayNumber } from '../internal/dates.js';
import type { CalendarLike } from './compileCalendar.js';
import { compileWith, parseDateArg } from './workingCalendar.js';

/**
 * The first working day strictly after a date (use `addWorkingDays(calendar, date, 0)` for "on
 * or after"). O(log k), time-zone independent.
 *
 * @param calendar - a calendar or a compiled one
 * @param date - an existing day as `YYYY-MM-DD`
 * @returns the next working day as `YYYY-MM-DD`
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date, or when the
 *   calendar has no working day after `date`
 * @example
 * ```ts
 * nextWorkingDay(STANDARD_CALENDAR, '2026-01-02'); // '2026-01-05'
 * ```
 */
export function nextWorkingDay(calendar: CalendarLike, date: string): string {
  const fn = 'nextWorkingDay';
  const cal = compileWith(fn, calendar);
  const d = parseDateArg(fn, 'date', date);
  return isoFromDayNumber(cal.dayAtIndexOrThrow(fn, cal.dayIndex(d + 1), d + 1), fn);
}
