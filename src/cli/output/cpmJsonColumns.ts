/** The `tasks` of `pmo cpm --json` written from a schedule's columns, without its task objects. */
import type { ScheduleColumns } from '../../schedule/types.js';
import type { CpmJsonOptions } from './cpmJson.js';
import { F, P, num, qs } from './cpmJsonText.js';
import type { ChunkWriter } from './jsonChunks.js';

/**
 * The quoted date of a day number, each made once: a table over the days of the four date
 * columns (a map when they are sparse), or `null` everywhere for period-based input.
 */
function quotedDays(c: ScheduleColumns, periods: boolean): (day: number) => string {
  if (periods) return () => 'null';
  const N = c.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of [c.earlyStartDay, c.earlyFinishDay, c.lateStartDay, c.lateFinishDay])
    for (let i = 0; i < N; i++) {
      const d = col[i]!;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  if (hi - lo <= 4 * N + 4096) {
    const table = new Array<string | undefined>(hi - lo + 1);
    return (day) => table[day - lo] ?? (table[day - lo] = qs(c.dateOf(day)));
  }
  const map = new Map<number, string>();
  return (day) => {
    let quoted = map.get(day);
    if (quoted === undefined) map.set(day, (quoted = qs(c.dateOf(day))));
    return quoted;
  };
}

/**
 * Writes the `tasks` array of `pmo cpm --json` (depth 1, from its `[` to its `]`) from the columns
 * of a schedule without progress: byte for byte what `cpmJson` gives from the task objects
 * (test/cli/jsonChunks.test.ts), but reading only the columns: dates from the day numbers
 * (each quoted once), ids and names from the id table, driving predecessors from the CSR (by id
 * when `single`, one project; else by key). O(size of the output); memory O(distinct days).
 *
 * @param w - where to write
 * @param c - the columns (`scheduleColumns(result)`)
 * @param single - whether driving predecessors are named by id (a `schedule` result) rather than by key
 * @param options - period-based input (`null` dates) and the task names to write
 * @example
 * ```ts
 * writeTaskColumns(w, scheduleColumns(schedule(project)), true, { periods: false });
 * ```
 */
export function writeTaskColumns(w: ChunkWriter, c: ScheduleColumns, single: boolean, options: CpmJsonOptions): void {
  const N = c.length;
  if (N === 0) {
    w.write('[]');
    return;
  }
  const { id, name, projectIds, projectIndex, duration, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat } = c;
  const { critical, summary, milestone, nearCritical, earlyStartDay, earlyFinishDay, lateStartDay, lateFinishDay, drivingOffsets, drivingPredecessors } = c;
  const date = quotedDays(c, options.periods);
  const quotedProjects = projectIds.map(qs);
  const taskName = options.taskName;
  for (let i = 0; i < N; i++) {
    const lo = drivingOffsets[i]!;
    const hi = drivingOffsets[i + 1]!;
    let driving = '[]';
    if (hi > lo) {
      driving = '[';
      for (let j = lo; j < hi; j++) {
        const p = drivingPredecessors[j]!;
        driving += `${j === lo ? '' : ','}${P}${qs(single ? id[p]! : c.keyOf(p))}`;
      }
      driving += `${F}]`;
    }
    const tid = id[i]!;
    w.write(
      `${i === 0 ? '[' : ','}\n    {${F}"id": ${qs(tid)},${F}"projectId": ${quotedProjects[projectIndex[i]!]!},${F}"name": ${qs(taskName === undefined ? name[i]! : taskName({ id: tid }))},` +
        `${F}"duration": ${num(duration[i]!)},${F}"earlyStart": ${num(earlyStart[i]!)},${F}"earlyFinish": ${num(earlyFinish[i]!)},${F}"lateStart": ${num(lateStart[i]!)},${F}"lateFinish": ${num(lateFinish[i]!)},` +
        `${F}"earlyStartDate": ${date(earlyStartDay[i]!)},${F}"earlyFinishDate": ${date(earlyFinishDay[i]!)},${F}"lateStartDate": ${date(lateStartDay[i]!)},${F}"lateFinishDate": ${date(lateFinishDay[i]!)},` +
        `${F}"totalFloat": ${num(totalFloat[i]!)},${F}"freeFloat": ${num(freeFloat[i]!)},${F}"critical": ${critical[i] === 1},` +
        `${F}"key": ${qs(c.keyOf(i))},${F}"summary": ${summary[i] === 1},${F}"milestone": ${milestone[i] === 1},${F}"nearCritical": ${nearCritical[i] === 1},${F}"drivingPredecessors": ${driving}\n    }`,
    );
  }
  w.write('\n  ]');
}
