// Private: the working-day axis of a portfolio schedule (dates <-> offsets), as the engine uses it.
import { PmoError } from '../../../errors.js';
import type { Portfolio } from '../../../model/portfolio.js';
import { compileCalendar } from '../../../calendar/compileCalendar.js';
import { STANDARD_CALENDAR } from '../../../calendar/standardCalendar.js';
import type { WorkingCalendar } from '../../../calendar/workingCalendar.js';
import { q } from '../../../internal/show.js';
import { dayNumber, isoFromDayNumber } from '../../../internal/dates.js';
import type { SchedulePortfolioResult } from '../../types.js';

/** Conversions between dates and offsets of a schedule's axis. */
export interface Axis {
  /** Offset of the first working day on or after `date` (an SNET/MSO date). */
  startOnOrAfter(date: string): number;
  /** Offset of the last working day on or before `date` (an SNLT date). */
  startOnOrBefore(date: string): number;
  /** Exclusive finish offset of a task that ends on the last working day on or before `date` (a deadline, FNLT or MFO date). */
  finishOnOrBefore(date: string): number;
  /** The working day at an integer offset. */
  dateAt(offset: number): string;
  /** The start date of a task starting at offset `x` (its first working day). */
  startDate(x: number): string;
  /**
   * The finish date of a task running over `[x, f)`: its last working day; for a milestone
   * (`f = x`) the day before `x`, or `x` itself at its project's start offset `floor` or earlier.
   */
  finishDate(x: number, f: number, floor: number): string;
}

/** The axis of a schedule of a portfolio (its calendar is `schedule.calendarId`). */
export function axisOf(fn: string, portfolio: Portfolio, schedule: SchedulePortfolioResult): Axis {
  const id = schedule.calendarId;
  const source = (portfolio.calendars ?? []).find((c) => c.id === id) ?? (id === STANDARD_CALENDAR.id ? STANDARD_CALENDAR : undefined);
  if (source === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: the schedule's calendar ${q(id)} is not among the portfolio's calendars`);
  const cal: WorkingCalendar = compileCalendar(source);
  const day0 = dayNumber(schedule.startDate);
  if (day0 === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: the schedule's start ${q(schedule.startDate)} is not a date`);
  const O = cal.dayIndex(day0);
  const day = (date: string): number => {
    const d = dayNumber(date);
    if (d === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${q(date)} is not an existing day as YYYY-MM-DD`);
    return d;
  };
  const dateAt = (offset: number): string => isoFromDayNumber(cal.dayAtIndexOrThrow(fn, O + offset, day0), fn);
  return {
    startOnOrAfter: (date) => cal.dayIndex(day(date)) - O,
    startOnOrBefore: (date) => cal.dayIndex(day(date) + 1) - 1 - O,
    finishOnOrBefore: (date) => cal.dayIndex(day(date) + 1) - O,
    dateAt,
    startDate: (x) => dateAt(Math.floor(x + 1e-9)),
    finishDate: (x, f, floor) => (f > x + 1e-9 ? dateAt(Math.ceil(f - 1e-9) - 1) : x <= floor + 1e-9 ? dateAt(Math.floor(x + 1e-9)) : dateAt(Math.ceil(x - 1e-9) - 1)),
  };
}
