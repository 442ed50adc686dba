/**
 * The day axis of pmo-kit/resources on a portfolio: the working days of one calendar, offset 0 a
 * schedule's start (as in `schedulePortfolio`), or, for leveling with task calendars whose working
 * days differ from it, the union of the working days of several calendars. Loading and leveling
 * count every offset on it. Private.
 */
import { PmoError } from '../../errors.js';
import { compileCalendar } from '../../calendar/compileCalendar.js';
import { STANDARD_CALENDAR } from '../../calendar/standardCalendar.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { Calendar } from '../../model/calendar.js';
import type { Portfolio } from '../../model/portfolio.js';
import { show } from './options.js';

const q = (s: string): string => JSON.stringify(s);

/**
 * The time axis: the working days of one calendar (`cal`), offset 0 = `start`; or, for leveling
 * with task calendars whose working days differ from it, the union of the working days of `cal` and
 * of those calendars (`union` true; see {@link unionAxis}).
 */
export interface Axis {
  readonly calendarId: string;
  readonly cal: WorkingCalendar;
  /** Whether the axis is a union of calendars (else the working days of `cal`). */
  readonly union: boolean;
  /** Date of offset 0. */
  readonly start: string;
  /** Day number of working-day offset t (t may be negative). */
  dayAt(t: number): number;
  /** ISO date of working-day offset t. */
  dateAt(t: number): string;
  /** Offset of the first axis day on or after day number d (negative before the start). */
  indexOf(d: number): number;
}

/** Finds a calendar of the portfolio by id (the standard calendar by its id or for `undefined`). */
export function findCalendar(fn: string, portfolio: Portfolio, id: string | undefined, owner: string): Calendar {
  if (id === undefined) return STANDARD_CALENDAR;
  for (const c of portfolio.calendars ?? []) if (c.id === id) return c;
  if (id === STANDARD_CALENDAR.id) return STANDARD_CALENDAR;
  throw new PmoError('UNKNOWN_ID', `${fn}: ${owner} names unknown calendar ${q(id)}`);
}

/** The axis of a schedule: its calendar and the date of offset 0. */
export function makeAxis(fn: string, portfolio: Portfolio, calendarId: string, start: string): Axis {
  const cal = compileCalendar(findCalendar(fn, portfolio, calendarId, 'the schedule'));
  const d0 = dayNumber(start);
  if (d0 === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: the schedule's startDate must be a date as YYYY-MM-DD, got ${show(start)}`);
  const O = cal.dayIndex(d0);
  const dayAt = (t: number): number => cal.dayAtIndexOrThrow(fn, O + t, d0);
  return { calendarId, cal, union: false, start: isoFromDayNumber(dayAt(0)), dayAt, dateAt: (t) => isoFromDayNumber(dayAt(t)), indexOf: (d) => cal.dayIndex(d) - O };
}

/** Longest run of days without a working day of any calendar tolerated by {@link unionAxis}. */
const MAX_GAP_DAYS = 100_000;

/**
 * The axis of the working days of `base.cal` and of every calendar of `cals` (a day is on it when
 * one of them works), offset 0 = the first such day on or after day number `originDay`; its
 * calendar id stays `base.calendarId`. Days are found lazily, one by one. O(days × calendars × log k).
 */
export function unionAxis(fn: string, base: Axis, cals: readonly WorkingCalendar[], originDay: number): Axis {
  const all = [base.cal, ...cals];
  const works = (d: number): boolean => all.some((c) => c.isWorkingDayNumber(d));
  const step = (d: number, dir: 1 | -1): number => {
    for (let k = 0; k < MAX_GAP_DAYS; k++, d += dir) if (works(d)) return d;
    throw new PmoError('INVALID_ARGUMENT', `${fn}: no calendar of the portfolio has a working day within ${MAX_GAP_DAYS} days of ${isoFromDayNumber(d - dir * MAX_GAP_DAYS)}`);
  };
  // Days at offsets 0, 1, … and -1, -2, …, extended on demand.
  const fwd: number[] = [step(originDay, 1)];
  const back: number[] = [];
  const dayAt = (t: number): number => {
    if (t >= 0) {
      while (fwd.length <= t) fwd.push(step(fwd[fwd.length - 1]! + 1, 1));
      return fwd[t]!;
    }
    while (back.length < -t) back.push(step((back.length === 0 ? fwd[0]! : back[back.length - 1]!) - 1, -1));
    return back[-t - 1]!;
  };
  const indexOf = (d: number): number => {
    if (d > fwd[0]!) {
      while (fwd[fwd.length - 1]! < d) dayAt(fwd.length);
      let lo = 0;
      let hi = fwd.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (fwd[mid]! >= d) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    }
    // Before the start: minus the number of axis days in [d, start).
    let k = 0;
    while (dayAt(-k - 1) >= d) k++;
    return -k;
  };
  return { calendarId: base.calendarId, cal: base.cal, union: true, start: isoFromDayNumber(fwd[0]!), dayAt, dateAt: (t) => isoFromDayNumber(dayAt(t)), indexOf };
}
