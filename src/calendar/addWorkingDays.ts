import { isoFromDayNumber } from '../internal/dates.js';
import type { CalendarLike } from './compileCalendar.js';
import { compileWith, integerArg, parseDateArg } from './workingCalendar.js';

/**
 * Adds (or, for a negative `amount`, subtracts) working days to a date. The result is always a
 * working day.
 *
 * From a working day, `+1` is the next working day and `-1` the previous one; `0` returns the
 * date itself. From a non-working day, the count starts as if from just before the next working
 * day: `0` and `+1` both give the next working day, `-1` the previous working day (like
 * date-fns' `addBusinessDays`). Time-zone independent; O(log k), never a loop over days.
 *
 * @param calendar - a calendar or a compiled one
 * @param date - an existing day as `YYYY-MM-DD`
 * @param amount - an integer number of working days, negative to go back
 * @returns the working day as `YYYY-MM-DD`
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed calendar or date, a non-integer
 *   amount, or when the calendar runs out of working days (only possible when its weekly pattern
 *   has none and only exceptions are worked)
 * @example
 * ```ts
 * addWorkingDays(STANDARD_CALENDAR, '2026-01-02', 1); // '2026-01-05'
 * addWorkingDays(STANDARD_CALENDAR, '2026-01-03', -1); // '2026-01-02' (Saturday - 1 = Friday)
 * ```
 */
export function addWorkingDays(calendar: CalendarLike, date: string, amount: number): string {
  const fn = 'addWorkingDays';
  const cal = compileWith(fn, calendar);
  const d = parseDateArg(fn, 'date', date);
  const n = integerArg(fn, 'amount', amount);
  const base = cal.dayIndex(d);
  const target = cal.isWorkingDayNumber(d) || n <= 0 ? base + n : base + n - 1;
  return isoFromDayNumber(cal.dayAtIndexOrThrow(fn, target, d), fn);
}
