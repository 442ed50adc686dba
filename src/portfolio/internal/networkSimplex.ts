/**
 * Minimum-cost flow by the primal network simplex method. Private to pmo-kit.
 *
 * The network: `n` nodes with supplies `supply[v]` (positive: the node sends, negative: it
 * receives; the supplies sum to 0) and arcs `u -> v` with a capacity `cap` (may be `Infinity`) and
 * a cost per unit. Find flows `0 <= f <= cap` that conserve every node's supply at least cost.
 *
 * The basis is a spanning tree rooted at an artificial node with one artificial arc per node (the
 * classic "big-M" start); a tree arc has reduced cost 0 and fixes the node potentials `pi`, so
 * that at the optimum every arc at its lower bound has reduced cost `cost + pi[u] - pi[v] >= 0`
 * and every arc at its upper bound `<= 0`: the potentials are an optimal dual solution, a
 * certificate of optimality. Pivots follow Cunningham's strongly feasible tree rule (the leaving
 * arc is the last blocking arc met going round the cycle from its apex in the direction of flow),
 * which rules out cycling on degenerate pivots; the entering arc is the most violating one in a
 * block of about sqrt(m) arcs (block search, as in Grigoriadis 1986 and LEMON).
 *
 * Tree layout: `parent[v]`, the arc to the parent `pred[v]`, whether that arc points up
 * (`up[v] = 1` when `pred[v]` is `v -> parent[v]`), `depth[v]`, and the children as doubly linked
 * sibling lists (`firstChild`, `nextSib`, `prevSib`), so that re-hanging a subtree costs
 * O(path + subtree) per pivot.
 */

/** The input of {@link minCostFlow}. Arrays are read, never written. */
export interface FlowNetwork {
  readonly nodes: number;
  readonly supply: ArrayLike<number>;
  readonly src: Int32Array;
  readonly tgt: Int32Array;
  readonly cap: Float64Array;
  readonly cost: Float64Array;
  /**
   * An optional feasible starting tree, a star: `star[v]` is an arc joining node v to the hub (the
   * one node with `star[hub] = -1`) whose flow, `|supply[v]|` in the direction of the arc, fits its
   * capacity, and every arc with zero flow points to the hub (so that the tree is strongly
   * feasible). Without it the artificial big-M start is used.
   */
  readonly star?: Int32Array;
}

/** The result of {@link minCostFlow}. */
export interface FlowSolution {
  /** Whether every supply could be routed (the artificial arcs carry no flow). */
  readonly feasible: boolean;
  /** Flow on each arc of the network. */
  readonly flow: Float64Array;
  /** Optimal node potentials: reduced cost of arc u -> v is `cost + pi[u] - pi[v]`. */
  readonly pi: Float64Array;
  /** Pivots made. */
  readonly pivots: number;
}

const LOWER = 1;
const TREE = 0;
const UPPER = -1;

/**
 * Solves a minimum-cost flow problem exactly (up to floating-point rounding: costs are compared
 * with a tolerance of 1e-11 times the largest cost). O(pivots × (sqrt(m) + tree path + subtree)).
 */
export function minCostFlow(net: FlowNetwork): FlowSolution {
  const n = net.nodes;
  const m = net.src.length;
  const star = net.star;
  // Without a starting star, an artificial root n with one artificial arc per node.
  const root = star === undefined ? n : star.indexOf(-1);
  const N = star === undefined ? n + 1 : n;
  const all = star === undefined ? m + n : m;
  const src = new Int32Array(all);
  const tgt = new Int32Array(all);
  const cap = new Float64Array(all);
  const cost = new Float64Array(all);
  const flow = new Float64Array(all);
  const state = new Int8Array(all);
  src.set(net.src);
  tgt.set(net.tgt);
  cap.set(net.cap);
  cost.set(net.cost);
  let maxCost = 0;
  for (let e = 0; e < m; e++) maxCost = Math.max(maxCost, Math.abs(cost[e]!));
  const eps = 1e-11 * Math.max(1, maxCost);
  const art = (n + 1) * (maxCost + 1);

  const parent = new Int32Array(N).fill(-1);
  const pred = new Int32Array(N).fill(-1);
  const up = new Uint8Array(N);
  const depth = new Int32Array(N);
  const pi = new Float64Array(N);
  const firstChild = new Int32Array(N).fill(-1);
  const nextSib = new Int32Array(N).fill(-1);
  const prevSib = new Int32Array(N).fill(-1);

  state.fill(LOWER, 0, m);
  let lastChild = -1;
  for (let v = 0; v < n; v++) {
    if (v === root) continue;
    const s = net.supply[v]!;
    let e: number;
    if (star !== undefined) {
      e = star[v]!;
      up[v] = src[e] === v ? 1 : 0;
      flow[e] = Math.abs(s);
      pi[v] = up[v] === 1 ? -cost[e]! : cost[e]!;
    } else {
      e = m + v;
      cap[e] = Infinity;
      up[v] = s >= 0 ? 1 : 0;
      src[e] = s >= 0 ? v : root;
      tgt[e] = s >= 0 ? root : v;
      flow[e] = Math.abs(s);
      cost[e] = s >= 0 ? 0 : art;
      pi[v] = s >= 0 ? 0 : art;
    }
    state[e] = TREE;
    parent[v] = root;
    pred[v] = e;
    depth[v] = 1;
    // children of the root, in node order
    if (lastChild >= 0) nextSib[lastChild] = v;
    else firstChild[root] = v;
    prevSib[v] = lastChild;
    lastChild = v;
  }

  const detach = (v: number) => {
    const p = parent[v]!;
    const a = prevSib[v]!;
    const b = nextSib[v]!;
    if (a >= 0) nextSib[a] = b;
    else firstChild[p] = b;
    if (b >= 0) prevSib[b] = a;
    prevSib[v] = -1;
    nextSib[v] = -1;
  };
  const attach = (v: number, p: number) => {
    const f = firstChild[p]!;
    nextSib[v] = f;
    prevSib[v] = -1;
    if (f >= 0) prevSib[f] = v;
    firstChild[p] = v;
    parent[v] = p;
  };
  const stack = new Int32Array(N);
  const path: number[] = [];
  const pathPred: number[] = [];

  const block = Math.max(10, Math.ceil(Math.sqrt(m)));
  let next = 0;
  let pivots = 0;
  for (;;) {
    // --- entering arc: the most violating one in the first block that has one
    let enter = -1;
    let best = -eps;
    let seen = 0;
    for (let k = 0; k < m; k++) {
      const e = next + k < m ? next + k : next + k - m;
      const v = state[e]! * (cost[e]! + pi[src[e]!]! - pi[tgt[e]!]!);
      if (v < best) {
        best = v;
        enter = e;
      }
      if (++seen === block) {
        if (enter >= 0) {
          next = e + 1 < m ? e + 1 : 0;
          break;
        }
        seen = 0;
      }
    }
    if (enter < 0) break;
    pivots++;

    // --- the cycle: flow goes first -> second on the entering arc, back through the tree
    const forward = state[enter] === LOWER;
    const first = forward ? src[enter]! : tgt[enter]!;
    const second = forward ? tgt[enter]! : src[enter]!;
    let a = first;
    let b = second;
    while (a !== b) {
      if (depth[a]! > depth[b]!) a = parent[a]!;
      else if (depth[b]! > depth[a]!) b = parent[b]!;
      else {
        a = parent[a]!;
        b = parent[b]!;
      }
    }
    const join = a;
    let delta = cap[enter]!;
    let out = -1;
    let side = 0;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const r = up[u] === 1 ? flow[e]! : cap[e]! - flow[e]!;
      const d = r > 0 ? r : 0;
      if (d < delta) {
        delta = d;
        out = u;
        side = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const r = up[u] === 1 ? cap[e]! - flow[e]! : flow[e]!;
      const d = r > 0 ? r : 0;
      if (d <= delta) {
        delta = d;
        out = u;
        side = 2;
      }
    }
    if (delta === Infinity) throw new Error('minCostFlow: unbounded (a negative cycle of infinite capacity)');

    // --- push delta round the cycle
    if (delta > 0) {
      flow[enter] = flow[enter]! + (forward ? delta : -delta);
      for (let u = first; u !== join; u = parent[u]!) {
        const e = pred[u]!;
        flow[e] = flow[e]! + (up[u] === 1 ? -delta : delta);
      }
      for (let u = second; u !== join; u = parent[u]!) {
        const e = pred[u]!;
        flow[e] = flow[e]! + (up[u] === 1 ? delta : -delta);
      }
    }
    if (side === 0) {
      // the entering arc goes from one bound to the other; the tree does not change
      state[enter] = forward ? UPPER : LOWER;
      flow[enter] = forward ? cap[enter]! : 0;
      continue;
    }

    // --- the leaving arc sits at the bound it reached exactly
    const leave = pred[out]!;
    const toZero = side === 1 ? up[out] === 1 : up[out] === 0;
    state[leave] = toZero ? LOWER : UPPER;
    flow[leave] = toZero ? 0 : cap[leave]!;
    state[enter] = TREE;

    // --- re-hang the subtree under `out` from the entering arc's endpoint on its side
    const uIn = side === 1 ? first : second;
    const vIn = side === 1 ? second : first;
    path.length = 0;
    pathPred.length = 0;
    for (let u = uIn; ; u = parent[u]!) {
      path.push(u);
      pathPred.push(pred[u]!);
      if (u === out) break;
    }
    detach(out);
    for (let i = path.length - 1; i >= 1; i--) {
      const child = path[i - 1]!;
      const node = path[i]!;
      detach(child);
      attach(node, child);
      const e = pathPred[i - 1]!;
      pred[node] = e;
      up[node] = src[e] === node ? 1 : 0;
    }
    attach(uIn, vIn);
    pred[uIn] = enter;
    up[uIn] = src[enter] === uIn ? 1 : 0;

    // --- potentials and depths of the moved subtree
    const newPi = up[uIn] === 1 ? pi[vIn]! - cost[enter]! : pi[vIn]! + cost[enter]!;
    const shift = newPi - pi[uIn]!;
    let top = 0;
    stack[top++] = uIn;
    while (top > 0) {
      const v = stack[--top]!;
      pi[v] = pi[v]! + shift;
      depth[v] = depth[parent[v]!]! + 1;
      for (let c = firstChild[v]!; c >= 0; c = nextSib[c]!) stack[top++] = c;
    }
  }

  let feasible = true;
  for (let e = m; e < all; e++) if (flow[e]! > 1e-9 * Math.max(1, Math.abs(net.supply[e - m]!))) feasible = false;
  return { feasible, flow: flow.slice(0, m), pi: pi.slice(0, n), pivots };
}
