/**
 * The first stages of every schedule, shared by `scheduleCore` (core.ts) and the compiled network
 * (compiled.ts): the task table, the WBS and the calendar plan of the kernel's nodes. Private to
 * schedule.
 */
import { planCalendars, type CalendarPlan } from './multiCalendar.js';
import type { CoreRequest } from './request.js';
import { readWbs } from './summaries.js';
import { readTasks, type TaskTable } from './taskTable.js';

/** What the first stages read: kernel node k is leaf task `taskOf[k]` (task k without a WBS). */
export interface ScheduleFrame {
  readonly t: TaskTable;
  readonly wbs: ReturnType<typeof readWbs>;
  /** Kernel nodes: the leaf tasks (every task without a WBS). */
  readonly n: number;
  readonly taskOf: Int32Array | null;
  readonly taskOfNode: (k: number) => number;
  /** The per-node calendars when tasks' calendars differ from the reference, else `null`. */
  readonly mc: CalendarPlan | null;
}

/** Reads the tasks, the WBS and the calendars of a request. Throws what those stages throw. */
export function readFrame(req: CoreRequest): ScheduleFrame {
  const { fn, calendar: ref } = req;
  const t = readTasks(req);
  const wbs = readWbs(fn, t);
  const n = wbs === null ? t.N : wbs.L;
  const taskOf = wbs === null ? null : wbs.taskOfLeaf;
  const taskOfNode = (k: number): number => (taskOf === null ? k : taskOf[k]!);
  const mc = planCalendars({
    fn,
    ref,
    projectCalendars: req.projectCalendars,
    taskCalendar: req.taskCalendar,
    withCalendar: t.withCalendar,
    gTask: t.gTask,
    gProj: t.gProj,
    n,
    taskOfNode,
    nodeOf: (g) => (wbs === null ? g : wbs.leafOf[g]!),
    isSum: (g) => wbs !== null && wbs.isSummary[g] === 1,
    whereOf: t.whereOf,
    originDay: t.originDay,
    projStartDay: t.projStartDay,
  });
  return { t, wbs, n, taskOf, taskOfNode, mc };
}
