import type { DatedSchedule, DatedTask, SchedulePortfolioResult } from '../schedule/types.js';
import type { SolveRcpspOptions } from './solveRcpsp.js';
import type { DeadlineMode, RcpspInstance, RcpspObjective } from './rcpspTypes.js';

/**
 * Options of {@link levelResources}: those of {@link solveRcpsp} ({@link SolveRcpspOptions}:
 * `schedules`, `seed`, `objective`, `deadlines`), read for a portfolio, and the portfolio's own.
 * Its tasks are the activities; the deadlines are the task and project deadlines and the SNLT,
 * FNLT, MSO and MFO constraints (a `DeadlineError` names each one missed with its date and what
 * sets it); the `'delay'` objective counts each project's delay against its critical-path
 * duration, weighted as `weights` says.
 */
export interface LevelResourcesOptions extends SolveRcpspOptions {
  /**
   * Project weights in the delay: `'priority'` (default) ranks the distinct project priorities,
   * lowest 1, next 2, …, projects without a priority 1; `'equal'`: all 1.
   */
  readonly weights?: 'priority' | 'equal';
  /** Calendar of the time axis, as in `schedulePortfolio`. Default: the portfolio's default calendar. */
  readonly calendarId?: string;
  /**
   * The portfolio's early schedule, `schedulePortfolio(portfolio)`, when the caller has it
   * already (to compare the leveled plan with it, say): leveling starts from it instead of
   * computing it again, as the integration analyses do with their `schedule` option. It must have
   * been computed from this very portfolio; its calendar is the axis (`calendarId`, if given,
   * must be the same). Default: computed.
   */
  readonly schedule?: SchedulePortfolioResult;
}

/** One task of a {@link LevelResourcesResult}: a {@link DatedTask} at its leveled place. */
export interface LeveledTask extends DatedTask {
  /** Task id. */
  readonly id: string;
  /** Id of its project. */
  readonly projectId: string;
  /** `taskKey(projectId, id)`. */
  readonly key: string;
  /** Task name. */
  readonly name: string;
  /**
   * Whether it is a WBS summary: its offsets span its subtasks' (earliest start, latest finish),
   * and so do its dates (earliest start date, latest finish date), each rolled up on its own as in
   * `schedule()`.
   */
  readonly summary: boolean;
  /** Whether it takes no time. */
  readonly milestone: boolean;
  /**
   * Leveled duration in working days (fractions exact on the grid of `periodsPerDay`); a
   * summary's span.
   */
  readonly duration: number;
  /** Start offset (working days from the schedule's start; fractions allowed). */
  readonly start: number;
  /** Finish offset, exclusive (`start + duration`). */
  readonly finish: number;
  /** The working day its start falls in (as `schedule()`: offset `floor(start)`). */
  readonly startDate: string;
  /**
   * The working day its finish ends in (offset `ceil(finish) - 1`). A milestone has one date,
   * as in `schedule()`: on a day boundary, the day after it when a start drives the milestone
   * (its project's start, an SNET or MSO date, a tight SS or SF link), else the day before.
   */
  readonly finishDate: string;
  /** Its start in the unleveled early schedule (critical path with release dates, no resource limits). */
  readonly earlyStart: number;
  /** `start - earlyStart`: how far leveling moved it. */
  readonly shift: number;
}

/** One project of a {@link LevelResourcesResult}. */
export interface LeveledProject {
  /** Project id. */
  readonly id: string;
  /** Project name. */
  readonly name: string;
  /** Offset of its start (release date). */
  readonly release: number;
  /**
   * Its start date: the first working day of its calendar on or after its `start`, as in
   * `schedulePortfolio` (tasks on other calendars may start before it, on days of theirs).
   */
  readonly startDate: string;
  /** Offset of its leveled finish (exclusive). */
  readonly finish: number;
  /**
   * Last working day of its leveled schedule: the day its last finish instant ends (as
   * `schedulePortfolio` dates a project's finish, and as `late` counts it; a milestone that a
   * start dates on the next working day, such as an SNET on Wednesday, finishes at the end of
   * Tuesday), or its start date when nothing finishes after the beginning of that day (see
   * {@link LeveledProject.late} for a deadline before the start date).
   */
  readonly finishDate: string;
  /** Its critical-path duration alone (no resource limits, no cross-project links), in working days. */
  readonly criticalPathDuration: number;
  /** `finish - release - criticalPathDuration`. */
  readonly delay: number;
  /** Its weight in the delay objective. */
  readonly weight: number;
  /** Its deadline date, when it has one. */
  readonly deadlineDate?: string;
  /**
   * Whether it finishes after its deadline, as `lateness` counts it: its last finish instant is
   * after the end of the deadline day. A milestone that a start dates on the next working day (an
   * SNET on Monday, a Friday deadline) finishes at that same instant and is not late, as in
   * `schedulePortfolio` (total float 0). So, when its deadline is before its start date, a project
   * whose work all ends by then (milestones at the start, or tasks on other calendars working
   * before its calendar's first working day) is not late although its `finishDate`, never before
   * its start date (as in `schedulePortfolio`), is after the deadline.
   */
  readonly late: boolean;
}

/** The result of {@link levelResources}. */
export interface LevelResourcesResult extends DatedSchedule {
  /** Portfolio id. */
  readonly portfolioId: string;
  /** Calendar of the axis. */
  readonly calendarId: string;
  /**
   * Whether the axis is the union of the working days of `calendarId` and of the task and project
   * calendars (some task works on days `calendarId` does not): offsets (`makespan`, bounds,
   * delays, `starts`, task offsets) then count days of that union, not working days of
   * `calendarId`. Dates are each task's own either way.
   */
  readonly unionAxis: boolean;
  /** Date of offset 0: the first working day on or after the earliest project start. */
  readonly startDate: string;
  /** Last working day of the leveled portfolio. */
  readonly finishDate: string;
  /** Working days from offset 0 to the last finish. */
  readonly makespan: number;
  /** A lower bound of the makespan (at least the critical-path length). */
  readonly lowerBound: number;
  /** The critical-path length (no resource limits), in working days. */
  readonly criticalPathLength: number;
  /** Complete schedules generated (never more than `options.schedules`). */
  readonly schedules: number;
  /** The seed used. */
  readonly seed: number;
  /** The objective used. */
  readonly objective: RcpspObjective;
  /** How deadlines counted (`options.deadlines`; `true` reads as `'soft'`, `false` as `'ignore'`). */
  readonly deadlines: DeadlineMode;
  /** Average project delay (unweighted), in working days. */
  readonly averageDelay: number;
  /** Working days by which tasks finish after their deadlines, summed (0 when every deadline is met). */
  readonly lateness: number;
  /** Every task, projects in input order, tasks in input order. */
  readonly tasks: readonly LeveledTask[];
  /** Every project, in input order. */
  readonly projects: readonly LeveledProject[];
  /** Things leveled differently from what the data asks. */
  readonly warnings: readonly string[];
  /**
   * Periods per working day of `instance` and `starts`: 1, or 2, 4 or 8 when durations, lags or
   * project starts are fractions of a working day.
   */
  readonly periodsPerDay: number;
  /**
   * The RCPSP instance that was solved (activity ids are task keys), for {@link verifySchedule}.
   * Its periods are 1/`periodsPerDay` working day.
   */
  readonly instance: RcpspInstance;
  /** Start of each activity of `instance`, in its order, in its periods. */
  readonly starts: readonly number[];
  /**
   * Who covers each demand of each leaf task that asks for something: one valid assignment of the
   * people's capacity, day by day, summed over the task (several may exist; this one is
   * deterministic). Tasks in input order, demands in the task's order.
   */
  readonly assignments: readonly DemandAssignment[];
}

/** One demand of a leveled task and the people who cover it (see {@link LevelResourcesResult.assignments}). */
export interface DemandAssignment {
  /** Task key (`taskKey(projectId, taskId)`). */
  readonly key: string;
  /** The demand: `resource:<id>` for a named resource, `skill:<skill>` or `skill:<skill>@<minLevel>`. */
  readonly demand: string;
  /** Units per working day it asks for. */
  readonly units: number;
  /** The people who cover it, in resource order, with the unit-days each gives it over the task. */
  readonly people: readonly { readonly resourceId: string; readonly unitDays: number }[];
}

/** @deprecated Use {@link LevelResourcesResult}: the former name. */
export type LevelingResult = LevelResourcesResult;
