/** Planning windows: date ranges of a portfolio, inclusive. Private to pmo-kit. */
import { compileCalendar, STANDARD_CALENDAR, workingDaysBetween, type WorkingCalendar } from '../../calendar/index.js';
import { PmoError } from '../../errors.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import type { Calendar } from '../../model/calendar.js';
import type { Portfolio } from '../../model/portfolio.js';

/** An inclusive date range. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * The three months that start on `from`: to the day before the same day of the month three
 * months later (the last day of that month when it has no such day). `2026-05-01` gives
 * `2026-05-01`–`2026-07-31`.
 */
export function threeMonthsFrom(from: string): DateWindow {
  const y = Number(from.slice(0, 4));
  const m = Number(from.slice(5, 7)) - 1 + 3;
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  let day = Number(from.slice(8, 10));
  while (dayNumber(`${ym}-${String(day).padStart(2, '0')}`) === undefined) day--;
  const end = dayNumber(`${ym}-${String(day).padStart(2, '0')}`)! - (day === Number(from.slice(8, 10)) ? 1 : 0);
  return { from, to: isoFromDayNumber(end) };
}

/**
 * The default planning window of a portfolio: the three months after its status date (the latest
 * status report's date), else the three months from its first project's start.
 */
export function defaultWindow(portfolio: Portfolio): DateWindow {
  const reports = portfolio.statusReports ?? [];
  if (reports.length > 0) {
    const status = reports.map((r) => r.date).reduce((a, b) => (b > a ? b : a));
    return threeMonthsFrom(isoFromDayNumber(dayNumber(status)! + 1));
  }
  const starts = portfolio.projects.map((p) => p.start);
  if (starts.length === 0) throw new PmoError('INVALID_ARGUMENT', 'the portfolio has no project, so no planning window');
  return threeMonthsFrom(starts.reduce((a, b) => (b < a ? b : a)));
}

/** Reads `from`/`to` options (both or neither), defaulting to {@link defaultWindow}. */
export function readWindow(fn: string, portfolio: Portfolio, from: unknown, to: unknown): DateWindow {
  if (from === undefined && to === undefined) return defaultWindow(portfolio);
  if (from === undefined || to === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: give both options.from and options.to, or neither`);
  const a = typeof from === 'string' ? dayNumber(from) : undefined;
  const b = typeof to === 'string' ? dayNumber(to) : undefined;
  if (a === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.from must be an existing day as YYYY-MM-DD, got ${show(from)}`);
  if (b === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.to must be an existing day as YYYY-MM-DD, got ${show(to)}`);
  if (b < a) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.to (${String(to)}) is before options.from (${String(from)})`);
  return { from: from as string, to: to as string };
}

/** Working days of `calendar` in the inclusive range [from, to] (0 when to < from). O(log k). */
export function workingDaysIn(calendar: WorkingCalendar, from: string, to: string): number {
  if (to < from) return 0;
  return workingDaysBetween(calendar, from, isoFromDayNumber(dayNumber(to)! + 1));
}

/** Compiled calendars of a portfolio by id, and the one an item uses (its own, the default, the standard). */
export function calendarResolver(fn: string, portfolio: Portfolio): (id: string | undefined, owner: string) => WorkingCalendar {
  const byId = new Map<string, Calendar>(portfolio.calendars.map((c) => [c.id, c]));
  return (id, owner) => {
    const key = id ?? portfolio.defaultCalendarId;
    if (key === undefined) return compileCalendar(STANDARD_CALENDAR);
    const cal = byId.get(key);
    if (cal === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${owner} refers to unknown calendar ${JSON.stringify(key)}`);
    return compileCalendar(cal);
  };
}
