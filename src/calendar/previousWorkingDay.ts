import { isoFromDayNumber } from '../internal/dates.js';
import type { CalendarLike } from './compileCalendar.js';
import { compileWith, parseDateArg } from './workingCalendar.js';

/**
 * The last working day strictly before a date. O(log k), time-zone independent.
 *
 * @param calendar - a calendar or a compiled one
 * @param date - an existing day as `YYYY-MM-DD`
 * @returns the previous working day as `YYYY-MM-DD`
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date, or when the
 *   calendar has no working day before `date`
 * @example
 * ```ts
 * previousWorkingDay(STANDARD_CALENDAR, '2026-01-05'); // '2026-01-02'
 * ```
 */
export function previousWorkingDay(calendar: CalendarLike, date: string): string {
  const fn = 'previousWorkingDay';
  const cal = compileWith(fn, calendar);
  const d = parseDateArg(fn, 'date', date);
  return isoFromDayNumber(cal.dayAtIndexOrThrow(fn, cal.dayIndex(d) - 1, d - 1), fn);
}
