/**
 * The assignment layer of the kernel: group demands (a skill's N units from any qualified
 * resources, a named person) checked exactly per period as a bipartite transportation problem.
 * Per period the state keeps the total demand of each class (a distinct set of resources) and a
 * witness assignment. Adding an activity first tries the necessary aggregate test (exact when the
 * classes are disjoint or nested) and a greedy assignment on the witness's free capacity (the
 * common case: O(needs × members)); only when that fails does it search augmenting paths, which
 * is exact: from the witness's flows in the solver's {@link AssignState}, from scratch in
 * {@link PeriodAssign}. Private.
 */
import { finishOf, works } from './calendarTable.js';
import type { AsgProblem, Problem } from './problem.js';
import { Router } from './router.js';

/**
 * What each need of activity j asks in a period of signature s, as every layer counts it (the
 * solver's {@link AssignState}, {@link PeriodAssign}, {@link assignmentOf}; verifySchedule computes
 * the same with its own max-flow): j's needs routed alone, in order, on the period's capacity; a
 * group demand asks what it got (at most its units), a dedicated demand its amount. Writes
 * `out[need * stride + off]` for each need of j.
 */
function needAsks(a: AsgProblem, r: Router, j: number, s: number, out: Float64Array, stride: number, off: number): void {
  r.start(a.sigCap, s * a.nw);
  for (let q = a.needOff[j]!; q < a.needOff[j + 1]!; q++) {
    const got = r.add(a.needCls[q]!, a.needAmt[q]!);
    out[q * stride + off] = a.needSat[q] ? got : a.needAmt[q]!;
  }
}

/** Tables the per-period states share, computed from the classes and signatures. */
interface AsgTables {
  /** Classes containing each class (itself included): `supC[supOff[c] .. supOff[c+1]-1]`. */
  readonly supOff: Int32Array;
  readonly supC: Int32Array;
  /** Capacity of each class under each signature: `clsCap[s * nc + c]`. */
  readonly clsCap: Float64Array;
  /** Each activity's needs from the smallest class to the largest (the greedy's order). */
  readonly greedyOrder: Int32Array;
  /** Classes from the smallest to the largest (routing them in this order rarely needs rerouting). */
  readonly bySize: Int32Array;
  /** Most class members over one activity's needs (the greedy's scratch size). */
  readonly most: number;
  /**
   * Whether every two classes are disjoint or nested (a laminar family). Then a period's demands
   * have an assignment exactly when every class can take the demands of the classes inside it
   * (Hall's condition: the classes a set of demands reaches are a disjoint union of maximal ones).
   */
  readonly laminar: boolean;
}

function asgTables(a: AsgProblem): AsgTables {
  const sets = Array.from({ length: a.nc }, (_, c) => new Set(a.clsW.subarray(a.clsOff[c]!, a.clsOff[c + 1]!)));
  const sup: number[][] = sets.map((sc) => sets.map((sd, d) => d).filter((d) => [...sc].every((w) => sets[d]!.has(w))));
  const supOff = new Int32Array(a.nc + 1);
  for (let c = 0; c < a.nc; c++) supOff[c + 1] = supOff[c]! + sup[c]!.length;
  const supC = Int32Array.from(sup.flat());
  const clsCap = new Float64Array(a.nSig * a.nc);
  for (let sg = 0; sg < a.nSig; sg++)
    for (let c = 0; c < a.nc; c++) {
      let cap = 0;
      for (let m = a.clsOff[c]!; m < a.clsOff[c + 1]!; m++) cap += a.sigCap[sg * a.nw + a.clsW[m]!]!;
      clsCap[sg * a.nc + c] = cap;
    }
  const size = (c: number): number => a.clsOff[c + 1]! - a.clsOff[c]!;
  const greedyOrder = Int32Array.from({ length: a.needCls.length }, (_, q) => q);
  for (let i = 0; i + 1 < a.needOff.length; i++)
    greedyOrder.subarray(a.needOff[i]!, a.needOff[i + 1]!).sort((x, y) => size(a.needCls[x]!) - size(a.needCls[y]!) || x - y);
  const bySize = Int32Array.from({ length: a.nc }, (_, c) => c).sort((x, y) => size(x) - size(y) || x - y);
  let most = 1;
  for (let i = 0; i + 1 < a.needOff.length; i++) {
    let s = 0;
    for (let q = a.needOff[i]!; q < a.needOff[i + 1]!; q++) s += size(a.needCls[q]!);
    if (s > most) most = s;
  }
  let laminar = true;
  for (let c = 0; c < a.nc && laminar; c++)
    for (let d = c + 1; d < a.nc && laminar; d++) {
      let common = 0;
      for (const w of sets[c]!) if (sets[d]!.has(w)) common++;
      if (common !== 0 && common !== sets[c]!.size && common !== sets[d]!.size) laminar = false;
    }
  return { supOff, supC, clsCap, greedyOrder, bySize, most, laminar };
}

/** Number of Hall sets an {@link AssignState} keeps (more catch a few more failures but cost more per check). */
const HALL = 2;

/**
 * The per-period assignment state of a {@link Workspace}, at the workspace's buffer indices
 * (`M + forward period`, W of them).
 *
 * Per index it keeps the total demand of each class, the demand of the classes inside each class,
 * and a witness assignment of that demand: the flow of each class to each of its members (kept
 * only for indices some commit reached, in pages allocated on first use) and the capacity each
 * worker has left under it. A check tries, in order: the failures remembered at the index, the
 * necessary aggregate test (exact when the classes form a laminar family: two classes are
 * disjoint or nested, as with named people only, or one skill at several levels), a greedy take
 * of the free capacity, the necessary test on the last saturated worker sets that failed searches
 * found at any index (Hall sets: their demand inside cannot exceed their capacity), and finally
 * augmenting paths from the witness (exact: a maximum flow).
 * The witness changes only by augmenting paths, so a failed or probing check costs one search
 * instead of routing the period from scratch; j's share is removed afterwards, which leaves a
 * witness with room for it (the commit that usually follows then takes it greedily).
 */
export class AssignState {
  private readonly a: AsgProblem;
  private readonly W: number;
  private readonly M: number;
  private readonly profLen: number;
  /** Whether every two classes are disjoint or nested: the aggregate test is then exact. */
  private readonly laminar: boolean;
  /** Free capacity of worker w under the witness: `free[idx * nw + w]`. */
  private readonly free: Float64Array;
  /** Total demand of class c: `cd[idx * nc + c]`. */
  private readonly cd: Float64Array;
  /** Total demand of the classes inside class c (itself included): `agg[idx * nc + c]`. */
  private readonly agg: Float64Array;
  /**
   * Smallest amount a need of class c was found not to fit with at an index since the last reset
   * (`fail[idx * nc + c]`, +Infinity when none): commits only add demand, so any need of that class
   * asking as much or more does not fit there either.
   */
  private readonly fail: Float64Array;
  /** Flow page of each index (-1: none; its witness flows are then all zero). */
  private readonly pageOf: Int32Array;
  /** Witness flows: the flow of class c to its member `clsW[m]` at page g is `flow[g * F + m]`. */
  private flow: Float64Array;
  private pages = 0;
  /** Flow slots per page (one per class member). */
  private readonly F: number;
  /** Class of each slot. */
  private readonly slotCls: Int32Array;
  /** Slots of each worker: `wSlot[wSlotOff[w] .. wSlotOff[w+1]-1]`. */
  private readonly wSlotOff: Int32Array;
  private readonly wSlot: Int32Array;
  /** Classes containing each class (itself included): `supC[supOff[c] .. supOff[c+1]-1]`. */
  private readonly supOff: Int32Array;
  private readonly supC: Int32Array;
  /** Capacity of each class under each signature: `clsCap[s * nc + c]`. */
  private readonly clsCap: Float64Array;
  /** Scratch: demand j adds to each class. */
  private readonly add: Float64Array;
  private readonly touched: Int32Array;
  /** Each activity's needs from the smallest class to the largest (the greedy's order). */
  private readonly greedyOrder: Int32Array;
  /** What each need asks under each signature (NaN: not computed yet): `eff[need * nSig + sig]`. */
  private readonly eff: Float64Array;
  /** Router for {@link needAsks}. */
  private readonly router: Router;
  private readonly takeW: Int32Array;
  private readonly takeA: Float64Array;
  /** Augmenting-path search: workers and classes reached, the slot each was reached by, the queue. */
  private readonly seenW: Uint8Array;
  private readonly seenC: Uint8Array;
  private readonly viaW: Int32Array;
  private readonly viaC: Int32Array;
  private readonly queue: Int32Array;
  /** What each of the checked activity's needs got routed (by position in its needs). */
  private readonly routed: Float64Array;
  /**
   * Worker sets that failed searches found saturated (Hall sets), the most recent `HALL` of them,
   * kept across indices: set k holds the workers with `hallIn[k * nw + w]` = 1, the classes inside
   * it (all their members in it) `hallCls[k * nc .. k * nc + hallLen[k] - 1]`, flagged in
   * `hallInside[k * nc + c]`, and its capacity under each signature `hallCap[k * nSig + s]` (NaN:
   * not computed yet). At any index an activity whose needs inside a set ask more than its
   * capacity less the demand of the classes inside it does not fit (Hall's condition).
   */
  private readonly hallIn: Uint8Array;
  private readonly hallCls: Int32Array;
  private readonly hallLen: Int32Array;
  private readonly hallInside: Uint8Array;
  private readonly hallCap: Float64Array;
  /** Classes outside each Hall set: `hallOut[k * nc .. k * nc + nc - hallLen[k] - 1]`. */
  private readonly hallOut: Int32Array;
  /** Total demand of all classes at each index. */
  private readonly tot: Float64Array;
  /** Number of Hall sets kept, and the slot the next one replaces. */
  private hallN = 0;
  private hallNext = 0;
  /**
   * 1 when index idx holds the same state as idx - 1 (the same demand of every class under the
   * same signature), so that an activity fits at one exactly when it fits at the other; 0 when
   * they may differ. Kept by {@link AssignState.reset} and {@link AssignState.split}.
   */
  readonly same: Uint8Array;

  constructor(pr: Problem, a: AsgProblem, W: number, M: number) {
    this.a = a;
    this.W = W;
    this.M = M;
    this.profLen = pr.profLen;
    const nw = Math.max(a.nw, 1);
    const nc = Math.max(a.nc, 1);
    this.free = new Float64Array(nw * W);
    this.cd = new Float64Array(nc * W);
    this.agg = new Float64Array(nc * W);
    this.fail = new Float64Array(nc * W).fill(Infinity);
    this.pageOf = new Int32Array(W).fill(-1);
    this.F = a.clsOff[a.nc]!;
    this.flow = new Float64Array(Math.max(this.F, 1) * 16);
    this.slotCls = new Int32Array(this.F);
    for (let c = 0; c < a.nc; c++) this.slotCls.fill(c, a.clsOff[c]!, a.clsOff[c + 1]!);
    this.wSlotOff = new Int32Array(a.nw + 1);
    for (let m = 0; m < this.F; m++) this.wSlotOff[a.clsW[m]! + 1]!++;
    for (let w = 0; w < a.nw; w++) this.wSlotOff[w + 1]! += this.wSlotOff[w]!;
    this.wSlot = new Int32Array(this.F);
    const fill = this.wSlotOff.slice(0, a.nw);
    for (let m = 0; m < this.F; m++) this.wSlot[fill[a.clsW[m]!]!++] = m;
    const tb = asgTables(a);
    this.laminar = tb.laminar;
    this.supOff = tb.supOff;
    this.supC = tb.supC;
    this.clsCap = tb.clsCap;
    this.greedyOrder = tb.greedyOrder;
    this.add = new Float64Array(nc);
    this.touched = new Int32Array(nc);
    this.eff = new Float64Array(a.needCls.length * a.nSig).fill(NaN);
    this.router = new Router(a.clsOff, a.clsW, a.nw);
    this.takeW = new Int32Array(tb.most);
    this.takeA = new Float64Array(tb.most);
    this.seenW = new Uint8Array(nw);
    this.seenC = new Uint8Array(nc);
    this.viaW = new Int32Array(nw);
    this.viaC = new Int32Array(nc);
    this.queue = new Int32Array(nw);
    let most = 1;
    for (let j = 0; j + 1 < a.needOff.length; j++) most = Math.max(most, a.needOff[j + 1]! - a.needOff[j]!);
    this.routed = new Float64Array(most);
    this.hallIn = new Uint8Array(HALL * nw);
    this.hallOut = new Int32Array(HALL * nc);
    this.tot = new Float64Array(W);
    this.hallCls = new Int32Array(HALL * nc);
    this.hallLen = new Int32Array(HALL);
    this.hallInside = new Uint8Array(HALL * nc);
    this.hallCap = new Float64Array(HALL * Math.max(a.nSig, 1));
    this.same = new Uint8Array(W + 1);
    this.reset(0, W);
  }

  /** Signature of buffer index idx. */
  private sigAt(idx: number): number {
    const u = idx - this.M;
    return u >= 0 && u < this.profLen ? this.a.sig[u]! : this.a.sigConst;
  }

  /** Empties the indices [lo, hi). */
  reset(lo: number, hi: number): void {
    const { a, free, F, same } = this;
    const { nw, nc } = a;
    for (let idx = lo; idx <= hi && idx < this.W; idx++) same[idx] = idx > 0 && this.sigAt(idx) === this.sigAt(idx - 1) ? 1 : 0;
    for (let idx = lo; idx < hi; idx++) {
      const o = this.sigAt(idx) * nw;
      for (let w = 0; w < nw; w++) free[idx * nw + w] = a.sigCap[o + w]!;
      const g = this.pageOf[idx]!;
      if (g >= 0) this.flow.fill(0, g * F, (g + 1) * F);
    }
    this.cd.fill(0, lo * nc, hi * nc);
    this.agg.fill(0, lo * nc, hi * nc);
    this.tot.fill(0, lo, hi);
    this.fail.fill(Infinity, lo * nc, hi * nc);
  }

  /** The flow page of index idx (allocated, zero, on first use). */
  private page(idx: number): number {
    let g = this.pageOf[idx]!;
    if (g >= 0) return g;
    g = this.pages++;
    if (this.pages * this.F > this.flow.length) {
      const f = new Float64Array(this.flow.length * 2);
      f.set(this.flow);
      this.flow = f;
    }
    this.pageOf[idx] = g;
    return g;
  }

  /** Computes what activity j's needs ask under signature s (`eff[need * nSig + s]`), on first use. */
  private effOf(j: number, s: number): void {
    const a = this.a;
    if (!Number.isNaN(this.eff[a.needOff[j]! * a.nSig + s]!)) return;
    needAsks(a, this.router, j, s, this.eff, a.nSig, s);
  }

  /** Takes up to `amount` for class c from its members' free capacity at idx, in member order, into the witness; returns what is left. */
  private takeFree(idx: number, fb: number, c: number, amount: number): number {
    const { free, flow: f } = this;
    const { clsOff, clsW } = this.a;
    const fr = idx * this.a.nw;
    let need = amount;
    for (let m = clsOff[c]!, e = clsOff[c + 1]!; m < e && need > 0; m++) {
      const x = fr + clsW[m]!;
      const take = free[x]! < need ? free[x]! : need;
      if (take > 0) {
        free[x]! -= take;
        f[fb + m]! += take;
        need -= take;
      }
    }
    return need;
  }

  /**
   * Adds `amount` to class c's flow at index idx (page base `fb`): free capacity of its members
   * first, then augmenting paths that move other classes' flow to workers with free capacity.
   * Returns the amount routed; when short, `seenW` holds the workers the last search reached (all
   * saturated, and every class with flow on one of them has all its members among them).
   */
  private route(idx: number, fb: number, c: number, amount: number): number {
    const a = this.a;
    const { free, flow: f, seenW, seenC, viaW, viaC, queue, slotCls, wSlotOff, wSlot } = this;
    const { clsOff, clsW } = a;
    const fr = idx * a.nw;
    let need = this.takeFree(idx, fb, c, amount);
    // Augmenting paths: class c -> w1 <- c1 -> w2 <- ... -> wk with free capacity (viaW[w]: the slot
    // whose flow grows to reach w; viaC[d]: the slot of class d whose flow shrinks).
    while (need > 0) {
      seenW.fill(0);
      seenC.fill(0);
      seenC[c] = 1;
      let qh = 0;
      let qt = 0;
      let found = -1;
      for (let m = clsOff[c]!, e = clsOff[c + 1]!; m < e; m++) {
        const w = clsW[m]!;
        seenW[w] = 1;
        viaW[w] = m;
        queue[qt++] = w;
      }
      search: while (qh < qt) {
        const w = queue[qh++]!;
        for (let k = wSlotOff[w]!, ke = wSlotOff[w + 1]!; k < ke; k++) {
          const m0 = wSlot[k]!;
          const d = slotCls[m0]!;
          if (seenC[d] || f[fb + m0]! <= 0) continue;
          seenC[d] = 1;
          viaC[d] = m0;
          for (let m = clsOff[d]!, e = clsOff[d + 1]!; m < e; m++) {
            const v = clsW[m]!;
            if (seenW[v]) continue;
            seenW[v] = 1;
            viaW[v] = m;
            if (free[fr + v]! > 0) {
              found = v;
              break search;
            }
            queue[qt++] = v;
          }
        }
      }
      if (found < 0) break;
      let b = need < free[fr + found]! ? need : free[fr + found]!;
      for (let v = found; ; ) {
        const d = slotCls[viaW[v]!]!;
        if (d === c) break;
        const m0 = viaC[d]!;
        if (f[fb + m0]! < b) b = f[fb + m0]!;
        v = clsW[m0]!;
      }
      free[fr + found]! -= b;
      for (let v = found; ; ) {
        const m = viaW[v]!;
        f[fb + m]! += b;
        const d = slotCls[m]!;
        if (d === c) break;
        const m0 = viaC[d]!;
        f[fb + m0]! -= b;
        v = clsW[m0]!;
      }
      need -= b;
    }
    return amount - need;
  }

  /** Takes `amount` off class c's flow at index idx (page base `fb`), giving it back to its members. */
  private unroute(idx: number, fb: number, c: number, amount: number): void {
    const a = this.a;
    const { free, flow: f } = this;
    const fr = idx * a.nw;
    for (let m = a.clsOff[c + 1]! - 1, e = a.clsOff[c]!; m >= e && amount > 0; m--) {
      const take = f[fb + m]! < amount ? f[fb + m]! : amount;
      if (take > 0) {
        f[fb + m]! -= take;
        free[fr + a.clsW[m]!]! += take;
        amount -= take;
      }
    }
  }

  /** Whether activity j's needs fit at buffer index idx. */
  fits(j: number, idx: number): boolean {
    const a = this.a;
    const { nc, nSig } = a;
    const { eff, fail, takeW, takeA, free } = this;
    const q0 = a.needOff[j]!;
    const q1 = a.needOff[j + 1]!;
    const s = this.sigAt(idx);
    this.effOf(j, s);
    const ci = idx * nc;
    // Failures remembered here (any need failing alone fails j).
    for (let q = q0; q < q1; q++) if (eff[q * nSig + s]! >= fail[ci + a.needCls[q]!]!) return false;
    // Necessary: each class containing one of j's needs can take what it already carries inside
    // plus j's share. Exact on a laminar family.
    const { agg, supOff, supC, clsCap } = this;
    const sc = s * nc;
    if (q1 - q0 === 1) {
      const e = eff[q0 * nSig + s]!;
      const c = a.needCls[q0]!;
      if (e > 0) for (let x = supOff[c]!; x < supOff[c + 1]!; x++) if (agg[ci + supC[x]!]! + e > clsCap[sc + supC[x]!]!) return false;
    } else if (!aggregatesFit(a, eff, s, q0, q1, supOff, supC, this.add, this.touched, agg, ci, 1, clsCap, sc)) return false;
    if (this.laminar) return true;
    // Greedy on the witness's free capacity (given back).
    const got = greedyTake(a, this.greedyOrder, eff, s, q0, q1, free, idx * a.nw, 1, takeW, takeA);
    const nt = got >= 0 ? got : -got - 1;
    for (let t = 0; t < nt; t++) free[takeW[t]!]! += takeA[t]!;
    if (got >= 0) return true;
    // Necessary: the Hall sets found at other indices.
    if (this.hallN > 0 && this.hallFails(j, idx, s)) return false;
    // Exact: augmenting paths from the witness, then j's share taken off again.
    const fb = this.page(idx) * this.F;
    const routed = this.routed;
    let ok = true;
    let done = 0;
    for (let o = q0; o < q1; o++) {
      const q = this.greedyOrder[o]!;
      const d = eff[q * nSig + s]!;
      routed[o - q0] = d > 0 ? this.route(idx, fb, a.needCls[q]!, d) : 0;
      done = o + 1;
      if (routed[o - q0]! < d) {
        ok = false;
        this.remember(j, idx, done);
        break;
      }
    }
    for (let o = q0; o < done; o++) if (routed[o - q0]! > 0) this.unroute(idx, fb, a.needCls[this.greedyOrder[o]!]!, routed[o - q0]!);
    return ok;
  }

  /**
   * After a failed search for j's needs (the first `done - needOff[j]` in greedy order routed,
   * as `routed`): the workers it reached are saturated by the demands of the classes inside them
   * and j's routed share of those classes, so from now on (commits only add demand) a need of any
   * class inside them fails at idx when it asks more than that share. The set is also kept as a
   * Hall set for other indices.
   */
  private remember(j: number, idx: number, done: number): void {
    const a = this.a;
    const { nw, nc } = a;
    const seen = this.seenW;
    const q0 = a.needOff[j]!;
    let part = 0;
    for (let o = q0; o < done; o++) {
      const c = a.needCls[this.greedyOrder[o]!]!;
      let inside = true;
      for (let m = a.clsOff[c]!; m < a.clsOff[c + 1]! && inside; m++) if (!seen[a.clsW[m]!]) inside = false;
      if (inside) part += this.routed[o - q0]!;
    }
    // The Hall set replaced (unless the set is kept already).
    let k = this.hallNext;
    for (let h = 0; h < this.hallN; h++) {
      let same = true;
      for (let w = 0; w < nw && same; w++) if (this.hallIn[h * nw + w] !== seen[w]) same = false;
      if (same) {
        k = -1;
        break;
      }
    }
    if (k >= 0) {
      this.hallIn.set(seen.subarray(0, nw), k * nw);
      this.hallInside.fill(0, k * nc, (k + 1) * nc);
      this.hallCap.fill(NaN, k * a.nSig, (k + 1) * a.nSig);
      this.hallLen[k] = 0;
      this.hallNext = (k + 1) % HALL;
      if (this.hallN < HALL) this.hallN++;
    }
    let nOut = 0;
    for (let c = 0; c < nc; c++) {
      let inside = true;
      for (let m = a.clsOff[c]!; m < a.clsOff[c + 1]! && inside; m++) if (!seen[a.clsW[m]!]) inside = false;
      if (!inside) {
        if (k >= 0) this.hallOut[k * nc + nOut++] = c;
        continue;
      }
      const x = idx * nc + c;
      if (part + 1 < this.fail[x]!) this.fail[x] = part + 1;
      if (k >= 0) {
        this.hallInside[k * nc + c] = 1;
        this.hallCls[k * nc + this.hallLen[k]!++] = c;
      }
    }
  }

  /**
   * Whether a kept Hall set shows that activity j's needs do not fit at index idx (signature s):
   * those inside it ask more than its capacity less the demand of the classes inside it. Then
   * remembers at idx that a need of a class inside it asking more than that room fails.
   */
  private hallFails(j: number, idx: number, s: number): boolean {
    const a = this.a;
    const { nw, nc, nSig } = a;
    const { eff, cd, hallInside, hallCls } = this;
    const q0 = a.needOff[j]!;
    const q1 = a.needOff[j + 1]!;
    const ci = idx * nc;
    for (let h = 0; h < this.hallN; h++) {
      // The most recent first.
      const k = (this.hallNext - 1 - h + 2 * HALL) % HALL;
      let ask = 0;
      for (let q = q0; q < q1; q++) if (hallInside[k * nc + a.needCls[q]!]) ask += eff[q * nSig + s]!;
      if (ask <= 0) continue;
      let cap = this.hallCap[k * nSig + s]!;
      if (Number.isNaN(cap)) {
        cap = 0;
        for (let w = 0; w < nw; w++) if (this.hallIn[k * nw + w]) cap += a.sigCap[s * nw + w]!;
        this.hallCap[k * nSig + s] = cap;
      }
      // Room: its capacity less the demand inside (by the shorter list of classes, inside or outside).
      const len = this.hallLen[k]!;
      let room = cap;
      if (2 * len <= nc) for (let x = k * nc, e = x + len; x < e; x++) room -= cd[ci + hallCls[x]!]!;
      else {
        room -= this.tot[idx]!;
        for (let x = k * nc, e = x + nc - len; x < e; x++) room += cd[ci + this.hallOut[x]!]!;
      }
      if (ask <= room) continue;
      for (let x = k * nc, e = x + this.hallLen[k]!; x < e; x++) {
        const y = ci + hallCls[x]!;
        if (room + 1 < this.fail[y]!) this.fail[y] = room + 1;
      }
      return true;
    }
    return false;
  }

  /**
   * Marks index idx as possibly differing from idx - 1 (after commits that reached one of them
   * and not the other). A commit of the same activity at both keeps them equal (same signature).
   */
  split(idx: number): void {
    this.same[idx] = 0;
  }

  /** Commits activity j's needs at buffer index idx (which must fit; see {@link AssignState.split}). */
  commit(j: number, idx: number): void {
    const a = this.a;
    const { nc, nSig } = a;
    const { eff, cd, agg, supOff, supC } = this;
    const q0 = a.needOff[j]!;
    const q1 = a.needOff[j + 1]!;
    const s = this.sigAt(idx);
    this.effOf(j, s);
    const fb = this.laminar ? 0 : this.page(idx) * this.F;
    const ci = idx * nc;
    for (let o = q0; o < q1; o++) {
      const q = this.greedyOrder[o]!;
      const e = eff[q * nSig + s]!;
      const c = a.needCls[q]!;
      if (!this.laminar && e > 0) {
        // The free capacity of its members first (usually enough), then augmenting paths.
        const need = this.takeFree(idx, fb, c, e);
        if (need > 0 && this.route(idx, fb, c, need) < need) throw new Error('pmo-kit internal error: committing an assignment that does not fit');
      }
      cd[ci + c]! += e;
      this.tot[idx]! += e;
      for (let x = supOff[c]!; x < supOff[c + 1]!; x++) agg[ci + supC[x]!]! += e;
    }
  }
}

/**
 * The per-period assignment state of a placed schedule over the periods [0, T), with removal (for
 * moving placed activities, as the ALAP placement does). Per period it keeps the total demand of
 * each class and a witness assignment (the capacity each worker has left under it). A check first
 * tries a greedy assignment on the witness's free capacity, then routes the whole period again by
 * augmenting paths, which is exact; what each need asks follows {@link needAsks}, so a period fits
 * here exactly when verifySchedule's max-flow accepts it. Removing an activity keeps the witness:
 * it still assigns the demands left, only with some capacity held back, so the greedy stays sound
 * and the exact routing refreshes it when needed.
 */
export class PeriodAssign {
  private readonly a: AsgProblem;
  private readonly profLen: number;
  private readonly p: Int32Array;
  /** Free capacity of worker w under the witness assignment: `free[t * nw + w]`. */
  private readonly free: Float64Array;
  /** Total demand of class c: `cd[t * nc + c]`. */
  private readonly cd: Float64Array;
  /** Total demand of the classes inside class c (itself included): `agg[t * nc + c]`. */
  private readonly agg: Float64Array;
  private readonly tb: AsgTables;
  /** Scratch: demand j adds to each class. */
  private readonly add: Float64Array;
  private readonly touched: Int32Array;
  /** What each need asks under each signature (NaN: not computed yet): `eff[need * nSig + sig]`. */
  private readonly eff: Float64Array;
  private readonly router: Router;
  private readonly takeW: Int32Array;
  private readonly takeA: Float64Array;

  constructor(pr: Problem, a: AsgProblem, T: number) {
    this.a = a;
    this.profLen = pr.profLen;
    this.p = pr.p;
    this.free = new Float64Array(Math.max(a.nw, 1) * T);
    for (let t = 0; t < T; t++) {
      const o = this.sigAt(t) * a.nw;
      for (let w = 0; w < a.nw; w++) this.free[t * a.nw + w] = a.sigCap[o + w]!;
    }
    this.cd = new Float64Array(Math.max(a.nc, 1) * T);
    this.agg = new Float64Array(Math.max(a.nc, 1) * T);
    this.tb = asgTables(a);
    this.add = new Float64Array(Math.max(a.nc, 1));
    this.touched = new Int32Array(Math.max(a.nc, 1));
    this.eff = new Float64Array(a.needCls.length * a.nSig).fill(NaN);
    this.router = new Router(a.clsOff, a.clsW, a.nw);
    this.takeW = new Int32Array(this.tb.most);
    this.takeA = new Float64Array(this.tb.most);
  }

  /** Whether activity j has a need at all. */
  uses(j: number): boolean {
    return this.p[j]! > 0 && this.a.needOff[j + 1]! > this.a.needOff[j]!;
  }

  /** Signature of period t. */
  private sigAt(t: number): number {
    return t >= 0 && t < this.profLen ? this.a.sig[t]! : this.a.sigConst;
  }

  /** Signature of period t, with what activity j's needs ask under it computed. */
  private prepare(j: number, t: number): number {
    const a = this.a;
    const s = this.sigAt(t);
    if (Number.isNaN(this.eff[a.needOff[j]! * a.nSig + s]!)) needAsks(a, this.router, j, s, this.eff, a.nSig, s);
    return s;
  }

  /**
   * Whether activity j's needs fit in period t with the demands placed there (j not among them).
   * When the demands placed there have no assignment (never after moves that were checked), nothing fits.
   */
  private fitsAt(j: number, t: number): boolean {
    const a = this.a;
    const { nw, nc, nSig } = a;
    const { free, agg, eff, takeW, takeA } = this;
    const { supOff, supC, clsCap, greedyOrder } = this.tb;
    const q0 = a.needOff[j]!;
    const q1 = a.needOff[j + 1]!;
    const s = this.prepare(j, t);
    // Necessary: each class containing one of j's needs takes what it carries inside plus j's share.
    if (!aggregatesFit(a, eff, s, q0, q1, supOff, supC, this.add, this.touched, agg, t * nc, 1, clsCap, s * nc)) return false;
    // Greedy on the witness's free capacity (given back afterwards).
    const got = greedyTake(a, greedyOrder, eff, s, q0, q1, free, t * nw, 1, takeW, takeA);
    const nt = got >= 0 ? got : -got - 1;
    for (let k = 0; k < nt; k++) free[takeW[k]!]! += takeA[k]!;
    if (got >= 0) return true;
    // Exact: route every class of the period, then j's needs.
    const r = this.route(t, s);
    if (r < 0) return false;
    for (let q = q0; q < q1; q++) {
      const d = eff[q * nSig + s]!;
      if (d > 0 && this.router.add(a.needCls[q]!, d) < d) return false;
    }
    // A better witness for the placed demands: the one that leaves room for j.
    for (let w = 0; w < nw; w++) {
      let used = 0;
      for (let x = 0; x < r; x++) used += this.router.flow(x, w);
      free[t * nw + w] = a.sigCap[s * nw + w]! - used;
    }
    return true;
  }

  /** Routes the demands placed in period t (signature s) from scratch; returns the number of nodes, or -1 when they have no assignment. */
  private route(t: number, s: number): number {
    const a = this.a;
    const r = this.router;
    r.start(a.sigCap, s * a.nw);
    for (let o = 0; o < a.nc; o++) {
      const c = this.tb.bySize[o]!;
      const d = this.cd[t * a.nc + c]!;
      if (d > 0 && r.add(c, d) < d) return -1;
    }
    return r.nodes;
  }

  /**
   * A period of [t, t + p_j) (or of `periods`, ascending: an activity on a calendar) in which
   * activity j does not fit with the activities placed (j not among them), or -1 when it fits in
   * all: the first such period, or with `last` the last one.
   */
  clash(j: number, t: number, last: boolean, periods: ArrayLike<number> | null = null): number {
    if (!this.uses(j)) return -1;
    if (periods !== null) {
      if (last) {
        for (let k = periods.length - 1; k >= 0; k--) if (!this.fitsAt(j, periods[k]!)) return periods[k]!;
      } else {
        for (let k = 0; k < periods.length; k++) if (!this.fitsAt(j, periods[k]!)) return periods[k]!;
      }
      return -1;
    }
    const e = t + this.p[j]!;
    if (last) {
      for (let u = e - 1; u >= t; u--) if (!this.fitsAt(j, u)) return u;
    } else {
      for (let u = t; u < e; u++) if (!this.fitsAt(j, u)) return u;
    }
    return -1;
  }

  /**
   * Places activity j at start t (`sign` 1) or removes it from there (`sign` -1), in periods [t,
   * t + p_j) or in `periods` (an activity on a calendar); they must lie in [0, T).
   */
  move(j: number, t: number, sign: 1 | -1, periods: ArrayLike<number> | null = null): void {
    if (!this.uses(j)) return;
    if (periods !== null) {
      for (let k = 0; k < periods.length; k++) this.moveAt(j, periods[k]!, sign);
      return;
    }
    for (let u = t, end = t + this.p[j]!; u < end; u++) this.moveAt(j, u, sign);
  }

  /** {@link PeriodAssign.move} in one period u. */
  private moveAt(j: number, u: number, sign: 1 | -1): void {
    const a = this.a;
    const { nw, nc, nSig } = a;
    const { free, cd, agg, eff } = this;
    const { supOff, supC, greedyOrder } = this.tb;
    const q0 = a.needOff[j]!;
    const q1 = a.needOff[j + 1]!;
    {
      const s = this.prepare(j, u);
      for (let q = q0; q < q1; q++) {
        const e = sign * eff[q * nSig + s]!;
        const c = a.needCls[q]!;
        cd[u * nc + c]! += e;
        for (let x = supOff[c]!; x < supOff[c + 1]!; x++) agg[u * nc + supC[x]!]! += e;
      }
      // Removal keeps the witness (it still assigns what is left); placement extends it.
      if (sign < 0) return;
      let ok = true;
      for (let o = q0; o < q1 && ok; o++) {
        const q = greedyOrder[o]!;
        let need = eff[q * nSig + s]!;
        const c = a.needCls[q]!;
        for (let m = a.clsOff[c]!, e = a.clsOff[c + 1]!; m < e && need > 0; m++) {
          const x = u * nw + a.clsW[m]!;
          const take = free[x]! < need ? free[x]! : need;
          free[x]! -= take;
          need -= take;
        }
        if (need > 0) ok = false;
      }
      if (ok) return;
      // Exact: a new witness; none when the period has no assignment (then nothing more fits there).
      const r = this.route(u, s);
      for (let w = 0; w < nw; w++) free[u * nw + w] = r < 0 ? 0 : this.router.slack[w]!;
    }
  }
}

/**
 * One witness assignment of a schedule: for each need (in `asg.needCls` order) the units each
 * worker gives it, summed over the periods the activity runs (unscaled: unit-periods), as
 * `out[need * nw + w]`. Each period is routed exactly (augmenting paths); which of several valid
 * assignments comes out is unspecified but deterministic.
 */
export function assignmentOf(pr: Problem, S: ArrayLike<number>): Float64Array {
  const a = pr.asg;
  if (a === null) return new Float64Array(0);
  const { n, p } = pr;
  const out = new Float64Array(a.needCls.length * a.nw);
  const router = new Router(a.clsOff, a.clsW, a.nw);
  const eff = new Float64Array(a.needCls.length);
  const users: number[] = [];
  for (let i = 0; i < n; i++) if (p[i]! > 0 && a.needOff[i + 1]! > a.needOff[i]!) users.push(i);
  users.sort((x, y) => S[x]! - S[y]! || x - y);
  // On calendars an activity runs until its finish, in the working periods of its calendar only.
  const fin = (i: number): number => (pr.cal === null ? S[i]! + p[i]! : finishOf(pr, i, S[i]!));
  let end = 0;
  for (const i of users) end = Math.max(end, fin(i));
  const all: number[] = [];
  const active: number[] = [];
  let next = 0;
  for (let t = users.length > 0 ? S[users[0]!]! : 0; t < end; t++) {
    while (next < users.length && S[users[next]!]! <= t) all.push(users[next++]!);
    for (let x = all.length - 1; x >= 0; x--) if (fin(all[x]!) <= t) all.splice(x, 1);
    active.length = 0;
    for (const i of all) if (pr.cal === null || works(pr.cal, pr.calOf![i]!, t)) active.push(i);
    if (active.length === 0) continue;
    const sg = t >= 0 && t < pr.profLen ? a.sig[t]! : a.sigConst;
    // What each need asks in this period (as in AssignState: alone, in order).
    for (const i of active) needAsks(a, router, i, sg, eff, 1, 0);
    router.start(a.sigCap, sg * a.nw);
    const order: number[] = [];
    for (const i of active) for (let q = a.needOff[i]!; q < a.needOff[i + 1]!; q++) if (eff[q]! > 0) {
      order.push(q);
      router.add(a.needCls[q]!, eff[q]!);
    }
    order.forEach((q, x) => {
      for (let w = 0; w < a.nw; w++) out[q * a.nw + w]! += router.flow(x, w) / pr.scale;
    });
  }
  return out;
}

/**
 * The necessary aggregate test of placing an activity's needs `q0 .. q1-1` (what each asks under
 * signature `s`: `eff[q * nSig + s]`): every class containing one of them can take what it already
 * carries inside (`agg[aggBase + d * aggStride]` for class d) plus the activity's share, within its
 * capacity `clsCap[capBase + d]`. `add` (zeros, left zeroed) and `touched` are scratch.
 */
function aggregatesFit(
  a: AsgProblem,
  eff: Float64Array,
  s: number,
  q0: number,
  q1: number,
  supOff: Int32Array,
  supC: Int32Array,
  add: Float64Array,
  touched: Int32Array,
  agg: Float64Array,
  aggBase: number,
  aggStride: number,
  clsCap: Float64Array,
  capBase: number,
): boolean {
  const nSig = a.nSig;
  let nTouched = 0;
  for (let q = q0; q < q1; q++) {
    const e = eff[q * nSig + s]!;
    if (e <= 0) continue;
    const c = a.needCls[q]!;
    for (let x = supOff[c]!; x < supOff[c + 1]!; x++) {
      const d = supC[x]!;
      if (add[d] === 0) touched[nTouched++] = d;
      add[d]! += e;
    }
  }
  let over = false;
  for (let x = 0; x < nTouched; x++) {
    const d = touched[x]!;
    if (agg[aggBase + d * aggStride]! + add[d]! > clsCap[capBase + d]!) over = true;
    add[d] = 0;
  }
  return !over;
}

/**
 * The greedy step of an assignment check: takes each of an activity's needs `q0 .. q1-1` (in
 * `greedyOrder`, asking `eff[q * nSig + s]`) from the free capacity of its class's workers,
 * worker w's free capacity being `free[base + w * stride]`. Records each take (index into `free`,
 * amount) in `takeW`/`takeA`. Returns the number of takes when every need is met, else
 * `-(takes + 1)` (stopping at the first need it cannot meet); the caller gives takes back.
 */
function greedyTake(
  a: AsgProblem,
  greedyOrder: Int32Array,
  eff: Float64Array,
  s: number,
  q0: number,
  q1: number,
  free: Float64Array,
  base: number,
  stride: number,
  takeW: Int32Array,
  takeA: Float64Array,
): number {
  const nSig = a.nSig;
  let nt = 0;
  for (let o = q0; o < q1; o++) {
    const q = greedyOrder[o]!;
    let need = eff[q * nSig + s]!;
    const c = a.needCls[q]!;
    for (let m = a.clsOff[c]!, e = a.clsOff[c + 1]!; m < e && need > 0; m++) {
      const x = base + a.clsW[m]! * stride;
      const take = free[x]! < need ? free[x]! : need;
      if (take > 0) {
        free[x]! -= take;
        takeW[nt] = x;
        takeA[nt++] = take;
        need -= take;
      }
    }
    if (need > 0) return -(nt + 1);
  }
  return nt;
}
