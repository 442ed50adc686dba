/**
 * From the leveled starts of a portfolio instance to the tasks, projects and assignments of
 * `levelResources`' result: offsets in working days, and dates as `schedulePortfolio` gives them
 * (milestones on a day boundary included). Private.
 */
import { dayNumber } from '../../internal/dates.js';
import type { DemandAssignment, LeveledProject, LeveledTask } from '../leveledScheduleTypes.js';
import type { SolveRcpspResult } from '../rcpspTypes.js';
import type { Portfolio } from '../../model/portfolio.js';
import { assignmentOf } from './assign.js';
import { finishOf, linkBound, nextWork, prevWork } from './calendarTable.js';
import type { PortfolioInstance } from './portfolioInstance.js';
import { linkDistance, type Problem } from './problem.js';

const EPS = 1e-9;

/** The last working day of an exclusive finish `f` in periods. */
export function lastWorkingDay(pi: PortfolioInstance, f: number): string {
  return pi.axis.dateAt(Math.ceil(f / pi.periodsPerDay - EPS) - 1);
}

/** Finishes and dates of the activities of a leveled schedule. */
export interface LeveledDates {
  /** Finish (exclusive) of activity i, in periods. */
  readonly fin: (i: number) => number;
  /** Finish offset of activity i: its finish, or its start for a milestone. */
  readonly finOff: (i: number) => number;
  readonly dateOfStart: (i: number) => string;
  readonly dateOfFinish: (i: number) => string;
}

/**
 * The finishes and dates of leveled starts S. A milestone on a day boundary sits, as in
 * schedulePortfolio, on the day of its offset when a start drives it (its project's start, an SNET
 * or MSO date, a tight SS or SF link, or a tight link from such a milestone), else on the day
 * before (the last working day of its calendar before it). O(n + m).
 */
export function leveledDates(pi: PortfolioInstance, pr: Problem, S: Int32Array): LeveledDates {
  const g = pi.periodsPerDay;
  const { axis, dem } = pi;
  const acts = pi.instance.activities;
  const fin = (i: number): number => finishOf(pr, i, S[i]!);
  // Offsets of a milestone: its finish is its start (on a calendar its finish instant, the end of
  // the working period before it, only decides dates and the makespan).
  const finOff = (i: number): number => (acts[i]!.duration === 0 ? S[i]! : fin(i));
  const anchored = new Uint8Array(acts.length);
  const into: { a: number; d: number; ty: number; lag: number; start: boolean }[][] = acts.map(() => []);
  const index = new Map(acts.map((a, i) => [a.id, i] as const));
  for (const e of pi.instance.precedences ?? []) {
    const a = index.get(e.from)!;
    const b = index.get(e.to)!;
    const type = e.type ?? 'FS';
    const ty = (type === 'FS' || type === 'FF' ? 1 : 0) | (type === 'FF' || type === 'SF' ? 2 : 0);
    if (acts[b]!.duration === 0) into[b]!.push({ a, d: linkDistance(type, e.lag ?? 0, acts[a]!.duration, 0), ty, lag: e.lag ?? 0, start: type === 'SS' || type === 'SF' });
  }
  for (const i of pr.topo) {
    if (acts[i]!.duration !== 0) continue;
    const c = dem.tasks[pi.activityTask[i]!]!.task.constraint?.type;
    // (On a calendar: the first working period of it from the project's start or the constraint.)
    const own = (t: number): number => (pr.cal === null ? t : nextWork(pr.cal, pr.calOf![i]!, t));
    if (S[i]! <= own(pr.projRelease[pr.proj[i]!]!) || ((c === 'SNET' || c === 'MSO') && S[i] === own(pr.release[i]!))) anchored[i] = 1;
    else
      for (const l of into[i]!) {
        const tight = (pr.cal === null ? S[l.a]! + l.d : linkBound(pr, l.a, i, l.ty, l.lag, S[l.a]!)) === S[i];
        if (tight && (acts[l.a]!.duration === 0 ? anchored[l.a] === 1 : l.start)) anchored[i] = 1;
      }
  }
  const dateOfStart = (i: number): string => {
    const s = S[i]!;
    if (acts[i]!.duration > 0 || s % g !== 0) return axis.dateAt(Math.floor(s / g));
    if (anchored[i] === 1) return axis.dateAt(s / g);
    return axis.dateAt(Math.floor((pr.cal === null ? s - 1 : prevWork(pr.cal, pr.calOf![i]!, s - 1)) / g));
  };
  const dateOfFinish = (i: number): string => (acts[i]!.duration === 0 ? dateOfStart(i) : lastWorkingDay(pi, fin(i)));
  return { fin, finOff, dateOfStart, dateOfFinish };
}

/** Every task of the portfolio (summaries rolled up from their leaves), in `dem.tasks` order. O(tasks + leaves). */
export function leveledTasks(pi: PortfolioInstance, pr: Problem, S: Int32Array, dates: LeveledDates): LeveledTask[] {
  const g = pi.periodsPerDay;
  const days = (x: number): number => x / g;
  const acts = pi.instance.activities;
  const { finOff, dateOfStart, dateOfFinish } = dates;
  return pi.dem.tasks.map((t, gi) => {
    const base = { id: t.task.id, projectId: t.projectId, key: t.key, name: t.task.name };
    const i = pi.taskActivity[gi]!;
    if (i >= 0) {
      const start = days(S[i]!);
      const d = acts[i]!.duration;
      const early = days(pr.es[i]!);
      return {
        ...base,
        summary: false,
        milestone: d === 0,
        duration: days(d),
        start,
        finish: days(finOff(i)),
        startDate: dateOfStart(i),
        finishDate: dateOfFinish(i),
        earlyStart: early,
        shift: days(S[i]! - pr.es[i]!),
      };
    }
    // Offsets and dates roll up separately, as in schedulePortfolio: a milestone dated on the day
    // before its offset can have the summary's earliest date without its earliest offset.
    const leaves = pi.leaves[gi]!;
    let s = Infinity;
    let f = -Infinity;
    let es = Infinity;
    let startDate = dateOfStart(leaves[0]!);
    let finishDate = dateOfFinish(leaves[0]!);
    for (const x of leaves) {
      if (S[x]! < s) s = S[x]!;
      if (finOff(x) > f) f = finOff(x);
      if (pr.es[x]! < es) es = pr.es[x]!;
      const sd = dateOfStart(x);
      const fd = dateOfFinish(x);
      if (sd < startDate) startDate = sd;
      if (fd > finishDate) finishDate = fd;
    }
    return {
      ...base,
      summary: true,
      milestone: f === s,
      duration: days(f - s),
      start: days(s),
      finish: days(f),
      startDate,
      finishDate,
      earlyStart: days(es),
      shift: days(s - es),
    };
  });
}

/** Every project of the portfolio, in order, with its finish, delay and whether it is late. O(projects × n). */
export function leveledProjects(portfolio: Portfolio, pi: PortfolioInstance, sol: SolveRcpspResult, dates: LeveledDates): LeveledProject[] {
  const g = pi.periodsPerDay;
  const days = (x: number): number => x / g;
  const acts = pi.instance.activities;
  return portfolio.projects.map((p, j) => {
    const pr2 = sol.projects[j]!;
    // Its finish date, as schedulePortfolio dates it: the working day its last finish instant ends
    // (a milestone dated on the day after it by a start finishes at the end of the day before), or
    // its start date when nothing finishes after its start (milestones at the start).
    // (Its start date is its calendar's first working day on or after its start, as in
    // schedulePortfolio; tasks on other calendars may start before it.)
    const startDate = pi.cpm.projects[j]!.startDate;
    const startKey = pi.axis.indexOf(dayNumber(startDate)!) * g;
    let lastDate = startDate;
    let lastFinish = -Infinity;
    acts.forEach((a, i) => {
      if (a.project !== p.id) return;
      const f = dates.fin(i);
      if (f > lastFinish) {
        lastFinish = f;
        lastDate = f > startKey ? lastWorkingDay(pi, f) : startDate;
      }
    });
    return {
      id: p.id,
      name: p.name,
      release: days(pr2.release),
      startDate,
      finish: days(pr2.finish),
      finishDate: lastDate,
      criticalPathDuration: days(pr2.criticalPathDuration),
      delay: days(pr2.delay),
      weight: pi.instance.projects?.[j]?.weight ?? 1,
      ...(p.deadline !== undefined ? { deadlineDate: p.deadline } : {}),
      // Late as the deadlines count (and lateness, and 'hard'): the last finish instant after the
      // end of the deadline day. A milestone that a start dates on the next working day (an SNET
      // on Monday, a Friday deadline) sits at that instant and is not late, as in schedulePortfolio.
      late: lastFinish > pi.projectDeadline[j]!,
    };
  });
}

/**
 * The people covering each group demand of the leveled schedule (one witness assignment per
 * period, summed per task and converted from unit-periods to unit-days).
 */
export function demandAssignments(pi: PortfolioInstance, pr: Problem, S: ArrayLike<number>, periodsPerDay: number): DemandAssignment[] {
  const a = pr.asg;
  if (a === null) return [];
  const flow = assignmentOf(pr, Array.from(S));
  const out: DemandAssignment[] = [];
  pi.instance.activities.forEach((act, i) => {
    const gds = act.groupDemands ?? [];
    // Every group demand of a portfolio activity is a need, in order (no dedicated demands).
    gds.forEach((gd, x) => {
      const q = a.needOff[i]! + x;
      const people: { resourceId: string; unitDays: number }[] = [];
      for (let w = 0; w < a.nw; w++) {
        const u = Math.round((flow[q * a.nw + w]! / periodsPerDay) * 1e9) / 1e9;
        if (u > 0) people.push({ resourceId: pi.res.ids[a.wRes[w]!]!, unitDays: u });
      }
      people.sort((u, v) => pi.res.index.get(u.resourceId)! - pi.res.index.get(v.resourceId)!);
      out.push({ key: act.id, demand: gd.label ?? '', units: gd.units, people });
    });
  });
  return out;
}
