import { PmoError } from '../errors.js';
import { dayNumber } from '../internal/dates.js';
import type { Portfolio } from '../model/portfolio.js';
import { tidy } from './internal/loading.js';
import { readOptionsObject, show } from './internal/options.js';
import { makeAxis, resourceTable } from './internal/portfolioModel.js';
import { checkResourceInput } from './internal/checkPortfolio.js';

/** Options of {@link resourceCapacity}. */
export interface ResourceCapacityOptions {
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, `YYYY-MM-DD` (inclusive; at most 100,000 days after `from`). */
  readonly to: string;
  /** Calendar whose working days are listed. Default: the portfolio's default calendar, else the standard calendar. */
  readonly calendarId?: string;
}

/** The result of {@link resourceCapacity}. */
export interface ResourceCapacity {
  /** Calendar of the days. */
  readonly calendarId: string;
  /** Its working days from `from` to `to`. */
  readonly days: readonly string[];
  /** Every resource, in input order. */
  readonly resources: readonly {
    /** Resource id. */
    readonly id: string;
    /** Resource name. */
    readonly name: string;
    /** Units available on each day of `days`. */
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
 * @param options - the date range and the calendar of the days
 * @returns the working days and each resource's capacity on them
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a bad date, a range ending before it starts or
 *   longer than 100,000 days; `UNKNOWN_ID` for an unknown calendar
 * @example
 * ```ts
 * const c = resourceCapacity(portfolio, { from: '2026-05-11', to: '2026-05-15' });
 * c.days; // ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15'] (14 May is a holiday)
 * c.resources.find((r) => r.id === 'r-jan')!.capacity; // [1, 1, 1, 0] (Jan works Monday to Thursday)
 * ```
 */
export function resourceCapacity(portfolio: Portfolio, options: ResourceCapacityOptions): ResourceCapacity {
  const fn = 'resourceCapacity';
  checkResourceInput(fn, portfolio);
  const o = readOptionsObject(fn, options);
  const from = typeof o.from === 'string' ? dayNumber(o.from) : undefined;
  const to = typeof o.to === 'string' ? dayNumber(o.to) : undefined;
  if (from === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.from must be a date as YYYY-MM-DD, got ${show(o.from)}`);
  if (to === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.to must be a date as YYYY-MM-DD, got ${show(o.to)}`);
  if (to < from) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.to (${String(o.to)}) is before options.from (${String(o.from)})`);
  if (to - from > 100_000) throw new PmoError('INVALID_ARGUMENT', `${fn}: the range spans more than 100,000 days`);
  if (o.calendarId !== undefined && (typeof o.calendarId !== 'string' || o.calendarId === ''))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId must be a non-empty string, got ${show(o.calendarId)}`);
  const calendarId = (o.calendarId as string | undefined) ?? portfolio.defaultCalendarId ?? 'standard';
  const axis = makeAxis(fn, portfolio, calendarId, o.from as string);
  const res = resourceTable(fn, portfolio, axis);
  const dayNums: number[] = [];
  for (let t = 0; ; t++) {
    const d = axis.dayAt(t);
    if (d > to) break;
    dayNums.push(d);
  }
  return {
    calendarId,
    days: dayNums.map((_, t) => axis.dateAt(t)),
    resources: res.ids.map((id, r) => {
      const capacity = dayNums.map((d) => tidy(res.capacity[r]! * res.availAt(r, d)));
      return { id, name: res.names[r]!, capacity, total: tidy(capacity.reduce((a, b) => a + b, 0)) };
    }),
  };
}
