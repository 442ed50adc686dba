/**
 * Schedule generation schemes on a compiled {@link Problem}: serial (forward and backward) and
 * parallel, over a reusable resource-profile buffer. Private.
 *
 * A backward pass schedules the mirrored instance: reverse time `t' = T - t` for an anchor `T`
 * (the makespan of the schedule being justified), arcs reversed with distances
 * `d' = d + p(to) - p(from)`, capacities mirrored around `T`, no release dates. Reverse starts
 * `S'` map back to forward starts `T - S' - p`.
 */
import { MinHeap } from '../../internal/heap.js';
import { AssignState } from './assign.js';
import { cumAt, finishOf, latestStartBy, linkBound, linkLatest, nextWork, nthAt, works } from './calendarTable.js';
import { NO_DEADLINE, type Problem } from './problem.js';

/**
 * Reusable buffers and the schedule counter of one solver run.
 *
 * The remaining capacity of every resource lives in one buffer indexed by forward time: period u
 * of resource k is `avail[k * W + M + u]`, with a margin of M periods before time 0 (capacity
 * `cap`) for backward passes that reach past the anchor. A forward pass reads period t at
 * `M + t`; a backward pass around anchor T reads reverse period t' at `M + T - 1 - t'`. Both see
 * the same base profile, and a reset restores only the range the last pass touched.
 */
export class Workspace {
  readonly pr: Problem;
  /** Remaining capacity of the current pass (see the class comment). */
  readonly avail: Int32Array;
  /** Base capacity, same layout; null when every capacity is constant. */
  private readonly base: Int32Array | null;
  /** Group demands' assignment state (same index layout); null without group demands. */
  private readonly asg: AssignState | null;
  /** Start of each activity's needs in the assignment layer (null without group demands). */
  private readonly needOff: Int32Array | null;
  /** Width of a resource's row, and the margin before time 0. */
  readonly W: number;
  readonly M: number;
  /** Index range [dlo, dhi) of each row touched since the last reset. */
  private dlo: number;
  private dhi = 0;
  /** Offset and direction of the current pass: index = off + sgn * period. */
  private off = 0;
  private sgn = 1;
  /** Complete schedules generated. */
  count = 0;
  /** Scratch buffers. */
  readonly bucketCount: Int32Array;
  readonly keyBuf: Int32Array;
  readonly npred: Int32Array;
  readonly heapIdx: Int32Array;
  readonly heapKey: Float64Array;
  readonly esCur: Int32Array;
  readonly projFinish: Int32Array;

  constructor(pr: Problem) {
    this.pr = pr;
    const { K, H, n } = pr;
    this.M = H;
    this.W = 2 * H;
    const W = this.W;
    this.avail = new Int32Array(Math.max(K, 1) * W);
    for (let k = 0; k < K; k++) this.avail.fill(pr.cap[k]!, k * W, (k + 1) * W);
    if (pr.prof !== null) {
      for (let k = 0; k < K; k++) this.avail.set(pr.prof.subarray(k * pr.profLen, (k + 1) * pr.profLen), k * W + this.M);
      this.base = this.avail.slice();
    } else this.base = null;
    this.dlo = W;
    this.asg = pr.asg === null ? null : new AssignState(pr, pr.asg, W, this.M);
    this.needOff = pr.asg === null ? null : pr.asg.needOff;
    this.bucketCount = new Int32Array(H + 2);
    this.keyBuf = new Int32Array(n);
    this.npred = new Int32Array(n);
    this.heapIdx = new Int32Array(n);
    this.heapKey = new Float64Array(n);
    this.esCur = new Int32Array(n);
    this.projFinish = new Int32Array(pr.nProj);
  }

  /** Capacity of resource k at forward period u. */
  private capAt(k: number, u: number): number {
    const pr = this.pr;
    return u >= 0 && u < pr.profLen ? pr.prof![k * pr.profLen + u]! : pr.cap[k]!;
  }

  /** Restores the touched range and sets the direction of the next pass (forward, or backward around T). */
  private reset(backward: boolean, T: number): void {
    const pr = this.pr;
    const { K } = pr;
    const W = this.W;
    const av = this.avail;
    const lo = this.dlo;
    const hi = this.dhi;
    if (hi > lo) {
      if (this.base === null) for (let k = 0; k < K; k++) av.fill(pr.cap[k]!, k * W + lo, k * W + hi);
      else for (let k = 0; k < K; k++) av.set(this.base.subarray(k * W + lo, k * W + hi), k * W + lo);
      if (this.asg !== null) this.asg.reset(lo, hi);
    }
    this.dlo = W;
    this.dhi = 0;
    if (backward) {
      this.off = this.M + T - 1;
      this.sgn = -1;
    } else {
      this.off = this.M;
      this.sgn = 1;
    }
  }

  /** Earliest t' >= t at which activity j fits for its whole duration (in the pass's time). */
  private findSlot(j: number, t: number): number {
    if (this.needOff !== null && this.needOff[j + 1]! > this.needOff[j]!) return this.findSlotAsg(j, t);
    const pr = this.pr;
    const u0 = pr.useOff[j]!;
    const u1 = pr.useOff[j + 1]!;
    if (u0 === u1) return t;
    const pj = pr.p[j]!;
    const W = this.W;
    const av = this.avail;
    const useRes = pr.useRes;
    const useAmt = pr.useAmt;
    const off = this.off;
    const limit = this.sgn > 0 ? W - off : off + 1;
    if (this.sgn > 0) {
      outer: for (;;) {
        if (t + pj > limit) throw new Error('pmo-kit internal error: schedule beyond the time axis');
        for (let u = u0; u < u1; u++) {
          const b = useRes[u]! * W + off;
          const a = useAmt[u]!;
          for (let s = t + pj - 1; s >= t; s--) {
            if (av[b + s]! < a) {
              t = s + 1;
              continue outer;
            }
          }
        }
        return t;
      }
    }
    outer: for (;;) {
      if (t + pj > limit) throw new Error('pmo-kit internal error: schedule beyond the time axis');
      for (let u = u0; u < u1; u++) {
        const b = useRes[u]! * W + off;
        const a = useAmt[u]!;
        for (let s = t + pj - 1; s >= t; s--) {
          if (av[b - s]! < a) {
            t = s + 1;
            continue outer;
          }
        }
      }
      return t;
    }
  }

  /**
   * {@link Workspace.findSlot} for an activity with group demands: the dedicated resources as
   * there, then the exact assignment of every period (periods already verified in this search are
   * not checked again: nothing is committed during it).
   */
  private findSlotAsg(j: number, t: number): number {
    const pr = this.pr;
    const asg = this.asg!;
    const u0 = pr.useOff[j]!;
    const u1 = pr.useOff[j + 1]!;
    const pj = pr.p[j]!;
    const W = this.W;
    const av = this.avail;
    const useRes = pr.useRes;
    const useAmt = pr.useAmt;
    const off = this.off;
    const sgn = this.sgn;
    const limit = sgn > 0 ? W - off : off + 1;
    const same = asg.same;
    // Same state at pass periods s and s + 1: same[idx] with idx the larger buffer index of the two.
    const sameUp = sgn > 0 ? off + 1 : off;
    let okLo = 0;
    let okHi = -1;
    outer: for (;;) {
      if (t + pj > limit) throw new Error('pmo-kit internal error: schedule beyond the time axis');
      for (let u = u0; u < u1; u++) {
        const b = useRes[u]! * W + off;
        const a = useAmt[u]!;
        for (let s = t + pj - 1; s >= t; s--) {
          if (av[b + sgn * s]! < a) {
            t = s + 1;
            continue outer;
          }
        }
      }
      // Periods from the top down; one that holds the same state as the period above it, which
      // fits, fits too.
      let okPrev = false;
      for (let s = t + pj - 1; s >= t; s--) {
        if (s <= okHi && s >= okLo) {
          s = okLo;
          okPrev = true;
          continue;
        }
        if (okPrev && same[sameUp + sgn * s] === 1) continue;
        if (!asg.fits(j, off + sgn * s)) {
          okLo = s + 1;
          okHi = t + pj - 1;
          t = s + 1;
          continue outer;
        }
        okPrev = true;
      }
      return t;
    }
  }

  /** Whether activity j fits for its whole duration starting at t (forward passes). */
  private fits(j: number, t: number): boolean {
    const pr = this.pr;
    const W = this.W;
    const av = this.avail;
    const pj = pr.p[j]!;
    const off = this.off;
    for (let u = pr.useOff[j]!, u1 = pr.useOff[j + 1]!; u < u1; u++) {
      const b = pr.useRes[u]! * W + off;
      const a = pr.useAmt[u]!;
      for (let s = t + pj - 1; s >= t; s--) if (av[b + s]! < a) return false;
    }
    if (this.asg !== null && this.needOff![j + 1]! > this.needOff![j]!) {
      for (let s = t + pj - 1; s >= t; s--) if (!this.asg.fits(j, off + s)) return false;
    }
    return true;
  }

  private commit(j: number, t: number): void {
    const pr = this.pr;
    const W = this.W;
    const av = this.avail;
    const pj = pr.p[j]!;
    // Index range of the periods [t, t + p) in this pass's direction.
    const lo = this.sgn > 0 ? this.off + t : this.off - (t + pj - 1);
    const hi = lo + pj;
    for (let u = pr.useOff[j]!, u1 = pr.useOff[j + 1]!; u < u1; u++) {
      const b = pr.useRes[u]! * W;
      const a = pr.useAmt[u]!;
      for (let x = b + lo; x < b + hi; x++) av[x]! -= a;
    }
    if (this.asg !== null && this.needOff![j + 1]! > this.needOff![j]!) {
      for (let x = lo; x < hi; x++) this.asg.commit(j, x);
      this.asg.split(lo);
      this.asg.split(hi);
    }
    if (lo < this.dlo) this.dlo = lo;
    if (hi > this.dhi) this.dhi = hi;
  }

  /**
   * Calendar path (see calendarTable.ts): whether activity j (calendar c) can hold its resources in its
   * working periods of positions `x .. x + p - 1`; the highest position in conflict (-1: none).
   * Forward time, any pass (a backward pass on calendars runs in forward time too).
   */
  private clashCal(j: number, x: number, lowest: boolean): number {
    const pr = this.pr;
    const T = pr.cal!;
    const c = pr.calOf![j]!;
    const pj = pr.p[j]!;
    const W = this.W;
    const M = this.M;
    const av = this.avail;
    if (nthAt(T, c, x) < -M || nthAt(T, c, x + pj - 1) >= W - M) throw new Error('pmo-kit internal error: schedule beyond the time axis');
    let hit = -1;
    for (let u = pr.useOff[j]!, u1 = pr.useOff[j + 1]!; u < u1; u++) {
      const b = pr.useRes[u]! * W + M;
      const a = pr.useAmt[u]!;
      for (let k = x; k < x + pj; k++)
        if (av[b + nthAt(T, c, k)]! < a) {
          if (lowest) return k;
          if (k > hit) hit = k;
        }
    }
    if (hit < 0 && this.asg !== null && this.needOff![j + 1]! > this.needOff![j]!) {
      for (let k = x; k < x + pj; k++)
        if (!this.asg.fits(j, M + nthAt(T, c, k))) {
          if (lowest) return k;
          hit = k;
        }
    }
    return hit;
  }

  /** Commits activity j started at working period t (calendar path, forward time). */
  private commitCal(j: number, t: number): void {
    const pr = this.pr;
    const T = pr.cal!;
    const c = pr.calOf![j]!;
    const W = this.W;
    const M = this.M;
    const av = this.avail;
    const x = cumAt(T, c, t);
    const withAsg = this.asg !== null && this.needOff![j + 1]! > this.needOff![j]!;
    for (let k = x, e = x + pr.p[j]!; k < e; k++) {
      const idx = M + nthAt(T, c, k);
      for (let u = pr.useOff[j]!, u1 = pr.useOff[j + 1]!; u < u1; u++) av[pr.useRes[u]! * W + idx]! -= pr.useAmt[u]!;
      if (withAsg) {
        this.asg!.commit(j, idx);
        this.asg!.split(idx);
        this.asg!.split(idx + 1);
      }
      if (idx < this.dlo) this.dlo = idx;
      if (idx + 1 > this.dhi) this.dhi = idx + 1;
    }
  }

  /** Earliest working period >= t of j's calendar at which j fits (calendar path, forward). */
  private findSlotCal(j: number, t: number): number {
    const pr = this.pr;
    const T = pr.cal!;
    const c = pr.calOf![j]!;
    let x = cumAt(T, c, t);
    for (;;) {
      const k = this.clashCal(j, x, false);
      if (k < 0) return nthAt(T, c, x);
      x = k + 1;
    }
  }

  /** Whether j fits starting at t (calendar path): t must be a working period of its calendar. */
  private fitsCal(j: number, t: number): boolean {
    const pr = this.pr;
    const T = pr.cal!;
    const c = pr.calOf![j]!;
    if (!works(T, c, t)) return false;
    return !pr.busy[j] || this.clashCal(j, cumAt(T, c, t), true) < 0;
  }

  /** {@link Workspace.placeForward} on calendars. */
  private placeForwardCal(j: number, S: Int32Array): number {
    const pr = this.pr;
    const { predOff, predFrom } = pr;
    const ty = pr.predTy!;
    const lag = pr.predLag!;
    let t = pr.release[j]!;
    for (let s = predOff[j]!, e = predOff[j + 1]!; s < e; s++) {
      const u = predFrom[s]!;
      const v = linkBound(pr, u, j, ty[s]!, lag[s]!, S[u]!);
      if (v > t) t = v;
    }
    t = nextWork(pr.cal!, pr.calOf![j]!, t);
    if (pr.busy[j]) {
      t = this.findSlotCal(j, t);
      this.commitCal(j, t);
    }
    S[j] = t;
    return t;
  }

  /**
   * Serial SGS, backward, on calendars, in forward time: on a list that is precedence-feasible
   * for it (successors first), places each activity at the latest start at which it fits, finishes
   * by T and lets its scheduled successors keep their starts (the exact inverse of each link).
   * Writes forward starts to B (possibly negative) and returns the earliest of them. Counts one
   * schedule.
   */
  serialBackwardCal(list: Int32Array, T: number, B: Int32Array): number {
    const pr = this.pr;
    this.reset(false, 0);
    const cal = pr.cal!;
    const { n, sucOff, sucTo } = pr;
    const ty = pr.sucTy!;
    const lag = pr.sucLag!;
    let lo = 0x3fffffff;
    for (let x = 0; x < n; x++) {
      const i = list[x]!;
      let t = latestStartBy(pr, i, T);
      for (let s = sucOff[i]!, e = sucOff[i + 1]!; s < e; s++) {
        const v = linkLatest(pr, i, sucTo[s]!, ty[s]!, lag[s]!, B[sucTo[s]!]!);
        if (v < t) t = v;
      }
      if (pr.busy[i]) {
        const c = pr.calOf![i]!;
        let y = cumAt(cal, c, t);
        for (;;) {
          const k = this.clashCal(i, y, true);
          if (k < 0) break;
          y = k - pr.p[i]!;
        }
        t = nthAt(cal, c, y);
        this.commitCal(i, t);
      }
      B[i] = t;
      if (t < lo) lo = t;
    }
    this.count++;
    return n === 0 ? 0 : lo;
  }

  /**
   * Places activity j of a forward serial pass at its earliest start after its release and its
   * scheduled predecessors (`S`) at which it fits the resources, commits it and writes `S[j]`.
   */
  private placeForward(j: number, S: Int32Array): number {
    const pr = this.pr;
    if (pr.cal !== null) return this.placeForwardCal(j, S);
    const { predOff, predFrom, predD } = pr;
    let t = pr.release[j]!;
    for (let s = predOff[j]!, e = predOff[j + 1]!; s < e; s++) {
      const v = S[predFrom[s]!]! + predD[s]!;
      if (v > t) t = v;
    }
    if (pr.busy[j]) {
      t = this.findSlot(j, t);
      this.commit(j, t);
    }
    S[j] = t;
    return t;
  }

  /**
   * Serial SGS, forward, on a precedence-feasible list. Writes starts to S; returns the makespan.
   * Counts one schedule.
   */
  serialForward(list: Int32Array, S: Int32Array): number {
    const pr = this.pr;
    this.reset(false, 0);
    const { n, p } = pr;
    let ms = 0;
    const cal = pr.cal !== null;
    for (let x = 0; x < n; x++) {
      const j = list[x]!;
      const t = this.placeForward(j, S);
      const f = cal ? finishOf(pr, j, t) : t + p[j]!;
      if (f > ms) ms = f;
    }
    this.count++;
    return ms;
  }

  /**
   * Serial SGS, backward: schedules the mirrored instance around anchor T on a list that is
   * precedence-feasible for it (successors first). Writes reverse starts to R; returns the
   * mirrored makespan. Counts one schedule.
   */
  serialBackward(list: Int32Array, T: number, R: Int32Array): number {
    const pr = this.pr;
    this.reset(true, T);
    const { n, p, sucOff, sucTo, sucD } = pr;
    let ms = 0;
    for (let x = 0; x < n; x++) {
      const i = list[x]!;
      let t = 0;
      const pi = p[i]!;
      for (let s = sucOff[i]!, e = sucOff[i + 1]!; s < e; s++) {
        const j = sucTo[s]!;
        const v = R[j]! + sucD[s]! + p[j]! - pi;
        if (v > t) t = v;
      }
      if (pr.busy[i]) {
        t = this.findSlot(i, t);
        this.commit(i, t);
      }
      R[i] = t;
      const f = t + pi;
      if (f > ms) ms = f;
    }
    this.count++;
    return ms;
  }

  /**
   * Serial SGS with a priority computed when an activity becomes eligible: `key[j]` (static), or
   * `ls[j] - ES(j)` when `minSlack`. Lower first, ties by index. Writes starts to S and the order
   * to `listOut`; returns the makespan. Counts one schedule.
   */
  serialByKey(key: Float64Array, minSlack: boolean, S: Int32Array, listOut: Int32Array): number {
    const pr = this.pr;
    this.reset(false, 0);
    const { n, p, release, predOff, predFrom, predD, sucOff, sucTo } = pr;
    const npred = this.npred;
    const heap = new MinHeap(this.heapIdx, this.heapKey);
    for (let j = 0; j < n; j++) {
      npred[j] = predOff[j + 1]! - predOff[j]!;
      if (npred[j] === 0) heap.push(j, minSlack ? pr.ls[j]! - release[j]! : key[j]!);
    }
    let ms = 0;
    const cal = pr.cal !== null;
    for (let x = 0; x < n; x++) {
      const j = heap.pop();
      listOut[x] = j;
      const t = this.placeForward(j, S);
      const f = cal ? finishOf(pr, j, t) : t + p[j]!;
      if (f > ms) ms = f;
      for (let s = sucOff[j]!, e = sucOff[j + 1]!; s < e; s++) {
        const v = sucTo[s]!;
        if (--npred[v]! === 0) {
          let k: number;
          if (minSlack) {
            let es = release[v]!;
            for (let r = predOff[v]!, re = predOff[v + 1]!; r < re; r++) {
              const w = cal ? linkBound(pr, predFrom[r]!, v, pr.predTy![r]!, pr.predLag![r]!, S[predFrom[r]!]!) : S[predFrom[r]!]! + predD[r]!;
              if (w > es) es = w;
            }
            k = pr.ls[v]! - es;
          } else k = key[v]!;
          heap.push(v, k);
        }
      }
    }
    this.count++;
    return ms;
  }

  /**
   * Parallel SGS, forward: at each decision time, starts the eligible activities (all
   * predecessors started, earliest start reached) that fit, by `key` (lower first, ties by index).
   * Decision times are finishes, earliest starts and capacity increases. An activity whose
   * earliest start has already passed when it becomes eligible (negative distances) starts at the
   * earliest period it fits, if that is not later than the decision time. Writes starts to S and
   * the order of starting to `listOut`; returns the makespan. Counts one schedule. O(n^2 + n K p).
   */
  parallel(key: Float64Array, S: Int32Array, listOut: Int32Array): number {
    const pr = this.pr;
    this.reset(false, 0);
    const { n, p, release, predOff, sucOff, sucTo, sucD, cal } = pr;
    const npred = this.npred;
    const es = this.esCur;
    // Eligible activities, kept sorted by (key, index).
    const elig: number[] = [];
    const insert = (j: number): void => {
      const kj = key[j]!;
      let lo = 0;
      let hi = elig.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const m = elig[mid]!;
        const km = key[m]!;
        if (km < kj || (km === kj && m < j)) lo = mid + 1;
        else hi = mid;
      }
      elig.splice(lo, 0, j);
    };
    for (let j = 0; j < n; j++) {
      npred[j] = predOff[j + 1]! - predOff[j]!;
      es[j] = release[j]!;
    }
    for (let j = 0; j < n; j++) if (npred[j] === 0) insert(j);
    const finishes: number[] = [];
    let done = 0;
    let ms = 0;
    let t = 0x3fffffff;
    for (const j of elig) if (es[j]! < t) t = es[j]!;
    if (n === 0) t = 0;
    // Capacity increase points of the profile.
    const incr: number[] = [];
    if (pr.prof !== null) {
      for (let u = 1; u <= pr.profLen; u++) {
        for (let k = 0; k < pr.K; k++) {
          if (this.capAt(k, u) > this.capAt(k, u - 1)) {
            incr.push(u);
            break;
          }
        }
      }
    }
    if (cal !== null) {
      // On calendars resources come back at the start of every break of a running activity, and
      // an activity can start only on its working periods: both are decision times.
      for (const b of cal.points) incr.push(b);
      incr.sort((a, b) => a - b);
    }
    let incrPos = 0;
    while (done < n) {
      let scan = 0;
      while (scan < elig.length) {
        const j = elig[scan]!;
        // An activity released in the past (by a negative distance) starts as early as it fits.
        let st: number;
        if (cal === null) st = es[j]! > t ? -1 : es[j]! === t ? (this.fits(j, t) ? t : -1) : this.findSlot(j, es[j]!);
        else {
          const e0 = nextWork(cal, pr.calOf![j]!, es[j]!);
          st = e0 > t ? -1 : e0 === t ? (this.fitsCal(j, t) ? t : -1) : pr.busy[j] ? this.findSlotCal(j, e0) : e0;
        }
        if (st < 0 || st > t) {
          scan++;
          continue;
        }
        elig.splice(scan, 1);
        if (pr.busy[j]) {
          if (cal === null) this.commit(j, st);
          else this.commitCal(j, st);
        }
        S[j] = st;
        listOut[done++] = j;
        const f = cal === null ? st + p[j]! : finishOf(pr, j, st);
        if (f > ms) ms = f;
        if (f > t) finishes.push(f);
        let added = false;
        for (let s = sucOff[j]!, e = sucOff[j + 1]!; s < e; s++) {
          const v = sucTo[s]!;
          const w = cal === null ? st + sucD[s]! : linkBound(pr, j, v, pr.sucTy![s]!, pr.sucLag![s]!, st);
          if (w > es[v]!) es[v] = w;
          if (--npred[v]! === 0) {
            insert(v);
            added = true;
          }
        }
        if (added) scan = 0;
      }
      if (done === n) break;
      // Next decision time.
      let next = 0x3fffffff;
      for (const f of finishes) if (f > t && f < next) next = f;
      for (const j of elig) if (es[j]! > t && es[j]! < next) next = es[j]!;
      if (cal !== null)
        for (const j of elig) {
          const w = nextWork(cal, pr.calOf![j]!, Math.max(es[j]!, t + 1));
          if (w < next) next = w;
        }
      while (incrPos < incr.length && incr[incrPos]! <= t) incrPos++;
      if (incrPos < incr.length && incr[incrPos]! < next) next = incr[incrPos]!;
      if (next === 0x3fffffff) throw new Error('pmo-kit internal error: parallel SGS has no next decision time');
      t = next;
      // Drop finishes in the past to keep the scan short.
      let w = 0;
      for (const f of finishes) if (f > t) finishes[w++] = f;
      finishes.length = w;
    }
    this.count++;
    return ms;
  }

  /**
   * Orders activities by an integer key in [0, maxKey] ascending into `out`; ties follow `prev`,
   * read backwards when `tiesBackwards` (prev is a list of the opposite direction) and forwards
   * otherwise. Without `useHeap` the caller guarantees the result is precedence-feasible for the
   * intended direction (counting sort, O(n + maxKey)); with it a heap keeps it feasible (forward
   * when `forward`, else successors first), O(n log n + m).
   */
  order(prev: Int32Array, key: Int32Array, maxKey: number, useHeap: boolean, forward: boolean, tiesBackwards: boolean, out: Int32Array): void {
    const n = this.pr.n;
    if (!useHeap) {
      const cnt = this.bucketCount;
      cnt.fill(0, 0, maxKey + 2);
      for (let x = 0; x < n; x++) cnt[key[x]! + 1]!++;
      for (let v = 0; v <= maxKey; v++) cnt[v + 1]! += cnt[v]!;
      if (tiesBackwards) {
        for (let x = n - 1; x >= 0; x--) {
          const j = prev[x]!;
          out[cnt[key[j]!]!++] = j;
        }
      } else {
        for (let x = 0; x < n; x++) {
          const j = prev[x]!;
          out[cnt[key[j]!]!++] = j;
        }
      }
      return;
    }
    // Heap on (key, tie rank), releasing an activity when all its predecessors (forward) or
    // successors (backward) are placed.
    const pr = this.pr;
    const rank = this.keyBuf;
    for (let x = 0; x < n; x++) rank[prev[x]!] = tiesBackwards ? n - 1 - x : x;
    const npred = this.npred;
    const heap = new MinHeap(this.heapIdx, this.heapKey);
    const offIn = forward ? pr.predOff : pr.sucOff;
    const offOut = forward ? pr.sucOff : pr.predOff;
    const adjOut = forward ? pr.sucTo : pr.predFrom;
    for (let j = 0; j < n; j++) {
      npred[j] = offIn[j + 1]! - offIn[j]!;
      if (npred[j] === 0) heap.push(j, key[j]! * (n + 1) + rank[j]!);
    }
    for (let x = 0; x < n; x++) {
      const j = heap.pop();
      out[x] = j;
      for (let s = offOut[j]!, e = offOut[j + 1]!; s < e; s++) {
        const v = adjOut[s]!;
        if (--npred[v]! === 0) heap.push(v, key[v]! * (n + 1) + rank[v]!);
      }
    }
  }
}

/** Objective values of a forward schedule. */
export interface Evaluation {
  makespan: number;
  /** Weighted sum of project delays. */
  delaySum: number;
  /** Sum of lateness past deadlines. */
  lateness: number;
}

/** Evaluates starts S (makespan, project delays, lateness). O(n). */
export function evaluate(pr: Problem, S: Int32Array, projFinish: Int32Array, out: Evaluation): Evaluation {
  const { n, p, proj, nProj, projRelease, projCpd, projWeight, deadline } = pr;
  projFinish.set(projRelease);
  let ms = 0;
  let late = 0;
  const cal = pr.cal !== null;
  for (let i = 0; i < n; i++) {
    const f = cal ? finishOf(pr, i, S[i]!) : S[i]! + p[i]!;
    if (f > ms) ms = f;
    const pj = proj[i]!;
    if (f > projFinish[pj]!) projFinish[pj] = f;
    const dl = deadline[i]!;
    if (dl !== NO_DEADLINE && f > dl) late += f - dl;
  }
  let delay = 0;
  for (let j = 0; j < nProj; j++) delay += projWeight[j]! * (projFinish[j]! - projRelease[j]! - projCpd[j]!);
  out.makespan = ms;
  out.delaySum = delay;
  out.lateness = late;
  return out;
}
