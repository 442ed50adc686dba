import type { DependencyType } from '../../model/task.js';
import type { SchedulePortfolioOptions, SchedulePortfolioResult } from '../types.js';

/**
 * How a task slips by `days` working days of its own calendar (its `calendarId`, else its
 * project's: the calendar its duration and floats count):
 *
 * - `'finish'`: the task starts as scheduled and finishes `days` working days later (its
 *   duration grows by `days`). Successors linked to its finish (FS, FF) are pushed; successors
 *   linked to its start (SS, SF) are not.
 * - `'start'`: the whole task moves `days` working days later with its duration unchanged, so
 *   every successor link (FS, SS, FF, SF) pushes.
 *
 * A zero-duration task (a milestone) always moves as a whole: both modes delay its date.
 */
export type SlipMode = 'finish' | 'start';

/** Options shared by the integration analyses ({@link criticalDependencies}, {@link impactOfDelay}, {@link singlePointsOfFailure}). */
export interface AnalysisOptions extends SchedulePortfolioOptions {
  /**
   * The portfolio's schedule, from `schedulePortfolio(portfolio, options)`, when the caller has
   * it already: it is used as is instead of being recomputed (the other schedule options are then
   * ignored, except that a rescheduling runs on `schedule.calendarId`). It must have been
   * computed from this very portfolio. Default: computed with the other options.
   */
  readonly schedule?: SchedulePortfolioResult;
}

/** Options of {@link criticalDependencies}. */
export interface CriticalDependenciesOptions extends AnalysisOptions {
  /**
   * Keep only the dependencies whose link float is at most this many working days (`0`: only the
   * driving ones). Default `Infinity`: every cross-project dependency.
   */
  readonly maxFloat?: number;
}

/** One cross-project dependency of a portfolio, as {@link criticalDependencies} rates it. */
export interface CriticalDependency {
  /** Position of the dependency in `portfolio.crossDependencies` (tells apart two links between the same tasks). */
  readonly index: number;
  /** Id of the predecessor's project. */
  readonly fromProject: string;
  /** Id of the predecessor task in that project. */
  readonly from: string;
  /** Name of the predecessor task. */
  readonly fromName: string;
  /** Id of the successor's project. */
  readonly toProject: string;
  /** Id of the successor task in that project. */
  readonly to: string;
  /** Name of the successor task. */
  readonly toName: string;
  /** Dependency type. */
  readonly type: DependencyType;
  /** Lag in working days (negative for a lead). */
  readonly lag: number;
  /** The dependency's note, when it has one. */
  readonly note?: string;
  /**
   * Link float in working days of the successor's calendar (the schedule's calendar when every
   * task works on it): how far the predecessor can slip before this link moves its successor, on
   * the portfolio's early schedule. FS: `ES(to) - (EF(from) + lag)`; SS: `ES(to) - (ES(from) +
   * lag)`; FF: `EF(to) - (EF(from) + lag)`; SF: `EF(to) - (ES(from) + lag)` (finishes exclusive,
   * as in {@link ScheduledTask}), where the predecessor's start or finish is taken to the
   * successor's calendar as the engine does (its next working time there). A link on a summary
   * task applies to each of its leaf tasks; its float is the least over those pairs.
   * Negative when a constraint (SNLT, FNLT, MSO, MFO) holds the successor earlier than the link
   * asks: the link is then not honoured.
   */
  readonly float: number;
  /** `float <= 0`: the link sets its successor's early dates (it is among its driving predecessors). */
  readonly driving: boolean;
  /**
   * Whether the link lies on a critical path of the portfolio: it is driving and joins two
   * critical tasks (for a summary end, two of their leaf tasks).
   */
  readonly critical: boolean;
  /**
   * The projects a slip can reach through this link: the projects of the successor and of every
   * task downstream of it through any dependency, in portfolio order (the successor's project is
   * always among them).
   */
  readonly downstreamProjects: readonly string[];
}

/** The slip that {@link impactOfDelay} analyses. */
export interface DelaySpec {
  /** Id of the task's project. */
  readonly projectId: string;
  /** Id of the task within its project (a leaf task, not a WBS summary). */
  readonly taskId: string;
  /** Working days of slip, of the task's own calendar: a finite number >= 0. */
  readonly days: number;
}

/** Options of {@link impactOfDelay}. */
export interface ImpactOfDelayOptions extends AnalysisOptions {
  /** How the task slips, see {@link SlipMode}. Default `'finish'`. */
  readonly mode?: SlipMode;
}

/** A task whose early dates move, in an {@link ImpactOfDelayResult}. */
export interface TaskShift {
  /** Id of the task's project. */
  readonly projectId: string;
  /** Task id. */
  readonly taskId: string;
  /** `taskKey(projectId, taskId)`. */
  readonly key: string;
  /** Task name. */
  readonly name: string;
  /** Whether it is a WBS summary (its dates roll up from its subtasks). */
  readonly summary: boolean;
  /** Whether it is a milestone. */
  readonly milestone: boolean;
  /** Whether it was critical before the slip. */
  readonly critical: boolean;
  /**
   * Working days its early start moves (positive: later), of the task's own calendar (its
   * `calendarId`, else its project's), like its duration and floats. For a WBS summary, the
   * earliest start of its subtasks on the summary's calendar, or, when that calendar does not
   * work on its old start date, on the calendar of the subtask that started it.
   */
  readonly startShift: number;
  /**
   * Working days its early finish moves (positive: later), of the task's own calendar; for a
   * WBS summary, on its calendar, or on that of the subtask that finishes it when the summary's
   * calendar does not work on its new finish date. A finish date that moves later gives a
   * positive shift (a milestone whose date moves while no working time passes counts the working
   * days between its dates).
   */
  readonly finishShift: number;
  /** Early start date before the slip. */
  readonly oldStartDate: string;
  /** Early start date after the slip. */
  readonly newStartDate: string;
  /** Early finish date before the slip. */
  readonly oldFinishDate: string;
  /** Early finish date after the slip. */
  readonly newFinishDate: string;
}

/** A project with tasks that move, in an {@link ImpactOfDelayResult}. */
export interface ProjectShift {
  /** Project id. */
  readonly projectId: string;
  /** Project name. */
  readonly name: string;
  /** Number of its tasks that move (summaries included). */
  readonly movedTasks: number;
  /**
   * Working days its finish moves (0 when only tasks with float move), of the project's calendar
   * (its `calendarId`, else the portfolio's default); when that calendar does not work on the new
   * finish date, of the calendar of the task that finishes there. Positive whenever the finish
   * date moves later.
   */
  readonly finishShift: number;
  /** Finish date before the slip. */
  readonly oldFinishDate: string;
  /** Finish date after the slip. */
  readonly newFinishDate: string;
}

/** What a {@link MissedDate} is about. */
export type MissedDateKind = 'milestone' | 'task-deadline' | 'project-deadline' | 'constraint';

/**
 * A date that a slip makes late, in an {@link ImpactOfDelayResult}: a milestone that moves, a task or
 * project deadline, or a task's SNLT, FNLT, MSO or MFO constraint.
 */
export interface MissedDate {
  /** What is missed. */
  readonly kind: MissedDateKind;
  /** Id of the project. */
  readonly projectId: string;
  /** Id of the task (absent for a project deadline). */
  readonly taskId?: string;
  /** Name of the task, or of the project for a project deadline. */
  readonly name: string;
  /** The constraint type, for `kind: 'constraint'`. */
  readonly constraint?: 'SNLT' | 'FNLT' | 'MSO' | 'MFO';
  /**
   * The date to meet: the deadline or constraint date; for a milestone, its date before the slip.
   * Start dates for SNLT and MSO, finish dates otherwise.
   */
  readonly targetDate: string;
  /**
   * The date forecast after the slip: the task's (or project's) new early date, or later when
   * its links push it past a constraint that holds it (the schedule keeps constraints and leaves
   * such a link unhonoured).
   */
  readonly forecastDate: string;
  /**
   * Working days late after the slip (> 0): for a milestone, its shift (on its own calendar);
   * otherwise of the schedule's (reference) calendar.
   */
  readonly daysLate: number;
  /** Working days late before the slip (0 when the date was met). */
  readonly previouslyLate: number;
}

/** The result of {@link impactOfDelay}. */
export interface ImpactOfDelayResult {
  /** Id of the slipping task's project. */
  readonly projectId: string;
  /** Id of the slipping task. */
  readonly taskId: string;
  /** `taskKey(projectId, taskId)`. */
  readonly key: string;
  /** Working days of slip. */
  readonly days: number;
  /** How the task slips. */
  readonly mode: SlipMode;
  /**
   * Working days the portfolio's finish moves, of the schedule's (reference) calendar; when that
   * calendar does not work on the new finish date, of the calendar of the task that finishes there.
   */
  readonly finishShift: number;
  /** The portfolio's finish date before the slip. */
  readonly oldFinishDate: string;
  /** The portfolio's finish date after the slip. */
  readonly newFinishDate: string;
  /** Every task whose early start or finish moves (the slipping task included), in portfolio order. */
  readonly tasks: readonly TaskShift[];
  /** Every project with a task that moves, in portfolio order. */
  readonly projects: readonly ProjectShift[];
  /** Every date made late (or later), in portfolio order, each task's entries together. */
  readonly missed: readonly MissedDate[];
}

/** Options of {@link singlePointsOfFailure}. */
export interface SinglePointsOfFailureOptions extends AnalysisOptions {
  /** Report tasks and projects whose slip delays the finish of at least this many other projects (an integer >= 0). Default `2`. */
  readonly minProjects?: number;
  /** Working days of slip tried on each task and project (a finite number >= 0). Default `1`. */
  readonly days?: number;
  /** How a task slips, see {@link SlipMode}; a project always slips as a whole. Default `'finish'`. */
  readonly mode?: SlipMode;
}

/** How far a slip delays one project's finish. */
export interface ProjectDelay {
  /** Project id. */
  readonly projectId: string;
  /** Working days its finish moves (> 0), of its calendar, as {@link ProjectShift.finishShift}. */
  readonly days: number;
}

/** A task whose slip delays other projects, in a {@link SinglePointsOfFailureResult}. */
export interface TaskSinglePointOfFailure {
  /** Id of the task's project. */
  readonly projectId: string;
  /** Task id. */
  readonly taskId: string;
  /** `taskKey(projectId, taskId)`. */
  readonly key: string;
  /** Task name. */
  readonly name: string;
  /** Whether the task is critical. */
  readonly critical: boolean;
  /** Its total float in working days. */
  readonly totalFloat: number;
  /** The other projects whose finish its slip delays, in portfolio order. */
  readonly delayedProjects: readonly ProjectDelay[];
}

/** A project whose slip delays other projects, in a {@link SinglePointsOfFailureResult}. */
export interface ProjectSinglePointOfFailure {
  /** Project id. */
  readonly projectId: string;
  /** Project name. */
  readonly name: string;
  /** The other projects whose finish its slip delays, in portfolio order. */
  readonly delayedProjects: readonly ProjectDelay[];
}

/** The result of {@link singlePointsOfFailure}. */
export interface SinglePointsOfFailureResult {
  /** Working days of slip tried. */
  readonly days: number;
  /** Least number of other projects delayed for a task or project to be reported. */
  readonly minProjects: number;
  /** How a task slips. */
  readonly mode: SlipMode;
  /**
   * Leaf tasks whose slip delays at least `minProjects` other projects, most delayed projects
   * first, then largest total delay, then portfolio order.
   */
  readonly tasks: readonly TaskSinglePointOfFailure[];
  /** Projects whose slip as a whole delays at least `minProjects` other projects, ranked likewise. */
  readonly projects: readonly ProjectSinglePointOfFailure[];
}

/** One project of {@link projectDependencyRanking}. */
export interface ProjectDependencyRank {
  /** Project id. */
  readonly projectId: string;
  /** Project name. */
  readonly name: string;
  /** Projects it depends on directly (a cross-project dependency leads from them to it), in portfolio order. */
  readonly predecessors: readonly string[];
  /** Projects that depend on it directly, in portfolio order. */
  readonly successors: readonly string[];
  /** Number of direct predecessor projects. */
  readonly fanIn: number;
  /** Number of direct successor projects. */
  readonly fanOut: number;
  /** Number of cross-project dependencies into it. */
  readonly incomingLinks: number;
  /** Number of cross-project dependencies out of it. */
  readonly outgoingLinks: number;
  /** Every project it depends on, directly or through others, in portfolio order (itself excluded). */
  readonly upstream: readonly string[];
  /** Every project that depends on it, directly or through others, in portfolio order (itself excluded). */
  readonly downstream: readonly string[];
}

/** @deprecated Use {@link ImpactOfDelayResult}: the former name. */
export type DelayImpact = ImpactOfDelayResult;

/** @deprecated Use {@link SinglePointsOfFailureResult}: the former name. */
export type SinglePointsOfFailure = SinglePointsOfFailureResult;
