import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { q, show } from '../../internal/show.js';
import { axisOf } from './internal/axis.js';
import { readOptions } from '../../internal/options.js';
import { baselineSchedule } from '../baselineSchedule.js';
import { checkPortfolio, invalid, readDays, readMode } from './internal/baseline.js';
import { demandedStarts, span, targets } from './internal/missed.js';
import { buildNetwork, EPS, tidy, type Network } from './internal/network.js';
import { calendarPositions } from './internal/positions.js';
import { reschedule, slipped, type Rescheduled } from './internal/reschedule.js';
import { daysBetween, finishAt, instantShift, shiftFrame, startAt, type Placement, type ShiftFrame } from './internal/shifts.js';
import { dayNumber } from '../../internal/dates.js';
import type { ImpactOfDelayResult, DelaySpec, ImpactOfDelayOptions, MissedDate, ProjectShift, TaskShift } from './types.js';

/**
 * What a slip of one task does to the portfolio: which tasks and projects move, by how many
 * working days, and which milestones, deadlines and constraints it makes late.
 *
 * Key rules (every detail: docs/scheduling.md):
 * - `mode: 'finish'` (default): the task finishes `days` later; `'start'`: it moves as a whole.
 *   A milestone always moves as a whole. `days` count working days of the task's own calendar.
 *   The task is held at its new dates whatever its predecessors and constraints say.
 * - Computed by rescheduling the whole portfolio and comparing the early schedules, so every
 *   link, summary, calendar and constraint counts exactly as in {@link schedulePortfolio}; an
 *   SNLT, FNLT, MSO or MFO constraint holds its task and is reported missed.
 * - Missed dates: a milestone that moves, a task or project `deadline`, a task's SNLT, MSO, FNLT
 *   or MFO, each only when the slip makes it late or later than it was.
 * - Shifts count on each one's own calendar (task, project, reference calendar for the
 *   portfolio).
 *
 * O(V + E') for the two schedules and the comparison; the input is never mutated.
 *
 * @param portfolio - the portfolio (e.g. from {@link parsePortfolio})
 * @param delay - the task (`projectId`, `taskId`; a leaf task, not a WBS summary) and the slip in
 *   working days (`days`, a finite number >= 0)
 * @param options - `mode` (`'finish'` or `'start'`, default `'finish'`), a precomputed `schedule`,
 *   and the options of {@link schedulePortfolio}; see {@link ImpactOfDelayOptions}
 * @returns the tasks and projects that move, the portfolio's finish before and after, and the
 *   dates missed; empty lists when nothing moves (e.g. `days: 0`, or a slip within float)
 * @throws {@link PmoError} `UNKNOWN_ID` when the project or the task does not exist
 *   (`impactOfDelay: unknown task "x" in project "y"`); `INVALID_ARGUMENT` when `days` is not a
 *   finite number >= 0, the task is a WBS summary, an option is malformed or `options.schedule`
 *   does not belong to the portfolio; the errors of {@link schedulePortfolio} (e.g.
 *   {@link CycleError}) under this function's name
 * @example
 * ```ts
 * const impact = impactOfDelay(portfolio, { projectId: 'wms', taskId: 'wms-sit', days: 10 });
 * for (const p of impact.projects) console.log(p.projectId, `+${p.finishShift}d`, p.newFinishDate);
 * for (const m of impact.missed) console.log(m.kind, m.taskId ?? m.projectId, `${m.daysLate}d late`);
 * ```
 */
export function impactOfDelay(portfolio: Portfolio, delay: DelaySpec, options?: ImpactOfDelayOptions): ImpactOfDelayResult {
  const fn = 'impactOfDelay';
  checkPortfolio(fn, portfolio);
  if (typeof delay !== 'object' || delay === null) invalid(fn, `expected a delay { projectId, taskId, days }, got ${show(delay)}`);
  const { projectId, taskId } = delay;
  if (typeof projectId !== 'string' || projectId === '') invalid(fn, `delay.projectId must be a non-empty string, got ${show(projectId)}`);
  if (typeof taskId !== 'string' || taskId === '') invalid(fn, `delay.taskId must be a non-empty string, got ${show(taskId)}`);
  const days = readDays(fn, 'delay.days', delay.days);
  const o = readOptions(fn, options);
  const mode = readMode(fn, o['mode']);
  const project = portfolio.projects.find((p) => typeof p === 'object' && p !== null && p.id === projectId);
  if (project === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: unknown project ${q(projectId)}`);
  if (!Array.isArray(project.tasks) || !project.tasks.some((t) => typeof t === 'object' && t !== null && t.id === taskId))
    throw new PmoError('UNKNOWN_ID', `${fn}: unknown task ${q(taskId)} in project ${q(projectId)}`);

  const before = baselineSchedule(fn, portfolio, o);
  const net = buildNetwork(fn, portfolio, before);
  const p0 = net.projectIndex.get(projectId)!;
  const g0 = net.taskIndex[p0]!.get(taskId)!;
  const source = before.tasks[g0]!;
  if (source.summary) invalid(fn, `task ${q(taskId)} in project ${q(projectId)} is a WBS summary; delay one of its subtasks`);
  const base = { projectId, taskId, key: source.key, days, mode };
  if (days === 0)
    return { ...base, finishShift: 0, oldFinishDate: before.finishDate, newFinishDate: before.finishDate, tasks: [], projects: [], missed: [] };

  const axis = axisOf(fn, portfolio, before);
  const rescheduled = reschedule(fn, net, axis, [{ task: g0, days, mode }]);
  const { schedule: after, dates: newTask } = rescheduled;
  const frame = shiftFrame(fn, net);
  const shifts = frame.single ? null : calendarShifts(fn, net, frame, rescheduled);

  // ---- Tasks and projects that move ----------------------------------------------------------
  const tasks: TaskShift[] = [];
  const moved = new Int32Array(net.projectCount);
  for (let g = 0; g < net.n; g++) {
    const a = before.tasks[g]!;
    const b = newTask(g);
    const startShift = tidy(shifts === null ? b.earlyStart - a.earlyStart : shifts.start[g]!);
    const finishShift = tidy(shifts === null ? b.earlyFinish - a.earlyFinish : shifts.finish[g]!);
    if (Math.abs(startShift) <= EPS && Math.abs(finishShift) <= EPS) continue;
    moved[net.projOf[g]!]!++;
    tasks.push({
      projectId: a.projectId,
      taskId: a.id,
      key: a.key,
      name: a.name,
      summary: a.summary,
      milestone: a.milestone,
      critical: a.critical,
      startShift,
      finishShift,
      oldStartDate: a.earlyStartDate,
      newStartDate: b.earlyStartDate,
      oldFinishDate: a.earlyFinishDate,
      newFinishDate: b.earlyFinishDate,
    });
  }
  const projects: ProjectShift[] = [];
  for (let p = 0; p < net.projectCount; p++) {
    if (moved[p] === 0) continue;
    const a = before.projects[p]!;
    const b = after.projects[p]!;
    const finishShift = tidy(shifts === null ? b.finish - a.finish : shifts.project[p]!);
    projects.push({ projectId: a.id, name: a.name, movedTasks: moved[p]!, finishShift, oldFinishDate: a.finishDate, newFinishDate: b.finishDate });
  }

  // ---- Dates missed ------------------------------------------------------------------------------
  const esNew = new Float64Array(net.n);
  const durNew = Float64Array.from(net.dur);
  for (let g = 0; g < net.n; g++) esNew[g] = newTask(g).earlyStart;
  durNew[g0] = slipped(net, { task: g0, days, mode }).duration;
  const demOld = demandedStarts(net, net.es, net.dur, new Set());
  const demNew = demandedStarts(net, esNew, durNew, new Set([g0]));
  const missedByProject: MissedDate[][] = Array.from({ length: net.projectCount }, () => []);
  for (const t of tasks) {
    if (!t.milestone || t.summary || !(t.finishShift > EPS)) continue;
    const p = net.projectIndex.get(t.projectId)!;
    missedByProject[p]!.push({
      kind: 'milestone',
      projectId: t.projectId,
      taskId: t.taskId,
      name: t.name,
      targetDate: t.oldFinishDate,
      forecastDate: t.newFinishDate,
      daysLate: t.finishShift,
      previouslyLate: 0,
    });
  }
  for (const target of targets(net, axis)) {
    const p = target.project;
    const startOff = before.projects[p]!.start;
    const was = span(net, target, demOld, net.dur, startOff);
    const now = span(net, target, demNew, durNew, startOff);
    const late = (s: { start: number; finish: number }): number => tidy((target.start ? s.start : s.finish) - target.limit);
    const lateNow = late(now);
    const lateBefore = Math.max(0, late(was));
    if (!(lateNow > EPS) || !(lateNow > lateBefore + EPS)) continue;
    let forecastDate: string;
    let name: string;
    if (target.task < 0) {
      const b = after.projects[p]!;
      name = b.name;
      forecastDate = Math.abs(now.finish - b.finish) <= EPS ? b.finishDate : axis.finishDate(startOff, now.finish, startOff);
    } else {
      const b = newTask(target.task);
      name = net.tasks[target.task]!.name;
      if (target.start) forecastDate = Math.abs(now.start - b.earlyStart) <= EPS ? b.earlyStartDate : axis.startDate(now.start);
      else forecastDate = Math.abs(now.finish - b.earlyFinish) <= EPS ? b.earlyFinishDate : axis.finishDate(now.start, now.finish, startOff);
    }
    missedByProject[p]!.push({
      kind: target.kind,
      projectId: net.schedule.projects[p]!.id,
      ...(target.task >= 0 ? { taskId: net.tasks[target.task]!.id } : {}),
      name,
      ...(target.constraint !== undefined ? { constraint: target.constraint } : {}),
      targetDate: target.date,
      forecastDate,
      daysLate: lateNow,
      previouslyLate: tidy(lateBefore),
    });
  }
  // Portfolio order, a task's entries together, the project's deadline last.
  const rank = (m: MissedDate): number => (m.taskId === undefined ? net.n : net.taskIndex[net.projectIndex.get(m.projectId)!]!.get(m.taskId)!);
  const missed = missedByProject.flatMap((list) => list.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i).map((x) => x.m));

  const finishShift = tidy(shifts === null ? after.duration - before.duration : shifts.portfolio);
  return { ...base, finishShift, oldFinishDate: before.finishDate, newFinishDate: after.finishDate, tasks, projects, missed };
}

/** Shifts of every task, every project and the portfolio, each on its own calendar (`shifts.ts`). */
interface CalendarShifts {
  readonly start: Float64Array;
  readonly finish: Float64Array;
  readonly project: Float64Array;
  readonly portfolio: number;
}

/**
 * The shifts from the schedule of `net` to its rescheduling, when some task or project works on
 * a calendar with other working days than the schedule's: each leaf's on its own calendar (its
 * positions before and after), each summary's, project's and the portfolio's as its start or
 * finish instant moves on its calendar.
 */
function calendarShifts(fn: string, net: Network, frame: ShiftFrame, r: Rescheduled): CalendarShifts {
  const { n, projectCount: P, isLeaf, leafLo, leafHi, leafSeq, projBase } = net;
  const netAfter = buildNetwork(fn, r.portfolio, r.schedule);
  const pos0 = calendarPositions(fn, net);
  const pos1 = calendarPositions(fn, netAfter);
  const at0: Placement = { x: new Float64Array(n), d: net.dur };
  const at1: Placement = { x: new Float64Array(n), d: new Float64Array(n) };
  const dated = (date: string): number => dayNumber(date)!;
  const start0 = new Float64Array(n);
  const start1 = new Float64Array(n);
  const finish0 = new Float64Array(n);
  const finish1 = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    if (isLeaf[g] === 0) continue;
    const h = r.index(g);
    at0.x[g] = pos0 === null ? net.es[g]! : pos0.x[g]!;
    at1.x[g] = pos1 === null ? netAfter.es[h]! : pos1.x[h]!;
    at1.d[g] = netAfter.dur[h]!;
    // A milestone's start instant as its date says (the day at its position, or the one before).
    const a = net.tasks[g]!;
    const b = netAfter.tasks[h]!;
    start0[g] = startAt(frame, at0, g, Math.floor(startAt(frame, at0, g, true) + EPS) === dated(a.earlyStartDate));
    start1[g] = startAt(frame, at1, g, Math.floor(startAt(frame, at1, g, true) + EPS) === dated(b.earlyStartDate));
    finish0[g] = finishAt(frame, at0, g);
    finish1[g] = finishAt(frame, at1, g);
  }
  /** Calendar of the first leaf among `leaves` whose instant (of `of`) is `t`, else `dflt`. */
  const calAt = (leaves: Iterable<number>, of: Float64Array, t: number, dflt: number) => (): number => {
    for (const k of leaves) if (Math.abs(of[k]! - t) <= EPS) return frame.calOf[k]!;
    return dflt;
  };
  const leavesOf = function* (g: number): Iterable<number> {
    for (let j = leafLo[g]!; j < leafHi[g]!; j++) yield leafSeq[j]!;
  };
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    const c = frame.calOf[g]!;
    if (isLeaf[g] === 1) {
      start[g] = at1.x[g]! - at0.x[g]!;
      finish[g] = at1.x[g]! + at1.d[g]! - (at0.x[g]! + at0.d[g]!);
      const a = net.tasks[g]!;
      const b = netAfter.tasks[r.index(g)]!;
      if (at0.d[g] === 0 && Math.abs(start[g]!) <= EPS && a.earlyStartDate !== b.earlyStartDate) {
        // Its dating changed without moving it: the working days between its two dates.
        start[g] = finish[g] = daysBetween(frame, c, dated(a.earlyStartDate), dated(b.earlyStartDate));
      }
      continue;
    }
    let s0 = Infinity;
    let s1 = Infinity;
    let f0 = -Infinity;
    let f1 = -Infinity;
    // (A milestone's finish as its date says, as the engine rolls a summary's dates up.)
    const fin0 = (k: number): number => (at0.d[k] === 0 ? start0[k]! : finish0[k]!);
    const fin1 = (k: number): number => (at1.d[k] === 0 ? start1[k]! : finish1[k]!);
    for (const k of leavesOf(g)) {
      s0 = Math.min(s0, start0[k]!);
      s1 = Math.min(s1, start1[k]!);
      f0 = Math.max(f0, fin0(k));
      f1 = Math.max(f1, fin1(k));
    }
    if (s0 === Infinity) continue;
    const a = net.tasks[g]!;
    const b = r.dates(g);
    start[g] = instantShift(frame, c, s0, s1, dated(a.earlyStartDate), dated(b.earlyStartDate), false, calAt(leavesOf(g), start0, s0, c), calAt(leavesOf(g), start1, s1, c));
    const finishing = (): number => {
      for (const k of leavesOf(g)) if (Math.abs(fin1(k) - f1) <= EPS) return frame.calOf[k]!;
      return c;
    };
    finish[g] = instantShift(frame, c, f0, f1, dated(a.earlyFinishDate), dated(b.earlyFinishDate), true, finishing, finishing);
  }
  const project = new Float64Array(P);
  let p0 = frame.floor;
  let p1 = frame.floor;
  const leavesIn = function* (lo: number, hi: number): Iterable<number> {
    for (let k = lo; k < hi; k++) if (isLeaf[k] === 1) yield k;
  };
  for (let p = 0; p < P; p++) {
    let f0 = frame.projFloor[p]!;
    let f1 = f0;
    for (const k of leavesIn(projBase[p]!, projBase[p + 1]!)) {
      f0 = Math.max(f0, finish0[k]!);
      f1 = Math.max(f1, finish1[k]!);
    }
    const c = frame.projCal[p]!;
    const last = calAt(leavesIn(projBase[p]!, projBase[p + 1]!), finish1, f1, c);
    project[p] = instantShift(frame, c, f0, f1, dated(net.schedule.projects[p]!.finishDate), dated(r.schedule.projects[p]!.finishDate), true, last, last);
    p0 = Math.max(p0, f0);
    p1 = Math.max(p1, f1);
  }
  const last = calAt(leavesIn(0, n), finish1, p1, 0);
  const portfolio = instantShift(frame, 0, p0, p1, dated(net.schedule.finishDate), dated(r.schedule.finishDate), true, last, last);
  return { start, finish, project, portfolio };
}
