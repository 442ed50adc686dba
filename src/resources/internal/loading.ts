/**
 * Daily demand and capacity of every resource, skill group and pool under a schedule, and their
 * aggregation into days, weeks or months. Private; see resourceTables.ts for the model.
 */
import { PmoError } from '../../errors.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import { isoWeekLabel, monthLabel } from '../../internal/periods.js';
import type { Portfolio } from '../../model/portfolio.js';
import { taskKey } from '../../schedule/taskKey.js';
import { pushAll } from '../../internal/bulk.js';
import type { LoadingPeriodUnit, LoadingScheduleInput } from '../resourceLoadTypes.js';
import { show } from './options.js';
import { makeAxis, unionAxis, type Axis } from './dayAxis.js';
import { demandTable, resourceTable, summaryKeys, taskCalendars, type DemandTable, type ResourceTable } from './resourceTables.js';
import { checkResourceInput } from './checkResourceInput.js';

/** Overload tolerance (floating sums of fractional units). */
export const TOL = 1e-9;

/** One task's use of an entity: on each day t of [from, to) its demand is `units × factor(t) × overlap`. */
export interface Contribution {
  /** Index in `DemandTable.tasks`. */
  readonly task: number;
  readonly from: number;
  readonly to: number;
  readonly units: number;
  /** Resource whose availability scales the demand, or -1 (skill demands). */
  readonly scaleBy: number;
  /** Skill group of a skill demand (it applies on the days one of its members works), or -1. */
  readonly group: number;
  /**
   * Share of a skill demand attributed to the entity on each day (pools: the share of the skill's
   * capacity that day that sits in the pool), else null (all of it).
   */
  readonly share: Float64Array | null;
}

/** Daily series of one entity. */
export interface DailySeries {
  readonly kind: 'resource' | 'skill' | 'pool';
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[] | null;
  readonly capacity: Float64Array;
  readonly demand: Float64Array;
  readonly contributions: readonly Contribution[];
}

/** Everything the loading functions need. */
export interface Daily {
  readonly axis: Axis;
  /** Number of days (axis working days) from offset 0. */
  readonly T: number;
  readonly res: ResourceTable;
  readonly dem: DemandTable;
  readonly series: readonly DailySeries[];
  /** Day number of each offset. */
  readonly days: Int32Array;
  /** Availability of each resource on each day (0 or 1). */
  readonly avail: readonly Float64Array[];
  /** Whether some member of each skill group works on each day (0 or 1). */
  readonly groupAvail: readonly Float64Array[];
  /** Scheduled [start, finish) offsets of each task of `dem.tasks` with demands and a positive span, else null. */
  readonly spans: readonly (readonly [number, number] | null)[];
  /**
   * On a union axis (task calendars with other working days than the schedule's), the calendar of
   * each task of `dem.tasks`: its demand applies only on the days it works. Null otherwise.
   */
  readonly taskCal: readonly WorkingCalendar[] | null;
}

/**
 * Factor of a contribution's units on day t: its resource's availability, or whether its skill has
 * someone that day, times its share.
 */
export function contributionFactor(daily: Daily, c: Contribution, t: number): number {
  if (daily.taskCal !== null && !daily.taskCal[c.task]!.isWorkingDayNumber(daily.days[t]!)) return 0;
  const f = c.scaleBy >= 0 ? daily.avail[c.scaleBy]![t]! : c.group >= 0 ? daily.groupAvail[c.group]![t]! : 1;
  return c.share === null ? f : f * c.share[t]!;
}

/** Start and finish offsets of a task of a schedule, with its start and finish dates when given. */
interface TaskTimes {
  readonly s: number;
  readonly f: number;
  readonly startDay: number | undefined;
  readonly finishDay: number | undefined;
  /** Duration in working days of the task's calendar, when given. */
  readonly dur: number | undefined;
}

/** Start and finish offsets (and dates) of each task of a schedule, by task key. */
function taskTimes(fn: string, schedule: LoadingScheduleInput): Map<string, TaskTimes> {
  if (typeof schedule !== 'object' || schedule === null || !Array.isArray(schedule.tasks))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a schedule with a tasks array (from schedulePortfolio or levelResources), got ${show(schedule)}`);
  const out = new Map<string, TaskTimes>();
  for (const t of schedule.tasks) {
    const s: unknown = t.start;
    const f: unknown = t.finish;
    if (typeof s !== 'number' || typeof f !== 'number' || !Number.isFinite(s) || !Number.isFinite(f) || f < s)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${JSON.stringify(t.id)} of project ${JSON.stringify(t.projectId)} needs finite start and finish offsets`);
    const sd: unknown = t.startDate;
    const fd: unknown = t.finishDate;
    out.set(taskKey(t.projectId, t.id), { s, f, startDay: typeof sd === 'string' ? dayNumber(sd) : undefined, finishDay: typeof fd === 'string' ? dayNumber(fd) : undefined, dur: typeof t.duration === 'number' && Number.isFinite(t.duration) ? t.duration : undefined });
  }
  return out;
}

/** Computes the daily series of every resource, skill group and pool. O((tasks × days) + entities × days). */
export function computeDaily(fn: string, portfolio: Portfolio, schedule: LoadingScheduleInput): Daily {
  checkResourceInput(fn, portfolio);
  const times = taskTimes(fn, schedule);
  const axis0 = makeAxis(fn, portfolio, schedule.calendarId, schedule.startDate);
  const dem = demandTable(fn, portfolio, resourceTable(fn, portfolio, axis0));
  // Leaf tasks with demands and their intervals.
  const summaries = summaryKeys(portfolio);
  const leaf = dem.tasks.map((t) => !summaries.has(t.key) && t.demands.length > 0);
  // Tasks on calendars with other working days than the axis calendar: the days become the union
  // of the calendars' working days, and each task's demand applies on its own working days only.
  const tc = taskCalendars(fn, portfolio, dem);
  // (The same days as leveling: every leaf task's calendar, and the projects'.)
  const isLeaf = (g: number): boolean => !summaries.has(dem.tasks[g]!.key);
  const differ = dem.tasks.some((_, g) => isLeaf(g) && !tc.tasks[g]!.sameWorkingDays(axis0.cal));
  let axis = axis0;
  if (differ) {
    let origin = Infinity;
    for (const p of portfolio.projects) origin = Math.min(origin, dayNumber(p.start) ?? Infinity);
    axis = unionAxis(fn, axis0, [...new Set([...tc.projects, ...tc.tasks.filter((_, g) => isLeaf(g))])], Math.min(origin, axis0.dayAt(0)));
  }
  const res = differ ? resourceTable(fn, portfolio, axis) : resourceTable(fn, portfolio, axis0);
  const onAxis = schedule.unionAxis === true ? axis : axis0;
  const span: ([number, number] | null)[] = dem.tasks.map((t, g) => {
    if (!leaf[g]) return null;
    const st = times.get(t.key);
    if (st === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: the schedule has no task ${JSON.stringify(t.task.id)} of project ${JSON.stringify(t.projectId)}`);
    if (!differ) return st.f > st.s ? [st.s, st.f] : null;
    return unionSpan(st, st.dur ?? t.task.duration, tc.tasks[g]!, axis, onAxis);
  });
  let T = 1;
  let minStart = 0;
  for (const s of span) if (s !== null) {
    if (Math.ceil(s[1] - TOL) > T) T = Math.ceil(s[1] - TOL);
    if (s[0] < minStart) minStart = s[0];
  }
  if (minStart < 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: a task of the schedule starts before offset 0`);
  if (T > 1_000_000) throw new PmoError('INVALID_ARGUMENT', `${fn}: the schedule spans ${T} working days, more than 1,000,000`);
  const days = new Int32Array(T);
  for (let t = 0; t < T; t++) days[t] = axis.dayAt(t);
  // Availability of each resource on each day.
  const avail: Float64Array[] = [];
  for (let r = 0; r < res.ids.length; r++) {
    const a = new Float64Array(T);
    for (let t = 0; t < T; t++) a[t] = res.availAt(r, days[t]!);
    avail.push(a);
  }
  const groupAvail = dem.groups.map((g) => {
    const a = new Float64Array(T);
    for (const m of g.members) {
      const am = avail[m]!;
      for (let t = 0; t < T; t++) if (am[t]! > 0) a[t] = 1;
    }
    return a;
  });
  const own = differ ? tc.tasks : null;
  const daily = { axis, T, res, dem, days, avail, groupAvail, spans: span, taskCal: own };
  return { ...daily, series: dailySeries(daily) };
}

/**
 * The span `[from, to)` of a task on a union axis (`axis`): the days from its start date (else
 * the start offset's day on `onAxis`, the axis of the schedule's offsets) to its finish date, on
 * its own calendar `c`; the fractions of a day of its instants at its own working positions (x),
 * from an offset whose day is the date's (offsets on the reference calendar cannot tell a
 * fraction of a day it does not work), else from the other end and its duration `d`. Null when
 * it is empty.
 */
function unionSpan(st: TaskTimes, d: number, c: WorkingCalendar, axis: Axis, onAxis: Axis): [number, number] | null {
  if (!(d > TOL)) return null;
  const frac = (x: number): number => (Math.abs(x - Math.round(x)) <= TOL ? 0 : x - Math.floor(x));
  const sOffDay = onAxis.dayAt(Math.floor(st.s + TOL));
  const fOffDay = onAxis.dayAt(Math.max(Math.ceil(st.f - TOL) - 1, 0));
  const sDay = st.startDay ?? sOffDay;
  const fDay = st.finishDay ?? fOffDay;
  const is = c.dayIndex(sDay);
  const iF = c.dayIndex(fDay);
  let xs: number;
  let xf: number;
  const sKnown = sOffDay === sDay && c.isWorkingDayNumber(sDay);
  const fKnown = fOffDay === fDay && c.isWorkingDayNumber(fDay);
  if (sKnown || fKnown) {
    xs = sKnown ? is + frac(st.s) : iF + (frac(st.f) > 0 ? frac(st.f) : 1) - d;
    xf = fKnown ? iF + (frac(st.f) > 0 ? frac(st.f) : 1) : xs + d;
  } else if (is + d > iF + TOL && is + d <= iF + 1 + TOL) {
    // Neither: from the start of its first day when that ends on its finish date...
    xs = is;
    xf = is + d;
  } else {
    // ... else halfway through the starts that fit both dates.
    xs = (Math.max(is, iF - d) + Math.min(is + 1, iF + 1 - d)) / 2;
    xf = xs + d;
  }
  const from = axis.indexOf(sDay) + Math.min(Math.max(xs - is, 0), 1);
  const to = axis.indexOf(fDay) + Math.min(Math.max(xf - iF, 0), 1);
  return to > from ? [from, to] : null;
}

/** The series of every resource, skill group and pool (in that order), from the days, availabilities and spans. */
function dailySeries(daily: Omit<Daily, 'series'>): DailySeries[] {
  const { T, res, dem, days, avail, groupAvail, spans: span, taskCal: own } = daily;
  const R = res.ids.length;
  const G = dem.groups.length;
  const capOf = (members: readonly number[]): Float64Array => {
    const c = new Float64Array(T);
    for (const m of members) {
      const w = res.capacity[m]!;
      const a = avail[m]!;
      for (let t = 0; t < T; t++) c[t]! += w * a[t]!;
    }
    return c;
  };
  const resContrib: Contribution[][] = Array.from({ length: R }, () => []);
  const groupContrib: Contribution[][] = Array.from({ length: G }, () => []);
  dem.tasks.forEach((t, ti) => {
    const s = span[ti];
    if (s === null || s === undefined) return;
    for (const d of t.demands) {
      if (d.units === 0) continue;
      const c = { task: ti, from: s[0], to: s[1], units: d.units, scaleBy: d.resource, group: d.group, share: null };
      if (d.resource >= 0) resContrib[d.resource]!.push(c);
      else groupContrib[d.group]!.push(c);
    }
  });
  const addDemand = (out: Float64Array, c: Contribution): void => {
    const a = c.scaleBy >= 0 ? avail[c.scaleBy]! : c.group >= 0 ? groupAvail[c.group]! : null;
    const t0 = Math.floor(c.from + TOL);
    const t1 = Math.ceil(c.to - TOL);
    for (let t = t0; t < t1; t++) {
      if (own !== null && !own[c.task]!.isWorkingDayNumber(days[t]!)) continue;
      const overlap = Math.min(c.to, t + 1) - Math.max(c.from, t);
      out[t]! += c.units * overlap * (a === null ? 1 : a[t]!) * (c.share === null ? 1 : c.share[t]!);
    }
  };
  const series: DailySeries[] = [];
  const build = (kind: DailySeries['kind'], id: string, name: string, members: readonly number[] | null, capacity: Float64Array, contribs: Contribution[]): void => {
    const demand = new Float64Array(T);
    for (const c of contribs) addDemand(demand, c);
    series.push({ kind, id, name, members: members === null ? null : members.map((m) => res.ids[m]!), capacity, demand, contributions: contribs });
  };
  for (let r = 0; r < R; r++) build('resource', res.ids[r]!, res.names[r]!, null, capOf([r]), resContrib[r]!);
  dem.groups.forEach((g, gi) => {
    const contribs: Contribution[] = [];
    dem.groups.forEach((_, gj) => {
      if (dem.contains[gi]![gj]) pushAll(contribs, groupContrib[gj]!);
    });
    for (const m of g.members) pushAll(contribs, resContrib[m]!);
    build('skill', g.id, g.minLevel > 0 ? `${g.skill} (level >= ${g.minLevel})` : g.skill, g.members, capOf(g.members), contribs);
  });
  for (const p of res.pools) {
    const inPool = new Set(p.members);
    const contribs: Contribution[] = [];
    for (const m of p.members) pushAll(contribs, resContrib[m]!);
    dem.groups.forEach((g, gi) => {
      if (!g.members.some((m) => inPool.has(m))) return;
      // The share of the skill's capacity on each day that sits in the pool.
      const total = capOf(g.members);
      const inside = capOf(g.members.filter((m) => inPool.has(m)));
      const share = new Float64Array(T);
      for (let t = 0; t < T; t++) share[t] = total[t]! > 0 ? inside[t]! / total[t]! : 0;
      for (const c of groupContrib[gi]!) contribs.push({ ...c, share });
    });
    build('pool', p.id, p.name, p.members, capOf(p.members), contribs);
  }
  return series;
}

/** A period of an aggregation. */
export interface PeriodDef {
  readonly key: string;
  readonly first: number;
  readonly last: number;
}

/** Groups the days (offsets 0..T-1) into periods. */
export function periodsOf(days: Int32Array, by: LoadingPeriodUnit): PeriodDef[] {
  const out: PeriodDef[] = [];
  let cur: { key: string; first: number; last: number } | null = null;
  for (let t = 0; t < days.length; t++) {
    const d = days[t]!;
    const key = by === 'day' ? isoFromDayNumber(d) : by === 'month' ? monthLabel(d) : isoWeekLabel(d);
    if (cur !== null && cur.key === key) cur.last = t;
    else {
      cur = { key, first: t, last: t };
      out.push(cur);
    }
  }
  return out;
}

/** Rounds to 1e-9 for output (floating sums of fractional units). */
export function tidy(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}
