import type { CalendarLike } from './compileCalendar.js';
import { compileWith, parseDateArg } from './workingCalendar.js';

/**
 * Tells whether a date is a working day of a calendar. O(log k) for k holidays and exceptions.
 *
 * @param calendar - a calendar or a compiled one
 * @param date - an existing day as `YYYY-MM-DD`
 * @returns true when the day is worked
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date
 * @example
 * ```ts
 * isWorkingDay(STANDARD_CALENDAR, '2026-01-03'); // false (a Saturday)
 * ```
 */
export function isWorkingDay(calendar: CalendarLike, date: string): boolean {
  const cal = compileWith('isWorkingDay', calendar);
  return cal.isWorkingDayNumber(parseDateArg('isWorkingDay', 'date', date));
}
