/**
 * The driving path of the deterministic schedule for the analytic PERT answer, with the
 * coefficient of each of its tasks' durations in the path's length. Private to pmo-kit/risk; the
 * rules are in docs/risk.md ("The analytic PERT answer alongside").
 *
 * Along driving (tight) links the finish is a sum: a link u → v of lag L puts v's start (SS, FS)
 * or finish (FF, SF) at u's start (SS, SF) or finish (FS, FF) plus L, so the length of a path is
 * its lags plus, for each task, coef × its duration, with coef = [the path leaves it at its finish
 * (FS/FF out, or it ends the path)] − [the path enters it at its finish (FF/SF in)]: +1 start to
 * finish, 0 start to start or finish to finish, −1 finish to start.
 */
import type { CompiledSchedule } from '../../schedule/compileSchedule.js';

/** Tolerance of the schedule engine's offsets. */
const EPS = 1e-9;

/** A path: its tasks in order and the coefficient of each one's duration. */
export interface DrivingPath {
  readonly tasks: readonly number[];
  readonly coef: readonly number[];
}

/**
 * Among the driving paths of the schedule run with `durations` that end at its finish, the one
 * whose mean, Σ coef·`delta`, is largest (then Σ coef²·`variance`). A path starts at a task no
 * driving link enters, or at a started task (`pinned`: its start is its actual start). O(V + E).
 *
 * @param net - the compiled schedule
 * @param durations - the deterministic durations (as `net.run` takes them)
 * @param delta - per task, its mean change (mean − deterministic duration)
 * @param variance - per task, the variance of its duration
 * @param pinned - per task, not 0 when its start does not follow its links (a started task: `CompiledSchedule.progress`); or null
 */
export function drivingPath(net: CompiledSchedule, durations: Float64Array, delta: Float64Array, variance: Float64Array, pinned: Uint8Array | null): DrivingPath {
  const N = net.taskCount;
  const ef = new Float64Array(N);
  const finish = net.run(durations, { earlyFinish: ef });
  const tight = net.drivingLinks(durations);
  const { count: m, from, to, type } = net.links;
  // Driving links out of each task (CSR), and how many enter each task.
  const off = new Int32Array(N + 1);
  const indeg = new Int32Array(N);
  const usable = (e: number): boolean => tight[e] === 1 && (pinned === null || pinned[to[e]!] === 0);
  for (let e = 0; e < m; e++)
    if (usable(e)) {
      off[from[e]! + 1]!++;
      indeg[to[e]!]!++;
    }
  for (let g = 0; g < N; g++) off[g + 1]! += off[g]!;
  const out = new Int32Array(off[N]!);
  const fill = off.slice(0, N);
  for (let e = 0; e < m; e++) if (usable(e)) out[fill[from[e]!]!++] = e;
  // States (task, entered at its start 0 / finish 1): the best prefix before the task's own term.
  const S = 2 * N;
  const mean = new Float64Array(S).fill(-Infinity);
  const vari = new Float64Array(S);
  const prev = new Int32Array(S).fill(-1);
  const better = (s: number, mu: number, v: number): boolean => mu > mean[s]! || (mu === mean[s]! && v > vari[s]!);
  const queue = new Int32Array(N);
  let qt = 0;
  const left = indeg.slice();
  for (let g = 0; g < N; g++)
    if (indeg[g] === 0 && net.isSummary[g] !== 1) {
      mean[2 * g] = 0;
      queue[qt++] = g;
    }
  let best = -1;
  let bestMean = -Infinity;
  let bestVar = 0;
  for (let qh = 0; qh < qt; qh++) {
    const u = queue[qh]!;
    for (let en = 0; en < 2; en++) {
      const s = 2 * u + en;
      if (mean[s] === -Infinity) continue;
      // The path may end here, at the task's finish.
      if (ef[u]! >= finish - EPS) {
        const c = 1 - en;
        const mu = mean[s]! + c * delta[u]!;
        const v = vari[s]! + c * c * variance[u]!;
        if (best < 0 || mu > bestMean || (mu === bestMean && v > bestVar)) [best, bestMean, bestVar] = [s, mu, v];
      }
      for (let j = off[u]!; j < off[u + 1]!; j++) {
        const e = out[j]!;
        const t = type[e]!;
        const c = ((t & 1) === 0 ? 1 : 0) - en;
        const mu = mean[s]! + c * delta[u]!;
        const v = vari[s]! + c * c * variance[u]!;
        const sv = 2 * to[e]! + ((t & 2) !== 0 ? 1 : 0);
        if (better(sv, mu, v)) {
          mean[sv] = mu;
          vari[sv] = v;
          prev[sv] = s * 4 + t;
        }
      }
    }
    for (let j = off[u]!; j < off[u + 1]!; j++) {
      const v = to[out[j]!]!;
      if (--left[v]! === 0) queue[qt++] = v;
    }
  }
  if (best < 0) return { tasks: [], coef: [] };
  // Back from the end: each step knows how it left the task before.
  const tasks: number[] = [];
  const coef: number[] = [];
  let s = best;
  let leaveFinish = 1;
  for (;;) {
    tasks.push(s >> 1);
    coef.push(leaveFinish - (s & 1));
    const p = prev[s]!;
    if (p < 0) break;
    leaveFinish = (p & 1) === 0 ? 1 : 0;
    s = p >> 2;
  }
  return { tasks: tasks.reverse(), coef: coef.reverse() };
}
