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
 * successor's calendar, capped by its constraints there. Slips, moves and the shifts reported
 * are in working days of each task's own calendar (`shifts.ts` measures projects on theirs).
 *
 * **Milestone dates.** On another calendar than the reference one, a milestone at a whole
 * position stands for two instants (the end of one working day, the beginning of the next), and
 * its date follows the engine's anchoring (the engine's `milestones.ts`): start-dated when it sits
 * at its project's start or a start constraint, or when a tight SS/SF link from a task or a tight
 * link from a start-dated milestone puts it there; finish-dated otherwise. A slip can change that without
 * moving the milestone (a moved predecessor's SS/SF link becomes tight on a milestone held by its
 * FNLT), which changes the links it drives: the anchoring of every milestone a moved task (or a
 * milestone whose anchoring changed) links to is evaluated again by the engine's rule, on the
 * moved positions, and such a milestone is among the `touched` tasks (with zero moves).
 */
import { dayNumber } from '../../../internal/dates.js';
import { MinHeap } from '../../../internal/heap.js';
import type { Axis } from './axis.js';
import { EPS, weight, type Network } from './network.js';
import { bound, type Positions } from './positions.js';

/** Whether task g is manually scheduled (pinned at its `manualStart`; no constraint applies to it). */
function isManual(net: Network, g: number): boolean {
  const p = net.projOf[g]!;
  return net.portfolio.projects[p]!.tasks[g - net.projBase[p]!]!.manualStart !== undefined;
}

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
      // A manual start pins the task as MSO does (its constraint does not apply).
      const c = t.manualStart !== undefined ? { type: 'MSO' as const, date: t.manualStart } : t.constraint;
      if (c === undefined || c.date === undefined) return;
      const g = projBase[p]! + i;
      const day = dayNumber(c.date)!;
      let at: (k: number) => number;
      switch (c.type) {
        case 'SNLT':
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
        // A manually scheduled leaf keeps its start: no summary's constraint caps it.
        if (k !== g && isManual(net, k)) continue;
        const x = at(k);
        if (x < cap[k]!) cap[k] = x;
      }
    });
  });
  return cap;
}

/**
 * Start positions that anchor each leaf milestone's date besides its project's start (SNET, SNLT,
 * MSO and a manual start, its own or, for SNET, a WBS summary's above it), on its own calendar,
 * as the engine records them.
 */
export function startAnchors(net: Network, pos: Positions): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const { projBase, leafLo, leafHi, leafSeq, dur } = net;
  net.portfolio.projects.forEach((proj, p) => {
    proj.tasks.forEach((t, i) => {
      const c = t.manualStart !== undefined ? { type: 'MSO' as const, date: t.manualStart } : t.constraint;
      if (c === undefined || c.date === undefined || (c.type !== 'SNET' && c.type !== 'SNLT' && c.type !== 'MSO')) return;
      const g = projBase[p]! + i;
      const day = dayNumber(c.date)!;
      for (let j = leafLo[g]!; j < leafHi[g]!; j++) {
        const k = leafSeq[j]!;
        if (dur[k] !== 0 || (k !== g && isManual(net, k))) continue;
        const cal = pos.mc.cals[pos.calOf[k]!]!;
        const at = cal.dayIndex(day) - pos.mc.origin[pos.calOf[k]!]!;
        const list = out.get(k);
        if (list === undefined) out.set(k, [at]);
        else list.push(at);
      }
    });
  });
  return out;
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
  private readonly headroom: Float64Array;
  private readonly slack: Float64Array;
  private readonly best: Float64Array;
  private readonly stamp: Int32Array;
  private readonly fixed: Int32Array;
  /** Tasks to visit, by topological position. */
  private readonly heap: MinHeap;
  /** With several calendars: `run` of the propagation that moved each task (its `own*` moves valid). */
  private readonly moved: Int32Array;
  /** With several calendars: each milestone's anchoring after the slip, valid when `anchorStamp` is the run. */
  private readonly anchor: Uint8Array;
  private readonly anchorStamp: Int32Array;
  private readonly starts: ReadonlyMap<number, readonly number[]>;
  private run = 0;
  /**
   * Move of each early start and finish, in working days of the task's own calendar (of the
   * reference calendar when `pos` is null: one axis suffices); valid for the tasks in `touched`
   * after `propagate`.
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
    this.best = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.fixed = new Int32Array(n);
    this.heap = MinHeap.withCapacity(n);
    this.moved = new Int32Array(pos === null ? 0 : n);
    this.anchor = new Uint8Array(pos === null ? 0 : n);
    this.anchorStamp = new Int32Array(pos === null ? 0 : n);
    this.starts = pos === null ? new Map() : startAnchors(net, pos);
    this.startShift = new Float64Array(n);
    this.finishShift = new Float64Array(n);
  }

  /** Propagates the slip of the given sources (each moves exactly as given). */
  propagate(sources: readonly SlipSource[]): void {
    const { pos, order, off, tgt, typ, lag, dur } = this.net;
    const { best, stamp, fixed, heap, headroom, slack } = this;
    const own = this.pos;
    // Moves on the task's own calendar (the reference axis when one suffices).
    const moveS = this.startShift;
    const moveF = this.finishShift;
    const id = ++this.run;
    heap.clear();
    this.touched = [];
    for (const s of sources) {
      if (stamp[s.task] !== id) heap.push(pos[s.task]!, pos[s.task]!);
      stamp[s.task] = id;
      fixed[s.task] = id;
      moveS[s.task] = s.start;
      moveF[s.task] = s.finish;
    }
    while (heap.size > 0) {
      const u = order[heap.pop()]!;
      let dS: number;
      let dF: number;
      if (fixed[u] === id) {
        dS = moveS[u]!;
        dF = moveF[u]!;
      } else {
        dS = best[u]! < headroom[u]! ? best[u]! : headroom[u]!;
        if (!(dS > EPS)) {
          // A milestone that does not move may still change its anchoring (several calendars).
          if (own === null || dur[u] !== 0) continue;
          dS = 0;
        }
        dF = dS;
        moveS[u] = dS;
        moveF[u] = dS;
      }
      let reanchored = false;
      if (own !== null) {
        this.moved[u] = id;
        if (dur[u] === 0) {
          // A slipping milestone keeps its dating (the rescheduling pins it so).
          const a = fixed[u] === id ? own.anchored[u]! : this.anchoredAt(u, own.x[u]! + dS, id);
          this.anchor[u] = a;
          this.anchorStamp[u] = id;
          reanchored = a !== own.anchored[u];
        }
      }
      if (!(dS > EPS) && !(dF > EPS) && !reanchored) continue;
      this.touched.push(u);
      for (let s = off[u]!; s < off[u + 1]!; s++) {
        const v = tgt[s]!;
        if (fixed[v] === id) continue;
        let x =
          own === null
            ? ((typ[s]! & 1) === 0 ? dF : dS) - slack[s]!
            : bound(own, dur, u, v, typ[s]!, lag[s]!, own.x[u]! + dS, dur[u]! + dF - dS) - own.x[v]!;
        if (!(x > EPS)) {
          // A milestone this link may now anchor, or stop anchoring, is evaluated again.
          if (own === null || dur[v] !== 0) continue;
          x = 0;
        }
        if (stamp[v] !== id) {
          stamp[v] = id;
          best[v] = x;
          heap.push(pos[v]!, pos[v]!);
        } else if (x > best[v]!) best[v] = x;
      }
    }
  }

  /**
   * Whether milestone v, at position `xv` after the slip, is start-dated by the engine's rule
   * (`milestoneAnchors` in the engine's `milestones.ts`): at its project's start or a start
   * constraint, or put there by a tight SS/SF link from a task or a tight link from a start-dated
   * milestone. Its predecessors are final (topological order).
   */
  private anchoredAt(v: number, xv: number, id: number): 0 | 1 {
    const pos = this.pos!;
    const { dur, inOff, inSrc, inTyp, inLag } = this.net;
    if (Math.abs(xv - pos.start[v]!) <= EPS) return 1;
    for (const c of this.starts.get(v) ?? []) if (Math.abs(xv - c) <= EPS) return 1;
    for (let s = inOff[v]!; s < inOff[v + 1]!; s++) {
      const u = inSrc[s]!;
      const t = inTyp[s]!;
      if (dur[u] === 0) {
        if ((this.anchorStamp[u] === id ? this.anchor[u]! : pos.anchored[u]!) !== 1) continue;
      } else if ((t & 1) === 0) continue;
      const moved = this.moved[u] === id;
      const xu = pos.x[u]! + (moved ? this.startShift[u]! : 0);
      const du = dur[u]! + (moved ? this.finishShift[u]! - this.startShift[u]! : 0);
      if (Math.abs(xv - bound(pos, dur, u, v, t, inLag[s]!, xu, du)) <= EPS) return 1;
    }
    return 0;
  }
}
