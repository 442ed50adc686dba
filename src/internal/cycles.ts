/**
 * Cycles of a directed graph on dense integer nodes: strongly connected components (Tarjan,
 * iterative) and a shortest path inside one, to name the members of a cycle. Private to pmo-kit.
 */

/** A directed graph in CSR form: the successors of node u are `tgt[off[u]] … tgt[off[u + 1] - 1]`. */
export interface Digraph {
  readonly n: number;
  readonly off: Int32Array;
  readonly tgt: Int32Array;
}

/** Builds the CSR form of the first `m` edges `from[e] -> to[e]` on nodes `0 … n - 1`. O(n + m). */
export function digraph(n: number, m: number, from: Int32Array, to: Int32Array): Digraph {
  const off = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) off[from[e]! + 1]!++;
  for (let u = 0; u < n; u++) off[u + 1]! += off[u]!;
  const fill = off.slice(0, n);
  const tgt = new Int32Array(m);
  for (let e = 0; e < m; e++) tgt[fill[from[e]!]!++] = to[e]!;
  return { n, off, tgt };
}

/**
 * Whether the graph has no cycle, by Kahn's algorithm (removing nodes without predecessors until
 * none is left). Cheaper than {@link stronglyConnected} (two passes over typed arrays, no stack):
 * the common case, a valid network, needs only this. O(n + m).
 */
export function isAcyclic(g: Digraph): boolean {
  const { n, off, tgt } = g;
  const indegree = new Int32Array(n);
  for (let e = 0, m = off[n]!; e < m; e++) indegree[tgt[e]!]!++;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let u = 0; u < n; u++) if (indegree[u] === 0) queue[tail++] = u;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let e = off[u]!, end = off[u + 1]!; e < end; e++) if (--indegree[tgt[e]!]! === 0) queue[tail++] = tgt[e]!;
  }
  return tail === n;
}

/** The strongly connected component of every node (`comp[u]`) and the size of each component. */
export interface Components {
  readonly comp: Int32Array;
  readonly size: Int32Array;
}

/** Strongly connected components by Tarjan's algorithm, without recursion. O(n + m). */
export function stronglyConnected(g: Digraph): Components {
  const { n, off, tgt } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const sizes: number[] = [];
  let sp = 0;
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = off[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const u = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < off[u + 1]!) {
        callEdge[depth] = e + 1;
        const v = tgt[e]!;
        if (index[v] === -1) {
          index[v] = low[v] = next++;
          stack[sp++] = v;
          onStack[v] = 1;
          depth++;
          callNode[depth] = v;
          callEdge[depth] = off[v]!;
        } else if (onStack[v] === 1 && index[v]! < low[u]!) low[u] = index[v]!;
        continue;
      }
      if (low[u] === index[u]) {
        const c = sizes.length;
        let count = 0;
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = c;
          count++;
        } while (w !== u);
        sizes.push(count);
      }
      depth--;
      if (depth >= 0) {
        const p = callNode[depth]!;
        if (low[u]! < low[p]!) low[p] = low[u]!;
      }
    }
  }
  return { comp, size: Int32Array.from(sizes) };
}

/**
 * A shortest path `from -> … -> to` through nodes of `from`'s component only, as node indices
 * (both ends included), or `null` when there is none. `seen` is scratch of length n, stamped with
 * `stamp` (distinct per call) so that it needs no clearing. O(nodes + edges of the component).
 */
export function pathWithin(g: Digraph, cs: Components, from: number, to: number, seen: Int32Array, stamp: number): number[] | null {
  const { off, tgt } = g;
  const c = cs.comp[from]!;
  const prev = new Map<number, number>();
  const queue = [from];
  seen[from] = stamp;
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    if (u === to) {
      const path = [u];
      for (let x = u; x !== from; ) path.push((x = prev.get(x)!));
      return path.reverse();
    }
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      if (seen[v] === stamp || cs.comp[v] !== c) continue;
      seen[v] = stamp;
      prev.set(v, u);
      queue.push(v);
    }
  }
  return null;
}

/**
 * A cycle among the nodes that Kahn's algorithm could not order: `indeg` is the in-degree array
 * as Kahn's algorithm left it (`indeg[u] > 0` for exactly the nodes it did not order; at least one),
 * and every such node has a predecessor among them, so walking predecessors must revisit a node.
 * Returns node indices in link order, closed (the first node repeated last). Used by the CPM
 * kernel and by the RCPSP compiler to name a cycle. O(n + m).
 *
 * @example
 * // 0 -> 1 -> 2 -> 1: Kahn orders 0, then stops with indeg = [0, 1, 1]
 * extractCycle(3, Int32Array.of(0, 1, 2, 3), Int32Array.of(1, 2, 1), Int32Array.of(0, 1, 1)); // [2, 1, 2]
 */
export function extractCycle(n: number, off: Int32Array, tgt: Int32Array, indeg: Int32Array): number[] {
  const pred = new Int32Array(n).fill(-1);
  let startNode = -1;
  for (let u = 0; u < n; u++) {
    if (indeg[u] === 0) continue;
    if (startNode < 0) startNode = u;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      if (indeg[v]! > 0 && pred[v] === -1) pred[v] = u;
    }
  }
  const seenAt = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  let cur = startNode;
  while (seenAt[cur] === -1) {
    seenAt[cur] = walk.length;
    walk.push(cur);
    cur = pred[cur]!;
  }
  // walk goes against the links; the cycle is walk[seenAt[cur]..] reversed, closed.
  const cycle = walk.slice(seenAt[cur]!).reverse();
  cycle.push(cycle[0]!);
  return cycle;
}
