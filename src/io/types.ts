import type { Project } from '../model/project.js';
import type { Task } from '../model/task.js';

/**
 * A task of a dated schedule, as the diagram exports read it: small and structural, so that any
 * schedule fits, leveled or not. A task of `schedule` / `schedulePortfolio` fits (early dates,
 * critical flags, driving predecessors), a task of `levelResources` fits (leveled dates), and so
 * does any plain object with these fields (e.g. the `tasks` of `pmo cpm --json` or
 * `pmo level --json`).
 *
 * Dates: `startDate` / `finishDate` when `startDate` is given (a leveled schedule's), else
 * `earlyStartDate` / `earlyFinishDate` (a CPM schedule's); a missing finish is the start. The two
 * pairs are never mixed.
 *
 * @example
 * ```ts
 * const leveled: DatedTask = { id: 'a', projectId: 'p', startDate: '2026-01-05', finishDate: '2026-01-09' };
 * const early: DatedTask = { id: 'a', critical: true, earlyStartDate: '2026-01-05', earlyFinishDate: '2026-01-09' };
 * ```
 */
export interface DatedTask {
  /** Task id. */
  readonly id: string;
  /** Project id; needed only when task ids repeat across the projects of a portfolio. */
  readonly projectId?: string | undefined;
  /** Whether the task is critical. Default `false` (a leveled schedule has no critical flags). */
  readonly critical?: boolean | undefined;
  /** First working day (`YYYY-MM-DD`) of a leveled schedule; read before `earlyStartDate`. */
  readonly startDate?: string | null | undefined;
  /** Last working day (`YYYY-MM-DD`) of a leveled schedule; goes with `startDate`. */
  readonly finishDate?: string | null | undefined;
  /** First working day (`YYYY-MM-DD`) of a CPM schedule, used when `startDate` is absent. */
  readonly earlyStartDate?: string | null | undefined;
  /** Last working day (`YYYY-MM-DD`; a milestone's equals its start) of a CPM schedule. */
  readonly earlyFinishDate?: string | null | undefined;
  /** Duration in working days (informational). */
  readonly duration?: number | undefined;
  /**
   * Predecessors that drive the task (ids, or `projectId/taskId` keys as `taskKey` makes them).
   * When given, a link into the task is drawn critical only if it drives it; otherwise a link is
   * critical when both its tasks are.
   */
  readonly drivingPredecessors?: readonly string[] | undefined;
}

/**
 * A dated schedule as the diagram exports read it: its tasks. `schedule(project)`,
 * `schedulePortfolio(portfolio)` and `levelResources(portfolio)` all fit.
 *
 * @example
 * ```ts
 * toMermaidGantt(project, levelResources(portfolio)); // the leveled plan
 * toMermaidGantt(project, schedulePortfolio(portfolio)); // the early plan, critical tasks tagged
 * ```
 */
export interface DatedSchedule {
  /** Scheduled tasks; tasks of the project that are missing count as not critical and undated. */
  readonly tasks: readonly DatedTask[];
}

/**
 * The former name of {@link DatedTask} (whose `critical` was required).
 *
 * @deprecated Use {@link DatedTask}.
 */
export type ScheduledTaskLike = DatedTask;

/**
 * The former name of {@link DatedSchedule}.
 *
 * @deprecated Use {@link DatedSchedule}.
 */
export type ScheduleLike = DatedSchedule;

/** A task label accessor: the text shown for a task (default: its name, or its id when unnamed). */
export type TaskLabel = (task: Task, project: Project) => string;
