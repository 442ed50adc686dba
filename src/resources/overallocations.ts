import type { Portfolio } from '../model/portfolio.js';
import { pushAll } from '../internal/bulk.js';
import { checkAssignments } from './internal/assignmentCheck.js';
import { computeDaily, contributionFactor, periodsOf, tidy, TOL, type Contribution, type Daily, type PeriodDef } from './internal/loading.js';
import { readOptions } from '../internal/options.js';
import { readChoice } from './internal/options.js';
import type { AssignmentOverallocation, OverallocationsOptions, LoadingPeriodUnit, LoadingScheduleInput, Overallocation, OverallocationTask } from './resourceLoadTypes.js';
import type { RcpspActivity, RcpspCalendar, RcpspGroupDemand, RcpspInstance, RcpspResource } from './rcpspTypes.js';

/**
 * Every period in which a resource, a skill or a pool is asked for more than it can give under a
 * schedule, with the tasks and projects that cause it. A period is over-allocated when at least
 * one of its working days is (daily demand above daily capacity, with a tolerance of 1e-9 for
 * fractional units); the entry gives the number of such days, the peak, and the excess in
 * unit-days. Demand and capacity follow the model of {@link resourceLoading} (each task is loaded
 * on its own calendar's working days within its span).
 *
 * **Exact assignment.** The aggregates can all hold while no assignment of people to demands
 * exists (three skills over overlapping people), so every moment is also checked as
 * {@link levelResources} and {@link verifySchedule} check it (a max-flow). Where no assignment
 * exists, an entry of kind `'assignment'` ({@link AssignmentOverallocation}) names the demands and
 * people of the shortfall (a minimum cut), the shortfall and the tasks and projects; a shortfall
 * an aggregate entry of the same day already reports is left out. docs/leveling.md states every
 * rule.
 *
 * Complexity: O(D × (T + E)) for D demands, T working days and E resources, skills and pools,
 * plus one max-flow per interval between starts, finishes and day boundaries in which the running
 * tasks or the capacities change.
 *
 * @param portfolio - the portfolio; never mutated
 * @param schedule - its schedule: `schedulePortfolio(portfolio)` or `levelResources(portfolio)`
 * @param options - `by`: `'day'` (default), `'week'` or `'month'`
 * @returns the over-allocations, resources first, then skills, then pools, each in input order
 *   and by period, then `'assignment'` entries by period; empty when nothing is over-allocated
 * @throws {@link PmoError} as {@link resourceLoading}
 * @example
 * ```ts
 * for (const o of overallocations(portfolio, schedulePortfolio(portfolio), { by: 'week' }))
 *   console.log(`${o.id} ${o.period}: ${o.peakDemand}/${o.capacity} by ${o.tasks.map((t) => t.key).join(', ')}`);
 * ```
 */
export function overallocations(portfolio: Portfolio, schedule: LoadingScheduleInput, options?: OverallocationsOptions): Overallocation[] {
  const fn = 'overallocations';
  const o = readOptions(fn, options);
  const by = readChoice<LoadingPeriodUnit>(fn, 'by', o.by, ['day', 'week', 'month'], 'day');
  const daily = computeDaily(fn, portfolio, schedule);
  const periods = periodsOf(daily.days, by);
  const out: Overallocation[] = [];
  const projectOrder = new Map(portfolio.projects.map((p, i) => [p.id, i] as const));
  for (const s of daily.series) {
    const during = contributionsDuring(s.contributions);
    for (const p of periods) {
      const active = during(p.first, p.last);
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
      for (const c of active) {
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
        startDate: daily.axis.dateAt(p.first),
        endDate: daily.axis.dateAt(p.last),
        days,
        peakDemand: tidy(peak),
        capacity: tidy(capAtPeak),
        excess: tidy(excess),
        tasks,
        projects,
      });
    }
  }
  pushAll(out, assignmentShortfalls(daily, periods, projectOrder));
  return out;
}

/**
 * A cursor over a series' contributions for periods asked in ascending order: `during(first,
 * last)` gives the contributions that may overlap days `first..last` (every one that does, in
 * no particular order), so that each period looks at the tasks running then rather than at all
 * of them (a portfolio of 32,000 tasks spent seconds here). O(C log C) to sort, then O(C) over all
 * periods plus the tasks running in each.
 */
function contributionsDuring(contributions: readonly Contribution[]): (first: number, last: number) => readonly Contribution[] {
  const byFrom = [...contributions].sort((a, b) => a.from - b.from);
  let next = 0;
  let active: Contribution[] = [];
  return (first, last) => {
    // Those starting before the period ends join; those finished before it starts leave for good.
    while (next < byFrom.length && byFrom[next]!.from < last + 1) active.push(byFrom[next++]!);
    if (active.some((c) => c.to <= first)) active = active.filter((c) => c.to > first);
    return active;
  };
}

/**
 * The `'assignment'` entries: the schedule cut at every start, finish and day boundary into
 * elementary intervals, each person's capacity on each (capacity × availability that day), every
 * demand a group demand on the people able to meet it (as leveling models them), checked by the
 * shared exact checker of {@link verifySchedule}; shortfalls that an aggregate entry of the same
 * day already reports (a resource, skill or pool over capacity whose people are all in the
 * shortfall's) are left out; the others are grouped per period and set of demands and people.
 */
function assignmentShortfalls(daily: Daily, periods: readonly PeriodDef[], projectOrder: ReadonlyMap<string, number>): AssignmentOverallocation[] {
  const { dem, res, avail, spans, T } = daily;
  const snap = (x: number): number => (Math.abs(x - Math.round(x)) <= TOL ? Math.round(x) : x);
  // Tasks with at least one demand someone can meet, and their demands as group demands.
  const users: { ti: number; from: number; to: number; demands: RcpspGroupDemand[] }[] = [];
  dem.tasks.forEach((t, ti) => {
    const sp = spans[ti];
    if (sp === null || sp === undefined) return;
    const demands: RcpspGroupDemand[] = [];
    for (const d of t.demands) {
      if (d.units <= 0) continue;
      if (d.resource >= 0) demands.push({ units: d.units, resources: [res.ids[d.resource]!], label: `resource:${res.ids[d.resource]}` });
      else {
        const g = dem.groups[d.group]!;
        if (g.members.length > 0) demands.push({ units: d.units, resources: g.members.map((m) => res.ids[m]!), label: `skill:${g.id}` });
      }
    }
    const from = snap(sp[0]);
    const to = snap(sp[1]);
    if (demands.length > 0 && to > from) users.push({ ti, from, to, demands });
  });
  if (users.length === 0) return [];
  // Elementary intervals [pts[k], pts[k + 1]).
  const cuts = new Set<number>();
  for (let t = 0; t <= T; t++) cuts.add(t);
  for (const u of users) {
    cuts.add(u.from);
    cuts.add(u.to);
  }
  const pts = [...cuts].sort((a, b) => a - b);
  const at = new Map(pts.map((x, k) => [x, k] as const));
  const K = pts.length - 1;
  const dayOf = new Int32Array(K);
  for (let k = 0; k < K; k++) dayOf[k] = Math.min(T - 1, Math.floor(pts[k]!));
  const resources: RcpspResource[] = res.ids.map((id, r) => {
    const profile = new Array<number>(K);
    for (let k = 0; k < K; k++) profile[k] = res.capacity[r]! * avail[r]![dayOf[k]!]!;
    return { id, capacity: res.capacity[r]!, profile };
  });
  const activities: RcpspActivity[] = users.map((u) => ({ id: dem.tasks[u.ti]!.key, duration: at.get(u.to)! - at.get(u.from)!, groupDemands: u.demands }));
  const starts = users.map((u) => at.get(u.from)!);
  // On a union axis each task works on its own calendar's days only: a calendar of intervals.
  const calendars: RcpspCalendar[] = [];
  if (daily.taskCal !== null)
    users.forEach((u, x) => {
      const cal = daily.taskCal![u.ti]!;
      const breaks: [number, number][] = [];
      let first = -1;
      let work = 0;
      for (let k = at.get(u.from)!; k < at.get(u.to)!; k++) {
        if (cal.isWorkingDayNumber(daily.days[dayOf[k]!]!)) {
          if (first < 0) first = k;
          work++;
        } else if (first >= 0) {
          const last = breaks[breaks.length - 1];
          if (last !== undefined && last[1] === k) last[1]++;
          else breaks.push([k, k + 1]);
        }
      }
      const id = activities[x]!.id;
      calendars.push({ id, breaks });
      activities[x] = { ...activities[x]!, duration: work, calendar: id };
      starts[x] = first < 0 ? starts[x]! : first;
    });
  const instance: RcpspInstance = { activities, resources, ...(calendars.length > 0 ? { calendars } : {}) };
  const shortfalls = checkAssignments('overallocations', instance, starts, starts.map(() => true));
  // Period of each day offset.
  const periodOf = new Int32Array(T);
  periods.forEach((p, i) => {
    for (let t = p.first; t <= p.last; t++) periodOf[t] = i;
  });
  interface Acc {
    period: number;
    demands: string[];
    resources: string[];
    days: Set<number>;
    peakDemand: number;
    capacity: number;
    shortfall: number;
    excess: number;
    units: Map<number, number>;
  }
  // Aggregates over capacity on each day, as sets of people: a shortfall whose people include all
  // of one of them that day is already reported by that entry.
  const overOn = new Map<number, (readonly number[])[]>();
  for (const se of daily.series) {
    const members = se.members === null ? [res.index.get(se.id)!] : se.members.map((id) => res.index.get(id)!);
    if (members.length === 0) continue;
    for (let t = 0; t < T; t++) {
      const c = se.capacity[t]!;
      if (se.demand[t]! <= c + TOL * Math.max(1, c)) continue;
      const list = overOn.get(t);
      if (list === undefined) overOn.set(t, [members]);
      else list.push(members);
    }
  }
  const acc = new Map<string, Acc>();
  for (const v of shortfalls) {
    const day = dayOf[v.period]!;
    const cut = new Set(v.resources);
    if ((overOn.get(day) ?? []).some((m) => m.every((r) => cut.has(r)))) continue;
    const period = periodOf[day]!;
    const demands = [...new Set(v.needs.map((x) => x.label))];
    const people = v.resources.map((r) => res.ids[r]!);
    const key = `${period}|${demands.join('+')}|${people.join(',')}`;
    let a = acc.get(key);
    if (a === undefined) {
      a = { period, demands, resources: people, days: new Set(), peakDemand: 0, capacity: 0, shortfall: 0, excess: 0, units: new Map() };
      acc.set(key, a);
    }
    a.days.add(day);
    if (v.amount > a.shortfall) {
      a.shortfall = v.amount;
      a.peakDemand = v.demand;
      a.capacity = v.capacity;
    }
    a.excess += v.amount * (pts[v.period + 1]! - pts[v.period]!);
    const asked = new Map<number, number>();
    for (const x of v.needs) asked.set(x.act, (asked.get(x.act) ?? 0) + x.amount);
    for (const [i, u] of asked) a.units.set(users[i]!.ti, Math.max(a.units.get(users[i]!.ti) ?? 0, u));
  }
  return [...acc.values()]
    .sort((x, y) => x.period - y.period)
    .map((a) => {
      const p = periods[a.period]!;
      const tasks: OverallocationTask[] = [...a.units.entries()]
        .sort((x, y) => x[0] - y[0])
        .map(([ti, u]) => {
          const t = dem.tasks[ti]!;
          return { projectId: t.projectId, taskId: t.task.id, key: t.key, units: tidy(u) };
        });
      return {
        kind: 'assignment' as const,
        id: a.demands.join('+'),
        name: `${a.demands.join(', ')} over ${a.resources.join(', ')}`,
        period: p.key,
        startDate: daily.axis.dateAt(p.first),
        endDate: daily.axis.dateAt(p.last),
        days: a.days.size,
        demands: a.demands,
        resources: a.resources,
        peakDemand: tidy(a.peakDemand),
        capacity: tidy(a.capacity),
        shortfall: tidy(a.shortfall),
        excess: tidy(a.excess),
        tasks,
        projects: [...new Set(tasks.map((t) => t.projectId))].sort((x, y) => projectOrder.get(x)! - projectOrder.get(y)!),
      };
    });
}
