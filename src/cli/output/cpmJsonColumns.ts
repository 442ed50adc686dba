/** The `tasks` of `pmo cpm --json` written from a schedule's columns, as bytes, without its task objects. */
import type { ScheduleColumns } from '../../schedule/types.js';
import { ByteChunks, NUMBER_ROOM, asciiBytes, jsonStringRoom, putBytes, putJsonString, putNumber } from './byteChunks.js';
import type { CpmJsonOptions } from './cpmJson.js';
import { F, P, qs } from './cpmJsonText.js';

/**
 * The quoted date of a day number as UTF-8 bytes, each made once: a table over the days of the
 * four date columns (a map when they are sparse), or `null` everywhere for period-based input.
 */
function quotedDays(c: ScheduleColumns, periods: boolean): (day: number) => Uint8Array {
  if (periods) {
    const nul = asciiBytes('null');
    return () => nul;
  }
  const N = c.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of [c.earlyStartDay, c.earlyFinishDay, c.lateStartDay, c.lateFinishDay])
    for (let i = 0; i < N; i++) {
      const d = col[i]!;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  const bytes = (day: number): Uint8Array => Buffer.from(qs(c.dateOf(day)), 'utf8');
  if (hi - lo <= 4 * N + 4096) {
    const table = new Array<Uint8Array | undefined>(hi - lo + 1);
    return (day) => table[day - lo] ?? (table[day - lo] = bytes(day));
  }
  const map = new Map<number, Uint8Array>();
  return (day) => {
    let quoted = map.get(day);
    if (quoted === undefined) map.set(day, (quoted = bytes(day)));
    return quoted;
  };
}

/** The text between the fields of a task, as bytes: `K[0]` before its id, … `K[19]` after its driving predecessors. */
const K = [
  `\n    {${F}"id": `,
  `,${F}"projectId": `,
  `,${F}"name": `,
  `,${F}"duration": `,
  `,${F}"earlyStart": `,
  `,${F}"earlyFinish": `,
  `,${F}"lateStart": `,
  `,${F}"lateFinish": `,
  `,${F}"earlyStartDate": `,
  `,${F}"earlyFinishDate": `,
  `,${F}"lateStartDate": `,
  `,${F}"lateFinishDate": `,
  `,${F}"totalFloat": `,
  `,${F}"freeFloat": `,
  `,${F}"critical": `,
  `,${F}"key": `,
  `,${F}"summary": `,
  `,${F}"milestone": `,
  `,${F}"nearCritical": `,
  `,${F}"drivingPredecessors": `,
].map(asciiBytes);
const TRUE = asciiBytes('true');
const FALSE = asciiBytes('false');
const OPEN = asciiBytes('[');
const COMMA = asciiBytes(',');
const NONE = asciiBytes('[]');
const PRED = asciiBytes(P);
const PREDS_END = asciiBytes(`${F}]`);
const TASK_END = asciiBytes('\n    }');
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
  const date = quotedDays(c, options.periods);
  const quotedProjects = projectIds.map((pid) => Buffer.from(qs(pid), 'utf8'));
  const taskName = options.taskName;
  // Room for a task's text but its strings: the fixed text, 7 numbers, 4 dates (of at most 64 bytes, else checked), 4 booleans.
  let fixed = 7 * NUMBER_ROOM + 4 * 64 + 4 * FALSE.length + TASK_END.length + PREDS_END.length + 1;
  for (const k of K) fixed += k.length;
  for (let i = 0; i < N; i++) {
    const tid = id[i]!;
    const tname = taskName === undefined ? name[i]! : taskName({ id: tid });
    const key = c.keyOf(i);
    const pid = quotedProjects[projectIndex[i]!]!;
    const es = date(earlyStartDay[i]!);
    const ef = date(earlyFinishDay[i]!);
    const ls = date(lateStartDay[i]!);
    const lf = date(lateFinishDay[i]!);
    const dates = es.length + ef.length + ls.length + lf.length;
    p = out.flushIfFull(p);
    p = out.room(p, fixed + (dates > 4 * 64 ? dates : 0) + pid.length + jsonStringRoom(tid.length) + jsonStringRoom(tname.length) + jsonStringRoom(key.length));
    b = out.buffer;
    p = putBytes(b, p, i === 0 ? OPEN : COMMA);
    p = putBytes(b, p, K[0]!);
    p = putJsonString(b, p, tid);
    p = putBytes(b, p, K[1]!);
    p = putBytes(b, p, pid);
    p = putBytes(b, p, K[2]!);
    p = putJsonString(b, p, tname);
    p = putBytes(b, p, K[3]!);
    p = putNumber(b, p, duration[i]!);
    p = putBytes(b, p, K[4]!);
    p = putNumber(b, p, earlyStart[i]!);
    p = putBytes(b, p, K[5]!);
    p = putNumber(b, p, earlyFinish[i]!);
    p = putBytes(b, p, K[6]!);
    p = putNumber(b, p, lateStart[i]!);
    p = putBytes(b, p, K[7]!);
    p = putNumber(b, p, lateFinish[i]!);
    p = putBytes(b, p, K[8]!);
    p = putBytes(b, p, es);
    p = putBytes(b, p, K[9]!);
    p = putBytes(b, p, ef);
    p = putBytes(b, p, K[10]!);
    p = putBytes(b, p, ls);
    p = putBytes(b, p, K[11]!);
    p = putBytes(b, p, lf);
    p = putBytes(b, p, K[12]!);
    p = putNumber(b, p, totalFloat[i]!);
    p = putBytes(b, p, K[13]!);
    p = putNumber(b, p, freeFloat[i]!);
    p = putBytes(b, p, K[14]!);
    p = putBytes(b, p, critical[i] === 1 ? TRUE : FALSE);
    p = putBytes(b, p, K[15]!);
    p = putJsonString(b, p, key);
    p = putBytes(b, p, K[16]!);
    p = putBytes(b, p, summary[i] === 1 ? TRUE : FALSE);
    p = putBytes(b, p, K[17]!);
    p = putBytes(b, p, milestone[i] === 1 ? TRUE : FALSE);
    p = putBytes(b, p, K[18]!);
    p = putBytes(b, p, nearCritical[i] === 1 ? TRUE : FALSE);
    p = putBytes(b, p, K[19]!);
    const lo = drivingOffsets[i]!;
    const hi = drivingOffsets[i + 1]!;
    if (hi === lo) p = putBytes(b, p, NONE);
    else {
      p = putBytes(b, p, OPEN);
      for (let j = lo; j < hi; j++) {
        const q = drivingPredecessors[j]!;
        const pred = single ? id[q]! : c.keyOf(q);
        p = out.room(p, 1 + PRED.length + jsonStringRoom(pred.length) + PREDS_END.length + TASK_END.length);
        b = out.buffer;
        if (j > lo) p = putBytes(b, p, COMMA);
        p = putBytes(b, p, PRED);
        p = putJsonString(b, p, pred);
      }
      p = putBytes(b, p, PREDS_END);
    }
    p = putBytes(b, p, TASK_END);
  }
  p = out.room(p, CLOSE.length);
  return putBytes(out.buffer, p, CLOSE);
}
