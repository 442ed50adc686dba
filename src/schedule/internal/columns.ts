/**
 * The tasks of a schedule as columns (typed arrays, an id table, driving predecessors in CSR
 * form); the `tasks` objects are built from them on first read (taskObjects.ts). Private to
 * pmo-kit.
 *
 * Why: on a network of a million tasks, building a million result objects (and their date strings
 * and driving-predecessor lists) took longer than the CPM itself, and the garbage collector then
 * walked them. The engine now fills columns; a result's `tasks` is an enumerable getter that
 * builds the objects on first read and replaces itself with them (a plain data property from then
 * on), so that `JSON.stringify`, `structuredClone`, spreading, `Object.keys` and deep equality see
 * exactly the objects of before. The columns hold copies of everything the objects need (ids,
 * names, durations, milestone flags): building them later reads nothing of the caller's input,
 * which may have changed meanwhile.
 */
import type { ScheduleColumns, ScheduledTask } from '../types.js';
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import type { Alloc } from './arena.js';
import { taskObjects } from './taskObjects.js';
import { taskKeyPrefix, taskKeySuffix } from '../taskKey.js';
import { isoFromDayNumber } from '../../internal/dates.js';
import type { TaskValues } from './summaries.js';

/** What {@link buildColumns} reads: the per-task arrays of `scheduleCore`, its values (`ES` … `CR`) included. */
export interface ColumnInput extends TaskValues {
  readonly N: number;
  readonly ids: readonly string[];
  readonly taskNames: readonly string[];
  readonly projectIds: readonly string[];
  readonly gProj: Int32Array;
  /** Each task's duration and milestone flag, as read from the input. */
  readonly gDur: Float64Array;
  readonly gMile: Uint8Array;
  /** WBS: summary flags and the node of each leaf task; null without a WBS (node g is task g). */
  readonly isSummary: Uint8Array | null;
  readonly leafOf: Int32Array | null;
  /** The task of each node (null: node k is task k). */
  readonly taskOf: Int32Array | null;
  /** Day keys of each task's dates, and the day number of a key (throws past the calendar's range). */
  readonly esD: Float64Array;
  readonly efD: Float64Array;
  readonly lsD: Float64Array;
  readonly lfD: Float64Array;
  readonly dayOf: (key: number) => number;
  /** Driving predecessors per node (CSR, parallel links repeated next to each other). */
  readonly dOff: Int32Array;
  readonly dPred: Int32Array;
  readonly nearThr: number;
  /** Whether results name tasks by id (one project) rather than by key. */
  readonly single: boolean;
}

/** Per task, its driving predecessors without repeats (as task indices): counted, then filled. */
function countDrivers(N: number, isSummary: Uint8Array | null, leafOf: Int32Array | null, dOff: Int32Array, dPred: Int32Array, cOff: Int32Array): void {
  for (let g = 0; g < N; g++) {
    let c = 0;
    if (isSummary === null || isSummary[g] === 0) {
      const k = leafOf === null ? g : leafOf[g]!;
      const lo = dOff[k]!;
      const hi = dOff[k + 1]!;
      for (let i = lo; i < hi; i++) if (i === lo || dPred[i] !== dPred[i - 1]) c++;
    }
    cOff[g + 1] = cOff[g]! + c;
  }
}

function fillDrivers(N: number, isSummary: Uint8Array | null, leafOf: Int32Array | null, taskOf: Int32Array | null, dOff: Int32Array, dPred: Int32Array, cOff: Int32Array, cPred: Int32Array): void {
  for (let g = 0; g < N; g++) {
    if (isSummary !== null && isSummary[g] === 1) continue;
    const k = leafOf === null ? g : leafOf[g]!;
    let j = cOff[g]!;
    for (let i = dOff[k]!, hi = dOff[k + 1]!; i < hi; i++) {
      const p = dPred[i]!;
      if (i === dOff[k] || p !== dPred[i - 1]) cPred[j++] = taskOf === null ? p : taskOf[p]!;
    }
  }
}

/** Durations, milestone, summary, critical and near-critical flags. */
function fillFlags(a: ColumnInput, duration: Float64Array, summary: Uint8Array, milestone: Uint8Array, nearCritical: Uint8Array): void {
  const { N, isSummary, gDur, gMile, ES, EF, TF, CR, nearThr } = a;
  for (let g = 0; g < N; g++) {
    const sum = isSummary !== null && isSummary[g] === 1;
    summary[g] = sum ? 1 : 0;
    milestone[g] = !sum && (gMile[g] === 1 || gDur[g] === 0) ? 1 : 0;
    duration[g] = sum ? EF[g]! - ES[g]! : gDur[g]!;
    nearCritical[g] = CR[g] !== 1 && TF[g]! <= nearThr ? 1 : 0;
  }
}

/** The day numbers of every task's dates, in the order the dates of a task object are made (so a date out of range fails at the same one). */
function fillDays(a: ColumnInput, es: Int32Array, ef: Int32Array, ls: Int32Array, lf: Int32Array): void {
  const { N, esD, efD, lsD, lfD, dayOf } = a;
  for (let g = 0; g < N; g++) {
    es[g] = dayOf(esD[g]!);
    ef[g] = dayOf(efD[g]!);
    ls[g] = dayOf(lsD[g]!);
    lf[g] = dayOf(lfD[g]!);
  }
}

/**
 * The date strings of day numbers in `[lo, hi]`, each made once (a table, or a map for a sparse
 * range). Made here, not in `scheduleCore`: a closure made there would keep all of that call's
 * scratch arrays alive with the result.
 */
function dateCache(lo: number, hi: number, N: number, fn: string): (day: number) => string {
  const iso = (day: number): string => isoFromDayNumber(day, fn);
  if (hi - lo <= 4 * N + 4096) {
    const table = new Array<string | undefined>(Math.max(0, hi - lo + 1));
    return (day) => table[day - lo] ?? (table[day - lo] = iso(day));
  }
  const map = new Map<number, string>();
  return (day) => {
    let s = map.get(day);
    if (s === undefined) map.set(day, (s = iso(day)));
    return s;
  };
}

/** Lowest and highest value of some Int32Arrays of length N. */
function range(N: number, cols: readonly Int32Array[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of cols)
    for (let g = 0; g < N; g++) {
      const x = c[g]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  return [lo, hi];
}

/**
 * The columns of a schedule's tasks, from `R`: a buffer of their own (never the call's scratch
 * arena: the result keeps them; `COLUMN_BYTES` per task, see taskTable.ts). Throws what the dates throw past the calendar's range. O(V + E').
 */
export function buildColumns(a: ColumnInput, R: Alloc, fn: string): ScheduleColumns {
  const { N, isSummary, leafOf, taskOf, dOff, dPred } = a;
  const drivingOffsets = R.i32(N + 1);
  countDrivers(N, isSummary, leafOf, dOff, dPred, drivingOffsets);
  const D = drivingOffsets[N]!;
  const duration = R.f64(N);
  const earlyStart = R.f64(N);
  const earlyFinish = R.f64(N);
  const lateStart = R.f64(N);
  const lateFinish = R.f64(N);
  const totalFloat = R.f64(N);
  const freeFloat = R.f64(N);
  const earlyStartDay = R.i32(N);
  const earlyFinishDay = R.i32(N);
  const lateStartDay = R.i32(N);
  const lateFinishDay = R.i32(N);
  const projectIndex = R.i32(N);
  const drivingPredecessors = new Int32Array(D);
  const summary = R.u8(N);
  const milestone = R.u8(N);
  const critical = R.u8(N);
  const nearCritical = R.u8(N);
  fillDays(a, earlyStartDay, earlyFinishDay, lateStartDay, lateFinishDay);
  fillDrivers(N, isSummary, leafOf, taskOf, dOff, dPred, drivingOffsets, drivingPredecessors);
  fillFlags(a, duration, summary, milestone, nearCritical);
  earlyStart.set(a.ES.subarray(0, N));
  earlyFinish.set(a.EF.subarray(0, N));
  lateStart.set(a.LS.subarray(0, N));
  lateFinish.set(a.LF.subarray(0, N));
  totalFloat.set(a.TF.subarray(0, N));
  freeFloat.set(a.FF.subarray(0, N));
  critical.set(a.CR.subarray(0, N));
  projectIndex.set(a.gProj.subarray(0, N));
  const [lo, hi] = N === 0 ? [0, 0] : range(N, [earlyStartDay, earlyFinishDay, lateStartDay, lateFinishDay]);
  return makeColumns(
    {
    length: N,
    id: a.ids,
    name: a.taskNames,
    projectIds: a.projectIds,
    projectIndex,
    summary,
    milestone,
    duration,
    earlyStart,
    earlyFinish,
    lateStart,
    lateFinish,
    totalFloat,
    freeFloat,
    critical,
    nearCritical,
    earlyStartDay,
    earlyFinishDay,
    lateStartDay,
    lateFinishDay,
    drivingOffsets,
    drivingPredecessors,
    },
    dateCache(lo, hi, N, fn),
    keysOf(a.projectIds, projectIndex, a.ids),
    a.single,
  );
}

/**
 * The key of task i from the columns' own arrays (a closure over the call's scratch arrays would
 * keep the whole scratch arena alive with the result).
 */
function keysOf(projectIds: readonly string[], projectIndex: Int32Array, ids: readonly string[]): (i: number) => string {
  const prefixes = projectIds.map(taskKeyPrefix);
  return (i) => prefixes[projectIndex[i]!]! + taskKeySuffix(ids[i]!);
}

/** The data fields of {@link ScheduleColumns}. */
export type ColumnData = Omit<ScheduleColumns, 'dateOf' | 'keyOf' | 'task'>;

/**
 * {@link ScheduleColumns} of these columns; `single`: driving predecessors are named by id (else
 * by key); `objects`: the task objects they were read from (`task(i)` copies them).
 */
export function makeColumns(data: ColumnData, dateOf: (day: number) => string, keyOf: (i: number) => string, single: boolean, objects?: readonly ScheduledTask[]): ScheduleColumns {
  return new TaskColumns(data, dateOf, keyOf, single, objects ?? null);
}

/**
 * {@link ScheduleColumns}: the columns as own fields, the functions on the prototype and their
 * state in private fields (so that two equal schedules' columns are deeply equal).
 */
class TaskColumns implements ScheduleColumns {
  readonly length!: number;
  readonly id!: readonly string[];
  readonly name!: readonly string[];
  readonly projectIds!: readonly string[];
  readonly projectIndex!: Int32Array;
  readonly summary!: Uint8Array;
  readonly milestone!: Uint8Array;
  readonly duration!: Float64Array;
  readonly earlyStart!: Float64Array;
  readonly earlyFinish!: Float64Array;
  readonly lateStart!: Float64Array;
  readonly lateFinish!: Float64Array;
  readonly totalFloat!: Float64Array;
  readonly freeFloat!: Float64Array;
  readonly critical!: Uint8Array;
  readonly nearCritical!: Uint8Array;
  readonly earlyStartDay!: Int32Array;
  readonly earlyFinishDay!: Int32Array;
  readonly lateStartDay!: Int32Array;
  readonly lateFinishDay!: Int32Array;
  readonly drivingOffsets!: Int32Array;
  readonly drivingPredecessors!: Int32Array;
  readonly #dateOf: (day: number) => string;
  readonly #keyOf: (i: number) => string;
  readonly #single: boolean;
  readonly #objects: readonly ScheduledTask[] | null;

  constructor(data: ColumnData, dateOf: (day: number) => string, keyOf: (i: number) => string, single: boolean, objects: readonly ScheduledTask[] | null = null) {
    Object.assign(this, data);
    this.#dateOf = dateOf;
    this.#keyOf = keyOf;
    this.#single = single;
    this.#objects = objects;
  }

  dateOf(day: number): string {
    return this.#dateOf(day);
  }

  keyOf(i: number): string {
    return this.#keyOf(i);
  }

  task(i: number): ScheduledTask {
    if (!(Number.isInteger(i) && i >= 0 && i < this.length)) throw new PmoError('INVALID_ARGUMENT', `scheduleColumns: task(${show(i)}): expected a task index in 0 … ${this.length - 1}`);
    if (this.#objects !== null) return { ...this.#objects[i]! };
    const keyOf = this.#keyOf;
    return taskObjects(this, this.#single ? this.id : { at: keyOf }, null, keyOf, i, i + 1)[0]!;
  }
}
