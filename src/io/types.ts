import type { Project } from '../model/project.js';
import type { Task } from '../model/task.js';

/**
 * The least the diagram exports need from a schedule. The result of the schedule engine fits it;
 * so does any object with these fields (e.g. the `tasks` of `pmo cpm --json`).
 */
export interface ScheduledTaskLike {
  /** Task id. */
  readonly id: string;
  /** Project id; needed only when task ids repeat across the projects of a portfolio. */
  readonly projectId?: string | undefined;
  /** Whether the task is critical. */
  readonly critical: boolean;
  /** First working day (`YYYY-MM-DD`), for the Gantt chart. */
  readonly earlyStartDate?: string | null | undefined;
  /** Last working day (`YYYY-MM-DD`; a milestone's equals its start), for the Gantt chart. */
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

/** A schedule as the diagram exports read it: its tasks' critical flags and dates. */
export interface ScheduleLike {
  /** Scheduled tasks; tasks of the project that are missing count as not critical and undated. */
  readonly tasks: readonly ScheduledTaskLike[];
}

/** A task label accessor: the text shown for a task (default: its name, or its id when unnamed). */
export type TaskLabel = (task: Task, project: Project) => string;
