import { PmoError } from '../errors.js';
import { dayNumber } from '../internal/dates.js';
import type { Portfolio } from '../model/portfolio.js';
import { tidy } from './internal/loading.js';
import { readOptions } from '../internal/options.js';
import { show } from './internal/options.js';
import { makeAxis } from './internal/dayAxis.js';
import { resourceTable } from './internal/resourceTables.js';
import { checkResourceInput } from './internal/checkResourceInput.js';

/** Options of {@link resourceCapacity}. */
export interface ResourceCapacityOptions {
  /** Calendar whose working days are listed. Default: the portfolio's default calendar, else the standard calendar. */
  readonly calendarId?: string;
}

/** The result of {@link resourceCapacity}. */
export interface ResourceCapacityResult {
  /** Calendar of the dates. */
  readonly calendarId: string;
  /** Its working days from `fromDate` to `toDate`, `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  /** Every resource, in input order. */
  readonly resources: readonly {
    /** Resource id. */
    readonly id: string;
    /** Resource name. */
    readonly name: string;
    /** Units available on each day of `dates`. */
    readonly capacity: readonly number[];
    /** Sum of `capacity` (unit-days). */
    readonly total: number;
  }[];
}

/**
 * The capacity of every resource on each working day of a date range: its `capacity` (units per
 * working day) on the days it works by its own calendar (its `calendarId`, else the portfolio's
 * default), and 0 on the others: its weekly days off, holidays and non-working exceptions. Exact
 * per day: a Monday–Thursday resource gives its full capacity Monday to Thursday and 0 on the
 * Fridays of a Monday–Friday calendar. This is the capacity that {@link resourceLoading} and
 * {@link levelResources} use.
 *
 * Complexity: O(R × D × log h) for R resources, D days and h calendar exceptions.
 *
 * @param portfolio - the portfolio; never mutated
 * @param fromDate - the first day, `YYYY-MM-DD`
 * @param toDate - the last day, `YYYY-MM-DD` (inclusive; at most 100,000 days after `fromDate`)
 * @param options - the calendar of the days
 * @returns the working days and each resource's capacity on them
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a bad date, a range ending before it starts or
 *   longer than 100,000 days; `UNKNOWN_ID` for an unknown calendar
 * @example
 * ```ts
 * const c = resourceCapacity(portfolio, '2026-05-11', '2026-05-15');
 * c.dates; // ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15'] (14 May is a holiday)
 * c.resources.find((r) => r.id === 'r-jan')!.capacity; // [1, 1, 1, 0] (Jan works Monday to Thursday)
 * ```
 */
export function resourceCapacity(portfolio: Portfolio, fromDate: string, toDate: string, options?: ResourceCapacityOptions): ResourceCapacityResult {
  const fn = 'resourceCapacity';
  checkResourceInput(fn, portfolio);
  const o = readOptions(fn, options);
  const from = typeof fromDate === 'string' ? dayNumber(fromDate) : undefined;
  const to = typeof toDate === 'string' ? dayNumber(toDate) : undefined;
  if (from === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: fromDate must be a date as YYYY-MM-DD, got ${show(fromDate)}`);
  if (to === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: toDate must be a date as YYYY-MM-DD, got ${show(toDate)}`);
  if (to < from) throw new PmoError('INVALID_ARGUMENT', `${fn}: toDate (${toDate}) is before fromDate (${fromDate})`);
  if (to - from > 100_000) throw new PmoError('INVALID_ARGUMENT', `${fn}: the range spans more than 100,000 days`);
  if (o.calendarId !== undefined && (typeof o.calendarId !== 'string' || o.calendarId === ''))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId must be a non-empty string, got ${show(o.calendarId)}`);
  const calendarId = (o.calendarId as string | undefined) ?? portfolio.defaultCalendarId ?? 'standard';
  const axis = makeAxis(fn, portfolio, calendarId, fromDate);
  const res = resourceTable(fn, portfolio, axis);
  const dayNums: number[] = [];
  for (let t = 0; ; t++) {
    const d = axis.dayAt(t);
    if (d > to) break;
    dayNums.push(d);
  }
  return {
    calendarId,
    dates: dayNums.map((_, t) => axis.dateAt(t)),
    resources: res.ids.map((id, r) => {
      const capacity = dayNums.map((d) => tidy(res.capacity[r]! * res.availAt(r, d)));
      return { id, name: res.names[r]!, capacity, total: tidy(capacity.reduce((a, b) => a + b, 0)) };
    }),
  };
}

/** @deprecated Use {@link ResourceCapacityResult}: the former name. */
export type ResourceCapacity = ResourceCapacityResult;
