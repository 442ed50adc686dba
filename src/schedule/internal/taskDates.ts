/**
 * Dates of a schedule: the working day of each task's early and late start and finish (as day
 * offsets), the finish of each project and of the schedule, and the date strings. Private to
 * pmo-kit.
 *
 * A date is the working day at a day offset of the reference calendar (on the multi-calendar
 * path, a UTC day number: see `calendarDates` in multiCalendar.ts). A task that takes time starts
 * on the day of its start offset and finishes on the day before its finish offset (finishes are
 * exclusive); a milestone sits on the day of its offset when anchored at a start (milestones.ts),
 * else on the day before.
 */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { hasIsoDate, isoFromDayNumber } from '../../internal/dates.js';
import { EPS } from './kernel.js';

/** Inputs of {@link dayOffsets}. */
export interface DayOffsetInput {
  readonly n: number;
  readonly dur: Float64Array;
  readonly es: Float64Array;
  readonly ls: Float64Array;
  readonly taskOf: Int32Array | null;
  readonly anchor: Uint8Array | null;
  readonly projStartOff: Float64Array;
  /** Project start of each node on its own calendar (multi-calendar path); null: `projStartOff` of its project. */
  readonly nodeStart: Float64Array | null;
  readonly gProj: Int32Array;
  readonly esD: Float64Array;
  readonly efD: Float64Array;
  readonly lsD: Float64Array;
  readonly lfD: Float64Array;
}

/** Day offsets of the dates of every kernel node's task, into `esD` … `lfD` (indexed by task). O(V). */
export function dayOffsets(a: DayOffsetInput): void {
  const { n, dur, es, ls, taskOf, anchor, projStartOff, nodeStart, gProj, esD, efD, lsD, lfD } = a;
  const msDay = (t: number, k: number): number => {
    const rt = Math.round(t);
    if (Math.abs(t - rt) > EPS) return Math.floor(t);
    const start = nodeStart !== null ? nodeStart[k]! : projStartOff[gProj[taskOf === null ? k : taskOf[k]!]!]!;
    return anchor![k] === 1 || rt <= start ? rt : rt - 1;
  };
  for (let k = 0; k < n; k++) {
    const g = taskOf === null ? k : taskOf[k]!;
    const dk = dur[k]!;
    const x = es[k]!;
    const l = ls[k]!;
    if (dk > 0) {
      esD[g] = Math.floor(x + EPS);
      efD[g] = Math.ceil(x + dk - EPS) - 1;
      lsD[g] = Math.floor(l + EPS);
      lfD[g] = Math.ceil(l + dk - EPS) - 1;
    } else {
      esD[g] = efD[g] = msDay(x, k);
      lsD[g] = lfD[g] = msDay(l, k);
    }
  }
}

/** `out[i] = a[i] + b[i]`. */
export function sumInto(out: Float64Array, a: Float64Array, b: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
}

/** Raises each project's finish to the early finishes of its tasks (`ef`, else `es + dur`). */
function projectFinishes(projFinish: Float64Array, n: number, ef: Float64Array | null, es: Float64Array, dur: Float64Array, gProj: Int32Array, taskOf: Int32Array | null): void {
  for (let k = 0; k < n; k++) {
    const p = gProj[taskOf === null ? k : taskOf[k]!]!;
    const f = ef !== null ? ef[k]! : es[k]! + dur[k]!;
    if (f > projFinish[p]!) projFinish[p] = f;
  }
}

/** The day of an exclusive finish offset `f` of something started at `startOff`: the day before, or the start day when it takes no time. */
function finishDayOff(f: number, startOff: number): number {
  return f > startOff + EPS ? Math.ceil(f - EPS) - 1 : startOff;
}

/** The lowest and highest day offsets of all tasks' dates (Infinity, -Infinity when none). */
function offsetRange(N: number, esD: Float64Array, efD: Float64Array, lsD: Float64Array, lfD: Float64Array): [number, number] {
  let minOff = Infinity;
  let maxOff = -Infinity;
  for (let g = 0; g < N; g++) {
    const a = esD[g]! < lsD[g]! ? esD[g]! : lsD[g]!;
    const b = efD[g]! > lfD[g]! ? efD[g]! : lfD[g]!;
    if (a < minOff) minOff = a;
    if (b > maxOff) maxOff = b;
  }
  return [minOff, maxOff];
}

/** The date strings of day keys, each made once. */
export interface DateStrings {
  /** Cache of `iso`: the date of key `o` at `table[o - minOff]` once made; null: call `iso`. */
  readonly table: (string | undefined)[] | null;
  readonly minOff: number;
  /** The date (`YYYY-MM-DD`) of day key `o`. */
  readonly iso: (o: number) => string;
}

/**
 * The date strings of the day keys in `[minOff, maxOff]`: day offsets of `cal` from index `O`
 * (the origin day `originDay`), or UTC day numbers when `keysAreDays`. A table when the range is
 * at most about 4 keys per task, else a map. Throws `INVALID_ARGUMENT` (naming `fn`) past the
 * calendar's range.
 */
export function dateStrings(fn: string, cal: WorkingCalendar, O: number, originDay: number, keysAreDays: boolean, minOff: number, maxOff: number, N: number): DateStrings {
  const useTable = maxOff - minOff <= 4 * N + 4096;
  const table: (string | undefined)[] = useTable ? new Array<string | undefined>(maxOff - minOff + 1) : [];
  const cache = new Map<number, string>();
  const iso = (o: number): string => {
    if (useTable) {
      const hit = table[o - minOff];
      if (hit !== undefined) return hit;
    } else {
      const hit = cache.get(o);
      if (hit !== undefined) return hit;
    }
    const s = isoFromDayNumber(keysAreDays ? o : cal.dayAtIndexOrThrow(fn, O + o, originDay), fn);
    if (useTable) table[o - minOff] = s;
    else cache.set(o, s);
    return s;
  };
  return { table: useTable ? table : null, minOff, iso };
}

/**
 * The day number of day keys in `[minOff, maxOff]` (see {@link dateStrings}), each looked up once;
 * throws as {@link dateStrings}' `iso` does, for a key past the calendar's range or a day without a
 * `YYYY-MM-DD` date.
 */
export function dayNumbers(fn: string, cal: WorkingCalendar, O: number, originDay: number, keysAreDays: boolean, minOff: number, maxOff: number, N: number): (o: number) => number {
  const check = (day: number): number => {
    if (!hasIsoDate(day)) isoFromDayNumber(day, fn);
    return day;
  };
  if (keysAreDays) return check;
  if (maxOff - minOff <= 4 * N + 4096) {
    const table = new Float64Array(Math.max(0, maxOff - minOff + 1)).fill(NaN);
    return (o) => {
      const hit = table[o - minOff]!;
      if (hit === hit) return hit;
      return (table[o - minOff] = check(cal.dayAtIndexOrThrow(fn, O + o, originDay)));
    };
  }
  const cache = new Map<number, number>();
  return (o) => {
    let d = cache.get(o);
    if (d === undefined) cache.set(o, (d = check(cal.dayAtIndexOrThrow(fn, O + o, originDay))));
    return d;
  };
}

/** The finish of a schedule and the day keys of its dates and of its projects'. */
export interface ScheduleSpan {
  /** Finish offset of the schedule and of each project (on the reference calendar). */
  readonly finish: number;
  readonly projFinish: Float64Array;
  /** Day keys of the schedule's start and finish dates, and of each project's. */
  readonly key0: number;
  readonly keyFinish: number;
  readonly projStartKey: Float64Array;
  readonly projFinishKey: Float64Array;
}

/** What {@link scheduleSpan} reads. */
export interface ScheduleSpanInput {
  readonly n: number;
  readonly es: Float64Array;
  readonly dur: Float64Array;
  readonly gProj: Int32Array;
  readonly taskOf: Int32Array | null;
  readonly projStartOff: Float64Array;
  /** The kernel's finish (at least the largest early finish). */
  readonly kernelFinish: number;
  /** The multi-calendar dates (day numbers), or null on one calendar (day offsets). */
  readonly mcd: { readonly ef: Float64Array; readonly startDay: number; readonly finishDay: number; readonly projStartDay: Float64Array; readonly projFinishDay: Float64Array } | null;
}

/**
 * Each project's finish (the latest early finish of its tasks, at least its start) and the
 * schedule's (the latest of all), with the day keys of their dates: day offsets on one calendar,
 * day numbers on the multi-calendar path. O(V + P).
 */
export function scheduleSpan(a: ScheduleSpanInput): ScheduleSpan {
  const { mcd, projStartOff } = a;
  const P = projStartOff.length;
  const projFinish = Float64Array.from(projStartOff);
  projectFinishes(projFinish, a.n, mcd === null ? null : mcd.ef, a.es, a.dur, a.gProj, a.taskOf);
  let finish = 0;
  for (let p = 0; p < P; p++) if (projFinish[p]! > finish) finish = projFinish[p]!;
  if (a.kernelFinish > finish) finish = a.kernelFinish;
  if (mcd !== null) return { finish, projFinish, key0: mcd.startDay, keyFinish: mcd.finishDay, projStartKey: mcd.projStartDay, projFinishKey: mcd.projFinishDay };
  const projFinishKey = new Float64Array(P);
  for (let p = 0; p < P; p++) projFinishKey[p] = finishDayOff(projFinish[p]!, projStartOff[p]!);
  return { finish, projFinish, key0: 0, keyFinish: finishDayOff(finish, 0), projStartKey: projStartOff, projFinishKey };
}

/** The lowest and highest day key of a schedule's dates (tasks', projects' and its own). O(V + P). */
export function keyRange(span: ScheduleSpan, N: number, esD: Float64Array, efD: Float64Array, lsD: Float64Array, lfD: Float64Array): [number, number] {
  const range = offsetRange(N, esD, efD, lsD, lfD);
  let minOff = Math.min(span.key0, span.keyFinish, range[0]);
  let maxOff = Math.max(span.key0, span.keyFinish, range[1]);
  const { projStartKey } = span;
  for (let p = 0; p < projStartKey.length; p++) {
    if (projStartKey[p]! < minOff) minOff = projStartKey[p]!;
    if (projStartKey[p]! > maxOff) maxOff = projStartKey[p]!;
  }
  return [minOff, maxOff];
}
