/** The `tasks` of `pmo cpm --json` written from a schedule's columns, as bytes, without its task objects. */
import type { ScheduleColumns } from '../../schedule/types.js';
import { ByteChunks, NUMBER_ROOM, asciiBytes, jsonStringRoom, putBytes, putJsonString, putNumber } from './byteChunks.js';
import type { CpmJsonOptions } from './cpmJson.js';
import { F, P, qs } from './cpmJsonText.js';

/**
 * The quoted dates of day numbers as UTF-8 bytes, each made once: for each `prefix` (the text
 * before a date field), a table over the days of the four date columns (a map when they are
 * sparse) of the prefix and the date, or the prefix and `null` for period-based input.
 */
function quotedDays(c: ScheduleColumns, periods: boolean): (prefix: string) => (day: number) => Uint8Array {
  if (periods)
    return (prefix) => {
      const nul = asciiBytes(`${prefix}null`);
      return () => nul;
    };
  const N = c.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of [c.earlyStartDay, c.earlyFinishDay, c.lateStartDay, c.lateFinishDay])
    for (let i = 0; i < N; i++) {
      const d = col[i]!;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  const dense = hi - lo <= 4 * N + 4096;
  return (prefix) => {
    const bytes = (day: number): Uint8Array => Buffer.from(prefix + qs(c.dateOf(day)), 'utf8');
    if (dense) {
      const table = new Array<Uint8Array | undefined>(hi - lo + 1);
      return (day) => table[day - lo] ?? (table[day - lo] = bytes(day));
    }
    const map = new Map<number, Uint8Array>();
    return (day) => {
      let quoted = map.get(day);
      if (quoted === undefined) map.set(day, (quoted = bytes(day)));
      return quoted;
    };
  };
}

/** The text before each field of a task (`"id"` first), and the booleans. */
const open = (first: boolean): Uint8Array => asciiBytes(`${first ? '[' : ','}\n    {${F}"id": `);
const [FIRST, NEXT] = [open(true), open(false)];
const [PROJECT, NAME, DURATION, EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH, TOTAL_FLOAT, FREE_FLOAT] = [
  'projectId',
  'name',
  'duration',
  'earlyStart',
  'earlyFinish',
  'lateStart',
  'lateFinish',
  'totalFloat',
  'freeFloat',
].map((field) => asciiBytes(`,${F}"${field}": `)) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
const DATES = ['earlyStartDate', 'earlyFinishDate', 'lateStartDate', 'lateFinishDate'].map((field) => `,${F}"${field}": `);
/** `"critical"` and the text up to the key's value, by `critical`. */
const CRITICAL = [false, true].map((x) => asciiBytes(`,${F}"critical": ${x},${F}"key": `));
/** The flags after the key, up to the driving predecessors' value, by `4 summary + 2 milestone + nearCritical`. */
const FLAGS = Array.from({ length: 8 }, (_, k) =>
  asciiBytes(`,${F}"summary": ${(k & 4) !== 0},${F}"milestone": ${(k & 2) !== 0},${F}"nearCritical": ${(k & 1) !== 0},${F}"drivingPredecessors": `),
);
const PRED_FIRST = asciiBytes(`[${P}`);
const PRED_NEXT = asciiBytes(`,${P}`);
const PREDS_END = asciiBytes(`${F}]\n    }`);
const NO_PREDS = asciiBytes('[]\n    }');
const NONE = asciiBytes('[]');
const CLOSE = asciiBytes('\n  ]');

/**
 * Writes the `tasks` array of `pmo cpm --json` (depth 1, from its `[` to its `]`) from the columns
 * of a schedule without progress, as UTF-8 bytes to `out`: byte for byte what `cpmJson` gives from
 * the task objects (test/cli/cpmJsonColumns.test.ts), but reading only the columns: dates from the
 * day numbers (each quoted once), ids and names from the id table, driving predecessors from the
 * CSR (by id when `single`, one project; else by key). The fixed text, numbers, booleans and
 * dates are written byte by byte, ids and names too when printable ASCII (else through `qs`): no
 * string is made per task but the key and a PSPLIB name. O(size of the output); memory O(chunk +
 * distinct days).
 *
 * @param out - where to write; the caller hands on what is left (`out.end`) with the position returned
 * @param p - the position in `out.buffer` to write at
 * @param c - the columns (`scheduleColumns(result)`)
 * @param single - whether driving predecessors are named by id (a `schedule` result) rather than by key
 * @param options - period-based input (`null` dates) and the task names to write
 * @returns the position after the array
 * @example
 * ```ts
 * const out = new ByteChunks((b, n) => process.stdout.write(b.subarray(0, n)));
 * out.end(writeTaskColumns(out, 0, scheduleColumns(schedule(project)), true, { periods: false }));
 * ```
 */
export function writeTaskColumns(out: ByteChunks, p: number, c: ScheduleColumns, single: boolean, options: CpmJsonOptions): number {
  const N = c.length;
  p = out.room(p, 2);
  let b = out.buffer;
  if (N === 0) return putBytes(b, p, NONE);
  const { id, name, projectIds, projectIndex, duration, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat } = c;
  const { critical, summary, milestone, nearCritical, earlyStartDay, earlyFinishDay, lateStartDay, lateFinishDay, drivingOffsets, drivingPredecessors } = c;
  const days = quotedDays(c, options.periods);
  const [esDate, efDate, lsDate, lfDate] = DATES.map(days) as [(day: number) => Uint8Array, (day: number) => Uint8Array, (day: number) => Uint8Array, (day: number) => Uint8Array];
  const quotedProjects = projectIds.map((pid) => Buffer.from(qs(pid), 'utf8'));
  const taskName = options.taskName;
  // Room for a task's text but its strings and dates: the fixed text, 7 numbers.
  let fixed = 7 * NUMBER_ROOM + NEXT.length + CRITICAL[0]!.length + FLAGS[7]!.length + NO_PREDS.length;
  for (const k of [PROJECT, NAME, DURATION, EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH, TOTAL_FLOAT, FREE_FLOAT]) fixed += k.length;
  for (let i = 0; i < N; i++) {
    const tid = id[i]!;
    const tname = taskName === undefined ? name[i]! : taskName({ id: tid });
    const key = c.keyOf(i);
    const pid = quotedProjects[projectIndex[i]!]!;
    const es = esDate(earlyStartDay[i]!);
    const ef = efDate(earlyFinishDay[i]!);
    const ls = lsDate(lateStartDay[i]!);
    const lf = lfDate(lateFinishDay[i]!);
    p = out.flushIfFull(p);
    p = out.room(p, fixed + es.length + ef.length + ls.length + lf.length + pid.length + jsonStringRoom(tid.length) + jsonStringRoom(tname.length) + jsonStringRoom(key.length));
    b = out.buffer;
    p = putBytes(b, p, i === 0 ? FIRST : NEXT);
    p = putJsonString(b, p, tid);
    p = putBytes(b, p, PROJECT);
    p = putBytes(b, p, pid);
    p = putBytes(b, p, NAME);
    p = putJsonString(b, p, tname);
    p = putBytes(b, p, DURATION);
    p = putNumber(b, p, duration[i]!);
    p = putBytes(b, p, EARLY_START);
    p = putNumber(b, p, earlyStart[i]!);
    p = putBytes(b, p, EARLY_FINISH);
    p = putNumber(b, p, earlyFinish[i]!);
    p = putBytes(b, p, LATE_START);
    p = putNumber(b, p, lateStart[i]!);
    p = putBytes(b, p, LATE_FINISH);
    p = putNumber(b, p, lateFinish[i]!);
    p = putBytes(b, p, es);
    p = putBytes(b, p, ef);
    p = putBytes(b, p, ls);
    p = putBytes(b, p, lf);
    p = putBytes(b, p, TOTAL_FLOAT);
    p = putNumber(b, p, totalFloat[i]!);
    p = putBytes(b, p, FREE_FLOAT);
    p = putNumber(b, p, freeFloat[i]!);
    p = putBytes(b, p, CRITICAL[critical[i]! === 1 ? 1 : 0]!);
    p = putJsonString(b, p, key);
    p = putBytes(b, p, FLAGS[(summary[i] === 1 ? 4 : 0) + (milestone[i] === 1 ? 2 : 0) + (nearCritical[i] === 1 ? 1 : 0)]!);
    const lo = drivingOffsets[i]!;
    const hi = drivingOffsets[i + 1]!;
    if (hi === lo) p = putBytes(b, p, NO_PREDS);
    else {
      for (let j = lo; j < hi; j++) {
        const q = drivingPredecessors[j]!;
        const pred = single ? id[q]! : c.keyOf(q);
        p = out.room(p, PRED_NEXT.length + jsonStringRoom(pred.length) + PREDS_END.length);
        b = out.buffer;
        p = putBytes(b, p, j === lo ? PRED_FIRST : PRED_NEXT);
        p = putJsonString(b, p, pred);
      }
      p = putBytes(b, p, PREDS_END);
    }
  }
  p = out.room(p, CLOSE.length);
  return putBytes(out.buffer, p, CLOSE);
}
