/**
 * From a portfolio to a multi-project RCPSP instance on the working days of one calendar: leaf
 * tasks become activities, links on summaries apply to their leaves, constraints and project
 * starts become release dates and deadlines, resources become renewable resources with exact
 * capacity profiles per period, and every demand (named or by skill) a group demand on the people
 * able to meet it, assigned exactly per period by the kernel (see resourceTables.ts). Pools need
 * no constraint of their own: a pool's load is the sum of its members'. Private.
 *
 * The period of the instance is 1/g working day, with g the smallest of 1, 2, 4 and 8 that
 * makes every duration, lag and project start offset a whole number of periods (fractional
 * working days are then exact), as long as the horizon stays within {@link MAX_PERIODS}; when
 * none fits, g is the finest that does and the values are rounded up to it, with a warning.
 */
import { PmoError } from '../../errors.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { Portfolio } from '../../model/portfolio.js';
import { baselineSchedule, scheduleFor } from '../../schedule/baselineSchedule.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import type { RcpspActivity, RcpspCalendar, RcpspGroupDemand, RcpspInstance, RcpspPrecedence, RcpspProject, RcpspResource } from '../rcpspTypes.js';
import { makeAxis, unionAxis, type Axis } from './dayAxis.js';
import { demandTable, resourceTable, taskCalendars, type DemandTable, type ResourceTable } from './resourceTables.js';
import { maxFlow } from './assignmentCheck.js';
import { leafLists, parentCycle, wbsOf } from '../../internal/wbs.js';

const q = (s: string): string => JSON.stringify(s);
const EPS = 1e-9;
/** Periods per working day tried, finest last. */
const GRIDS = [1, 2, 4, 8] as const;
/** Largest horizon (a bound of any serial schedule, in periods) for which a finer grid is used. */
export const MAX_PERIODS = 200_000;
/** Longest horizon of the capacity profiles, in periods (the solver's bound on its times). */
const MAX_AXIS_PERIODS = 0x3ffffff;
/** Most periods × resources of the capacity profiles (the solver's bound on its time axis). */
const MAX_AXIS_CELLS = Math.floor(0x7fffffff / 8);

/** The instance and what is needed to map its schedule back. */
export interface PortfolioInstance {
  readonly instance: RcpspInstance;
  readonly cpm: SchedulePortfolioResult;
  readonly axis: Axis;
  readonly res: ResourceTable;
  readonly dem: DemandTable;
  /** Index in `dem.tasks` of each activity. */
  readonly activityTask: readonly number[];
  /** Activity index of each task of `dem.tasks` (-1 for summaries). */
  readonly taskActivity: Int32Array;
  /** Leaf activities below each summary task (by `dem.tasks` index); empty for leaves. */
  readonly leaves: readonly (readonly number[])[];
  /** Periods per working day of the instance (1, 2, 4 or 8). */
  readonly periodsPerDay: number;
  /** Working calendar of each activity on a union axis (null: the axis is one calendar's working days). */
  readonly calendars: readonly (WorkingCalendar | null)[];
  /** 1 for each activity with an ALAP constraint. */
  readonly alap: Uint8Array;
  /** Each project's deadline as an exclusive finish in periods (Infinity when it has none), whatever `deadlines` says. */
  readonly projectDeadline: Float64Array;
  /** What sets each activity's deadline (e.g. `deadline 2026-03-31`), '' when it has none. */
  readonly deadlineSource: readonly string[];
  readonly warnings: readonly string[];
}

/** Options of {@link portfolioInstance}. */
export interface PortfolioInstanceOptions {
  readonly calendarId: string | undefined;
  /** The caller's early schedule (checked against the portfolio), used instead of computing it. */
  readonly schedule?: SchedulePortfolioResult | undefined;
  readonly deadlines: boolean;
  readonly weights: 'priority' | 'equal';
}

export function portfolioInstance(fn: string, portfolio: Portfolio, options: PortfolioInstanceOptions): PortfolioInstance {
  const cpm =
    options.schedule !== undefined
      ? baselineSchedule(fn, portfolio, { schedule: options.schedule })
      : scheduleFor(fn, portfolio, options.calendarId !== undefined ? { calendarId: options.calendarId } : {});
  if (options.calendarId !== undefined && cpm.calendarId !== options.calendarId)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId is ${q(options.calendarId)} but options.schedule was computed on calendar ${q(cpm.calendarId)}`);
  const warnings: string[] = [...cpm.warnings];
  const axis0 = makeAxis(fn, portfolio, cpm.calendarId, cpm.startDate);
  const dem = demandTable(fn, portfolio, resourceTable(fn, portfolio, axis0));
  const projects = portfolio.projects;

  // Task index per project, summaries and their leaves.
  const base: number[] = [];
  let count = 0;
  for (const p of projects) {
    base.push(count);
    count += p.tasks.length;
  }
  const idIndex = projects.map((p) => new Map(p.tasks.map((t, i) => [t.id, i] as const)));
  // The WBS (src/internal/wbs.ts, shared with the schedule); the schedule above has checked it.
  const parent = new Int32Array(count).fill(-1);
  dem.tasks.forEach((t, g) => {
    if (t.task.parentId === undefined) return;
    const pi = idIndex[t.projectIndex]!.get(t.task.parentId);
    if (pi !== undefined) parent[g] = base[t.projectIndex]! + pi;
  });
  const cycle = parentCycle(parent);
  if (cycle !== null) throw new PmoError('INVALID_ARGUMENT', `${fn}: the WBS parent chain of task ${q(dem.tasks[cycle[0]!]!.task.id)} in project ${q(dem.tasks[cycle[0]!]!.projectId)} forms a cycle`);
  const wbs = wbsOf(parent);
  const isSummary = wbs === null ? new Uint8Array(count) : wbs.isSummary;
  const taskActivity = wbs === null ? Int32Array.from({ length: count }, (_, g) => g) : wbs.leafOf;
  const activityTask: number[] = wbs === null ? Array.from({ length: count }, (_, g) => g) : Array.from(wbs.taskOfLeaf);
  const leaves: number[][] = wbs === null ? Array.from({ length: count }, () => []) : leafLists(wbs);
  const leavesOf = (g: number): readonly number[] => (isSummary[g] ? leaves[g]! : [taskActivity[g]!]);

  // Calendars: each leaf task works on its own (or its project's). When one has other working days
  // than the axis calendar, the axis becomes the union of their working days (and the projects').
  const tc = taskCalendars(fn, portfolio, dem);
  let differ = false;
  for (let g = 0; g < count && !differ; g++) if (!isSummary[g] && !tc.tasks[g]!.sameWorkingDays(axis0.cal)) differ = true;
  let axis = axis0;
  if (differ) {
    const distinct = [...new Set([...tc.projects, ...activityTask.map((g) => tc.tasks[g]!)])];
    let origin = Infinity;
    for (const p of projects) origin = Math.min(origin, dayNumber(p.start) ?? Infinity);
    axis = unionAxis(fn, axis0, distinct, origin);
  }
  const res = differ ? resourceTable(fn, portfolio, axis) : resourceTable(fn, portfolio, axis0);
  const cals: (WorkingCalendar | null)[] = activityTask.map((g) => (differ ? tc.tasks[g]! : null));

  // The grid: periods per working day.
  const n = activityTask.length;
  const projStart = differ ? projects.map((p) => axis.indexOf(dayNumber(p.start)!)) : cpm.projects.map((p) => p.start);
  const projIndex = new Map(projects.map((p, i) => [p.id, i] as const));
  const rawLinks: { gf: number; gt: number; type: RcpspPrecedence['type']; lag: number }[] = [];
  projects.forEach((p, pi) => {
    for (const d of p.dependencies ?? []) {
      const a = idIndex[pi]!.get(d.from);
      const b = idIndex[pi]!.get(d.to);
      if (a === undefined || b === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: a dependency of project ${q(p.id)} names unknown task ${q(a === undefined ? d.from : d.to)}`);
      rawLinks.push({ gf: base[pi]! + a, gt: base[pi]! + b, type: d.type, lag: d.lag ?? 0 });
    }
  });
  for (const x of portfolio.crossDependencies ?? []) {
    const pf = projIndex.get(x.fromProject);
    const pt = projIndex.get(x.toProject);
    const a = pf === undefined ? undefined : idIndex[pf]!.get(x.from);
    const b = pt === undefined ? undefined : idIndex[pt]!.get(x.to);
    if (a === undefined || b === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: a cross-project dependency names an unknown project or task (${q(x.fromProject)}/${q(x.from)} -> ${q(x.toProject)}/${q(x.to)})`);
    rawLinks.push({ gf: base[pf!]! + a, gt: base[pt!]! + b, type: x.type, lag: x.lag ?? 0 });
  }
  const rawDur = new Float64Array(n);
  for (let i = 0; i < n; i++) rawDur[i] = Math.max(0, dem.tasks[activityTask[i]!]!.task.duration);
  const grid = chooseGrid(rawDur, rawLinks, projStart);
  const ppd = grid.g;
  const toPeriods = (v: number): number => Math.ceil(v * ppd - EPS);
  if (grid.rounded > 0)
    warnings.push(
      `${grid.rounded} duration${grid.rounded === 1 ? '' : 's'}, lag${grid.rounded === 1 ? '' : 's'} or start${grid.rounded === 1 ? '' : 's'} not on a grid of ${ppd === 1 ? 'whole working days' : `1/${ppd} working day`} ${grid.rounded === 1 ? 'is' : 'are'} rounded up to it by leveling`,
    );

  // Activities: durations, releases, deadlines (in periods).
  const dur = new Int32Array(n);
  const release = new Int32Array(n);
  const deadline = new Float64Array(n).fill(Infinity);
  const deadlineSource: string[] = new Array<string>(n).fill('');
  const alap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    dur[i] = toPeriods(rawDur[i]!);
    release[i] = toPeriods(projStart[t.projectIndex]!);
  }
  const dayArg = (date: string, what: string): number => {
    const d = dayNumber(date);
    if (d === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be a date as YYYY-MM-DD, got ${q(date)}`);
    return d;
  };
  // Working-time positions of constraint dates on the axis: a start dated d at the start of the
  // first axis day on or after d, a finish dated d at the end of the last axis day on or before d.
  const startOnOrAfter = (d: number): number => axis.indexOf(d) * ppd;
  const finishOnOrBefore = (d: number): number => axis.indexOf(d + 1) * ppd;
  // On a task calendar (union axis): its position of period t (its working periods in [0, t), or
  // minus those in [t, 0)) and its k-th working period, from the calendars' day indexes, before
  // the start too (a deadline there is compared with a milestone's finish instant before it).
  const day0 = axis.dayAt(0);
  const cumC = (c: WorkingCalendar, t: number): number => {
    const u = Math.floor(t / ppd);
    const d = axis.dayAt(u);
    return (c.dayIndex(d) - c.dayIndex(day0)) * ppd + (c.isWorkingDayNumber(d) ? t - u * ppd : 0);
  };
  const nthC = (c: WorkingCalendar, k: number): number => {
    const w = Math.floor(k / ppd);
    if (k >= 0) return axis.indexOf(c.dayAtIndexOrThrow(fn, c.dayIndex(day0) + w, day0)) * ppd + (k - w * ppd);
    // (A calendar with no working day that far back: as if every day before the start worked.)
    const d = c.dayAtIndex(c.dayIndex(day0) + w);
    return d === undefined ? k : axis.indexOf(d) * ppd + (k - w * ppd);
  };
  /** Finish of activity i started at working period s (one past its last working period). */
  const finishC = (i: number, s: number): number => {
    const c = cals[i]!;
    const p = dur[i]!;
    return c === null || p === 0 ? s + p : nthC(c, cumC(c, s) + p - 1) + 1;
  };
  /** Earliest start of activity i (on a working period of its calendar) at or after t. */
  const nextC = (i: number, t: number): number => (cals[i] === null ? t : nthC(cals[i]!, cumC(cals[i]!, t)));
  /** Latest start of activity i whose finish is at most f (>= 0). */
  const latestC = (i: number, f: number): number => {
    const c = cals[i]!;
    const p = dur[i]!;
    if (c === null) return f - p;
    return nthC(c, cumC(c, f) - p);
  };
  const lower = (i: number, v: number): void => {
    if (v > release[i]!) release[i] = v;
  };
  const upperFinish = (i: number, v: number, source: string): void => {
    if (options.deadlines && v < deadline[i]!) {
      deadline[i] = v;
      deadlineSource[i] = source;
    }
  };
  /** Manually scheduled activities: fixed at their start (as the CPM pins them), links into them ignored. */
  const manual = new Uint8Array(n);
  dem.tasks.forEach((t, gi) => {
    const targets = isSummary[gi] ? leaves[gi]! : [taskActivity[gi]!];
    const where = `task ${q(t.task.id)} of project ${q(t.projectId)}`;
    const c = t.task.constraint;
    if (t.task.manualStart !== undefined && !isSummary[gi]) {
      const i = taskActivity[gi]!;
      const d = dayArg(t.task.manualStart, `${where}: manualStart`);
      const s = cals[i] === null ? startOnOrAfter(d) : nextC(i, startOnOrAfter(d));
      manual[i] = 1;
      lower(i, s);
      upperFinish(i, finishC(i, s), `manual start ${t.task.manualStart}`);
    } else if (c !== undefined && c.type !== 'ASAP') {
      if (c.type === 'ALAP') for (const i of targets) alap[i] = 1;
      else {
        const src = `${c.type} ${c.date ?? ''}`;
        const d = dayArg(c.date ?? '', `${where}: constraint ${c.type} date`);
        for (const i of targets) {
          const p = dur[i]!;
          switch (c.type) {
            case 'SNET':
              lower(i, startOnOrAfter(d));
              break;
            case 'FNET': {
              // On its own calendar: by the end of its last working day on or before the date (the
              // previous working instant, as the CPM counts it).
              const f = finishOnOrBefore(d);
              lower(i, cals[i] === null ? f - p : nthC(cals[i]!, Math.max(0, cumC(cals[i]!, f) - p)));
              break;
            }
            case 'SNLT':
              // Start by its first working instant on or after the date (the next working instant).
              upperFinish(i, cals[i] === null ? startOnOrAfter(d) + p : finishC(i, nextC(i, startOnOrAfter(d))), src);
              break;
            case 'FNLT':
              upperFinish(i, finishOnOrBefore(d), src);
              break;
            case 'MSO':
              lower(i, startOnOrAfter(d));
              upperFinish(i, cals[i] === null ? startOnOrAfter(d) + p : finishC(i, nextC(i, startOnOrAfter(d))), src);
              break;
            case 'MFO':
              lower(i, cals[i] === null ? finishOnOrBefore(d) - p : latestC(i, Math.max(0, finishOnOrBefore(d))));
              upperFinish(i, finishOnOrBefore(d), src);
              break;
            default:
          }
        }
      }
    }
    if (t.task.deadline !== undefined) {
      const d = dayArg(t.task.deadline, `${where}: deadline`);
      for (const i of targets) upperFinish(i, finishOnOrBefore(d), `deadline ${t.task.deadline}`);
    }
  });
  const projectDeadline = new Float64Array(projects.length).fill(Infinity);
  projects.forEach((p, pi) => {
    if (p.deadline === undefined) return;
    const v = finishOnOrBefore(dayArg(p.deadline, `project ${q(p.id)}: deadline`));
    projectDeadline[pi] = v;
    dem.tasks.forEach((t, gi) => {
      if (t.projectId === p.id && !isSummary[gi]) upperFinish(taskActivity[gi]!, v, `project deadline ${p.deadline}`);
    });
  });
  for (let i = 0; i < n; i++) if (release[i]! < 0) release[i] = 0;

  // Links, expanded to leaves; lags in periods.
  const precedences: RcpspPrecedence[] = [];
  const keyOf = (i: number): string => dem.tasks[activityTask[i]!]!.key;
  for (const { gf, gt, type, lag } of rawLinks) {
    const l = toPeriods(lag);
    for (const a of leavesOf(gf)) for (const b of leavesOf(gt)) if (a !== b && manual[b] === 0) precedences.push({ from: keyOf(a), to: keyOf(b), type: type ?? 'FS', lag: l });
  }

  // Horizon of the capacity profiles: a bound of any serial schedule's makespan (a forward pass
  // finishes within it; a backward pass stays before the forward makespan it is anchored at). The
  // profiles cover all of it, so every period the solver can reach follows the resources'
  // calendars; past it they would default to full capacity.
  const R = res.ids.length;
  let maxRelease = 0;
  for (let i = 0; i < n; i++) if (release[i]! > maxRelease) maxRelease = release[i]!;
  let L = maxRelease + 1;
  for (let i = 0; i < n; i++) L += dur[i]!;
  for (const e of precedences) L += Math.max(0, e.lag ?? 0);
  // On task calendars a serial schedule waits through the gaps of each activity's own calendar.
  // Placed one by one, each activity starts no later than at its calendar's working periods after
  // every instant placed before it (B) plus its largest incoming lag, where the resources are free:
  // B grows by at most its calendar's widest window of (lag + max(duration, 1)) working periods,
  // whatever the order. The windows are taken over the horizon itself (a fixed point, by doubling).
  const calBreaks = new Map<WorkingCalendar, [number, number][]>();
  if (differ) {
    const used = [...new Set(cals)] as WorkingCalendar[];
    const lagIn = new Int32Array(n);
    const actIndex = new Map(activityTask.map((g, i) => [dem.tasks[g]!.key, i] as const));
    for (const e of precedences) {
      const j = actIndex.get(e.to)!;
      if ((e.lag ?? 0) > lagIn[j]!) lagIn[j] = e.lag ?? 0;
    }
    const windows = calendarWindows(used, axis, ppd, MAX_AXIS_PERIODS);
    let upTo = maxRelease + 1;
    for (let i = 0; i < n; i++) upTo += lagIn[i]! + Math.max(dur[i]!, 1);
    for (;;) {
      let need = maxRelease + 1;
      for (let i = 0; i < n && need <= MAX_AXIS_PERIODS; i++) need += windows(cals[i]!, lagIn[i]! + Math.max(dur[i]!, 1) - 1, upTo);
      if (need <= upTo || need > MAX_AXIS_PERIODS) {
        L = need;
        break;
      }
      upTo = Math.max(need, 2 * upTo);
    }
    L = Math.min(L, MAX_AXIS_PERIODS + 1);
    // (Past the solver's limits the error below is thrown.)
    // Before the start, the calendars go back as far as a milestone's finish instant can matter.
    // A milestone finishes at the end of its calendar's last working day before its start (before
    // the start for one at the start). Written back to a day `lo` after that, the instance sees it
    // finish at lo instead, which changes nothing as long as: each FS/FF successor (lag L >= 0)
    // either does not work from the real instant to lo, or has worked more than L periods from lo
    // to the start (then the link asks nothing); and a deadline before the start is not before lo
    // (the milestone is late exactly when it is). (Nothing else reads a finish before the start: a
    // project whose activities all finish by its start is dated on its start.)
    let target = Infinity;
    let targetTask = -1;
    const outFinish: { v: number; lag: number }[][] = Array.from({ length: n }, () => []);
    for (const e of precedences) {
      const type = e.type ?? 'FS';
      const u = actIndex.get(e.from)!;
      if (dur[u] === 0 && (type === 'FS' || type === 'FF') && (e.lag ?? 0) >= 0) outFinish[u]!.push({ v: actIndex.get(e.to)!, lag: e.lag ?? 0 });
    }
    const lastBefore = (c: WorkingCalendar): number | undefined => c.dayAtIndex(c.dayIndex(day0) - 1);
    for (let i = 0; i < n; i++) {
      if (dur[i] !== 0) continue;
      // (Without a working day before the start, its finish instant is after it.)
      const last = lastBefore(cals[i]!);
      if (last === undefined) continue;
      const j = dem.tasks[activityTask[i]!]!.projectIndex;
      let need = Infinity;
      for (const { v, lag } of outFinish[i]!) {
        const cv = cals[v]!;
        const first = cv.dayAtIndex(cv.dayIndex(last + 1));
        if (first === undefined || first >= day0) continue;
        need = Math.min(need, Math.max(first, cv.dayAtIndex(cv.dayIndex(day0) - (Math.floor(lag / ppd) + 1)) ?? -Infinity));
      }
      const dl = Math.min(deadline[i]!, projectDeadline[j]!);
      if (dl < 0) need = Math.min(need, axis.dayAt(Math.floor(dl / ppd)));
      const t = Math.max(last, need);
      if (t < target) {
        target = t;
        targetTask = i;
      }
    }
    let back = 0;
    if (target < day0) {
      if (day0 - target > MAX_PERIODS) {
        const t = dem.tasks[activityTask[targetTask]!]!;
        throw new PmoError(
          'INVALID_ARGUMENT',
          `${fn}: milestone ${q(t.task.id)} of project ${q(t.projectId)} finishes, or its links or deadline count, from ${isoFromDayNumber(target)}, more than ${MAX_PERIODS} days before the start ${axis.dateAt(0)}: leveling cannot write its calendars back that far (give them a working day closer to the start)`,
        );
      }
      back = -axis.indexOf(target);
    }
    if (L <= MAX_AXIS_PERIODS && L * Math.max(R, 1) <= MAX_AXIS_CELLS) for (const c of used) {
      const bs: [number, number][] = [];
      for (let u = back > 0 ? -back : 0; u * ppd < L; u++) {
        if (c.isWorkingDayNumber(axis.dayAt(u))) continue;
        const last = bs[bs.length - 1];
        if (last !== undefined && last[1] === u * ppd) last[1] += ppd;
        else bs.push([u * ppd, (u + 1) * ppd]);
      }
      calBreaks.set(c, bs);
    }
  }
  // The solver's own time axis: times up to 2^26 - 1, at most 2^31 / 8 cells (periods × resources).
  if (L > MAX_AXIS_PERIODS || L * Math.max(R, 1) > MAX_AXIS_CELLS)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: the time axis is too long to level (${L} periods of ${ppd === 1 ? 'a working day' : `1/${ppd} working day`} for ${R} resource${R === 1 ? '' : 's'}; at most ${MAX_AXIS_PERIODS} periods and ${MAX_AXIS_CELLS} periods × resources): reduce durations, lags or start dates`,
    );
  const days = new Int32Array(L);
  for (let t = 0; t < L; t++) days[t] = axis.dayAt(Math.floor(t / ppd));

  // Kernel resources: one per person, with its exact capacity on each working day of the horizon
  // (units × availability: 0 on the days it does not work). Every demand is a group demand on
  // the people able to meet it (one person for a named demand): the kernel checks each working
  // day's assignment exactly, and a demand asks at most what its people can give that day (so it
  // asks nothing on the days none of them works).
  const resources: RcpspResource[] = [];
  for (let r = 0; r < R; r++) {
    const c = res.capacity[r]!;
    // Only the irregular head of the profile is kept: past it the capacity is `c`.
    let end = L;
    while (end > 0 && c * res.availAt(r, days[end - 1]!) === c) end--;
    const id = `resource:${res.ids[r]}`;
    if (end === 0) {
      resources.push({ id, capacity: c });
      continue;
    }
    const profile = new Array<number>(end);
    for (let t = 0; t < end; t++) profile[t] = c * res.availAt(r, days[t]!);
    resources.push({ id, capacity: c, profile });
  }
  // Least capacity of each skill group on the horizon's days on which one of its members works
  // (by availability, not capacity: a group whose working members all have capacity 0 has least
  // capacity 0, and every demand on it is capped).
  const least = new Float64Array(dem.groups.length).fill(NaN);
  const leastOf = (g: number): number => {
    if (Number.isNaN(least[g]!)) {
      let m = Infinity;
      const members = dem.groups[g]!.members;
      for (let t = 0; t < L; t++) {
        let c = 0;
        let works = false;
        for (const r of members) {
          if (res.availAt(r, days[t]!) <= 0) continue;
          works = true;
          c += resources[r]!.profile?.[t] ?? res.capacity[r]!;
        }
        if (works && c < m) m = c;
      }
      least[g] = m;
    }
    return least[g]!;
  };
  const groupDemands: RcpspGroupDemand[][] = Array.from({ length: n }, () => []);
  /** People (resource indices) and units of each demand of each activity, in order. */
  const demandPeople: (readonly number[])[][] = Array.from({ length: n }, () => []);
  const demandUnits: number[][] = Array.from({ length: n }, () => []);
  let noSkill = 0;
  let capped = 0;
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    if (dur[i] === 0) continue;
    for (const d of t.demands) {
      if (d.units <= 0) continue;
      if (d.resource >= 0) {
        if (d.units > res.capacity[d.resource]! + EPS) capped++;
        groupDemands[i]!.push({ units: d.units, resources: [resources[d.resource]!.id], label: resources[d.resource]!.id });
        demandPeople[i]!.push([d.resource]);
        demandUnits[i]!.push(d.units);
      } else {
        const g = dem.groups[d.group]!;
        if (g.members.length === 0) {
          noSkill++;
          continue;
        }
        if (d.units > leastOf(d.group) + EPS) capped++;
        groupDemands[i]!.push({ units: d.units, resources: g.members.map((m) => resources[m]!.id), label: `skill:${g.id}` });
        demandPeople[i]!.push(g.members);
        demandUnits[i]!.push(d.units);
      }
    }
  }
  const joint = jointlyShort(demandPeople, demandUnits, (r, t) => resources[r]!.profile?.[t] ?? res.capacity[r]!, (r) => resources[r]!.profile?.length ?? 0, (i, t) => cals[i] === null || cals[i]!.isWorkingDayNumber(days[t]!));
  if (joint.length > 0) {
    const t0 = dem.tasks[activityTask[joint[0]!]!]!;
    warnings.push(
      `${joint.length} task${joint.length === 1 ? ' asks' : 's ask'} more of the same people together than they can give on some working days, though each demand alone fits (e.g. ${q(t0.key)}); there each demand asks only what the earlier ones leave (${joint.length === 1 ? 'it stays' : 'they stay'} over-allocated there in resourceLoading and overallocations)`,
    );
  }
  if (noSkill > 0) warnings.push(`${noSkill} skill demand${noSkill === 1 ? '' : 's'} that no resource can meet ${noSkill === 1 ? 'is' : 'are'} ignored by leveling`);
  if (capped > 0)
    warnings.push(
      `${capped} demand${capped === 1 ? '' : 's'} above what the resource or skill can provide on some working days ${capped === 1 ? 'is' : 'are'} leveled as asking for all of it on those days (${capped === 1 ? 'it stays' : 'they stay'} over-allocated there)`,
    );

  // Projects and their weights.
  const distinct = [...new Set(projects.map((p) => p.priority).filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  const rcProjects: RcpspProject[] = projects.map((p, pi) => ({
    id: p.id,
    release: Math.max(0, toPeriods(projStart[pi]!)),
    weight: options.weights === 'priority' && typeof p.priority === 'number' ? 1 + distinct.indexOf(p.priority) : 1,
  }));
  const calendars: RcpspCalendar[] = [];
  const calId = new Map<WorkingCalendar, string>();
  for (const [c, breaks] of calBreaks) {
    if (breaks.length === 0) continue;
    calId.set(c, c.id);
    calendars.push({ id: c.id, breaks });
  }
  const activities: RcpspActivity[] = [];
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    const c = cals[i] === null ? undefined : calId.get(cals[i]!);
    activities.push({
      id: t.key,
      duration: dur[i]!,
      ...(c !== undefined ? { calendar: c } : {}),
      ...(groupDemands[i]!.length > 0 ? { groupDemands: groupDemands[i]! } : {}),
      release: release[i]!,
      ...(deadline[i]! !== Infinity ? { deadline: Math.max(deadline[i]!, -MAX_AXIS_PERIODS) } : {}),
      project: t.projectId,
    });
  }
  return {
    instance: { activities, resources, precedences, projects: rcProjects, ...(calendars.length > 0 ? { calendars } : {}) },
    cpm,
    axis,
    res,
    dem,
    activityTask,
    taskActivity,
    leaves,
    periodsPerDay: ppd,
    calendars: cals,
    alap,
    deadlineSource,
    projectDeadline,
    warnings,
  };
}

/**
 * Activities whose demands share people and, on some period the activity works, cannot all be met
 * together although each alone asks no more than its people give (capped to that): the demands'
 * capped units exceed the maximum flow from demands to people. Checked once per distinct vector of
 * the people's capacities over the periods of their profiles (past every profile, capacities are
 * constant). O(activities with shared people × periods of their people's profiles × people),
 * plus one small max-flow per distinct vector.
 */
function jointlyShort(
  people: readonly (readonly (readonly number[])[])[],
  units: readonly (readonly number[])[],
  capAt: (r: number, t: number) => number,
  profileLength: (r: number) => number,
  works: (i: number, t: number) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < people.length; i++) {
    const ds = people[i]!;
    if (ds.length < 2) continue;
    const all = [...new Set(ds.flat())].sort((a, b) => a - b);
    if (all.length === ds.reduce((k, m) => k + m.length, 0)) continue; // no person in two demands
    const col = new Map(all.map((r, x) => [r, x] as const));
    let span = 0;
    for (const r of all) span = Math.max(span, profileLength(r));
    const seen = new Set<string>();
    let short = false;
    for (let t = 0; t <= span && !short; t++) {
      if (t < span && !works(i, t)) continue;
      const caps = all.map((r) => capAt(r, t));
      const key = caps.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      // Source 0, demands 1..D, people D+1..D+P, sink D+P+1.
      const D = ds.length;
      const N = D + all.length + 2;
      const cap = Array.from({ length: N }, () => new Float64Array(N));
      let asked = 0;
      ds.forEach((m, d) => {
        let alone = 0;
        for (const r of m) alone += caps[col.get(r)!]!;
        const a = Math.min(units[i]![d]!, alone);
        asked += a;
        cap[0]![1 + d] = a;
        for (const r of m) cap[1 + d]![1 + D + col.get(r)!] = Infinity;
      });
      all.forEach((_, x) => (cap[1 + D + x]![N - 1] = caps[x]!));
      if (maxFlow(cap, 0, N - 1) < asked - EPS * Math.max(1, asked)) short = true;
    }
    if (short) out.push(i);
  }
  return out;
}

/**
 * The coarsest grid of {@link GRIDS} on which every duration, lag and project start is a whole
 * number of periods, within {@link MAX_PERIODS}; else the finest within it, with the number of
 * values it rounds up. O(n + m).
 */
function chooseGrid(dur: Float64Array, links: readonly { lag: number }[], starts: readonly number[]): { g: number; rounded: number } {
  let horizon = 1;
  for (const x of starts) if (x > horizon) horizon = x + 1;
  for (const d of dur) horizon += d;
  for (const e of links) horizon += Math.max(0, e.lag);
  const offGrid = (g: number): number => {
    const off = (v: number): number => (Math.abs(v * g - Math.round(v * g)) > EPS * Math.max(1, Math.abs(v * g)) ? 1 : 0);
    let c = 0;
    for (const d of dur) c += off(d);
    for (const e of links) c += off(e.lag);
    for (const x of starts) c += off(x);
    return c;
  };
  let finest: number = GRIDS[0];
  for (const g of GRIDS) {
    if (g > 1 && horizon * g > MAX_PERIODS) break;
    finest = g;
    if (offGrid(g) === 0) return { g, rounded: 0 };
  }
  return { g: finest, rounded: offGrid(finest) };
}

/**
 * Widest window of m + 1 consecutive working periods of a calendar on the axis (from its period
 * before the window to its last): `max over k of nth(c, k + m) - nth(c, k - 1)` over the windows
 * whose period before starts before `R` (k >= 0; the period before 0 counts as working). Infinity
 * when the calendar has too few working days within `cap` periods. Working days are scanned once
 * per calendar; O(ppd × working days up to R) per distinct (calendar, m), memoized.
 */
function calendarWindows(cals: readonly WorkingCalendar[], axis: Axis, ppd: number, cap: number): (c: WorkingCalendar, m: number, R: number) => number {
  const days = new Map<WorkingCalendar, number[]>();
  const scanned = new Map<WorkingCalendar, number>();
  const memo = new Map<WorkingCalendar, Map<number, [number, number]>>();
  for (const c of cals) {
    days.set(c, []);
    scanned.set(c, 0);
    memo.set(c, new Map());
  }
  const maxDay = Math.ceil(cap / ppd) + 1;
  // Axis indexes of the working days of c, at least `count` of them or up to `maxDay`.
  const ensure = (c: WorkingCalendar, count: number): number[] => {
    const d = days.get(c)!;
    let u = scanned.get(c)!;
    while (d.length < count && u < maxDay) {
      if (c.isWorkingDayNumber(axis.dayAt(u))) d.push(u);
      u++;
    }
    scanned.set(c, u);
    return d;
  };
  return (c, m, R) => {
    const known = memo.get(c)!.get(m);
    if (known !== undefined && known[0] >= R) return known[1];
    const a = Math.floor(m / ppd) + 1;
    let best = 0;
    for (let i = 0; ; i++) {
      const d = ensure(c, i + a + 1);
      if (d.length < i + a + 1) {
        best = Infinity;
        break;
      }
      const first = i === 0 ? -1 : d[i - 1]! * ppd + ppd - 1;
      if (first >= R) break;
      for (let s = 0; s < ppd; s++) {
        const before = s === 0 ? first : d[i]! * ppd + s - 1;
        const w = i + Math.floor((s + m) / ppd);
        const span = d[w]! * ppd + ((s + m) % ppd) - before;
        if (span > best) best = span;
      }
    }
    memo.get(c)!.set(m, [R, best]);
    return best;
  };
}
