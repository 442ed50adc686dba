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
 * The state of the simplex: the arcs (the network's, then the artificial ones), their flows and
 * states (LOWER, TREE or UPPER), and the spanning-tree basis (see the file's header), changed by
 * each pivot. Scratch space and the last ratio test's result are kept here so that a pivot
 * allocates nothing.
 */
interface Basis {
  /** Arcs of the network (the artificial ones follow). */
  readonly m: number;
  readonly src: Int32Array;
  readonly tgt: Int32Array;
  readonly cap: Float64Array;
  readonly cost: Float64Array;
  readonly flow: Float64Array;
  readonly state: Int8Array;
  readonly parent: Int32Array;
  readonly pred: Int32Array;
  readonly up: Uint8Array;
  readonly depth: Int32Array;
  readonly pi: Float64Array;
  readonly firstChild: Int32Array;
  readonly nextSib: Int32Array;
  readonly prevSib: Int32Array;
  /** Tolerance on reduced costs. */
  readonly eps: number;
  /** Arcs scanned per block of the entering-arc search. */
  readonly block: number;
  /** Where the next entering-arc search starts. */
  next: number;
  /** The ratio test's result: the flow pushed, the node whose tree arc leaves, and its side of the cycle (0: none, the entering arc itself). */
  delta: number;
  out: number;
  side: number;
  readonly stack: Int32Array;
  readonly path: number[];
  readonly pathPred: number[];
}

/**
 * Solves a minimum-cost flow problem exactly (up to floating-point rounding: costs are compared
 * with a tolerance of 1e-11 times the largest cost). O(pivots × (sqrt(m) + tree path + subtree)).
 * @throws Error when the network has a negative cycle of infinite capacity (unbounded)
 */
export function minCostFlow(net: FlowNetwork): FlowSolution {
  const n = net.nodes;
  const m = net.src.length;
  const b = startBasis(net);
  let pivots = 0;
  for (;;) {
    const enter = enteringArc(b);
    if (enter < 0) break;
    pivots++;
    pivot(b, enter);
  }
  const all = b.flow.length;
  let feasible = true;
  for (let e = m; e < all; e++) if (b.flow[e]! > 1e-9 * Math.max(1, Math.abs(net.supply[e - m]!))) feasible = false;
  return { feasible, flow: b.flow.slice(0, m), pi: b.pi.slice(0, n), pivots };
}

/**
 * The starting basis: the caller's star, or an artificial root n with one artificial arc per node
 * (cost 0 for a node that sends, big-M for one that receives), every other arc at its lower bound.
 * The root's children are in node order. O(n + m).
 */
function startBasis(net: FlowNetwork): Basis {
  const n = net.nodes;
  const m = net.src.length;
  const star = net.star;
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
    if (lastChild >= 0) nextSib[lastChild] = v;
    else firstChild[root] = v;
    prevSib[v] = lastChild;
    lastChild = v;
  }
  return {
    m,
    src,
    tgt,
    cap,
    cost,
    flow,
    state,
    parent,
    pred,
    up,
    depth,
    pi,
    firstChild,
    nextSib,
    prevSib,
    eps: 1e-11 * Math.max(1, maxCost),
    block: Math.max(10, Math.ceil(Math.sqrt(m))),
    next: 0,
    delta: 0,
    out: -1,
    side: 0,
    stack: new Int32Array(N),
    path: [],
    pathPred: [],
  };
}

/**
 * The entering arc: the most violating one (reduced cost below -eps in the direction it can move)
 * in the first block, from `b.next` round the arcs, that has one; -1 when none violates (optimal).
 * The hot loop of the method: O(m) at worst, O(block) typically.
 */
function enteringArc(b: Basis): number {
  const { m, state, cost, pi, src, tgt, block } = b;
  const next = b.next;
  let enter = -1;
  let best = -b.eps;
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
        b.next = e + 1 < m ? e + 1 : 0;
        break;
      }
      seen = 0;
    }
  }
  return enter;
}

/**
 * One pivot on the entering arc: the cycle it closes with the tree, the ratio test, the flow
 * pushed round the cycle, and, unless the entering arc itself blocks, the leaving arc set at its
 * bound and the tree re-hung. O(tree path + moved subtree).
 * @throws Error when nothing blocks the cycle (unbounded)
 */
function pivot(b: Basis, enter: number): void {
  const { src, tgt, cap, flow, state, pred, up } = b;
  // Flow goes first -> second on the entering arc, back through the tree.
  const forward = state[enter] === LOWER;
  const first = forward ? src[enter]! : tgt[enter]!;
  const second = forward ? tgt[enter]! : src[enter]!;
  const join = apex(b, first, second);
  ratioTest(b, enter, first, second, join);
  const { delta, out, side } = b;
  if (delta === Infinity) throw new Error('minCostFlow: unbounded (a negative cycle of infinite capacity)');
  if (delta > 0) pushFlow(b, enter, forward, first, second, join, delta);
  if (side === 0) {
    // The entering arc goes from one bound to the other; the tree does not change.
    state[enter] = forward ? UPPER : LOWER;
    flow[enter] = forward ? cap[enter]! : 0;
    return;
  }
  // The leaving arc sits at the bound it reached exactly.
  const leave = pred[out]!;
  const toZero = side === 1 ? up[out] === 1 : up[out] === 0;
  state[leave] = toZero ? LOWER : UPPER;
  flow[leave] = toZero ? 0 : cap[leave]!;
  state[enter] = TREE;
  rehang(b, enter, out, side === 1 ? first : second, side === 1 ? second : first);
}

/** The apex of the cycle: the lowest common ancestor of a and b in the tree. O(path). */
function apex(t: Basis, a: number, b: number): number {
  const { depth, parent } = t;
  while (a !== b) {
    if (depth[a]! > depth[b]!) a = parent[a]!;
    else if (depth[b]! > depth[a]!) b = parent[b]!;
    else {
      a = parent[a]!;
      b = parent[b]!;
    }
  }
  return a;
}

/**
 * The ratio test, by Cunningham's rule: the most flow that fits round the cycle (`b.delta`) and the
 * last blocking tree arc met from the apex in the direction of flow (`b.out`, `b.side`: 1 on the
 * first node's path, 2 on the second's, 0 when only the entering arc blocks). O(path).
 */
function ratioTest(b: Basis, enter: number, first: number, second: number, join: number): void {
  const { cap, flow, pred, up, parent } = b;
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
  b.delta = delta;
  b.out = out;
  b.side = side;
}

/** Pushes delta round the cycle: on the entering arc and on the tree paths up to the apex. O(path). */
function pushFlow(b: Basis, enter: number, forward: boolean, first: number, second: number, join: number, delta: number): void {
  const { flow, pred, up, parent } = b;
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

/**
 * Re-hangs the subtree under `out` from the entering arc's endpoint on its side (`uIn`, joined to
 * `vIn`): the path from uIn up to out is reversed, then the potentials and depths of the moved
 * subtree are updated. O(path + subtree).
 */
function rehang(b: Basis, enter: number, out: number, uIn: number, vIn: number): void {
  const { src, cost, parent, pred, up, pi, depth, firstChild, nextSib, stack, path, pathPred } = b;
  path.length = 0;
  pathPred.length = 0;
  for (let u = uIn; ; u = parent[u]!) {
    path.push(u);
    pathPred.push(pred[u]!);
    if (u === out) break;
  }
  detach(b, out);
  for (let i = path.length - 1; i >= 1; i--) {
    const child = path[i - 1]!;
    const node = path[i]!;
    detach(b, child);
    attach(b, node, child);
    const e = pathPred[i - 1]!;
    pred[node] = e;
    up[node] = src[e] === node ? 1 : 0;
  }
  attach(b, uIn, vIn);
  pred[uIn] = enter;
  up[uIn] = src[enter] === uIn ? 1 : 0;
  // Potentials and depths of the moved subtree.
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

/** Unlinks v from its parent's list of children. O(1). */
function detach(b: Basis, v: number): void {
  const { parent, prevSib, nextSib, firstChild } = b;
  const p = parent[v]!;
  const a = prevSib[v]!;
  const c = nextSib[v]!;
  if (a >= 0) nextSib[a] = c;
  else firstChild[p] = c;
  if (c >= 0) prevSib[c] = a;
  prevSib[v] = -1;
  nextSib[v] = -1;
}

/** Makes v the first child of p. O(1). */
function attach(b: Basis, v: number, p: number): void {
  const { firstChild, nextSib, prevSib, parent } = b;
  const f = firstChild[p]!;
  nextSib[v] = f;
  prevSib[v] = -1;
  if (f >= 0) prevSib[f] = v;
  firstChild[p] = v;
  parent[v] = p;
}
