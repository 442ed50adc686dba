import type { Portfolio } from '../model/portfolio.js';
import { computeDaily, periodsOf, tidy, TOL } from './internal/loading.js';
import { readOptions } from '../internal/options.js';
import { readChoice } from './internal/options.js';
import type { LoadingPeriodUnit, LoadingScheduleInput, LoadingSeries, ResourceLoadingOptions, ResourceLoadingResult } from './resourceLoadTypes.js';

/**
 * Demand versus capacity of every resource, every skill (at the minimum level tasks ask for) and
 * every pool, per working day, ISO week or month, under a schedule: the early schedule of
 * `schedulePortfolio` or a leveled schedule of {@link levelResources}.
 *
 * Key rules (docs/leveling.md states every one):
 * - Periods are made of the working days of the schedule's calendar, from offset 0 to the last
 *   finish; values are in unit-days per period.
 * - A resource gives `capacity` on the days it works by its own calendar, nothing on the others.
 *   A named demand applies on the task's working days on which its resource works, a skill demand
 *   on those on which a qualified resource works; a skill's capacity is its qualified resources',
 *   a pool's its members'.
 * - A task is loaded only on its own calendar's working days; when task calendars have other
 *   working days than the schedule's, the days are the union of them all (as in
 *   {@link levelResources}) and each task's span is read from its dates.
 * - The series are aggregates: whether one assignment of people exists each day is checked
 *   exactly by {@link levelResources}, {@link verifySchedule} and {@link overallocations}.
 *   Fractional starts and finishes count the overlapped fraction of a day; `warnings` is empty.
 *
 * Complexity: O(D × (T + E)) for D demands, T working days and E resources, skills and pools.
 *
 * @param portfolio - the portfolio (e.g. from `parsePortfolio`); never mutated
 * @param schedule - its schedule: `schedulePortfolio(portfolio)` or `levelResources(portfolio)`
 * @param options - `by`: `'day'` (default), `'week'` or `'month'`
 * @returns one series per resource, skill and pool, aligned with `periods`, and `warnings`
 * @throws {@link PmoError} `UNKNOWN_ID` for a demand naming an unknown resource, a task missing
 *   from the schedule, or an unknown calendar; `INVALID_ARGUMENT` for malformed input or options
 * @example
 * ```ts
 * const s = schedulePortfolio(portfolio);
 * const load = resourceLoading(portfolio, s, { by: 'month' });
 * const lena = load.resources.find((r) => r.id === 'r-lena')!;
 * load.periods.map((p, i) => `${p.key}: ${Math.round(100 * (lena.utilization[i] ?? 0))} %`);
 * ```
 */
export function resourceLoading(portfolio: Portfolio, schedule: LoadingScheduleInput, options?: ResourceLoadingOptions): ResourceLoadingResult {
  const fn = 'resourceLoading';
  const o = readOptions(fn, options);
  const by = readChoice<LoadingPeriodUnit>(fn, 'by', o.by, ['day', 'week', 'month'], 'day');
  const daily = computeDaily(fn, portfolio, schedule);
  const periods = periodsOf(daily.days, by);
  const toSeries = (s: (typeof daily.series)[number]): LoadingSeries => {
    const capacity: number[] = [];
    const demand: number[] = [];
    const utilization: (number | null)[] = [];
    let overloaded = 0;
    for (const p of periods) {
      let c = 0;
      let d = 0;
      let over = false;
      for (let t = p.first; t <= p.last; t++) {
        c += s.capacity[t]!;
        d += s.demand[t]!;
        if (s.demand[t]! > s.capacity[t]! + TOL * Math.max(1, s.capacity[t]!)) over = true;
      }
      capacity.push(tidy(c));
      demand.push(tidy(d));
      utilization.push(c > TOL ? tidy(d / c) : null);
      if (over) overloaded++;
    }
    return { kind: s.kind, id: s.id, name: s.name, members: s.members, capacity, demand, utilization, overloadedPeriods: overloaded };
  };
  return {
    calendarId: daily.axis.calendarId,
    startDate: daily.axis.start,
    by,
    periods: periods.map((p) => ({ key: p.key, startDate: daily.axis.dateAt(p.first), endDate: daily.axis.dateAt(p.last), workingDays: p.last - p.first + 1 })),
    resources: daily.series.filter((s) => s.kind === 'resource').map(toSeries),
    skills: daily.series.filter((s) => s.kind === 'skill').map(toSeries),
    pools: daily.series.filter((s) => s.kind === 'pool').map(toSeries),
    warnings: [],
  };
}
