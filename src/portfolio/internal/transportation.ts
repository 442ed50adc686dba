/**
 * The continuous allocation as a transportation problem, solved exactly by the network simplex.
 * Private to pmo-kit.
 *
 * Primal (P): maximize Σ margin_e·x_e subject to Σ_{e of p} x_e <= capacity_p,
 * Σ_{e of d} x_e <= hours_d, x >= 0. As a flow: every person p sends its capacity; an arc p -> d
 * per edge (cost -margin, unbounded), an arc p -> T for unused hours (cost 0, unbounded) and
 * d -> T (cost 0, capacity hours_d). The optimal potentials give the dual (D):
 * u_p = pi_p - pi_T >= 0 (value of one more hour of person p) and v_d = max(0, pi_T - pi_d)
 * (value of one more hour of demand d), with u_p + v_d >= margin_e on every edge.
 */
import type { DenseAllocation } from './denseAllocation.js';
import { minCostFlow } from './networkSimplex.js';

/** The exact solution of the continuous problem. */
export interface TransportSolution {
  /** Hours per edge. */
  readonly x: Float64Array;
  /** Σ margin·x. */
  readonly objective: number;
  /**
   * Σ capacity·u + Σ hours·v for a dual solution made exactly feasible: an upper bound on every
   * plan (weak duality); equal to `objective` up to rounding at the optimum.
   */
  readonly bound: number;
  /** Node potentials: people 0..P-1, demands P..P+D-1, the sink P+D. */
  readonly pi: Float64Array;
  /** Network simplex pivots. */
  readonly pivots: number;
}

/**
 * Solves the transportation problem over the edges `use[e] === 1` (all when `use` is omitted).
 * Hours below 1e-9 of the problem's scale are dropped (rounding noise). O(pivots · (√E + tree)).
 */
export function solveTransportation(dense: DenseAllocation, use?: Uint8Array): TransportSolution {
  const P = dense.personIds.length;
  const D = dense.demandIds.length;
  const T = P + D;
  const E = dense.edgePerson.length;
  const edges: number[] = [];
  for (let e = 0; e < E; e++) if (use === undefined || use[e] === 1) edges.push(e);
  const k = edges.length;
  const arcs = k + P + D;
  const src = new Int32Array(arcs);
  const tgt = new Int32Array(arcs);
  const cap = new Float64Array(arcs);
  const cost = new Float64Array(arcs);
  edges.forEach((e, i) => {
    src[i] = dense.edgePerson[e]!;
    tgt[i] = P + dense.edgeDemand[e]!;
    cap[i] = Infinity;
    cost[i] = -dense.margin[e]!;
  });
  for (let p = 0; p < P; p++) {
    src[k + p] = p;
    tgt[k + p] = T;
    cap[k + p] = Infinity;
  }
  for (let d = 0; d < D; d++) {
    src[k + P + d] = P + d;
    tgt[k + P + d] = T;
    cap[k + P + d] = dense.hours[d]!;
  }
  const supply = new Float64Array(T + 1);
  let total = 0;
  for (let p = 0; p < P; p++) {
    supply[p] = dense.capacity[p]!;
    total += dense.capacity[p]!;
  }
  supply[T] = -total;
  // Start from "nobody works": every person's hours on its unused-hours arc, every demand's arc to
  // the sink empty (a feasible, strongly feasible tree rooted at the sink).
  const star = new Int32Array(T + 1);
  for (let p = 0; p < P; p++) star[p] = k + p;
  for (let d = 0; d < D; d++) star[P + d] = k + P + d;
  star[T] = -1;
  const sol = minCostFlow({ nodes: T + 1, supply, src, tgt, cap, cost, star });
  if (!sol.feasible) throw new Error('solveTransportation: the flow network is infeasible (cannot happen: unused hours go to the sink)');

  let scale = 0;
  for (let p = 0; p < P; p++) scale = Math.max(scale, dense.capacity[p]!);
  const tiny = 1e-9 * Math.max(1, scale);
  const x = new Float64Array(E);
  let objective = 0;
  edges.forEach((e, i) => {
    let v = sol.flow[i]!;
    if (v < tiny) v = 0;
    if (dense.integerHours) v = Math.round(v);
    x[e] = v;
    objective += dense.margin[e]! * v;
  });
  return { x, objective, bound: dualBound(dense, sol.pi, edges), pi: sol.pi, pivots: sol.pivots };
}

/** Weak-duality bound from the potentials, after raising u_p to cover any rounding violation. */
function dualBound(dense: DenseAllocation, pi: Float64Array, edges: readonly number[]): number {
  const P = dense.personIds.length;
  const D = dense.demandIds.length;
  const piT = pi[P + D]!;
  const u = new Float64Array(P);
  const v = new Float64Array(D);
  for (let p = 0; p < P; p++) u[p] = Math.max(0, pi[p]! - piT);
  for (let d = 0; d < D; d++) v[d] = Math.max(0, piT - pi[P + d]!);
  for (const e of edges) {
    const p = dense.edgePerson[e]!;
    const short = dense.margin[e]! - u[p]! - v[dense.edgeDemand[e]!]!;
    if (short > 0) u[p] = u[p]! + short;
  }
  let bound = 0;
  for (let p = 0; p < P; p++) bound += dense.capacity[p]! * u[p]!;
  for (let d = 0; d < D; d++) bound += dense.hours[d]! * v[d]!;
  return bound;
}
