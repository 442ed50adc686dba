import type { Calendar } from '../model/calendar.js';
import { compileWith, WorkingCalendar } from './workingCalendar.js';

/** A calendar as the calendar functions accept it: plain (compiled on first use) or compiled. */
export type CalendarLike = Calendar | WorkingCalendar;

/**
 * Compiles a working calendar (ISO working weekdays, holidays, dated exceptions) into a
 * {@link WorkingCalendar} for fast conversions between dates and working-day offsets.
 *
 * Precedence, day by day: an exception wins over a holiday, which wins over the weekly pattern;
 * among overlapping exceptions the later one in the list wins. Weekday `0` is read as Sunday.
 * The result is cached per calendar object, so compiling the same (unchanged, e.g. frozen)
 * calendar twice is free; the input is never mutated.
 *
 * Complexity: O(w + h + e log e) for w weekdays, h holidays and e exceptions.
 *
 * @param calendar - a calendar (for example from a parsed portfolio), or an already compiled one
 * @returns the compiled calendar
 * @throws {@link PmoError} `INVALID_ARGUMENT` when the calendar is malformed (message names the
 *   calendar and the field) or has no working day at all (no working weekday and no working
 *   exception), so that no conversion could ever end
 * @example
 * ```ts
 * const cal = compileCalendar({ id: 'fr', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-07-14'], exceptions: [], hoursPerDay: 7 });
 * isWorkingDay(cal, '2026-07-14'); // false
 * ```
 */
export function compileCalendar(calendar: CalendarLike): WorkingCalendar {
  return compileWith('compileCalendar', calendar);
}
