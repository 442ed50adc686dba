/**
 * The driving predecessors of a schedule's nodes and the result objects of its projects (its
 * tasks' are built from columns: columns.ts, taskObjects.ts). Private to pmo-kit.
 */
import type { ScheduledProject } from '../types.js';
import type { Alloc } from './arena.js';

/**
 * Driving predecessors of every node: its tight links, counted then filled (CSR) in increasing
 * predecessor order, so that parallel links give adjacent repeats (skipped by the columns: columns.ts).
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
