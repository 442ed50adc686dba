/**
 * Private: reschedules a portfolio in which some leaf tasks slip, with the schedule engine itself.
 *
 * A slipping task is pinned at its new early start, whatever its constraints and predecessors
 * say: its own constraint (or manual start) and its incoming links are dropped, and a new anchor task at its
 * project's start is linked to it with a lag of exactly the offset wanted. In `'finish'` mode its
 * duration grows by the slip. A slipping task under WBS summaries is taken out of them, so that
 * their constraints (an FNLT caps every subtask) and the links into them no longer reach it; the
 * links out of them are re-issued from it, and a placeholder (a copy of the task without links,
 * at most as late as the task was) takes its place below the summaries so that they keep their
 * other effects. A task that a constraint held before its project's start (the engine lets SNLT,
 * FNLT, MSO and MFO win over the project start) is placed by an SNLT or FNLT constraint instead;
 * that is exact unless both its start and its finish fall inside a day.
 *
 * Everything upstream keeps its early dates; the engine then pushes everything downstream. The
 * input is never mutated: changed objects are copies.
 */
import type { Portfolio } from '../../../model/portfolio.js';
import type { Project } from '../../../model/project.js';
import type { Constraint, CrossDependency, Dependency, Task } from '../../../model/task.js';
import type { SchedulePortfolioResult } from '../../types.js';
import { STANDARD_CALENDAR } from '../../../calendar/standardCalendar.js';
import { isoFromDayNumber } from '../../../internal/dates.js';
import type { SlipMode } from '../types.js';
import type { Axis } from './axis.js';
import { scheduleFor } from '../../baselineSchedule.js';
import { EPS, type Network } from './network.js';
import { calendarPositions, type Positions } from './positions.js';

/** A slipping leaf task. */
export interface Slip {
  readonly task: number;
  readonly days: number;
  readonly mode: SlipMode;
}

/**
 * How a slip moves its task: early start and duration after the slip. The days are working days
 * of the task's own calendar; the start is on the reference axis, or with `pos` on the task's
 * own calendar.
 */
export function slipped(net: Network, s: Slip, pos: Positions | null = null): { readonly start: number; readonly duration: number } {
  const d = net.dur[s.task]!;
  const whole = s.mode === 'start' || d === 0;
  const at = pos === null ? net.es[s.task]! : pos.x[s.task]!;
  return { start: at + (whole ? s.days : 0), duration: whole ? d : d + s.days };
}

/** Early dates of a task after rescheduling. */
export interface NewDates {
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly earlyStartDate: string;
  readonly earlyFinishDate: string;
}

/** The rescheduled portfolio. */
export interface Rescheduled {
  /** The portfolio rescheduled (the input's copy with the slips pinned, anchor tasks added). */
  readonly portfolio: Portfolio;
  readonly schedule: SchedulePortfolioResult;
  /** Index in `schedule.tasks` of each original task. */
  readonly index: (g: number) => number;
  /** Early dates of each original task after the slip (summaries rolled up from their original leaves). */
  readonly dates: (g: number) => NewDates;
}

/** Reschedules the portfolio of `net` with the given slips (distinct leaf tasks). */
export function reschedule(fn: string, net: Network, axis: Axis, slips: readonly Slip[]): Rescheduled {
  const { portfolio, schedule, projBase, projOf, parent } = net;
  const P = net.projectCount;
  // Several calendars: a slipping task is placed on its own calendar (its slip counts its days).
  const pos = calendarPositions(fn, net);
  const bySource = new Map<number, Slip>();
  for (const s of slips) bySource.set(s.task, s);
  const idOf = (g: number): string => net.tasks[g]!.id;
  /** Ids of the WBS ancestors of a task. */
  const ancestors = (g: number): Set<string> => {
    const out = new Set<string>();
    for (let a = parent[g]!; a >= 0; a = parent[a]!) out.add(idOf(a));
    return out;
  };
  const fresh = (ids: Set<string>, stem: string): string => {
    let serial = 0;
    let id: string;
    do id = `\u0000${stem} ${serial++}`;
    while (ids.has(id));
    ids.add(id);
    return id;
  };

  const extrasBefore = new Int32Array(P + 1);
  const reissuedCross: CrossDependency[] = [];
  const projects: Project[] = portfolio.projects.map((proj, p) => {
    const sources = slips.filter((s) => projOf[s.task] === p).sort((a, b) => a.task - b.task);
    if (sources.length === 0) {
      extrasBefore[p + 1] = extrasBefore[p]!;
      return proj;
    }
    const startOffset = schedule.projects[p]!.start;
    const ids = new Set(proj.tasks.map((t) => t.id));
    const sourceIds = new Set(sources.map((s) => idOf(s.task)));
    const tasks: Task[] = proj.tasks.map((t, i) => {
      const s = bySource.get(projBase[p]! + i);
      if (s === undefined) return t;
      const { constraint: _c, manualStart: _m, parentId: _p, ...rest } = t;
      // With several calendars, on the task's own calendar.
      const { start, duration } = slipped(net, s, pos);
      const g = s.task;
      if (start >= (pos === null ? startOffset : pos.start[g]!) - EPS) return { ...rest, duration };
      const dateAt =
        pos === null
          ? axis.dateAt
          : (i: number): string => {
              const c = pos.calOf[g]!;
              return isoFromDayNumber(pos.mc.cals[c]!.dayAtIndexOrThrow(fn, i + pos.mc.origin[c]!, pos.mc.originDay));
            };
      // Held by a constraint before its project's start: only a constraint can place it there.
      const whole = (x: number): boolean => Math.abs(x - Math.round(x)) <= EPS;
      const constraint: Constraint = whole(start)
        ? { type: 'SNLT', date: dateAt(Math.round(start)) }
        : whole(start + duration)
          ? { type: 'FNLT', date: dateAt(Math.round(start + duration) - 1) }
          : { type: 'SNLT', date: dateAt(Math.floor(start)) };
      return { ...rest, duration, constraint };
    });
    const own = proj.dependencies ?? [];
    const dependencies: Dependency[] = own.filter((d) => !sourceIds.has(d.to));
    for (const s of sources) {
      const g = s.task;
      const t = proj.tasks[g - projBase[p]!]!;
      const id = idOf(g);
      if (t.parentId !== undefined) {
        const { id: _i, ...copy } = t;
        tasks.push({ ...copy, id: fresh(ids, 'slip placeholder'), demands: [] });
        const above = ancestors(g);
        for (const d of own) if (above.has(d.from) && !sourceIds.has(d.to)) dependencies.push({ ...d, from: id });
        for (const d of portfolio.crossDependencies ?? []) if (d.fromProject === proj.id && above.has(d.from)) reissuedCross.push({ ...d, from: id });
      }
      const { start } = slipped(net, s);
      // A milestone dated by what precedes it (the day before its offset) keeps that convention.
      const finishDated = net.dur[g] === 0 && net.es[g]! > startOffset + EPS && net.tasks[g]!.earlyStartDate !== axis.startDate(net.es[g]!);
      const anchor = fresh(ids, 'slip anchor');
      if (pos !== null) {
        // On the task's own calendar: an anchor on that calendar from the project start, `lead`
        // of its days long (a lag counts the successor's days, a link on one calendar is exact).
        const lead = Math.max(0, slipped(net, s, pos).start - pos.start[g]!);
        const own = t.calendarId !== undefined ? { calendarId: t.calendarId } : {};
        const c = pos.calOf[g]!;
        const x = pos.x[g]!;
        const dayOfX = isoFromDayNumber(pos.mc.cals[c]!.dayAtIndexOrThrow(fn, Math.floor(x + EPS) + pos.mc.origin[c]!, pos.mc.originDay));
        const byFinish = net.dur[g] === 0 && x > pos.start[g]! + EPS && net.tasks[g]!.earlyStartDate !== dayOfX;
        tasks.push({ id: anchor, name: anchor, duration: byFinish ? lead : 0, milestone: false, demands: [], ...own });
        dependencies.push(byFinish ? { from: anchor, to: id, type: 'FS', lag: 0 } : { from: anchor, to: id, type: 'SS', lag: lead });
        continue;
      }
      const lead = Math.max(0, start - startOffset);
      // A task on another calendar than the schedule's: offsets (and so the lead) count days of the
      // schedule's calendar, lags those of the successor's; an anchor working `lead` days on the
      // schedule's calendar places it at its first working time after that offset.
      const onOther = (t.calendarId ?? proj.calendarId ?? portfolio.defaultCalendarId ?? STANDARD_CALENDAR.id) !== schedule.calendarId;
      const byFinish = finishDated || onOther;
      // (The anchor is on the task's calendar otherwise: its project's may be another.)
      const anchorCalendar = onOther ? schedule.calendarId : t.calendarId;
      tasks.push({ id: anchor, name: anchor, duration: byFinish ? lead : 0, milestone: false, demands: [], ...(anchorCalendar !== undefined ? { calendarId: anchorCalendar } : {}) });
      dependencies.push(byFinish ? { from: anchor, to: id, type: 'FS', lag: 0 } : { from: anchor, to: id, type: 'SS', lag: lead });
    }
    extrasBefore[p + 1] = extrasBefore[p]! + tasks.length - proj.tasks.length;
    return { ...proj, tasks, dependencies };
  });
  const intoSource = (d: CrossDependency): boolean => {
    const pt = net.projectIndex.get(d.toProject);
    const g = pt === undefined ? undefined : net.taskIndex[pt]!.get(d.to);
    return g !== undefined && bySource.has(g);
  };
  const crossDependencies = [...(portfolio.crossDependencies ?? []), ...reissuedCross].filter((d) => !intoSource(d));
  const pinned: Portfolio = { ...portfolio, projects, crossDependencies };
  const after = scheduleFor(fn, pinned, { calendarId: schedule.calendarId });

  const index = (g: number): number => g + extrasBefore[projOf[g]!]!;
  const leafDates = (g: number): NewDates => after.tasks[index(g)]!;
  const dates = (g: number): NewDates => {
    if (net.isLeaf[g] === 1) return leafDates(g);
    let earlyStart = Infinity;
    let earlyFinish = -Infinity;
    let earlyStartDate = '';
    let earlyFinishDate = '';
    for (let j = net.leafLo[g]!; j < net.leafHi[g]!; j++) {
      const x = leafDates(net.leafSeq[j]!);
      if (x.earlyStart < earlyStart) earlyStart = x.earlyStart;
      if (x.earlyFinish > earlyFinish) earlyFinish = x.earlyFinish;
      if (earlyStartDate === '' || x.earlyStartDate < earlyStartDate) earlyStartDate = x.earlyStartDate;
      if (x.earlyFinishDate > earlyFinishDate) earlyFinishDate = x.earlyFinishDate;
    }
    return { earlyStart, earlyFinish, earlyStartDate, earlyFinishDate };
  };
  return { portfolio: pinned, schedule: after, index, dates };
}
