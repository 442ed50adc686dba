import type { DependencyType } from '../model/task.js';

/**
 * One activity of an {@link RcpspInstance}. Times are integer periods from time 0; finishes are
 * exclusive (`finish = start + duration`, or on a {@link RcpspActivity.calendar}: one past its
 * last working period).
 */
export interface RcpspActivity {
  /** Unique id. */
  readonly id: string;
  /** Duration in periods: an integer >= 0. A zero-duration activity uses no resource. */
  readonly duration: number;
  /**
   * Demand per period on each resource, in the order of {@link RcpspInstance.resources}: finite
   * numbers >= 0 (fractions allowed, see {@link RcpspResource.capacity}). Missing entries are 0;
   * default: no demand.
   */
  readonly demands?: readonly number[];
  /** Release date: the activity starts at this period or later (an integer >= 0). Default `0`. */
  readonly release?: number;
  /**
   * Deadline: the activity should finish by this period (an integer, exclusive end). By default
   * deadlines are soft: the solver minimizes the total lateness first, then the objective, and a
   * missed deadline is reported by {@link verifySchedule}; {@link SolveRcpspOptions.deadlines}
   * makes them hard (met, or a {@link DeadlineError}) or ignores them.
   */
  readonly deadline?: number;
  /** Id of the activity's project in {@link RcpspInstance.projects} (multi-project instances). */
  readonly project?: string;
  /**
   * Flexible demands: each asks, in every period the activity runs, for `units` from any mix of
   * the resources it lists (e.g. the people who have a skill). See {@link RcpspGroupDemand} for
   * the exact rule. Default: none.
   */
  readonly groupDemands?: readonly RcpspGroupDemand[];
  /**
   * Id of the activity's working calendar in {@link RcpspInstance.calendars}. The activity then
   * starts on a working period of it, its `duration` periods of work are the next working periods
   * of the calendar (it holds no resource during the breaks between them) and it finishes one past
   * the last of them; lags of the links into it count its working periods (see
   * {@link RcpspCalendar}). Default: none (every period works).
   */
  readonly calendar?: string;
}

/**
 * A working calendar of an {@link RcpspInstance}: the periods it does not work, as half-open
 * ranges `[from, to)` of integers with `from < to` (from -67108863 to 67108863), sorted and not
 * overlapping (touching ranges are allowed). Every other period works, in particular every period
 * before the first break and from the end of the last break on. Breaks before 0 matter although
 * nothing starts before 0: a milestone at the start finishes at the end of its calendar's last
 * working period before it, and lags count the periods a calendar works between an instant before
 * 0 and a start after it (`levelResources` writes a portfolio's calendars back as far as that can
 * matter). The solver tabulates breaks before 0 only down to where its passes can reach (the last
 * working period before 0, then as many more as a backward pass can cross); those further back
 * cost nothing.
 *
 * **Semantics** (those of `schedule()` on task calendars, counted in periods). Write `W(t)` for the
 * working periods of a calendar in `[0, t)` (minus those in `[t, 0)` when t < 0: its *position* of
 * t). An activity on the calendar starts on one of its working periods, at position `x = W(start)`,
 * works at positions `x … x + duration - 1` and finishes one past the last of them. A link
 * `from -> to` of type XY and lag L holds when `to`'s position of its start (Y = S) or of its finish (Y = F,
 * start position plus duration) is at least `W_to(X(from)) + L`, with `W_to` the position on `to`'s
 * calendar and `X(from)` the instant of `from`'s start (X = S) or finish (X = F): so lags count
 * working periods of the successor's calendar, a successor whose calendar does not work when its
 * predecessor finishes starts on its own next working period, and an FF or SF successor has done,
 * by its finish, all the work its calendar offered before that instant (plus the lag). The finish
 * instant of a zero-duration activity on a calendar is the end of the last working period before
 * its start (the same position, as in `schedule()`); it is also its finish for makespans, deadlines
 * and late placement (it can be before its start). Without calendars all of this reduces to the
 * start-to-start distances of {@link RcpspPrecedence}.
 */
export interface RcpspCalendar {
  /** Unique id, named by {@link RcpspActivity.calendar}. */
  readonly id: string;
  /**
   * Non-working periods `[from, to)`, sorted, not overlapping, `-67108863 <= from < to <=
   * 67108863`. The solver tabulates each calendar an activity uses over its horizon (the latest
   * release or break end, plus the breaks before 0, plus every duration and positive lag) on both
   * sides of 0: calendars × horizon must stay within 67,108,863 periods, else a `PmoError`.
   */
  readonly breaks: readonly (readonly [number, number])[];
}

/**
 * A flexible demand of an {@link RcpspActivity}: `units` per period that any mix of the listed
 * resources may cover (fractions of a resource allowed), e.g. "1 unit of a developer at level 3"
 * or, with one resource, a named person.
 *
 * **Exact rule.** In each period, the demands running in it (the dedicated
 * {@link RcpspActivity.demands} on these resources and every group demand) must be met by one
 * assignment of the resources' capacity in that period: a transportation (max-flow) problem,
 * checked exactly, not per resource or per group.
 *
 * **What a group demand asks in a period.** Its `units`, or, when its resources cannot give that
 * much in the period even to this activity alone, all they can give: an activity's group demands
 * are taken in order, each asking for its units or, if less, the most that its resources can still
 * give in the period (rerouting the activity's earlier demands if that helps) after the activity's
 * dedicated demands and earlier group demands. So a group demand whose resources are all absent in
 * a period (capacity 0) asks for nothing in it: the activity goes on without them, and an activity
 * alone is never blocked by its group demands.
 */
export interface RcpspGroupDemand {
  /** Units per period: a finite number >= 0 (fractions allowed, scaled like {@link RcpspResource.capacity}). */
  readonly units: number;
  /** Ids of the resources (in {@link RcpspInstance.resources}) that may cover it; at least one, no duplicates. */
  readonly resources: readonly string[];
  /** A label for reports (e.g. `skill:dev@3`). Default: the resource ids joined by `|`. */
  readonly label?: string;
}

/** A renewable resource of an {@link RcpspInstance}. */
export interface RcpspResource {
  /** Unique id. */
  readonly id: string;
  /**
   * Units available per period (finite, >= 0). Fractions are allowed: demands and capacities are
   * scaled internally to integers by the smallest power of ten (up to 10^6) that makes them whole.
   * This is the capacity from the end of {@link RcpspResource.profile} on, and must cover every
   * single demand on the resource (or no schedule would exist).
   */
  readonly capacity: number;
  /**
   * Capacity per period from period 0 on (e.g. 0 on holidays), finite numbers >= 0; after the
   * last entry the capacity is {@link RcpspResource.capacity}. Default: constant capacity.
   */
  readonly profile?: readonly number[];
}

/**
 * A precedence `from -> to` of an {@link RcpspInstance}: any of the four link types with an
 * integer lag (negative for a lead). Between activities without calendars it is the minimum
 * start-to-start distance `start(to) >= start(from) + d` with `d = lag + duration(from)` (FS),
 * `lag` (SS), `lag + duration(from) - duration(to)` (FF) or `lag - duration(to)` (SF); with
 * calendars the lag counts working periods of `to`'s calendar (see {@link RcpspCalendar}).
 * Distances may be negative; the links must not form a cycle.
 */
export interface RcpspPrecedence {
  /** Predecessor id. */
  readonly from: string;
  /** Successor id. */
  readonly to: string;
  /** Link type. Default `'FS'`. */
  readonly type?: DependencyType;
  /** Lag in periods, an integer. Default `0`. */
  readonly lag?: number;
}

/** A project of a multi-project {@link RcpspInstance}. */
export interface RcpspProject {
  /** Unique id, named by {@link RcpspActivity.project}. */
  readonly id: string;
  /** Release date: no activity of the project starts earlier (an integer >= 0). Default `0`. */
  readonly release?: number;
  /**
   * Weight of the project's delay in the `'delay'` objective (a finite number > 0), e.g. from its
   * priority. Default `1`.
   */
  readonly weight?: number;
}

/**
 * A resource-constrained project scheduling problem (RCPSP), single- or multi-project: activities
 * with integer durations and per-period demands, renewable resources with a capacity per period,
 * and generalized precedences. The public, plain-object form; {@link solveRcpsp} compiles it to
 * typed arrays once.
 */
export interface RcpspInstance {
  /** The activities. */
  readonly activities: readonly RcpspActivity[];
  /** The renewable resources. Default: none. */
  readonly resources?: readonly RcpspResource[];
  /** The precedences. Default: none. */
  readonly precedences?: readonly RcpspPrecedence[];
  /**
   * The projects (multi-project instances). Activities without `project` form one implicit
   * project. Default: one project holding every activity.
   */
  readonly projects?: readonly RcpspProject[];
  /**
   * Working calendars that activities may name ({@link RcpspActivity.calendar}). Default: none
   * (every activity works every period).
   */
  readonly calendars?: readonly RcpspCalendar[];
}

/** Schedule generation scheme: serial (activity-oriented) or parallel (time-oriented). */
export type SgsScheme = 'serial' | 'parallel';

/**
 * Priority rule of a schedule generation scheme:
 * - `LFT`: latest finish time first (smallest critical-path late finish);
 * - `LST`: latest start time first (smallest late start);
 * - `MinSlack`: minimum slack `LS - ES`, with `ES` the earliest precedence-feasible start given the
 *   activities already scheduled (in the parallel scheme it orders like `LST`);
 * - `GRPW`: greatest rank positional weight (own duration plus the durations of the immediate
 *   successors) first;
 * - `random`: a uniformly random precedence-feasible order (seeded).
 * Ties go to the activity listed first.
 */
export type PriorityRule = 'LFT' | 'LST' | 'MinSlack' | 'GRPW' | 'random';

/** Objective of the solver. */
export type RcpspObjective = 'makespan' | 'delay';

/**
 * How deadlines count: `'soft'`: the total lateness is minimized before the objective and the
 * best schedule is returned even when it misses some; `'hard'`: every deadline is met or a
 * {@link DeadlineError} lists those not met; `'ignore'`: deadlines are not read.
 */
export type DeadlineMode = 'soft' | 'hard' | 'ignore';

/** One project of a {@link SolveRcpspResult}. */
export interface RcpspProjectResult {
  /** Project id (`''` for the implicit project of activities without one). */
  readonly id: string;
  /** Its release date. */
  readonly release: number;
  /**
   * Latest finish of its activities, and at least its release (a milestone at the start on a
   * calendar finishes at the end of its calendar's last working period before it, which can be
   * before the release).
   */
  readonly finish: number;
  /**
   * Its critical-path duration alone: from its release to its earliest finish, without resource
   * limits and without links to other projects.
   */
  readonly criticalPathDuration: number;
  /** `finish - release - criticalPathDuration` (>= 0 unless links to other projects pull it earlier). */
  readonly delay: number;
}

/** The result of {@link solveRcpsp}: the best schedule found (and of {@link generateSchedule}: the one it generates). */
export interface SolveRcpspResult {
  /** Start period of each activity, in the order of {@link RcpspInstance.activities}. */
  readonly starts: readonly number[];
  /** Latest finish, and at least 0 (0 for an instance without activities, or with only milestones finishing before 0). */
  readonly makespan: number;
  /** Average project delay (see {@link RcpspProjectResult.delay}). */
  readonly averageDelay: number;
  /** Sum over activities of the periods they finish after their deadline (0 when all are met). */
  readonly lateness: number;
  /** Number of complete schedules generated (each forward or backward pass counts one). */
  readonly schedules: number;
  /**
   * A lower bound of the makespan: the larger of the critical-path length (with release dates)
   * and the resource bound (for each resource, the time by which its capacity covers the total
   * work asked of it).
   */
  readonly lowerBound: number;
  /** The critical-path length with release dates and without resource limits (as the makespan, at least 0). */
  readonly criticalPathLength: number;
  /** Every project, in the order of {@link RcpspInstance.projects} (the implicit one last). */
  readonly projects: readonly RcpspProjectResult[];
}

/** A violation found by {@link verifySchedule}. */
export type ScheduleViolation =
  | {
      /** A start is not an integer period (within ±2^26 - 1), or is missing. */
      readonly kind: 'start';
      /** The activity. */
      readonly activity: string;
      /** The start given. */
      readonly start: unknown;
    }
  | {
      /** A precedence is not respected. */
      readonly kind: 'precedence';
      /** Predecessor id. */
      readonly from: string;
      /** Successor id. */
      readonly to: string;
      /** Link type. */
      readonly type: DependencyType;
      /** Lag. */
      readonly lag: number;
      /** The earliest start of `to` allowed by the link. */
      readonly required: number;
      /** The start of `to`. */
      readonly start: number;
      /** `required - start` (> 0). */
      readonly amount: number;
    }
  | {
      /** An activity on a calendar starts in a break of it (not on a working period). */
      readonly kind: 'calendar';
      /** The activity. */
      readonly activity: string;
      /** Its calendar. */
      readonly calendar: string;
      /** Its start. */
      readonly start: number;
    }
  | {
      /** An activity starts before its own or its project's release date. */
      readonly kind: 'release';
      /** The activity. */
      readonly activity: string;
      /** The release date. */
      readonly release: number;
      /** Its start. */
      readonly start: number;
      /** `release - start` (> 0). */
      readonly amount: number;
    }
  | {
      /** An activity finishes after its deadline. */
      readonly kind: 'deadline';
      /** The activity. */
      readonly activity: string;
      /** The deadline. */
      readonly deadline: number;
      /** Its finish. */
      readonly finish: number;
      /** `finish - deadline` (> 0). */
      readonly amount: number;
    }
  | {
      /** The demand on a resource exceeds its capacity in a period. */
      readonly kind: 'capacity';
      /** The resource. */
      readonly resource: string;
      /** The period. */
      readonly period: number;
      /** Total demand in the period. */
      readonly demand: number;
      /** Capacity in the period. */
      readonly capacity: number;
      /** `demand - capacity` (> 0). */
      readonly amount: number;
      /** The activities using the resource in the period, in instance order. */
      readonly activities: readonly string[];
    }
  | {
      /**
       * No assignment of the resources' capacity in a period meets the group demands (and the
       * dedicated demands on their resources) running in it (see {@link RcpspGroupDemand}).
       */
      readonly kind: 'assignment';
      /** The period. */
      readonly period: number;
      /**
       * Labels of the group demands that cannot all be met (a set of demands whose total exceeds
       * what the resources able to meet them can give: the smallest such set the flow finds), in
       * order of first appearance; a dedicated demand appears as `resource:<id>`.
       */
      readonly groups: readonly string[];
      /** The activities with those demands, in instance order. */
      readonly activities: readonly string[];
      /** The resources able to meet them, in instance order. */
      readonly resources: readonly string[];
      /** Total units those demands ask for in the period. */
      readonly demand: number;
      /** Total capacity of those resources in the period. */
      readonly capacity: number;
      /** Units that no assignment can cover (> 0): total demand of the period minus the maximum flow. */
      readonly amount: number;
    };

/** The result of {@link generateSchedule}: one schedule, of the same shape as {@link solveRcpsp}'s. */
export type GenerateScheduleResult = SolveRcpspResult;

/** @deprecated Use {@link SolveRcpspResult} (or {@link GenerateScheduleResult}): the former name. */
export type RcpspSolution = SolveRcpspResult;
