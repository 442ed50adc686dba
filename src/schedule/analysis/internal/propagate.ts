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
 *
 * **Several calendars.** When tasks work on calendars with other working days than the
 * reference calendar, a move is not the same number of days on every calendar: the propagation
 * then follows the engine's own rule on each task's calendar (positions from `positions.ts`):
 * a successor starts no earlier than the bound each moved predecessor's link puts on it, on the
 * successor's calendar, capped by its constraints there. Slips and moves are in working days of
 * each task's own calendar; the shifts reported are on the reference calendar.
 */
import { dayNumber } from '../../../internal/dates.js';
import type { Axis } from './axis.js';
import { EPS, weight, type Network } from './network.js';
import { bound, offsets, type Positions } from './positions.js';

/**
 * Early-start caps of the leaf tasks (SNLT, FNLT, MSO, MFO; FNLT on summaries), `Infinity` when
 * none: on the reference axis, or with `pos` on each leaf's own calendar (as the engine moves a
 * constraint date to the task's own working days).
 */
export function startCaps(net: Network, axis: Axis, pos: Positions | null = null): Float64Array {
  const cap = new Float64Array(net.n).fill(Infinity);
  const { projBase, leafLo, leafHi, leafSeq, dur } = net;
  /** Working days of leaf k's calendar before day `d`, from its origin. */
  const own = (k: number, d: number): number => {
    const c = pos!.calOf[k]!;
    return pos!.mc.cals[c]!.dayIndex(d) - pos!.mc.origin[c]!;
  };
  net.portfolio.projects.forEach((proj, p) => {
    proj.tasks.forEach((t, i) => {
      const c = t.constraint;
      if (c === undefined || c.date === undefined) return;
      const g = projBase[p]! + i;
      const day = dayNumber(c.date)!;
      let at: (k: number) => number;
      switch (c.type) {
        case 'SNLT': {
          const x = axis.startOnOrBefore(c.date);
          at = (k) => (pos === null ? x : own(k, day + 1) - 1);
          break;
        }
        case 'MSO': {
          const x = axis.startOnOrAfter(c.date);
          at = (k) => (pos === null ? x : own(k, day));
          break;
        }
        case 'FNLT':
        case 'MFO': {
          const f = axis.finishOnOrBefore(c.date);
          at = (k) => (pos === null ? f : own(k, day + 1)) - dur[k]!;
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

/**
 * A slipping leaf: its early start moves by `start`, its early finish by `finish` (working days
 * of its own calendar).
 */
export interface SlipSource {
  readonly task: number;
  readonly start: number;
  readonly finish: number;
}

/** Reusable propagation state (arrays sized once per network). */
export class Propagator {
  private readonly net: Network;
  private readonly pos: Positions | null;
  /** With several calendars: moves of each early start and finish on the task's own calendar. */
  private readonly ownStart: Float64Array;
  private readonly ownFinish: Float64Array;
  private readonly headroom: Float64Array;
  private readonly slack: Float64Array;
  private readonly best: Float64Array;
  private readonly stamp: Int32Array;
  private readonly fixed: Int32Array;
  private readonly heap: Int32Array;
  private run = 0;
  /**
   * Move of each early start and finish, in working days of the reference calendar; valid for the
   * tasks in `touched` after `propagate`.
   */
  readonly startShift: Float64Array;
  readonly finishShift: Float64Array;
  /** The leaves that move (start or finish), in topological order. */
  touched: number[] = [];

  constructor(net: Network, caps: Float64Array, pos: Positions | null = null) {
    this.net = net;
    this.pos = pos;
    const { n, m, es, dur, off, tgt, typ, lag } = net;
    const at = pos === null ? es : pos.x;
    this.headroom = new Float64Array(n);
    for (let g = 0; g < n; g++) this.headroom[g] = caps[g]! - at[g]!;
    this.slack = new Float64Array(m);
    for (let u = 0; u < n; u++)
      for (let s = off[u]!; s < off[u + 1]!; s++) {
        const v = tgt[s]!;
        this.slack[s] = es[v]! - es[u]! - weight(typ[s]!, lag[s]!, dur[u]!, dur[v]!);
      }
    this.ownStart = new Float64Array(pos === null ? 0 : n);
    this.ownFinish = new Float64Array(pos === null ? 0 : n);
    this.best = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.fixed = new Int32Array(n);
    this.heap = new Int32Array(n);
    this.startShift = new Float64Array(n);
    this.finishShift = new Float64Array(n);
  }

  /** Propagates the slip of the given sources (each moves exactly as given). */
  propagate(sources: readonly SlipSource[]): void {
    const { pos, order, off, tgt, typ, lag, dur } = this.net;
    const { best, stamp, fixed, heap, headroom, slack } = this;
    const own = this.pos;
    // Moves on the task's own calendar (the reference shifts themselves when one axis suffices).
    const moveS = own === null ? this.startShift : this.ownStart;
    const moveF = own === null ? this.finishShift : this.ownFinish;
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
      moveS[s.task] = s.start;
      moveF[s.task] = s.finish;
    }
    while (size > 0) {
      const u = order[popHeap()]!;
      let dS: number;
      let dF: number;
      if (fixed[u] === id) {
        dS = moveS[u]!;
        dF = moveF[u]!;
      } else {
        dS = best[u]! < headroom[u]! ? best[u]! : headroom[u]!;
        if (!(dS > EPS)) continue;
        dF = dS;
        moveS[u] = dS;
        moveF[u] = dS;
      }
      if (!(dS > EPS) && !(dF > EPS)) continue;
      this.touched.push(u);
      if (own !== null) {
        // Reference shifts of the moved task, from its positions before and after.
        const x0 = own.x[u]!;
        const [s0, f0] = offsets(own, u, x0, dur[u]!);
        const [s1, f1] = offsets(own, u, x0 + dS, dur[u]! + dF - dS);
        this.startShift[u] = s1 - s0;
        this.finishShift[u] = f1 - f0;
      }
      for (let s = off[u]!; s < off[u + 1]!; s++) {
        const v = tgt[s]!;
        const x =
          own === null
            ? ((typ[s]! & 1) === 0 ? dF : dS) - slack[s]!
            : bound(own, dur, u, v, typ[s]!, lag[s]!, own.x[u]! + dS, dur[u]! + dF - dS) - own.x[v]!;
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
