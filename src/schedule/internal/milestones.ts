/**
 * Milestone anchoring: a zero-duration task sits on the day of its boundary when a start drives
 * it (its project's start, a start constraint, an SS/SF link, a tight link from an anchored
 * milestone), else on the day before (it then marks the end of the work that drives it, as in MS
 * Project). Private to pmo-kit. O(V + E).
 */
import { EPS, type KernelResult } from './kernel.js';

/**
 * Which milestones are anchored at their start (1) in the early schedule `res`, or null when
 * there is no milestone. `startOf(k)`: node k's project start on its calendar;
 * `startConstraintAt`: the start constraints of milestones (see constraints.ts); `tight`: the
 * tightness of every CSR slot.
 */
export function milestoneAnchors(
  n: number,
  dur: Float64Array,
  res: KernelResult,
  tight: Uint8Array,
  startOf: (k: number) => number,
  startConstraintAt: ReadonlyMap<number, readonly number[]>,
): Uint8Array | null {
  let anchor: Uint8Array | null = null;
  for (let k = 0; k < n; k++)
    if (dur[k] === 0) {
      anchor = new Uint8Array(n);
      break;
    }
  if (anchor === null) return null;
  const es = res.es;
  anchorMilestones(anchor, n, dur, res.off, res.tgt, res.styp, tight, (k) => {
    const x = es[k]!;
    const cs = startConstraintAt.get(k);
    return Math.abs(x - startOf(k)) <= EPS || (cs !== undefined && cs.some((c) => Math.abs(x - c) <= EPS));
  });
  return anchor;
}

/**
 * Sets `anchor[k] = 1` for each milestone anchored when `startAnchored` says so (project start,
 * start constraint), or by a tight SS/SF link from a task, or by a tight link from an anchored
 * milestone (chains propagate: a worklist of the anchored milestones, so that only their links
 * are visited, not every node in topological order).
 */
function anchorMilestones(
  anchor: Uint8Array,
  n: number,
  dur: Float64Array,
  off: Int32Array,
  tgt: Int32Array,
  styp: Uint8Array,
  tight: Uint8Array,
  startAnchored: (k: number) => boolean,
): void {
  const work: number[] = [];
  const seed = (k: number): void => {
    if (anchor[k] === 1) return;
    anchor[k] = 1;
    work.push(k);
  };
  for (let k = 0; k < n; k++) if (dur[k] === 0 && startAnchored(k)) seed(k);
  for (let u = 0; u < n; u++) {
    if (dur[u] === 0) continue;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) if (tight[s] === 1 && (styp[s]! & 1) === 1 && dur[tgt[s]!] === 0) seed(tgt[s]!);
  }
  while (work.length > 0) {
    const u = work.pop()!;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) if (tight[s] === 1 && dur[tgt[s]!] === 0) seed(tgt[s]!);
  }
}
