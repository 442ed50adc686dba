import type { Portfolio } from '../model/portfolio.js';
import { computeDaily, contributionFactor, periodsOf, tidy, TOL } from './internal/loading.js';
import { readChoice, readOptionsObject } from './internal/options.js';
import type { LoadingOptions, LoadingPeriodUnit, LoadingScheduleInput, Overallocation, OverallocationTask } from './loadingTypes.js';

/**
 * Every period in which a resource, a skill or a pool is asked for more than it can give under a
 * schedule, with the tasks and projects that cause it. A period is over-allocated when at least
 * one of its working days is (daily demand above daily capacity, with a tolerance of 1e-9 for
 * fractional units); the entry gives the number of such days, the peak, and the excess in
 * unit-days. Demand and capacity follow the model of {@link resourceLoading}.
 *
 * Complexity: O(D × (T + E)) for D demands, T working days and E resources, skills and pools.
 *
 * @param portfolio - the portfolio; never mutated
 * @param schedule - its schedule: `schedulePortfolio(portfolio)` or `levelResources(portfolio)`
 * @param options - `by`: `'day'` (default), `'week'` or `'month'`
 * @returns the over-allocations, resources first, then skills, then pools, each in input order
 *   and by period; empty when nothing is over-allocated
 * @throws {@link PmoError} as {@link resourceLoading}
 * @example
 * ```ts
 * for (const o of overallocations(portfolio, schedulePortfolio(portfolio), { by: 'week' }))
 *   console.log(`${o.id} ${o.period}: ${o.peakDemand}/${o.capacity} by ${o.tasks.map((t) => t.key).join(', ')}`);
 * ```
 */
export function overallocations(portfolio: Portfolio, schedule: LoadingScheduleInput, options?: LoadingOptions): Overallocation[] {
  const fn = 'overallocations';
  const o = readOptionsObject(fn, options);
  const by = readChoice<LoadingPeriodUnit>(fn, 'by', o.by, ['day', 'week', 'month'], 'day');
  const daily = computeDaily(fn, portfolio, schedule);
  const periods = periodsOf(daily.days, by);
  const out: Overallocation[] = [];
  const projectOrder = new Map(portfolio.projects.map((p, i) => [p.id, i] as const));
  for (const s of daily.series) {
    for (const p of periods) {
      let days = 0;
      let peak = -1;
      let capAtPeak = 0;
      let excess = 0;
      const overDays: number[] = [];
      for (let t = p.first; t <= p.last; t++) {
        const d = s.demand[t]!;
        const c = s.capacity[t]!;
        if (d <= c + TOL * Math.max(1, c)) continue;
        days++;
        excess += d - c;
        overDays.push(t);
        if (d > peak) {
          peak = d;
          capAtPeak = c;
        }
      }
      if (days === 0) continue;
      // Contributors on the over-allocated days, with their largest daily demand.
      const units = new Map<number, number>();
      for (const c of s.contributions) {
        for (const t of overDays) {
          const overlap = Math.min(c.to, t + 1) - Math.max(c.from, t);
          if (overlap <= TOL) continue;
          const a = contributionFactor(daily, c, t);
          const u = c.units * overlap * a;
          if (u <= TOL) continue;
          units.set(c.task, Math.max(units.get(c.task) ?? 0, u));
        }
      }
      const tasks: OverallocationTask[] = [...units.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([ti, u]) => {
          const t = daily.dem.tasks[ti]!;
          return { projectId: t.projectId, taskId: t.task.id, key: t.key, units: tidy(u) };
        });
      const projects = [...new Set(tasks.map((t) => t.projectId))].sort((a, b) => projectOrder.get(a)! - projectOrder.get(b)!);
      out.push({
        kind: s.kind,
        id: s.id,
        name: s.name,
        period: p.key,
        start: daily.axis.dateAt(p.first),
        end: daily.axis.dateAt(p.last),
        days,
        peakDemand: tidy(peak),
        capacity: tidy(capAtPeak),
        excess: tidy(excess),
        tasks,
        projects,
      });
    }
  }
  return out;
}
