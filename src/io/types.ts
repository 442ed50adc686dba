import type { Project } from '../model/project.js';
import type { Task } from '../model/task.js';
import type { DatedSchedule, DatedTask } from '../schedule/types.js';

export type { DatedSchedule, DatedTask } from '../schedule/types.js';

/** @deprecated Use {@link DatedTask}: the former name. */
export type ScheduledTaskLike = DatedTask;

/** @deprecated Use {@link DatedSchedule}: the former name. */
export type ScheduleLike = DatedSchedule;

/** A task label accessor: the text shown for a task (default: its name, or its id when unnamed). */
export type TaskLabel = (task: Task, project: Project) => string;
