/**
 * WBS summary tasks in the schedule engine: reading the parents (the shared WBS expansion is
 * src/internal/wbs.ts) and rolling the leaves' values up to their summaries. Private to pmo-kit.
 */
import { PmoError } from '../../errors.js';
import { q, show } from '../../internal/show.js';
import { parentCycle, wbsOf, type Wbs } from '../../internal/wbs.js';
import { fail } from './request.js';
import type { TaskTable } from './taskTable.js';

/**
 * The WBS of the tasks from their `parentId`s (within their project), or `null` when no task has
 * a parent. Throws `INVALID_ARGUMENT` for a parentId that is not a string, a task that is its
 * own parent or a cycle of parents, `UNKNOWN_ID` for an unknown parent. O(V).
 */
export function readWbs(fn: string, t: TaskTable): Wbs | null {
  if (!t.hasParents) return null;
  const { N, gTask, gProj, mapOf, whereOf } = t;
  const parent = new Int32Array(N).fill(-1);
  for (let g = 0; g < N; g++) {
    const pid = gTask[g]!.parentId;
    if (pid === undefined) continue;
    if (typeof pid !== 'string') fail(`${fn}: task ${whereOf(g)}: parentId must be a string, got ${show(pid)}`);
    const pg = mapOf(gProj[g]!).get(pid);
    if (pg < 0) throw new PmoError('UNKNOWN_ID', `${fn}: task ${whereOf(g)} names unknown parent task ${q(pid)}`);
    if (pg === g) fail(`${fn}: task ${whereOf(g)} is its own parent`);
    parent[g] = pg;
  }
  const cycle = parentCycle(parent);
  if (cycle !== null) fail(`${fn}: the WBS parent chain of task ${whereOf(cycle[0]!)} forms a cycle: ${cycle.map((g) => q(gTask[g]!.id)).join(' -> ')}`);
  return wbsOf(parent);
}

/** Per-task values of a schedule: early and late start and finish, floats, critical flags, day offsets of the dates. */
export interface TaskValues {
  readonly ES: Float64Array;
  readonly EF: Float64Array;
  readonly LS: Float64Array;
  readonly LF: Float64Array;
  readonly TF: Float64Array;
  readonly FF: Float64Array;
  readonly CR: Uint8Array;
}

/** Per-node values of the kernel, on the reference calendar. */
export interface NodeValues {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  readonly tf: Float64Array;
  readonly ff: Float64Array;
  readonly critical: Uint8Array;
}

/**
 * The values of every task, a summary's rolled up from the leaves below it: earliest start,
 * latest finish, least float, critical when one of its leaves is. The day offsets of the dates
 * (`esD` … `lfD`, indexed by task, filled for the leaves) are rolled up the same way, in place.
 * Leaves bottom-up in reverse preorder; O(V).
 */
export function rollUp(w: Wbs, v: NodeValues, esD: Float64Array, efD: Float64Array, lsD: Float64Array, lfD: Float64Array): TaskValues {
  const { N, L, isSummary, taskOfLeaf, preSeq, parent } = w;
  const ES = new Float64Array(N).fill(Infinity);
  const EF = new Float64Array(N).fill(-Infinity);
  const LS = new Float64Array(N).fill(Infinity);
  const LF = new Float64Array(N).fill(-Infinity);
  const TF = new Float64Array(N).fill(Infinity);
  const FF = new Float64Array(N).fill(Infinity);
  const CR = new Uint8Array(N);
  for (let g = 0; g < N; g++)
    if (isSummary[g] === 1) {
      esD[g] = lsD[g] = Infinity;
      efD[g] = lfD[g] = -Infinity;
    }
  for (let k = 0; k < L; k++) {
    const g = taskOfLeaf[k]!;
    ES[g] = v.es[k]!;
    EF[g] = v.ef[k]!;
    LS[g] = v.ls[k]!;
    LF[g] = v.lf[k]!;
    TF[g] = v.tf[k]!;
    FF[g] = v.ff[k]!;
    CR[g] = v.critical[k]!;
  }
  for (let i = N - 1; i >= 0; i--) {
    const g = preSeq[i]!;
    const pg = parent[g]!;
    if (pg < 0) continue;
    if (ES[g]! < ES[pg]!) ES[pg] = ES[g]!;
    if (EF[g]! > EF[pg]!) EF[pg] = EF[g]!;
    if (LS[g]! < LS[pg]!) LS[pg] = LS[g]!;
    if (LF[g]! > LF[pg]!) LF[pg] = LF[g]!;
    if (TF[g]! < TF[pg]!) TF[pg] = TF[g]!;
    if (FF[g]! < FF[pg]!) FF[pg] = FF[g]!;
    if (CR[g] === 1) CR[pg] = 1;
    if (esD[g]! < esD[pg]!) esD[pg] = esD[g]!;
    if (efD[g]! > efD[pg]!) efD[pg] = efD[g]!;
    if (lsD[g]! < lsD[pg]!) lsD[pg] = lsD[g]!;
    if (lfD[g]! > lfD[pg]!) lfD[pg] = lfD[g]!;
  }
  return { ES, EF, LS, LF, TF, FF, CR };
}
