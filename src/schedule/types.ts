import type { Calendar } from '../model/calendar.js';
import type { Baseline } from '../model/status.js';
import type { DependencyType } from '../model/task.js';

/**
 * The critical-path options shared by {@link cpm}, {@link cpmArrays}, {@link schedule} and
 * {@link schedulePortfolio}; each function's own options pick from them. Thresholds are in the
 * result's time unit: working days for `schedule` and `schedulePortfolio`, periods for `cpm` and
 * `cpmArrays`.
 */
export interface CriticalPathOptions {
  /** A task is critical when its total float is at most this. Default `0`. */
  readonly criticalThreshold?: number;
  /** A task that is not critical is near-critical when its total float is at most this. Default `5`. */
  readonly nearCriticalThreshold?: number;
  /**
   * Stop enumerating critical paths after this many (their number can grow exponentially with
   * parallel critical chains); the result then says `criticalPathsTruncated: true`. Default `100`.
   */
  readonly maxCriticalPaths?: number;
}

/** Options of {@link cpm}. */
export interface CpmOptions extends Pick<CriticalPathOptions, 'criticalThreshold' | 'maxCriticalPaths'> {}

/** Options of {@link cpmArrays}. */
export interface CpmArraysOptions extends Pick<CriticalPathOptions, 'criticalThreshold'> {}

/**
 * The progress options shared by {@link schedule} and {@link schedulePortfolio}
 * (docs/progress.md).
 *
 * @example
 * ```ts
 * schedulePortfolio(portfolio, { statusDate: '2026-04-30' }); // the forecast, work left after 30 April
 * schedulePortfolio(portfolio, { progress: 'plan' });          // the plan, progress ignored
 * ```
 */
export interface ProgressOptions {
  /**
   * `'forecast'` (default): the tasks' actual dates, percent complete, remaining duration and
   * resume day are honoured (docs/progress.md). `'plan'`: they are ignored, and so is any status
   * date: the schedule of the plan, as before any progress.
   */
  readonly progress?: 'forecast' | 'plan';
  /**
   * Status (data) date, `YYYY-MM-DD`: progress is reported up to the end of this day, and the
   * uncompleted work of every task is scheduled after it, as MS Project's "Update Project"
   * (reschedule uncompleted work to start after the status date). Default: each project's
   * `statusDate`, else none (work left may then lie in the past).
   */
  readonly statusDate?: string;
}

/** Options of {@link schedule}. */
export interface ScheduleOptions extends CriticalPathOptions, ProgressOptions {
  /**
   * Baselines to report the project's baseline dates and variances against (progress results
   * only): its latest baseline approved on or before the status date, else its latest. Default
   * `[]`.
   */
  readonly baselines?: readonly Baseline[];
  /** Calendars that `project.calendarId` (and task `calendarId`s) may name. Default `[]`. */
  readonly calendars?: readonly Calendar[];
  /**
   * Calendar used when the project names none (e.g. the portfolio's `defaultCalendarId`).
   * Default: {@link STANDARD_CALENDAR} (Monday to Friday).
   */
  readonly defaultCalendarId?: string;
}

/** Options of {@link schedulePortfolio}. */
export interface SchedulePortfolioOptions extends CriticalPathOptions, ProgressOptions {
  /**
   * Reference calendar: offsets count its working days (each task still works on its own
   * project's or task's calendar). Default: the portfolio's `defaultCalendarId`, else the first
   * project's `calendarId`, else {@link STANDARD_CALENDAR}.
   */
  readonly calendarId?: string;
  /**
   * Late finish of the tasks without successors: `'portfolio'` (default) gives them the
   * portfolio's finish, as in a master project; `'project'` gives them the finish of their own
   * project, so that each project has its own critical path to its own finish.
   */
  readonly lateFinish?: 'portfolio' | 'project';
}

/**
 * A task placed in time: the one shape that every dated schedule's tasks share, and that loading
 * ({@link resourceLoading}, {@link overallocations}), the diagram exports ({@link toMermaidGantt},
 * {@link toDot}, {@link toMermaidFlowchart}) and the charts read. A {@link ScheduledTask} (the early
 * plan of `schedule` / `schedulePortfolio`), a {@link LeveledTask} (the leveled plan of
 * `levelResources`) and any plain object with these fields fit.
 *
 * Naming (docs/conventions.md): `start` / `finish` are numbers, offsets in working days from the
 * schedule's start (finish exclusive); `startDate` / `finishDate` are the working days themselves,
 * `YYYY-MM-DD` (the first day the task works and the last).
 *
 * @example
 * ```ts
 * const t: DatedTask = { id: 'a', projectId: 'p', startDate: '2026-01-05', finishDate: '2026-01-09', critical: true };
 * ```
 */
export interface DatedTask {
  /** Task id. */
  readonly id: string;
  /** Project id; needed only when task ids repeat across the projects of a portfolio. */
  readonly projectId?: string;
  /** `taskKey(projectId, id)`. */
  readonly key?: string;
  /** Task name. */
  readonly name?: string;
  /** First working day of the task, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Last working day of the task, `YYYY-MM-DD` (a milestone's equals its start date). */
  readonly finishDate: string;
  /** Start offset: working days from the schedule's start (fractions allowed). */
  readonly start?: number;
  /** Finish offset, exclusive (`start + duration` on the schedule's calendar). */
  readonly finish?: number;
  /** Duration in working days of the task's own calendar. */
  readonly duration?: number;
  /** Whether the task is critical. Default `false` (a leveled plan has no critical flags). */
  readonly critical?: boolean;
  /** Whether the task takes no time. */
  readonly milestone?: boolean;
  /** Whether the task is a WBS summary. */
  readonly summary?: boolean;
  /**
   * Predecessors that drive the task (ids, or `projectId/taskId` keys as `taskKey` makes them).
   * When given, a diagram draws a link into the task critical only if it drives it; otherwise a
   * link is critical when both its tasks are.
   */
  readonly drivingPredecessors?: readonly string[];
}

/**
 * A dated schedule: its tasks. The results of `schedule`, `schedulePortfolio` and
 * `levelResources` all fit.
 *
 * @example
 * ```ts
 * toMermaidGantt(project, levelResources(portfolio)); // the leveled plan
 * toMermaidGantt(project, schedulePortfolio(portfolio)); // the early plan, critical tasks tagged
 * ```
 */
export interface DatedSchedule {
  /** Its tasks. */
  readonly tasks: readonly DatedTask[];
}

/**
 * One task of a schedule. Offsets are in working days of the schedule's (reference) calendar,
 * counted from the schedule's start (offset 0 = its first working day); `earlyFinish` and
 * `lateFinish` are exclusive ends (`earlyFinish = earlyStart + duration`, the PSPLIB convention,
 * for tasks on the reference calendar). `duration`, `totalFloat` and `freeFloat` are in working
 * days of the task's own calendar (its `calendarId`, else its project's), which is the reference
 * calendar unless the task or its project names another; see {@link schedule}.
 * Dates are the working days themselves: `earlyStartDate` is the first day the task works,
 * `earlyFinishDate` the last. A zero-duration task (milestone) has one date, see {@link schedule}.
 * The schedule places each task at its early dates: `start`, `finish`, `startDate` and
 * `finishDate` (the {@link DatedTask} fields every dated schedule has) equal `earlyStart`,
 * `earlyFinish`, `earlyStartDate` and `earlyFinishDate`.
 */
export interface ScheduledTask extends DatedTask {
  /** Task id. */
  readonly id: string;
  /** Id of the task's project. */
  readonly projectId: string;
  /** `taskKey(projectId, id)`: unique across a portfolio. */
  readonly key: string;
  /** Task name. */
  readonly name: string;
  /** Whether the task is a WBS summary (another task names it as `parentId`). */
  readonly summary: boolean;
  /** Whether the task is a milestone (`milestone: true` or a duration of 0). */
  readonly milestone: boolean;
  /** Duration in working days of the task's calendar; for a summary, its rolled-up span `earlyFinish - earlyStart`. */
  readonly duration: number;
  /** Where the schedule places the task: its early start offset (`earlyStart`). */
  readonly start: number;
  /** Its early finish offset (`earlyFinish`), exclusive. */
  readonly finish: number;
  /** Its early start date (`earlyStartDate`). */
  readonly startDate: string;
  /** Its early finish date (`earlyFinishDate`). */
  readonly finishDate: string;
  /** Early start offset. */
  readonly earlyStart: number;
  /** Early finish offset (exclusive). */
  readonly earlyFinish: number;
  /** Late start offset. */
  readonly lateStart: number;
  /** Late finish offset (exclusive). */
  readonly lateFinish: number;
  /** First working day of the early schedule, `YYYY-MM-DD`. */
  readonly earlyStartDate: string;
  /** Last working day of the early schedule, `YYYY-MM-DD`. */
  readonly earlyFinishDate: string;
  /** First working day of the late schedule, `YYYY-MM-DD`. */
  readonly lateStartDate: string;
  /** Last working day of the late schedule, `YYYY-MM-DD`. */
  readonly lateFinishDate: string;
  /**
   * How far the task can slip without delaying the finish, in working days of its own calendar
   * (`lateStart - earlyStart` when that is the reference calendar); negative when constraints or
   * deadlines conflict with the links.
   */
  readonly totalFloat: number;
  /**
   * Delay possible without delaying any successor or the finish; in `[0, max(totalFloat, 0)]`.
   * As MS Project's Free Slack, only the task's own links count: a task without successors of
   * its own has its total float as free float, even when a WBS summary above it has a successor.
   */
  readonly freeFloat: number;
  /** `totalFloat <= criticalThreshold`. */
  readonly critical: boolean;
  /** Not critical, and `totalFloat <= nearCriticalThreshold`. */
  readonly nearCritical: boolean;
  /**
   * Predecessors whose link is tight in the early schedule (they drive this task's dates):
   * task ids in a {@link ScheduleResult}, task keys in a {@link SchedulePortfolioResult}. Empty for
   * summaries and for tasks placed by the project start or a constraint alone.
   */
  readonly drivingPredecessors: readonly string[];
  /**
   * Progress results (docs/progress.md), present on every task when some task of the schedule
   * reports progress or a status date is known. The forecast is the early schedule
   * (`earlyStartDate`, `earlyFinishDate`), for a complete task its actual dates.
   */
  readonly progress?: ProgressState;
  /** Percent complete (a summary's weighs its leaves by duration, as MS Project). */
  readonly percentComplete?: number;
  /** Working days of work left, on the task's calendar. */
  readonly remainingDuration?: number;
  /** Start date in the project's baseline; `null` when the task is not in it or there is no baseline. */
  readonly baselineStartDate?: string | null;
  /** Finish date in the project's baseline; `null` when the task is not in it or there is no baseline. */
  readonly baselineFinishDate?: string | null;
  /** Working days (reference calendar) from the baseline start to the forecast start: positive is late; `null` without a baseline date. */
  readonly startVariance?: number | null;
  /** Working days (reference calendar) from the baseline finish to the forecast finish: positive is late; `null` without a baseline date. */
  readonly finishVariance?: number | null;
}

/**
 * The tasks of a schedule as columns: one typed array (or array) per field of
 * {@link ScheduledTask}, entry i for the result's task i (`result.tasks[i]`), as
 * {@link scheduleColumns} returns them. The schedule engine computes these columns and builds the
 * `tasks` objects from them only when `tasks` is first read; a caller that reads the columns
 * never pays for a million objects.
 *
 * Names as in {@link ScheduledTask} (docs/conventions.md): offsets are plain numbers, flags are
 * `1` or `0`; dates are UTC day numbers (days since 1970-01-01) in the columns whose name ends in
 * `Day`, and {@link ScheduleColumns.dateOf} turns one into its `YYYY-MM-DD` string. The columns
 * are the result's own storage: read them, never write them.
 *
 * @example
 * ```ts
 * const c = scheduleColumns(schedule(project));
 * let late = 0;
 * for (let i = 0; i < c.length; i++) if (c.totalFloat[i]! < 0) late++;
 * console.log(c.id[0], c.dateOf(c.earlyStartDay[0]!)); // 'a' '2026-01-05'
 * ```
 */
export interface ScheduleColumns {
  /** The number of tasks (the length of every column). */
  readonly length: number;
  /** Task ids. */
  readonly id: readonly string[];
  /** Task names (`''` for a task without one). */
  readonly name: readonly string[];
  /** The ids of the schedule's projects, in input order. */
  readonly projectIds: readonly string[];
  /** The project of each task: an index into `projectIds`. */
  readonly projectIndex: Int32Array;
  /** 1 for a WBS summary. */
  readonly summary: Uint8Array;
  /** 1 for a milestone. */
  readonly milestone: Uint8Array;
  /** {@link ScheduledTask.duration}. */
  readonly duration: Float64Array;
  /** Early start offsets (also `start`). */
  readonly earlyStart: Float64Array;
  /** Early finish offsets, exclusive (also `finish`). */
  readonly earlyFinish: Float64Array;
  /** Late start offsets. */
  readonly lateStart: Float64Array;
  /** Late finish offsets, exclusive. */
  readonly lateFinish: Float64Array;
  /** Total float. */
  readonly totalFloat: Float64Array;
  /** Free float. */
  readonly freeFloat: Float64Array;
  /** 1 for a critical task. */
  readonly critical: Uint8Array;
  /** 1 for a near-critical task. */
  readonly nearCritical: Uint8Array;
  /** The day of `earlyStartDate` (also `startDate`), a UTC day number. */
  readonly earlyStartDay: Int32Array;
  /** The day of `earlyFinishDate` (also `finishDate`). */
  readonly earlyFinishDay: Int32Array;
  /** The day of `lateStartDate`. */
  readonly lateStartDay: Int32Array;
  /** The day of `lateFinishDate`. */
  readonly lateFinishDay: Int32Array;
  /**
   * The driving predecessors of task i are the tasks
   * `drivingPredecessors[drivingOffsets[i]] … drivingPredecessors[drivingOffsets[i + 1] - 1]`
   * (task indices, each once, in the order of the task's `drivingPredecessors`);
   * `drivingOffsets` has `length + 1` entries.
   */
  readonly drivingOffsets: Int32Array;
  readonly drivingPredecessors: Int32Array;
  /**
   * The `YYYY-MM-DD` string of a day number (each string made once).
   *
   * @param day - a day number, e.g. `earlyStartDay[i]`
   * @returns its date
   * @example
   * ```ts
   * c.dateOf(c.earlyStartDay[0]!); // '2026-01-05'
   * ```
   */
  dateOf(day: number): string;
  /**
   * The key of task i: `taskKey(projectId, id)`, unique across a portfolio.
   *
   * @param i - a task index, `0 … length - 1`
   * @returns its key
   * @example
   * ```ts
   * c.keyOf(0); // 'p/a'
   * ```
   */
  keyOf(i: number): string;
  /**
   * Task i as an object, equal to `result.tasks[i]` (a new object each call; O(its driving
   * predecessors)), without building the others.
   *
   * @param i - a task index, `0 … length - 1`
   * @returns the task
   * @throws `PmoError` `INVALID_ARGUMENT` for an index that is not a task's
   * @example
   * ```ts
   * c.task(0).earlyStartDate; // '2026-01-05'
   * ```
   */
  task(i: number): ScheduledTask;
}

/**
 * Where a task stands: no actual start yet, started, or finished (an actual finish, or 100 %).
 *
 * @example
 * ```ts
 * const late = s.tasks.filter((t) => t.progress !== 'complete' && (t.finishVariance ?? 0) > 0);
 * ```
 */
export type ProgressState = 'not-started' | 'in-progress' | 'complete';

/**
 * The progress results of a project (docs/progress.md): present when some task reports progress
 * or a status date is known. Its forecast dates are `startDate` and `finishDate`.
 *
 * @example
 * ```ts
 * const p = schedulePortfolio(portfolio, { statusDate: '2026-04-30' }).projects[0]!;
 * console.log(p.finishDate, p.baselineFinishDate, p.finishVariance); // '2026-07-17' '2026-06-25' 16
 * ```
 */
export interface ProjectProgress {
  /** The project's status date, or `null` when none is known. */
  readonly statusDate?: string | null;
  /** Id of the baseline used (see {@link ScheduleOptions.baselines}), or `null`. */
  readonly baselineId?: string | null;
  /** Earliest start and latest finish of the baseline's tasks, or `null`. */
  readonly baselineStartDate?: string | null;
  readonly baselineFinishDate?: string | null;
  /** Working days (reference calendar) from the baseline finish to the forecast finish: positive is late; `null` without a baseline. */
  readonly finishVariance?: number | null;
}

/** The result of {@link schedule}. */
export interface ScheduleResult extends DatedSchedule, ProjectProgress {
  /** The project's id. */
  readonly projectId: string;
  /** Id of the project's calendar: the reference calendar of the offsets. */
  readonly calendarId: string;
  /** First working day on or after the project's start: offset 0. */
  readonly startDate: string;
  /** Last working day of the project (its start date when no task takes time). */
  readonly finishDate: string;
  /** Working days from the start to the latest early finish. */
  readonly duration: number;
  /** Every task, in input order. */
  readonly tasks: readonly ScheduledTask[];
  /** Every critical path as task ids, sorted; summaries do not appear (links on them apply to their leaf tasks). */
  readonly criticalPaths: readonly (readonly string[])[];
  /** Whether enumeration stopped at `maxCriticalPaths`. */
  readonly criticalPathsTruncated: boolean;
  /** Things the data asks that the schedule could not or did not give as such (e.g. tasks constrained before the project start). */
  readonly warnings: readonly string[];
}

/** One project of a {@link SchedulePortfolioResult}. */
export interface ScheduledProject extends ProjectProgress {
  /** Project id. */
  readonly id: string;
  /** Project name. */
  readonly name: string;
  /** Offset of the project's start on the portfolio axis. */
  readonly start: number;
  /** Latest early finish of its tasks (its start offset when it has none). */
  readonly finish: number;
  /** `finish - start`. */
  readonly duration: number;
  /** First working day on or after the project's start. */
  readonly startDate: string;
  /** Last working day of the project. */
  readonly finishDate: string;
  /** Whether one of its tasks is critical. */
  readonly critical: boolean;
}

/** The result of {@link schedulePortfolio}. */
export interface SchedulePortfolioResult extends DatedSchedule, Pick<ProjectProgress, 'statusDate'> {
  /** Portfolio id. */
  readonly portfolioId: string;
  /** Id of the reference calendar of the offsets. */
  readonly calendarId: string;
  /** First working day on or after the earliest project start: offset 0. */
  readonly startDate: string;
  /** Last working day of the portfolio. */
  readonly finishDate: string;
  /** Working days from the start to the latest early finish. */
  readonly duration: number;
  /** Every project, in input order. */
  readonly projects: readonly ScheduledProject[];
  /** Every task, projects in input order, tasks in input order. */
  readonly tasks: readonly ScheduledTask[];
  /** Every critical path as task keys (`taskKey(projectId, taskId)`), sorted. */
  readonly criticalPaths: readonly (readonly string[])[];
  /** Whether enumeration stopped at `maxCriticalPaths`. */
  readonly criticalPathsTruncated: boolean;
  /** Things the data asks that the schedule could not or did not give as such (e.g. tasks constrained before their project's start). */
  readonly warnings: readonly string[];
}

/** A task of a {@link CpmNetwork}. */
export interface CpmNetworkTask {
  /** Unique id. */
  readonly id: string;
  /** Duration in periods (>= 0, fractions allowed). */
  readonly duration: number;
  /** Earliest start offset (release date). Default `0`: no task starts before offset 0. */
  readonly earliestStart?: number;
}

/** A link of a {@link CpmNetwork}. */
export interface CpmNetworkLink {
  /** Predecessor id. */
  readonly from: string;
  /** Successor id. */
  readonly to: string;
  /** Link type. Default `'FS'`. */
  readonly type?: DependencyType;
  /** Lag in periods, negative for a lead. Default `0`. */
  readonly lag?: number;
}

/** A date-free network for {@link cpm}: tasks with durations and typed, lagged links. */
export interface CpmNetwork {
  /** The tasks. */
  readonly tasks: readonly CpmNetworkTask[];
  /** The links. */
  readonly links: readonly CpmNetworkLink[];
}

/** One task of a {@link CpmResult}; offsets in periods from 0, finishes exclusive. */
export interface CpmTask {
  /** Task id. */
  readonly id: string;
  /** Duration. */
  readonly duration: number;
  /** Early start. */
  readonly earlyStart: number;
  /** Early finish: `earlyStart + duration`. */
  readonly earlyFinish: number;
  /** Late start. */
  readonly lateStart: number;
  /** Late finish: `lateStart + duration`. */
  readonly lateFinish: number;
  /** `lateStart - earlyStart`. */
  readonly totalFloat: number;
  /** Delay possible without delaying a successor or the finish. */
  readonly freeFloat: number;
  /** `totalFloat <= criticalThreshold`. */
  readonly critical: boolean;
}

/** The result of {@link cpm}. */
export interface CpmResult {
  /** Latest early finish (0 for an empty network). */
  readonly duration: number;
  /** Every task, in input order. */
  readonly tasks: readonly CpmTask[];
  /** Every critical path as task ids, sorted. */
  readonly criticalPaths: readonly (readonly string[])[];
  /** Whether enumeration stopped at `maxCriticalPaths`. */
  readonly criticalPathsTruncated: boolean;
}

/**
 * Typed-array input of {@link cpmArrays}: node `i` has duration `duration[i]`; link `e` goes from
 * node `from[e]` to node `to[e]`.
 */
export interface CpmArraysInput {
  /** Duration of each node (>= 0). Its length is the number of nodes. */
  readonly duration: Float64Array | readonly number[];
  /** Predecessor node of each link. */
  readonly from: Int32Array | readonly number[];
  /** Successor node of each link (same length as `from`). */
  readonly to: Int32Array | readonly number[];
  /** Type code of each link: 0 = FS, 1 = SS, 2 = FF, 3 = SF. Default: all FS. */
  readonly type?: Uint8Array | readonly number[];
  /** Lag of each link. Default: all 0. */
  readonly lag?: Float64Array | readonly number[];
  /** Earliest start of each node. Default: all 0. */
  readonly earliestStart?: Float64Array | readonly number[];
}

/** Typed-array output of {@link cpmArrays}, indexed like the input nodes. */
export interface CpmArraysResult {
  /** Latest early finish (at least 0). */
  readonly duration: number;
  /** Early start of each node. */
  readonly earlyStart: Float64Array;
  /** Early finish of each node. */
  readonly earlyFinish: Float64Array;
  /** Late start of each node. */
  readonly lateStart: Float64Array;
  /** Late finish of each node. */
  readonly lateFinish: Float64Array;
  /** Total float of each node. */
  readonly totalFloat: Float64Array;
  /** Free float of each node. */
  readonly freeFloat: Float64Array;
  /** 1 when critical, else 0. */
  readonly critical: Uint8Array;
  /** The nodes in a topological order (Kahn's algorithm). */
  readonly order: Int32Array;
}

/** @deprecated Use {@link ScheduleResult}: the former name. */
export type ProjectSchedule = ScheduleResult;

/** @deprecated Use {@link SchedulePortfolioResult}: the former name. */
export type PortfolioSchedule = SchedulePortfolioResult;

/** @deprecated Use {@link CpmOptions}: the former name. */
export type CpmNetworkOptions = CpmOptions;
