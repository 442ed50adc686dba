/**
 * The task objects of a schedule, built from its columns (columns.ts), and a result's `tasks`
 * property that builds them on first read. Private to pmo-kit.
 *
 * A result's `tasks` is an enumerable getter that builds the objects on first read and replaces
 * itself with them (a plain data property from then on, in its place among the keys), so that
 * `JSON.stringify`, `structuredClone`, spreading, `Object.keys` and deep equality see exactly the
 * objects of an eager result.
 */
import type { ScheduleColumns, ScheduledTask } from '../types.js';

const EMPTY: readonly string[] = Object.freeze([]);

/** What driving predecessors are called: an array of names, or a function of the task index. */
export type Names = readonly string[] | { readonly at: (i: number) => string };

/** The lowest day of the dates of tasks `lo..hi-1`, and one past the highest. */
function dayRange(c: ScheduleColumns, lo: number, hi: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const col of [c.earlyStartDay, c.earlyFinishDay, c.lateStartDay, c.lateFinishDay])
    for (let g = lo; g < hi; g++) {
      const d = col[g]!;
      if (d < min) min = d;
      if (d > max) max = d;
    }
  return hi > lo ? [min, max + 1] : [0, 0];
}

/**
 * The task objects `lo..hi-1` (every task by default), with the fields and field order of a
 * {@link ScheduledTask}; `names` names the driving predecessors (ids, or keys in a portfolio);
 * `keys`: every task's key, made already (else `keyOf`). A hot loop over every task, in a
 * top-level function: dates from a local table, every object of the same shape.
 */
export function taskObjects(c: ScheduleColumns, names: Names, keys: readonly string[] | null, keyOf: (g: number) => string, lo = 0, hi = c.length): ScheduledTask[] {
  const { id, name, projectIds, projectIndex, summary, milestone, duration, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat, critical, nearCritical } = c;
  const { earlyStartDay, earlyFinishDay, lateStartDay, lateFinishDay, drivingOffsets, drivingPredecessors } = c;
  // The date strings of the days in range, each asked of the columns once.
  const [d0, d1] = dayRange(c, lo, hi);
  const dates = d1 - d0 <= 4 * (hi - lo) + 4096 ? new Array<string | undefined>(d1 - d0) : null;
  const dateOf = (day: number): string => (dates === null ? c.dateOf(day) : (dates[day - d0] ??= c.dateOf(day)));
  const list = Array.isArray(names) ? (names as readonly string[]) : null;
  const at = list === null ? (names as { at: (i: number) => string }).at : null;
  const out: ScheduledTask[] = new Array<ScheduledTask>(hi - lo);
  for (let g = lo; g < hi; g++) {
    const dlo = drivingOffsets[g]!;
    const dhi = drivingOffsets[g + 1]!;
    let drivers: readonly string[] = EMPTY;
    if (dhi > dlo) {
      const ds = new Array<string>(dhi - dlo);
      for (let j = dlo; j < dhi; j++) ds[j - dlo] = list !== null ? list[drivingPredecessors[j]!]! : at!(drivingPredecessors[j]!);
      drivers = ds;
    }
    const es = earlyStart[g]!;
    const ef = earlyFinish[g]!;
    const esDate = dateOf(earlyStartDay[g]!);
    const efDate = dateOf(earlyFinishDay[g]!);
    out[g - lo] = {
      id: id[g]!,
      projectId: projectIds[projectIndex[g]!]!,
      key: keys !== null ? keys[g]! : keyOf(g),
      name: name[g]!,
      summary: summary[g] === 1,
      milestone: milestone[g] === 1,
      duration: duration[g]!,
      start: es,
      finish: ef,
      startDate: esDate,
      finishDate: efDate,
      earlyStart: es,
      earlyFinish: ef,
      lateStart: lateStart[g]!,
      lateFinish: lateFinish[g]!,
      earlyStartDate: esDate,
      earlyFinishDate: efDate,
      lateStartDate: dateOf(lateStartDay[g]!),
      lateFinishDate: dateOf(lateFinishDay[g]!),
      totalFloat: totalFloat[g]!,
      freeFloat: freeFloat[g]!,
      critical: critical[g] === 1,
      nearCritical: nearCritical[g] === 1,
      drivingPredecessors: drivers,
    };
  }
  return out;
}

/**
 * Every task object of the columns: driving predecessors by id (`single`: one project) or by key
 * (the keys made once).
 */
export function allTaskObjects(c: ScheduleColumns, single: boolean): ScheduledTask[] {
  const keys = new Array<string>(c.length);
  for (let g = 0; g < c.length; g++) keys[g] = c.keyOf(g);
  return taskObjects(c, single ? c.id : keys, keys, (g) => keys[g]!);
}

/** The columns of the results `schedule` and `schedulePortfolio` made (see {@link scheduleColumns}). */
const COLUMNS = new WeakMap<object, ScheduleColumns>();

/** The columns a result was built from, if the engine made it. */
export function columnsOf(result: object): ScheduleColumns | undefined {
  return COLUMNS.get(result);
}

/**
 * Makes `result.tasks` an enumerable getter that builds the task objects from the columns on
 * first read and replaces itself with them (a data property, in its place among the keys); `result`
 * must already have a `tasks` property (its position). Remembers the columns for
 * {@link scheduleColumns}.
 */
export function lazyTasks(result: { tasks: unknown }, c: ScheduleColumns, single: boolean): void {
  COLUMNS.set(result, c);
  let tasks: ScheduledTask[] | undefined;
  Object.defineProperty(result, 'tasks', {
    enumerable: true,
    configurable: true,
    get() {
      tasks ??= allTaskObjects(c, single);
      // A frozen result keeps its getter (which returns the same objects on every read).
      if (Object.getOwnPropertyDescriptor(result, 'tasks')?.configurable === true)
        Object.defineProperty(result, 'tasks', { value: tasks, enumerable: true, configurable: true, writable: true });
      return tasks;
    },
    set(value: unknown) {
      Object.defineProperty(result, 'tasks', { value, enumerable: true, configurable: true, writable: true });
    },
  });
}
