/** The `tasks` of `pmo cpm --json` written from a schedule's columns, as bytes, without its task objects. */
import { taskKeyPrefix } from '../../schedule/taskKey.js';
import type { ScheduleColumns } from '../../schedule/types.js';
import { ByteChunks, NUMBER_ROOM, asciiBytes, jsonStringRoom, putBytes, putJsonString, putNumber } from './byteChunks.js';
import type { CpmJsonOptions } from './cpmJson.js';
import { DayBytes, dayText } from './dayBytes.js';
import { F, P, qs } from './cpmJsonText.js';

/**
 * The dates of the four date columns, each written once into a {@link DayBytes} (slotted by a
 * table over their days, or a map when those are sparse), or `null` for period-based input.
 */
function quotedDays(c: ScheduleColumns, periods: boolean): DayBytes {
  const N = c.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of [c.earlyStartDay, c.earlyFinishDay, c.lateStartDay, c.lateFinishDay])
    for (let i = 0; i < N; i++) {
      const d = col[i]!;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  return new DayBytes(dayText((day) => c.dateOf(day), periods), lo, hi, 4 * N + 4096);
}

/** The text before each field of a task (`"id"` first), and the booleans. */
const open = (first: boolean): Uint8Array => asciiBytes(`${first ? '[' : ','}\n    {${F}"id": `);
const [FIRST, NEXT] = [open(true), open(false)];
const [DURATION, EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH, TOTAL_FLOAT, FREE_FLOAT] = [
  'duration',
  'earlyStart',
  'earlyFinish',
  'lateStart',
  'lateFinish',
  'totalFloat',
  'freeFloat',
].map((field) => asciiBytes(`,${F}"${field}": `)) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
const [ES_DATE, EF_DATE, LS_DATE, LF_DATE] = ['earlyStartDate', 'earlyFinishDate', 'lateStartDate', 'lateFinishDate'].map((field) => asciiBytes(`,${F}"${field}": `)) as [
  Uint8Array,
  Uint8Array,
  Uint8Array,
  Uint8Array,
];
/** `"critical"` and the text up to the key's value, by `critical`. */
const CRITICAL_TEXT = [false, true].map((x) => `,${F}"critical": ${x},${F}"key": `);
const CRITICAL = CRITICAL_TEXT.map(asciiBytes);
/** The text from after the id to the name's value: the project's id between them. */
const projectText = (pid: string): Uint8Array => Buffer.from(`,${F}"projectId": ${qs(pid)},${F}"name": `, 'utf8');
/**
 * `"critical"`, the key's field and its value up to the task id, by `critical`, for a project
 * whose key prefix (`taskKeyPrefix`) is written as it is (printable ASCII, no `"` or `\`): then a
 * task's key is the prefix and its id as written in `"id"` (when that has no `%` or `/`, which
 * the key escapes). `undefined` for another project: its keys are written from `keyOf`.
 */
function keyHeads(pid: string): [Uint8Array, Uint8Array] | undefined {
  const prefix = taskKeyPrefix(pid);
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c < 0x20 || c > 0x7f || c === 0x22 || c === 0x5c) return undefined;
  }
  return [asciiBytes(`${CRITICAL_TEXT[0]!}"${prefix}`), asciiBytes(`${CRITICAL_TEXT[1]!}"${prefix}`)];
}
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
  const projects = projectIds.map(projectText);
  const heads = projectIds.map(keyHeads);
  const taskName = options.taskName;
  // Room for a task's text but its strings and dates: the fixed text, 7 numbers, the longest
  // key head (or the critical flag).
  let fixed = 7 * NUMBER_ROOM + NEXT.length + FLAGS[7]!.length + NO_PREDS.length;
  for (const k of [DURATION, EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH, ES_DATE, EF_DATE, LS_DATE, LF_DATE, TOTAL_FLOAT, FREE_FLOAT]) fixed += k.length;
  let projectRoom = 0;
  for (let k = 0; k < projectIds.length; k++) {
    const head = heads[k]?.[0].length ?? CRITICAL[0]!.length;
    projectRoom = Math.max(projectRoom, projects[k]!.length + head);
  }
  fixed += projectRoom;
  for (let i = 0; i < N; i++) {
    const tid = id[i]!;
    const tname = taskName === undefined ? name[i]! : taskName({ id: tid });
    const pi = projectIndex[i]!;
    const es = days.slot(earlyStartDay[i]!);
    const ef = days.slot(earlyFinishDay[i]!);
    const ls = days.slot(lateStartDay[i]!);
    const lf = days.slot(lateFinishDay[i]!);
    p = out.flushIfFull(p);
    // The id is written twice (its field and the key), each escaped at most.
    const dates = days.length(es) + days.length(ef) + days.length(ls) + days.length(lf);
    p = out.room(p, fixed + dates + 2 * jsonStringRoom(tid.length) + jsonStringRoom(tname.length));
    b = out.buffer;
    p = putBytes(b, p, i === 0 ? FIRST : NEXT);
    const idAt = p;
    p = putJsonString(b, p, tid);
    const idEnd = p;
    p = putBytes(b, p, projects[pi]!);
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
    p = days.put(b, putBytes(b, p, ES_DATE), es);
    p = days.put(b, putBytes(b, p, EF_DATE), ef);
    p = days.put(b, putBytes(b, p, LS_DATE), ls);
    p = days.put(b, putBytes(b, p, LF_DATE), lf);
    p = putBytes(b, p, TOTAL_FLOAT);
    p = putNumber(b, p, totalFloat[i]!);
    p = putBytes(b, p, FREE_FLOAT);
    p = putNumber(b, p, freeFloat[i]!);
    const cr = critical[i]! === 1 ? 1 : 0;
    // The key: the project's head and the id's bytes as just written (with its closing quote),
    // when the id was written as it is (one byte a code unit) and the key escapes none of it.
    const head = heads[pi];
    let keyed = false;
    if (head !== undefined && idEnd - idAt === tid.length + 2) {
      const at = p;
      p = putBytes(b, p, head[cr]!);
      keyed = true;
      for (let k = idAt + 1; k < idEnd; k++) {
        const ch = b[k]!;
        if (ch === 0x25 || ch === 0x2f) {
          p = at;
          keyed = false;
          break;
        }
        b[p++] = ch;
      }
    }
    if (!keyed) {
      const key = c.keyOf(i);
      p = out.room(p, CRITICAL[cr]!.length + jsonStringRoom(key.length) + FLAGS[7]!.length + NO_PREDS.length);
      b = out.buffer;
      p = putBytes(b, p, CRITICAL[cr]!);
      p = putJsonString(b, p, key);
    }
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
