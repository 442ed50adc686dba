/**
 * Private: forward propagation of a slip through the early schedule, using link floats.
 *
 * The engine's forward pass sets `ES(v) = min(cap(v), max(floor(v), max over links u -> v of
 * ES(u) + w))`, where `cap` comes from SNLT/FNLT/MSO/MFO constraints and `floor` from the project
 * start and SNET/FNET/MSO/MFO. When predecessors move later by `δ(u)` (their early starts; their
 * finishes move by the same amount unless the duration changes), a successor moves by
 *
 *   δ(v) = min(cap(v) - ES(v), max(0, max over links of push(u) - slack(u -> v)))
 *
 * with `slack = ES(v) - ES(u) - w` on the baseline, and `push(u)` the move of the end of u the
 * link leaves from (its finish for FS/FF, its start for SS/SF). Processing the affected leaves in
 * topological order (a heap keyed by topological position) makes every δ final when it is read.
 * ALAP tasks are treated like the others (the engine also moves them when their late dates move).
 */
import type { Axis } from './axis.js';
import { EPS, weight, type Network } from './network.js';

/** Early-start caps of the leaf tasks (SNLT, FNLT, MSO, MFO; FNLT on summaries), `Infinity` when none. */
export function startCaps(net: Network, axis: Axis): Float64Array {
  const cap = new Float64Array(net.n).fill(Infinity);
  const { projBase, leafLo, leafHi, leafSeq, dur } = net;
  net.portfolio.projects.forEach((proj, p) => {
    proj.tasks.forEach((t, i) => {
      const c = t.constraint;
      if (c === undefined || c.date === undefined) return;
      const g = projBase[p]! + i;
      let at: (k: number) => number;
      switch (c.type) {
        case 'SNLT': {
          const x = axis.startOnOrBefore(c.date);
          at = () => x;
          break;
        }
        case 'MSO': {
          const x = axis.startOnOrAfter(c.date);
          at = () => x;
          break;
        }
        case 'FNLT':
        case 'MFO': {
          const f = axis.finishOnOrBefore(c.date);
          at = (k) => f - dur[k]!;
          break;
        }
        default:
          return;
      }
      for (let j = leafLo[g]!; j < leafHi[g]!; j++) {
        const k = leafSeq[j]!;
        const x = at(k);
        if (x < cap[k]!) cap[k] = x;
      }
    });
  });
  return cap;
}

/** A slipping leaf: its early start moves by `start`, its early finish by `finish`. */
export interface SlipSource {
  readonly task: number;
  readonly start: number;
  readonly finish: number;
}

/** Reusable propagation state (arrays sized once per network). */
export class Propagator {
  private readonly net: Network;
  private readonly headroom: Float64Array;
  private readonly slack: Float64Array;
  private readonly best: Float64Array;
  private readonly stamp: Int32Array;
  private readonly fixed: Int32Array;
  private readonly heap: Int32Array;
  private run = 0;
  /** Move of each early start and finish; valid for the tasks in `touched` after `propagate`. */
  readonly startShift: Float64Array;
  readonly finishShift: Float64Array;
  /** The leaves that move (start or finish), in topological order. */
  touched: number[] = [];

  constructor(net: Network, caps: Float64Array) {
    this.net = net;
    const { n, m, es, dur, off, tgt, typ, lag } = net;
    this.headroom = new Float64Array(n);
    for (let g = 0; g < n; g++) this.headroom[g] = caps[g]! - es[g]!;
    this.slack = new Float64Array(m);
    for (let u = 0; u < n; u++)
      for (let s = off[u]!; s < off[u + 1]!; s++) {
        const v = tgt[s]!;
        this.slack[s] = es[v]! - es[u]! - weight(typ[s]!, lag[s]!, dur[u]!, dur[v]!);
      }
    this.best = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.fixed = new Int32Array(n);
    this.heap = new Int32Array(n);
    this.startShift = new Float64Array(n);
    this.finishShift = new Float64Array(n);
  }

  /** Propagates the slip of the given sources (each moves exactly as given). */
  propagate(sources: readonly SlipSource[]): void {
    const { pos, order, off, tgt, typ } = this.net;
    const { best, stamp, fixed, heap, headroom, slack, startShift, finishShift } = this;
    const id = ++this.run;
    let size = 0;
    const pushHeap = (x: number): void => {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]! <= x) break;
        heap[i] = heap[parent]!;
        i = parent;
      }
      heap[i] = x;
    };
    const popHeap = (): number => {
      const top = heap[0]!;
      const last = heap[--size]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && heap[c + 1]! < heap[c]!) c++;
        if (heap[c]! >= last) break;
        heap[i] = heap[c]!;
        i = c;
      }
      heap[i] = last;
      return top;
    };
    this.touched = [];
    for (const s of sources) {
      if (stamp[s.task] !== id) pushHeap(pos[s.task]!);
      stamp[s.task] = id;
      fixed[s.task] = id;
      startShift[s.task] = s.start;
      finishShift[s.task] = s.finish;
    }
    while (size > 0) {
      const u = order[popHeap()]!;
      let dS: number;
      let dF: number;
      if (fixed[u] === id) {
        dS = startShift[u]!;
        dF = finishShift[u]!;
      } else {
        dS = best[u]! < headroom[u]! ? best[u]! : headroom[u]!;
        if (!(dS > EPS)) continue;
        dF = dS;
        startShift[u] = dS;
        finishShift[u] = dS;
      }
      if (!(dS > EPS) && !(dF > EPS)) continue;
      this.touched.push(u);
      for (let s = off[u]!; s < off[u + 1]!; s++) {
        const v = tgt[s]!;
        const x = ((typ[s]! & 1) === 0 ? dF : dS) - slack[s]!;
        if (!(x > EPS) || fixed[v] === id) continue;
        if (stamp[v] !== id) {
          stamp[v] = id;
          best[v] = x;
          pushHeap(pos[v]!);
        } else if (x > best[v]!) best[v] = x;
      }
    }
  }
}
