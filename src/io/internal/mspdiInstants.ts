/**
 * MS Project's instants in pmo-kit's day model: constraint dates, deadlines, manual starts and
 * the project start, read with their time of day. Private to pmo-kit/io.
 *
 * In pmo-kit a start date D means the start of D's working time and a finish date D its end; a
 * date on a day without work moves to the next working instant for a start, to the previous one
 * for a finish (see `schedule`). An MSPDI date-time is the same working-time position when it
 * falls at a day boundary of its calendar: a start at or after the end of D's work is D + 1, a
 * finish at or before the start of D's work is D - 1. A time within the day's work has no exact
 * day: it is rounded to a boundary (which one depends on the use) and reported.
 */
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { Constraint } from '../../model/task.js';
import { placeInDay, type DayTimes } from './mspdiTime.js';

/** A date-time read as a day of pmo-kit's model. */
export interface DayOf {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether the date-time was at a day boundary (exact), or rounded from within a day's work. */
  readonly exact: boolean;
  /** Share of the day's work before the date-time (0 at the start, 1 at the end). */
  readonly share: number;
}

const shift = (day: number, by: number): string => isoFromDayNumber(day + by);

/** The first day after `day` with work (within a year; else the next day), as `YYYY-MM-DD`. */
function nextWorking(cal: DayTimes, day: number): string {
  for (let d = day + 1; d <= day + 366; d++) if (cal.timesOn(d).length > 0) return isoFromDayNumber(d);
  return isoFromDayNumber(day + 1);
}

/** The last day before `day` with work (within a year; else the day before), as `YYYY-MM-DD`. */
function previousWorking(cal: DayTimes, day: number): string {
  for (let d = day - 1; d >= day - 366; d--) if (cal.timesOn(d).length > 0) return isoFromDayNumber(d);
  return isoFromDayNumber(day - 1);
}

/**
 * A start instant (a start constraint, a manual start, the project start) as a start date.
 * Within a day's work it rounds to `round`: `'later'` (the next day's start, never earlier than
 * the instant), `'earlier'` (this day's start) or `'nearest'`.
 */
export function startDay(cal: DayTimes, dateTime: string, round: 'later' | 'earlier' | 'nearest'): DayOf {
  const p = placeInDay(cal, dateTime);
  if (p.at === 'start') return { date: shift(p.day, 0), exact: true, share: 0 };
  if (p.at === 'end') return { date: nextWorking(cal, p.day), exact: true, share: 1 };
  const later = round === 'later' || (round === 'nearest' && p.share >= 0.5);
  return { date: later ? nextWorking(cal, p.day) : shift(p.day, 0), exact: false, share: p.share };
}

/**
 * A finish instant (a finish constraint, a deadline) as a finish date. Within a day's work it
 * rounds to `round`: `'later'` (this day's end), `'earlier'` (the previous day's end) or
 * `'nearest'`.
 */
export function finishDay(cal: DayTimes, dateTime: string, round: 'later' | 'earlier' | 'nearest'): DayOf {
  const p = placeInDay(cal, dateTime);
  if (p.at === 'end') return { date: shift(p.day, 0), exact: true, share: 1 };
  if (p.at === 'start') {
    // A day without work: the date itself (the engine takes the previous working day).
    const works = cal.timesOn(p.day).length > 0;
    return { date: works ? previousWorking(cal, p.day) : shift(p.day, 0), exact: true, share: 0 };
  }
  const later = round === 'later' || (round === 'nearest' && p.share > 0.5);
  return { date: later ? shift(p.day, 0) : previousWorking(cal, p.day), exact: false, share: p.share };
}

/** Whether a constraint type bounds the start (SNET, SNLT, MSO) rather than the finish. */
const isStart = (type: Constraint['type']): boolean => type === 'SNET' || type === 'SNLT' || type === 'MSO';

/**
 * A constraint's date-time as the date of a pmo-kit constraint of the same type. Within a day's
 * work, "no earlier than" rounds later and "no later than" earlier (the constraint still holds at
 * MS Project's instant), "must" to the nearest boundary.
 */
export function constraintDay(type: Constraint['type'], cal: DayTimes, dateTime: string): DayOf {
  const round = type === 'SNET' || type === 'FNET' ? 'later' : type === 'SNLT' || type === 'FNLT' ? 'earlier' : 'nearest';
  return isStart(type) ? startDay(cal, dateTime, round) : finishDay(cal, dateTime, round);
}

/** `HH:MM` of a date-time (for messages). */
export function timeOf(dateTime: string): string {
  const m = /T(\d{2}:\d{2})/.exec(dateTime);
  return m === null ? '00:00' : m[1]!;
}

/** Whether a date-time is a valid day (the reader checked the form). */
export function hasDay(dateTime: string | undefined): dateTime is string {
  return dateTime !== undefined && dayNumber(dateTime.slice(0, 10)) !== undefined;
}
