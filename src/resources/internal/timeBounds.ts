/**
 * Release dates and deadlines of the leveling instance, in periods: project starts, manual starts,
 * SNET, FNET, SNLT, FNLT, MSO and MFO constraints, task and project deadlines, each on the task's
 * own calendar when the axis is a union of calendars. Private.
 */
import { PmoError } from '../../errors.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber } from '../../internal/dates.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Axis } from './dayAxis.js';
import type { PortfolioTasks } from './portfolioTasks.js';
import type { DemandTable } from './resourceTables.js';

/** The time bounds of the activities. */
export interface TimeBounds {
  /** Release date of each activity (>= 0). */
  readonly release: Int32Array;
  /** Deadline of each activity as an exclusive finish (Infinity: none; none at all unless deadlines count). */
  readonly deadline: Float64Array;
  /** What sets each activity's deadline (e.g. `deadline 2026-03-31`), '' when it has none. */
  readonly deadlineSource: readonly string[];
  /** 1 for each activity with an ALAP constraint. */
  readonly alap: Uint8Array;
  /** 1 for each manually scheduled activity (fixed at its start, as the CPM pins it; links into it ignored). */
  readonly manual: Uint8Array;
  /** Each project's deadline as an exclusive finish (Infinity when it has none), whatever `deadlines` says. */
  readonly projectDeadline: Float64Array;
}

/** What {@link timeBounds} reads. */
export interface TimeBoundsInput {
  readonly portfolio: Portfolio;
  readonly dem: DemandTable;
  readonly tasks: PortfolioTasks;
  readonly axis: Axis;
  /** Periods per working day. */
  readonly ppd: number;
  /** Calendar of each activity on a union axis, else null. */
  readonly cals: readonly (WorkingCalendar | null)[];
  /** Duration of each activity, in periods. */
  readonly dur: Int32Array;
  /** Start offset of each project, in working days. */
  readonly projStart: readonly number[];
  /** Whether deadlines count. */
  readonly deadlines: boolean;
  readonly toPeriods: (days: number) => number;
}

const q = (s: string): string => JSON.stringify(s);

/**
 * The time bounds of every activity. Working-time positions of constraint dates on the axis: a
 * start dated d at the start of the first axis day on or after d, a finish dated d at the end of
 * the last axis day on or before d. O(tasks × leaves + calendar lookups).
 * @throws PmoError `INVALID_ARGUMENT` for a date that is not YYYY-MM-DD
 */
export function timeBounds(fn: string, x: TimeBoundsInput): TimeBounds {
  const { dem, tasks, axis, ppd, cals, dur } = x;
  const n = dur.length;
  const out: TimeBounds = {
    release: new Int32Array(n),
    deadline: new Float64Array(n).fill(Infinity),
    deadlineSource: new Array<string>(n).fill(''),
    alap: new Uint8Array(n),
    manual: new Uint8Array(n),
    projectDeadline: new Float64Array(x.portfolio.projects.length).fill(Infinity),
  };
  const { release, deadline } = out;
  const source = out.deadlineSource as string[];
  for (let i = 0; i < n; i++) release[i] = x.toPeriods(x.projStart[dem.tasks[tasks.activityTask[i]!]!.projectIndex]!);
  const clock = new TaskClock(fn, axis, ppd, cals, dur);
  const dates = {
    day: (date: string, what: string): number => {
      const d = dayNumber(date);
      if (d === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be a date as YYYY-MM-DD, got ${q(date)}`);
      return d;
    },
    startOnOrAfter: (d: number): number => axis.indexOf(d) * ppd,
    finishOnOrBefore: (d: number): number => axis.indexOf(d + 1) * ppd,
    lower: (i: number, v: number): void => {
      if (v > release[i]!) release[i] = v;
    },
    upperFinish: (i: number, v: number, src: string): void => {
      if (x.deadlines && v < deadline[i]!) {
        deadline[i] = v;
        source[i] = src;
      }
    },
  };
  taskConstraints(x, clock, dates, out);
  x.portfolio.projects.forEach((p, pi) => {
    if (p.deadline === undefined) return;
    const v = dates.finishOnOrBefore(dates.day(p.deadline, `project ${q(p.id)}: deadline`));
    out.projectDeadline[pi] = v;
    dem.tasks.forEach((t, gi) => {
      if (t.projectId === p.id && !tasks.isSummary[gi]) dates.upperFinish(tasks.taskActivity[gi]!, v, `project deadline ${p.deadline}`);
    });
  });
  for (let i = 0; i < n; i++) if (release[i]! < 0) release[i] = 0;
  return out;
}

/** The date helpers of {@link timeBounds}. */
interface DateBounds {
  day(date: string, what: string): number;
  startOnOrAfter(d: number): number;
  finishOnOrBefore(d: number): number;
  /** Raises the release of activity i to v. */
  lower(i: number, v: number): void;
  /** Lowers the deadline of activity i to v (set by `src`), when deadlines count. */
  upperFinish(i: number, v: number, src: string): void;
}

/** Manual starts, constraints and task deadlines, task by task (a summary's apply to its leaves). */
function taskConstraints(x: TimeBoundsInput, clock: TaskClock, b: DateBounds, out: TimeBounds): void {
  const { dem, tasks, cals, dur } = x;
  dem.tasks.forEach((t, gi) => {
    const targets = tasks.isSummary[gi] ? tasks.leaves[gi]! : [tasks.taskActivity[gi]!];
    const where = `task ${q(t.task.id)} of project ${q(t.projectId)}`;
    const c = t.task.constraint;
    if (t.task.manualStart !== undefined && !tasks.isSummary[gi]) {
      const i = tasks.taskActivity[gi]!;
      const d = b.day(t.task.manualStart, `${where}: manualStart`);
      const s = cals[i] === null ? b.startOnOrAfter(d) : clock.next(i, b.startOnOrAfter(d));
      out.manual[i] = 1;
      b.lower(i, s);
      b.upperFinish(i, clock.finish(i, s), `manual start ${t.task.manualStart}`);
    } else if (c !== undefined && c.type !== 'ASAP') {
      if (c.type === 'ALAP') for (const i of targets) out.alap[i] = 1;
      else {
        const src = `${c.type} ${c.date ?? ''}`;
        const d = b.day(c.date ?? '', `${where}: constraint ${c.type} date`);
        for (const i of targets) {
          const p = dur[i]!;
          const cal = cals[i] ?? null;
          switch (c.type) {
            case 'SNET':
              b.lower(i, b.startOnOrAfter(d));
              break;
            case 'FNET': {
              // On its own calendar: by the end of its last working day on or before the date (the
              // previous working instant, as the CPM counts it).
              const f = b.finishOnOrBefore(d);
              b.lower(i, cal === null ? f - p : clock.nth(cal, Math.max(0, clock.cum(cal, f) - p)));
              break;
            }
            case 'SNLT':
              // Start by its first working instant on or after the date (the next working instant).
              b.upperFinish(i, cal === null ? b.startOnOrAfter(d) + p : clock.finish(i, clock.next(i, b.startOnOrAfter(d))), src);
              break;
            case 'FNLT':
              b.upperFinish(i, b.finishOnOrBefore(d), src);
              break;
            case 'MSO':
              b.lower(i, b.startOnOrAfter(d));
              b.upperFinish(i, cal === null ? b.startOnOrAfter(d) + p : clock.finish(i, clock.next(i, b.startOnOrAfter(d))), src);
              break;
            case 'MFO':
              b.lower(i, cal === null ? b.finishOnOrBefore(d) - p : clock.latest(i, Math.max(0, b.finishOnOrBefore(d))));
              b.upperFinish(i, b.finishOnOrBefore(d), src);
              break;
            default:
          }
        }
      }
    }
    if (t.task.deadline !== undefined) {
      const d = b.day(t.task.deadline, `${where}: deadline`);
      for (const i of targets) b.upperFinish(i, b.finishOnOrBefore(d), `deadline ${t.task.deadline}`);
    }
  });
}

/**
 * Working time of the activities on their own calendars (union axis), from the calendars' day
 * indexes, before the start too (a deadline there is compared with a milestone's finish instant
 * before it).
 */
class TaskClock {
  private readonly day0: number;

  constructor(
    private readonly fn: string,
    private readonly axis: Axis,
    private readonly ppd: number,
    private readonly cals: readonly (WorkingCalendar | null)[],
    private readonly dur: Int32Array,
  ) {
    this.day0 = axis.dayAt(0);
  }

  /** Position of period t on calendar c: its working periods in [0, t), or minus those in [t, 0). */
  cum(c: WorkingCalendar, t: number): number {
    const ppd = this.ppd;
    const u = Math.floor(t / ppd);
    const d = this.axis.dayAt(u);
    return (c.dayIndex(d) - c.dayIndex(this.day0)) * ppd + (c.isWorkingDayNumber(d) ? t - u * ppd : 0);
  }

  /** The k-th working period of calendar c. */
  nth(c: WorkingCalendar, k: number): number {
    const { ppd, day0, axis } = this;
    const w = Math.floor(k / ppd);
    if (k >= 0) return axis.indexOf(c.dayAtIndexOrThrow(this.fn, c.dayIndex(day0) + w, day0)) * ppd + (k - w * ppd);
    // (A calendar with no working day that far back: as if every day before the start worked.)
    const d = c.dayAtIndex(c.dayIndex(day0) + w);
    return d === undefined ? k : axis.indexOf(d) * ppd + (k - w * ppd);
  }

  /** Finish of activity i started at working period s (one past its last working period). */
  finish(i: number, s: number): number {
    const c = this.cals[i] ?? null;
    const p = this.dur[i]!;
    return c === null || p === 0 ? s + p : this.nth(c, this.cum(c, s) + p - 1) + 1;
  }

  /** Earliest start of activity i (on a working period of its calendar) at or after t. */
  next(i: number, t: number): number {
    const c = this.cals[i] ?? null;
    return c === null ? t : this.nth(c, this.cum(c, t));
  }

  /** Latest start of activity i whose finish is at most f (>= 0). */
  latest(i: number, f: number): number {
    const c = this.cals[i] ?? null;
    const p = this.dur[i]!;
    if (c === null) return f - p;
    return this.nth(c, this.cum(c, f) - p);
  }
}
