/**
 * The topological order of `compileProblem`: Kahn's algorithm, smallest index first, so that the
 * order (and every schedule built on it) does not depend on anything but the input. Private.
 */
import { CycleError } from '../../errors.js';
import { extractCycle } from '../../internal/cycles.js';
import { MinHeap } from '../../internal/heap.js';

/**
 * A topological order of the n activities of successor arcs `sucTo[sucOff[i] .. sucOff[i+1]-1]`
 * (Kahn, smallest index first via a binary heap for determinism: src/internal/heap.ts). O((n + m) log n).
 * @param fn - name of the public function (for the error)
 * @param ids - activity ids (for the error)
 * @throws {@link CycleError} naming the activities of one cycle when the arcs have one
 */
export function topoOrder(fn: string, n: number, sucOff: Int32Array, sucTo: Int32Array, ids: readonly string[]): Int32Array {
  const m = sucTo.length;
  const indeg = new Int32Array(n);
  for (let e = 0; e < m; e++) indeg[sucTo[e]!]!++;
  const topo = new Int32Array(n);
  const heap = MinHeap.withCapacity(n);
  for (let i = 0; i < n; i++) if (indeg[i] === 0) heap.push(i, i);
  let tn = 0;
  while (heap.size > 0) {
    const u = heap.pop();
    topo[tn++] = u;
    for (let s = sucOff[u]!; s < sucOff[u + 1]!; s++) if (--indeg[sucTo[s]!]! === 0) heap.push(sucTo[s]!, sucTo[s]!);
  }
  if (tn < n) throw new CycleError(fn, extractCycle(n, sucOff, sucTo, indeg).map((i) => ids[i]!));
  return topo;
}
