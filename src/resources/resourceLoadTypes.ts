import type { DatedSchedule, DatedTask } from '../schedule/types.js';

/** Granularity of {@link resourceLoading} and {@link overallocations}. */
export type LoadingPeriodUnit = 'day' | 'week' | 'month';

/**
 * One task of a {@link LoadingScheduleInput}: a {@link DatedTask} with its project and its offsets
 * on the schedule's axis (a {@link ScheduledTask} or a {@link LeveledTask}). Its demands apply from
 * `start` to `finish`; when tasks work on calendars whose working days differ from the
 * schedule's, the days it works are read from `startDate` / `finishDate` (offsets on the
 * schedule's calendar cannot tell, e.g., a Saturday), and `duration` (in working days of its own
 * calendar; default: the portfolio task's) sets its span where the offsets cannot tell the
 * fractions of a day.
 */
export interface LoadingScheduleTask extends DatedTask {
  /** Id of the task's project. */
  readonly projectId: string;
  /** Start offset. */
  readonly start: number;
  /** Finish offset, exclusive. */
  readonly finish: number;
}

/**
 * A schedule whose resource loading is measured: a {@link SchedulePortfolioResult} from
 * `schedulePortfolio` (its early dates) or a {@link LevelResourcesResult} from
 * {@link levelResources} (its leveled dates). Offsets count working days of `calendarId` from
 * `startDate` (offset 0).
 */
export interface LoadingScheduleInput extends DatedSchedule {
  /** Calendar of the axis. */
  readonly calendarId: string;
  /** Date of offset 0. */
  readonly startDate: string;
  /**
   * Whether the offsets count the days any task calendar works (a leveled schedule's
   * `unionAxis`) rather than `calendarId`'s working days. Default false.
   */
  readonly unionAxis?: boolean;
  /** The tasks; summaries may be present (their demands are ignored). */
  readonly tasks: readonly LoadingScheduleTask[];
}

/** The options {@link resourceLoading} and {@link overallocations} share. */
export interface LoadingOptions {
  /** Period length: working days, ISO weeks or calendar months. Default `'day'`. */
  readonly by?: LoadingPeriodUnit;
}

/** Options of {@link resourceLoading}. */
export interface ResourceLoadingOptions extends LoadingOptions {}

/** Options of {@link overallocations}. */
export interface OverallocationsOptions extends LoadingOptions {}

/** A period of a {@link ResourceLoadingResult}. */
export interface LoadingPeriod {
  /** `YYYY-MM-DD` (day), `YYYY-Www` (ISO week) or `YYYY-MM` (month). */
  readonly key: string;
  /** First working day of the period (on the schedule's calendar). */
  readonly startDate: string;
  /** Last working day of the period. */
  readonly endDate: string;
  /** Working days in the period. */
  readonly workingDays: number;
}

/** Demand and capacity of one resource, skill or pool over the periods of a {@link ResourceLoadingResult}. */
export interface LoadingSeries {
  /** `'resource'`, `'skill'` (a skill at a minimum level) or `'pool'`. */
  readonly kind: 'resource' | 'skill' | 'pool';
  /** Resource id, skill id (`skill` or `skill@level`), or pool id. */
  readonly id: string;
  /** Name (for a skill: e.g. `backend (level >= 4)`). */
  readonly name: string;
  /** Ids of the qualified resources (skill) or members (pool); `null` for a resource. */
  readonly members: readonly string[] | null;
  /** Capacity per period in unit-days (units × available working days). */
  readonly capacity: readonly number[];
  /** Demand per period in unit-days. */
  readonly demand: readonly number[];
  /** `demand / capacity` per period; `null` when the capacity is 0. */
  readonly utilization: readonly (number | null)[];
  /** Number of periods with at least one over-allocated day. */
  readonly overloadedPeriods: number;
}

/** The result of {@link resourceLoading}. */
export interface ResourceLoadingResult {
  /** Calendar of the axis. */
  readonly calendarId: string;
  /** Date of offset 0. */
  readonly startDate: string;
  /** The period unit. */
  readonly by: LoadingPeriodUnit;
  /** The periods, from offset 0 to the last finish. */
  readonly periods: readonly LoadingPeriod[];
  /** Every resource of the portfolio, in input order. */
  readonly resources: readonly LoadingSeries[];
  /** Every skill (at a minimum level) that some task asks for, in order of first use. */
  readonly skills: readonly LoadingSeries[];
  /** Every pool, in input order (then pools named only by `resource.poolId`). */
  readonly pools: readonly LoadingSeries[];
  /** What the loading does not model exactly (empty: task calendars are followed day by day). */
  readonly warnings: readonly string[];
}

/** A task contributing to an {@link Overallocation}. */
export interface OverallocationTask {
  /** Project id. */
  readonly projectId: string;
  /** Task id. */
  readonly taskId: string;
  /** `taskKey(projectId, taskId)`. */
  readonly key: string;
  /** Its largest daily demand on the resource, skill or pool in the period's over-allocated days. */
  readonly units: number;
}

/** A period in which a resource, skill or pool is asked for more than it can give (an aggregate). */
export interface EntityOverallocation {
  /** Kind of the over-allocated entity. */
  readonly kind: 'resource' | 'skill' | 'pool';
  /** Its id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The period key (see {@link LoadingPeriod}). */
  readonly period: string;
  /** First working day of the period. */
  readonly startDate: string;
  /** Last working day of the period. */
  readonly endDate: string;
  /** Over-allocated working days in the period. */
  readonly days: number;
  /** Largest daily demand in the period. */
  readonly peakDemand: number;
  /** Capacity on the day of the peak. */
  readonly capacity: number;
  /** Sum over the over-allocated days of `demand - capacity` (unit-days). */
  readonly excess: number;
  /** The tasks with demand on it during the over-allocated days, by project then task order. */
  readonly tasks: readonly OverallocationTask[];
  /** Ids of their projects, in portfolio order. */
  readonly projects: readonly string[];
}

/**
 * A period with moments in which no assignment of people to the running demands exists although
 * every resource, skill and pool may hold on its own (e.g. three skills over overlapping people):
 * the demands of a minimum cut of the per-moment max-flow, as `verifySchedule` reports them
 * (`kind: 'assignment'`).
 */
export interface AssignmentOverallocation {
  /** `'assignment'`. */
  readonly kind: 'assignment';
  /** The demands that cannot all be met, joined by `+` (e.g. `skill:backend+resource:ana`). */
  readonly id: string;
  /** The demands and the people able to meet them, e.g. `skill:X, skill:Y over a, b, c`. */
  readonly name: string;
  /** The period key (see {@link LoadingPeriod}). */
  readonly period: string;
  /** First working day of the period. */
  readonly startDate: string;
  /** Last working day of the period. */
  readonly endDate: string;
  /** Working days of the period with such a shortfall. */
  readonly days: number;
  /** Labels of the demands: `skill:<skill>[@level]` or `resource:<id>`, in order of their tasks. */
  readonly demands: readonly string[];
  /** Ids of the resources able to meet them (in input order). */
  readonly resources: readonly string[];
  /** What those demands ask at once (units) at the moment of the largest shortfall. */
  readonly peakDemand: number;
  /** What those resources give at that moment (units). */
  readonly capacity: number;
  /** The largest shortfall: units that no assignment covers at one moment (`> 0`). */
  readonly shortfall: number;
  /** The shortfall summed over time (unit-days). */
  readonly excess: number;
  /** The tasks asking for those demands, with the most they ask at one moment (units), by project then task order. */
  readonly tasks: readonly OverallocationTask[];
  /** Their projects, in portfolio order. */
  readonly projects: readonly string[];
}

/**
 * An entry of {@link overallocations}: a resource, skill or pool over capacity in a period
 * ({@link EntityOverallocation}), or demands that no assignment of people meets
 * ({@link AssignmentOverallocation}, `kind: 'assignment'`).
 */
export type Overallocation = EntityOverallocation | AssignmentOverallocation;

/** @deprecated Use {@link ResourceLoadingResult}: the former name. */
export type ResourceLoading = ResourceLoadingResult;
