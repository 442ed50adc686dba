/**
 * The marginal value of one more hour of each skill, exactly, from an optimal transportation
 * flow. Private to pmo-kit.
 *
 * One more hour of skill s is modelled as a new source w with an arc w -> d (gain valuePerHour_d)
 * to every demand d of skill s, qualified at any level and at no cost. The optimal objective rises
 * at the rate of the cheapest path from w to the sink in the residual network of the optimal flow
 * (the right derivative of the min-cost-flow value in the supply of w): w -> d, then either d's
 * unmet hours (d -> sink), or taking an hour from a person p on d (d -> p, gain -margin) who then
 * goes elsewhere (p -> d', ...) or stays idle and saves its cost (p -> sink). The optimal
 * potentials make every residual arc's reduced cost non-negative, so one Dijkstra run from the
 * sink on the reversed residual network gives the distance of every demand to the sink, and the
 * value of skill s is `max(0, max over d of skill s of (valuePerHour_d - dist(d)))`. This is the
 * shadow price of the skill: exact for a small increase, and a PMO's bottleneck indicator.
 */
import { MinHeap } from '../../internal/heap.js';
import type { DenseAllocation } from './denseAllocation.js';

/**
 * Marginal value per hour of each skill of `dense.skills`, given the optimal hours `x` over the
 * edges `use` (all when omitted) and the potentials `pi` of that flow. O(E log V).
 */
export function marginalValues(dense: DenseAllocation, x: Float64Array, pi: Float64Array, use?: Uint8Array): Float64Array {
  const P = dense.personIds.length;
  const D = dense.demandIds.length;
  const T = P + D;
  const V = T + 1;
  const E = dense.edgePerson.length;
  const served = new Float64Array(D);
  for (let e = 0; e < E; e++) served[dense.edgeDemand[e]!] = served[dense.edgeDemand[e]!]! + x[e]!;
  const rc = (c: number, u: number, v: number) => Math.max(0, c + pi[u]! - pi[v]!);

  // Residual arcs u -> v with reduced cost, stored reversed (by head v) in CSR form.
  const from: number[] = [];
  const to: number[] = [];
  const w: number[] = [];
  const add = (u: number, v: number, c: number) => {
    from.push(u);
    to.push(v);
    w.push(c);
  };
  for (let e = 0; e < E; e++) {
    if (use !== undefined && use[e] !== 1) continue;
    const p = dense.edgePerson[e]!;
    const d = P + dense.edgeDemand[e]!;
    const m = dense.margin[e]!;
    add(p, d, rc(-m, p, d));
    if (x[e]! > 0) add(d, p, rc(m, d, p));
  }
  for (let p = 0; p < P; p++) add(p, T, rc(0, p, T));
  for (let d = 0; d < D; d++) if (served[d]! < dense.hours[d]! - 1e-9 * Math.max(1, dense.hours[d]!)) add(P + d, T, rc(0, P + d, T));
  const start = new Int32Array(V + 1);
  for (const v of to) start[v + 1]!++;
  for (let v = 0; v < V; v++) start[v + 1] = start[v + 1]! + start[v]!;
  const fill = start.slice(0, V);
  const tail = new Int32Array(from.length);
  const cost = new Float64Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const k = fill[to[i]!]!++;
    tail[k] = from[i]!;
    cost[k] = w[i]!;
  }

  const dist = new Float64Array(V).fill(Infinity);
  const done = new Uint8Array(V);
  const heap = MinHeap.withCapacity(V + from.length);
  dist[T] = 0;
  heap.push(T, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v] === 1) continue;
    done[v] = 1;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const u = tail[k]!;
      const nd = dist[v]! + cost[k]!;
      if (nd < dist[u]!) {
        dist[u] = nd;
        heap.push(u, nd);
      }
    }
  }

  const value = new Float64Array(dense.skills.length);
  for (let d = 0; d < D; d++) {
    const reduced = dist[P + d]!;
    if (reduced === Infinity) continue;
    const real = reduced - pi[P + d]! + pi[T]!;
    const gain = dense.valuePerHour[d]! - real;
    const s = dense.demandSkill[d]!;
    if (gain > value[s]!) value[s] = gain;
  }
  let scale = 1;
  for (let d = 0; d < D; d++) scale = Math.max(scale, Math.abs(dense.valuePerHour[d]!));
  scale *= 1e-9;
  for (let s = 0; s < value.length; s++) if (value[s]! < scale) value[s] = 0;
  return value;
}
