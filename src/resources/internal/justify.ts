/** Forward-backward improvement (double justification) on a compiled problem. Private. */
import { finishOf } from './calendarTable.js';
import type { Problem } from './problem.js';
import type { Workspace } from './sgs.js';

/** Buffers of {@link justify}. */
export interface JustifyBuffers {
  readonly key: Int32Array;
  readonly R: Int32Array;
  readonly listB: Int32Array;
  /** Receives the forward list of the justified schedule. */
  readonly listC: Int32Array;
}

/**
 * One forward-backward pass on a forward schedule `S` (makespan `T`) produced from the forward
 * list `list`: a backward pass on the activities by decreasing finish (ties: later in `list`
 * first), then a forward pass by increasing start in that right-justified schedule. Writes the
 * new starts to `out` and returns their makespan. Two schedules. O(n K p + n log n).
 */
export function justify(pr: Problem, ws: Workspace, list: Int32Array, S: Int32Array, T: number, b: JustifyBuffers, out: Int32Array): number {
  const { n, p } = pr;
  const { key, R, listB, listC } = b;
  if (pr.cal !== null) {
    // On calendars the backward pass runs in forward time (R: forward starts, from `lo` on); the
    // keys only order the lists, so both are by position in time, through the heap.
    for (let i = 0; i < n; i++) key[i] = T - finishOf(pr, i, S[i]!);
    ws.order(list, key, T, true, false, true, listB);
    const lo = ws.serialBackwardCal(listB, T, R);
    for (let i = 0; i < n; i++) key[i] = R[i]! - lo;
    ws.order(listB, key, T - lo, true, true, true, listC);
    return ws.serialForward(listC, out);
  }
  for (let i = 0; i < n; i++) key[i] = T - S[i]! - p[i]!;
  ws.order(list, key, T, !pr.bwdNonNeg, false, true, listB);
  const Tb = ws.serialBackward(listB, T, R);
  for (let i = 0; i < n; i++) key[i] = Tb - R[i]! - p[i]!;
  ws.order(listB, key, Tb, !pr.fwdNonNeg, true, true, listC);
  return ws.serialForward(listC, out);
}
