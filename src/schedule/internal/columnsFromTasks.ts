/**
 * {@link ScheduleColumns} built from a result's task objects (a result the engine did not make:
 * a copy, a progress result, one read back from JSON). Private to pmo-kit. O(V + drivers).
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { taskKey } from '../taskKey.js';
import type { ScheduleColumns, ScheduledTask } from '../types.js';
import { makeColumns } from './columns.js';

/** The columns of `result.tasks`; driving predecessors name tasks by key when `byKey`, else by id. */
export function columnsFromTasks(
  fn: string,
  result: { readonly tasks?: unknown },
  byKey: boolean,
  dayNumber: (date: string) => number | undefined,
  iso: (day: number) => string,
): ScheduleColumns {
  const tasks = result.tasks;
  if (!Array.isArray(tasks)) throw new PmoError('INVALID_ARGUMENT', `${fn}: result.tasks must be an array, got ${show(tasks)}`);
  const N = tasks.length;
  const bad = (i: number, what: string): never => {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: result.tasks[${i}] ${what}`);
  };
  const num = (i: number, t: Record<string, unknown>, k: string): number => {
    const v = t[k];
    return typeof v === 'number' ? v : bad(i, `needs a number ${k}, got ${show(v)}`);
  };
  const day = (i: number, t: Record<string, unknown>, k: string): number => {
    const v = t[k];
    const d = typeof v === 'string' ? dayNumber(v) : undefined;
    return d !== undefined ? d : bad(i, `needs a date ${k} as YYYY-MM-DD, got ${show(v)}`);
  };
  const f64 = (): Float64Array => new Float64Array(N);
  const i32 = (): Int32Array => new Int32Array(N);
  const c = {
    length: N,
    id: new Array<string>(N),
    name: new Array<string>(N),
    projectIds: [] as string[],
    projectIndex: i32(),
    summary: new Uint8Array(N),
    milestone: new Uint8Array(N),
    duration: f64(),
    earlyStart: f64(),
    earlyFinish: f64(),
    lateStart: f64(),
    lateFinish: f64(),
    totalFloat: f64(),
    freeFloat: f64(),
    critical: new Uint8Array(N),
    nearCritical: new Uint8Array(N),
    earlyStartDay: i32(),
    earlyFinishDay: i32(),
    lateStartDay: i32(),
    lateFinishDay: i32(),
    drivingOffsets: new Int32Array(N + 1),
    drivingPredecessors: new Int32Array(0),
  };
  const projects = new Map<string, number>();
  const byName = new Map<string, number>();
  const keys = new Array<string>(N);
  for (let i = 0; i < N; i++) {
    const t = tasks[i] as Record<string, unknown>;
    if (typeof t !== 'object' || t === null) bad(i, `must be an object, got ${show(t)}`);
    const task = t as unknown as ScheduledTask;
    if (typeof task.id !== 'string') bad(i, `needs a string id, got ${show(task.id)}`);
    const pid = typeof task.projectId === 'string' ? task.projectId : '';
    let p = projects.get(pid);
    if (p === undefined) projects.set(pid, (p = projects.size));
    c.id[i] = task.id;
    c.name[i] = typeof task.name === 'string' ? task.name : '';
    c.projectIndex[i] = p;
    c.summary[i] = task.summary === true ? 1 : 0;
    c.milestone[i] = task.milestone === true ? 1 : 0;
    c.critical[i] = task.critical === true ? 1 : 0;
    c.nearCritical[i] = task.nearCritical === true ? 1 : 0;
    c.duration[i] = num(i, t, 'duration');
    c.earlyStart[i] = num(i, t, 'earlyStart');
    c.earlyFinish[i] = num(i, t, 'earlyFinish');
    c.lateStart[i] = num(i, t, 'lateStart');
    c.lateFinish[i] = num(i, t, 'lateFinish');
    c.totalFloat[i] = num(i, t, 'totalFloat');
    c.freeFloat[i] = num(i, t, 'freeFloat');
    c.earlyStartDay[i] = day(i, t, 'earlyStartDate');
    c.earlyFinishDay[i] = day(i, t, 'earlyFinishDate');
    c.lateStartDay[i] = day(i, t, 'lateStartDate');
    c.lateFinishDay[i] = day(i, t, 'lateFinishDate');
    keys[i] = typeof task.key === 'string' ? task.key : pid !== '' && task.id !== '' ? taskKey(pid, task.id) : task.id;
    byName.set(byKey ? keys[i]! : task.id, i);
  }
  c.projectIds = [...projects.keys()];
  const preds: number[] = [];
  for (let i = 0; i < N; i++) {
    const d = (tasks[i] as ScheduledTask).drivingPredecessors;
    if (d !== undefined && !Array.isArray(d)) bad(i, `drivingPredecessors must be an array, got ${show(d)}`);
    for (const name of d ?? []) {
      const j = typeof name === 'string' ? byName.get(name) : undefined;
      preds.push(j !== undefined ? j : bad(i, `names driving predecessor ${show(name)}, which is not a task of the result`));
    }
    c.drivingOffsets[i + 1] = preds.length;
  }
  c.drivingPredecessors = Int32Array.from(preds);
  const dates = new Map<number, string>();
  const dateOf = (d: number): string => {
    let s = dates.get(d);
    if (s === undefined) dates.set(d, (s = iso(d)));
    return s;
  };
  return makeColumns(c, dateOf, (i) => keys[i]!, !byKey, tasks as readonly ScheduledTask[]);
}
