/**
 * The topological order of `compileProblem`: Kahn's algorithm, smallest index first, so that the
 * order (and every schedule built on it) does not depend on anything but the input. Private.
 */
import { CycleError } from '../../errors.js';
import { extractCycle } from '../../internal/cycles.js';

/**
 * A topological order of the n activities of successor arcs `sucTo[sucOff[i] .. sucOff[i+1]-1]`
 * (Kahn, smallest index first via a binary heap for determinism). O((n + m) log n).
 * @param fn - name of the public function (for the error)
 * @param ids - activity ids (for the error)
 * @throws {@link CycleError} naming the activities of one cycle when the arcs have one
 */
export function topoOrder(fn: string, n: number, sucOff: Int32Array, sucTo: Int32Array, ids: readonly string[]): Int32Array {
  const m = sucTo.length;
  const indeg = new Int32Array(n);
  for (let e = 0; e < m; e++) indeg[sucTo[e]!]!++;
  const topo = new Int32Array(n);
  const heap = new Int32Array(n);
  let hs = 0;
  const push = (x: number): void => {
    let i = hs++;
    while (i > 0) {
      const par = (i - 1) >> 1;
      if (heap[par]! <= x) break;
      heap[i] = heap[par]!;
      i = par;
    }
    heap[i] = x;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--hs]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= hs) break;
      if (c + 1 < hs && heap[c + 1]! < heap[c]!) c++;
      if (heap[c]! >= last) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
    return top;
  };
  for (let i = 0; i < n; i++) if (indeg[i] === 0) push(i);
  let tn = 0;
  while (hs > 0) {
    const u = pop();
    topo[tn++] = u;
    for (let s = sucOff[u]!; s < sucOff[u + 1]!; s++) if (--indeg[sucTo[s]!]! === 0) push(sucTo[s]!);
  }
  if (tn < n) throw new CycleError(fn, extractCycle(n, sucOff, sucTo, indeg).map((i) => ids[i]!));
  return topo;
}
