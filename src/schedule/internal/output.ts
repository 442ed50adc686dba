/**
 * The result objects of a schedule: one per task (with its driving predecessors) and one per
 * project. Private to pmo-kit.
 */
import type { Task } from '../../model/task.js';
import type { ScheduledProject, ScheduledTask } from '../types.js';
import type { Alloc } from './arena.js';

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Driving predecessors of every node: its tight links, counted then filled (CSR) in increasing
 * predecessor order, so that parallel links give adjacent repeats (skipped by buildTasks).
 */
export function drivingPredecessors(n: number, off: Int32Array, tgt: Int32Array, tight: Uint8Array, A: Alloc): { dOff: Int32Array; dPred: Int32Array } {
  const dOff = A.i32(n + 1);
  const slots = off[n]!;
  for (let s = 0; s < slots; s++) if (tight[s] === 1) dOff[tgt[s]! + 1]!++;
  for (let k = 0; k < n; k++) dOff[k + 1]! += dOff[k]!;
  const dPred = A.i32(dOff[n]!);
  const dFill = A.i32(n);
  dFill.set(dOff.subarray(0, n));
  for (let u = 0; u < n; u++)
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) if (tight[s] === 1) dPred[dFill[tgt[s]!]!++] = u;
  return { dOff, dPred };
}

/** Flags the projects that have a critical task. */
function markProjects(projCritical: Uint8Array, n: number, critical: Uint8Array, gProj: Int32Array, taskOf: Int32Array | null): void {
  for (let k = 0; k < n; k++) if (critical[k] === 1) projCritical[gProj[taskOf === null ? k : taskOf[k]!]!] = 1;
}

/** Inputs of {@link buildTasks}: the per-task arrays of `scheduleCore`. */
export interface TaskArrays {
  readonly N: number;
  readonly gTask: readonly Task[];
  readonly gProj: Int32Array;
  readonly projectIds: readonly string[];
  readonly keys: readonly string[];
  readonly names: readonly string[];
  readonly isSummary: Uint8Array | null;
  readonly node: Int32Array | null;
  readonly taskOf: Int32Array | null;
  readonly ES: Float64Array;
  readonly EF: Float64Array;
  readonly LS: Float64Array;
  readonly LF: Float64Array;
  readonly TF: Float64Array;
  readonly FF: Float64Array;
  readonly CR: Uint8Array;
  readonly esD: Float64Array;
  readonly efD: Float64Array;
  readonly lsD: Float64Array;
  readonly lfD: Float64Array;
  readonly dOff: Int32Array;
  readonly dPred: Int32Array;
  readonly nearThr: number;
  /** Cache of `iso`: the date string of offset `o` at `table[o - minOff]` once made; null: call `iso`. */
  readonly table: readonly (string | undefined)[] | null;
  readonly minOff: number;
  readonly iso: (o: number) => string;
}

/**
 * Builds the result objects: a hot loop over every task, in a top-level function (not a closure)
 * so that it reads locals rather than context slots; every object has the same shape.
 */
export function buildTasks(a: TaskArrays): ScheduledTask[] {
  const { N, gTask, gProj, projectIds, keys, names, isSummary, node, taskOf, ES, EF, LS, LF, TF, FF, CR, esD, efD, lsD, lfD, dOff, dPred, nearThr, table, minOff, iso } = a;
  const out: ScheduledTask[] = new Array<ScheduledTask>(N);
  for (let g = 0; g < N; g++) {
    const t = gTask[g]!;
    const summary = isSummary !== null && isSummary[g] === 1;
    const k = summary ? -1 : node === null ? g : node[g]!;
    const ig = isSummary === null ? k : g;
    const totalFloat = TF[ig]!;
    const crit = CR[ig] === 1;
    let drivers: readonly string[] = EMPTY;
    if (!summary) {
      const lo = dOff[k]!;
      const hi = dOff[k + 1]!;
      if (hi - lo === 1) drivers = [names[taskOf === null ? dPred[lo]! : taskOf[dPred[lo]!]!]!];
      else if (hi > lo) {
        // Predecessors are in increasing order: a repeat (parallel links) follows its first.
        let distinct = 1;
        for (let i = lo + 1; i < hi; i++) if (dPred[i] !== dPred[i - 1]) distinct++;
        const list = new Array<string>(distinct);
        for (let i = lo, j = 0; i < hi; i++)
          if (i === lo || dPred[i] !== dPred[i - 1]) list[j++] = names[taskOf === null ? dPred[i]! : taskOf[dPred[i]!]!]!;
        drivers = list;
      }
    }
    const name = t.name;
    const es = ES[ig]!;
    const ef = EF[ig]!;
    const esDate = (table !== null ? table[esD[g]! - minOff] : undefined) ?? iso(esD[g]!);
    const efDate = (table !== null ? table[efD[g]! - minOff] : undefined) ?? iso(efD[g]!);
    out[g] = {
      id: t.id,
      projectId: projectIds[gProj[g]!]!,
      key: keys[g]!,
      name: typeof name === 'string' ? name : '',
      summary,
      milestone: !summary && (t.milestone === true || t.duration === 0),
      duration: summary ? EF[g]! - ES[g]! : t.duration,
      start: es,
      finish: ef,
      startDate: esDate,
      finishDate: efDate,
      earlyStart: es,
      earlyFinish: ef,
      lateStart: LS[ig]!,
      lateFinish: LF[ig]!,
      earlyStartDate: esDate,
      earlyFinishDate: efDate,
      lateStartDate: (table !== null ? table[lsD[g]! - minOff] : undefined) ?? iso(lsD[g]!),
      lateFinishDate: (table !== null ? table[lfD[g]! - minOff] : undefined) ?? iso(lfD[g]!),
      totalFloat,
      freeFloat: FF[ig]!,
      critical: crit,
      nearCritical: !crit && totalFloat <= nearThr,
      drivingPredecessors: drivers,
    };
  }
  return out;
}

/** What {@link buildProjects} reads. */
export interface ProjectArrays {
  readonly projects: readonly { readonly id: string; readonly name?: unknown }[];
  /** Number of kernel nodes, their critical flags, the task of each (null: node k is task k), the project of each task. */
  readonly n: number;
  readonly critical: Uint8Array;
  readonly taskOf: Int32Array | null;
  readonly gProj: Int32Array;
  /** Start and finish offset of each project, and the day keys of its dates. */
  readonly projStartOff: Float64Array;
  readonly projFinish: Float64Array;
  readonly projStartKey: Float64Array;
  readonly projFinishKey: Float64Array;
  readonly iso: (o: number) => string;
}

/** One result object per project: its span, dates, and whether one of its tasks is critical. O(V + P). */
export function buildProjects(a: ProjectArrays): ScheduledProject[] {
  const { projects, projStartOff, projFinish } = a;
  const P = projects.length;
  const projCritical = new Uint8Array(P);
  markProjects(projCritical, a.n, a.critical, a.gProj, a.taskOf);
  const out: ScheduledProject[] = [];
  for (let p = 0; p < P; p++) {
    const s = projStartOff[p]!;
    const name = projects[p]!.name;
    out.push({
      id: projects[p]!.id,
      name: typeof name === 'string' ? name : '',
      start: s,
      finish: projFinish[p]!,
      duration: projFinish[p]! - s,
      startDate: a.iso(a.projStartKey[p]!),
      finishDate: a.iso(a.projFinishKey[p]!),
      critical: projCritical[p] === 1,
    });
  }
  return out;
}
