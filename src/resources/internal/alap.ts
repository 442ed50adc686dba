/**
 * ALAP placement on a resource-feasible schedule, as `schedule()` places ALAP tasks on the early
 * schedule. Private.
 *
 * `schedule()` puts an ALAP task at its late start (computed with every successor at its late
 * start, against the finish of the schedule and the deadlines) and lets its successors follow it.
 * On a leveled schedule with makespan T the same is done under the resource profile, moving only
 * the ALAP tasks and their successors (direct or not), M; every other activity keeps its start:
 * 1. right shift: the activities of M, successors first (latest finish first among those ready),
 *    each to the latest start at which it fits, not after its successors allow, not past T, and
 *    not past its deadline when it meets it;
 * 2. left shift: the activities of M that are not ALAP, predecessors first (earliest start first
 *    among those ready), each back to the earliest start at which it fits, not before its start in
 *    the leveled schedule, its release date or what its predecessors allow.
 * "Fits" means both layers of the kernel: the plain resource usage against the capacity profile
 * and, when an activity of M has group demands, the exact assignment of every period the activity
 * would cover, given every other activity where it is now ({@link PeriodAssign}: an aggregate
 * pre-check, a greedy witness, then an exact routing). Every step keeps the schedule precedence-
 * and resource-feasible; the makespan does not grow, no finish moves past a deadline it meets, and
 * no activity outside M moves. With unlimited capacity this is exactly `schedule()`'s placement.
 */
import { PeriodAssign } from './assign.js';
import { cumAt, finishOf, latestStartBy, linkBound, linkLatest, nextWork, nthAt } from './calendarTable.js';
import { NO_DEADLINE, type Problem } from './problem.js';
import { MinHeap } from '../../internal/heap.js';

/**
 * Moves the ALAP activities (flag 1 in `alap`) of forward schedule `S` as late as they can go
 * (see the module comment). Returns new starts (`S` itself when there is no ALAP activity); `S`
 * is not written. O(|M| (log n + K p̄ W)) for
 * |M| moved activities, mean duration p̄ and W the periods tried per activity, plus O(K' T) memory
 * for the K' resources they use over the makespan T; with group demands, each period tried costs a
 * greedy check on the witness (O(needs × members)) and, when that fails, an exact routing of the
 * period, plus O((classes + workers) T) memory.
 */
export function placeAlap(pr: Problem, S: Int32Array, alap: Uint8Array): Int32Array {
  const inM = movedSet(pr, alap);
  if (inM === null) return S;
  const out = Int32Array.from(S);
  const use = new AlapUsage(pr, inM, out);
  const scratch = { idx: new Int32Array(pr.n), key: new Float64Array(pr.n), count: new Int32Array(pr.n) };
  shiftRight(pr, use, out, inM, scratch);
  shiftLeft(pr, use, out, inM, scratch, S, alap);
  return out;
}

/** M: the ALAP activities and everything after them (1 in the result); null when there is no ALAP activity. */
function movedSet(pr: Problem, alap: Uint8Array): Uint8Array | null {
  const { n, sucOff, sucTo } = pr;
  const inM = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) if (alap[i] === 1) stack.push(i);
  if (stack.length === 0) return null;
  for (const i of stack) inM[i] = 1;
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let s = sucOff[u]!; s < sucOff[u + 1]!; s++) {
      const v = sucTo[s]!;
      if (inM[v] === 0) {
        inM[v] = 1;
        stack.push(v);
      }
    }
  }
  return inM;
}

/** Scratch arrays of the two passes (heap entries and pending neighbours). */
interface Scratch {
  readonly idx: Int32Array;
  readonly key: Float64Array;
  readonly count: Int32Array;
}

/**
 * The resource usage over [0, T) of the resources M uses (local rows), with every activity
 * counted, and the assignment layer when an activity of M has group demands (the others cannot
 * change it). On calendars an activity covers its working periods only (`span`), finishes at
 * `fin`, and the links go through positions (calendarTable.ts).
 */
class AlapUsage {
  /** The makespan of the forward schedule. */
  readonly T: number;
  private readonly row: Int32Array;
  private readonly used: Int32Array;
  private readonly room: Int32Array;
  private readonly spanBuf: Int32Array;
  private readonly asg: PeriodAssign | null = null;

  constructor(
    private readonly pr: Problem,
    inM: Uint8Array,
    out: Int32Array,
  ) {
    const { n, p, useOff, useRes } = pr;
    let pMax = 0;
    for (let i = 0; i < n; i++) if (p[i]! > pMax) pMax = p[i]!;
    this.spanBuf = new Int32Array(pMax);
    let T = 0;
    for (let i = 0; i < n; i++) if (this.fin(i, out[i]!) > T) T = this.fin(i, out[i]!);
    this.T = T;
    const row = new Int32Array(pr.K).fill(-1);
    let rows = 0;
    for (let i = 0; i < n; i++) if (inM[i] === 1) for (let u = useOff[i]!; u < useOff[i + 1]!; u++) if (row[useRes[u]!] === -1) row[useRes[u]!] = rows++;
    this.row = row;
    this.used = new Int32Array(rows * T);
    this.room = new Int32Array(rows * T);
    for (let k = 0; k < pr.K; k++) {
      const r = row[k]!;
      if (r < 0) continue;
      for (let t = 0; t < T; t++) this.room[r * T + t] = t < pr.profLen ? pr.prof![k * pr.profLen + t]! : pr.cap[k]!;
    }
    for (let i = 0; i < n; i++) this.add(i, out[i]!, 1);
    if (pr.asg !== null) {
      const st = new PeriodAssign(pr, pr.asg, T);
      let any = false;
      for (let i = 0; i < n && !any; i++) if (inM[i] === 1 && st.uses(i)) any = true;
      if (any) {
        for (let i = 0; i < n; i++) st.move(i, out[i]!, 1, this.span(i, out[i]!));
        this.asg = st;
      }
    }
  }

  /** Finish of activity i started at t. */
  fin(i: number, t: number): number {
    return this.pr.cal === null ? t + this.pr.p[i]! : finishOf(this.pr, i, t);
  }

  /** The periods activity j started at t works (a shared buffer), or null without calendars. */
  span(j: number, t: number): Int32Array | null {
    const cal = this.pr.cal;
    if (cal === null) return null;
    const p = this.pr.p;
    const c = this.pr.calOf![j]!;
    const x = cumAt(cal, c, t);
    const out = this.spanBuf.subarray(0, p[j]!);
    for (let k = 0; k < p[j]!; k++) out[k] = nthAt(cal, c, x + k);
    return out;
  }

  private add(j: number, t: number, sign: number): void {
    const { useOff, useRes, useAmt, p } = this.pr;
    const { row, used, T } = this;
    for (let u = useOff[j]!; u < useOff[j + 1]!; u++) {
      const r = row[useRes[u]!]!;
      if (r < 0) continue;
      const a = sign * useAmt[u]!;
      const sp = this.span(j, t);
      if (sp !== null) for (const y of sp) used[r * T + y]! += a;
      else for (let x = r * T + t, e = x + p[j]!; x < e; x++) used[x]! += a;
    }
  }

  /** Takes activity j started at t off the usage. */
  lift(j: number, t: number): void {
    this.add(j, t, -1);
    this.asg?.move(j, t, -1, this.span(j, t));
  }

  /** Puts activity j started at t on the usage. */
  put(j: number, t: number): void {
    this.add(j, t, 1);
    this.asg?.move(j, t, 1, this.span(j, t));
  }

  /**
   * A period in [t, t + p) where j does not fit, or -1: a plain clash first, else the first
   * (`last` false) or last assignment clash.
   */
  clash(j: number, t: number, last: boolean): number {
    const c = this.plainClash(j, t, last);
    return c >= 0 || this.asg === null ? c : this.asg.clash(j, t, last, this.span(j, t));
  }

  /** First period in [t, t + p) where j's plain usage does not fit, or -1 (on a calendar: the first or `last` of its periods). */
  private plainClash(j: number, t: number, last: boolean): number {
    const { useOff, useRes, useAmt, p } = this.pr;
    const { row, used, room, T } = this;
    const sp = this.span(j, t);
    if (sp !== null) {
      let hit = -1;
      for (let u = useOff[j]!; u < useOff[j + 1]!; u++) {
        const b = row[useRes[u]!]! * T;
        const a = useAmt[u]!;
        for (const y of sp) if (used[b + y]! + a > room[b + y]! && (hit < 0 || (last ? y > hit : y < hit))) hit = y;
      }
      return hit;
    }
    let first = -1;
    for (let u = useOff[j]!; u < useOff[j + 1]!; u++) {
      const b = row[useRes[u]!]! * T;
      const a = useAmt[u]!;
      const end = first >= 0 ? first : t + p[j]!;
      for (let s = t; s < end; s++)
        if (used[b + s]! + a > room[b + s]!) {
          first = s;
          break;
        }
    }
    return first;
  }
}

/** 1. Right shift of M, successors first, latest finish first. */
function shiftRight(pr: Problem, use: AlapUsage, out: Int32Array, inM: Uint8Array, { idx, key, count }: Scratch): void {
  const { n, p, sucOff, sucTo, sucD, predOff, predFrom, deadline } = pr;
  const cal = pr.cal;
  const T = use.T;
  const heap = new MinHeap(idx, key);
  for (let i = 0; i < n; i++) {
    if (inM[i] === 0) continue;
    let c = 0;
    for (let s = sucOff[i]!; s < sucOff[i + 1]!; s++) if (inM[sucTo[s]!] === 1) c++;
    count[i] = c;
    if (c === 0) heap.push(i, -use.fin(i, out[i]!));
  }
  while (heap.size > 0) {
    const j = heap.pop();
    const cur = out[j]!;
    let ub = cal === null ? T - p[j]! : latestStartBy(pr, j, T);
    for (let s = sucOff[j]!; s < sucOff[j + 1]!; s++) {
      const v = cal === null ? out[sucTo[s]!]! - sucD[s]! : linkLatest(pr, j, sucTo[s]!, pr.sucTy![s]!, pr.sucLag![s]!, out[sucTo[s]!]!);
      if (v < ub) ub = v;
    }
    const dl = deadline[j]!;
    if (dl !== NO_DEADLINE) ub = Math.min(ub, cal === null ? Math.max(dl, cur + p[j]!) - p[j]! : latestStartBy(pr, j, Math.max(dl, use.fin(j, cur))));
    if (ub > cur) {
      use.lift(j, cur);
      let t = ub;
      for (;;) {
        // Every start from t down to c - p + 1 covers period c (on a calendar: positions).
        const c = use.clash(j, t, false);
        if (c < 0) break;
        t = cal === null ? c - p[j]! : nthAt(cal, pr.calOf![j]!, cumAt(cal, pr.calOf![j]!, c) - p[j]!);
        // j fitted at cur before it was lifted (nothing else changed since), so t never passes it.
        if (t <= cur) {
          t = cur;
          break;
        }
      }
      out[j] = t;
      use.put(j, t);
    }
    for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
      const u = predFrom[s]!;
      if (inM[u] === 1 && --count[u]! === 0) heap.push(u, -use.fin(u, out[u]!));
    }
  }
}

/** 2. Left shift of the others in M, predecessors first, earliest start first (never before their start in `S`). */
function shiftLeft(pr: Problem, use: AlapUsage, out: Int32Array, inM: Uint8Array, { idx, key, count }: Scratch, S: Int32Array, alap: Uint8Array): void {
  const { n, sucOff, sucTo, predOff, predFrom, predD, release } = pr;
  const cal = pr.cal;
  const heap = new MinHeap(idx, key);
  for (let i = 0; i < n; i++) {
    if (inM[i] === 0) continue;
    let c = 0;
    for (let s = predOff[i]!; s < predOff[i + 1]!; s++) if (inM[predFrom[s]!] === 1) c++;
    count[i] = c;
    if (c === 0) heap.push(i, out[i]!);
  }
  while (heap.size > 0) {
    const j = heap.pop();
    if (alap[j] !== 1) {
      const cur = out[j]!;
      let lb = Math.max(S[j]!, release[j]!);
      for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
        const v = cal === null ? out[predFrom[s]!]! + predD[s]! : linkBound(pr, predFrom[s]!, j, pr.predTy![s]!, pr.predLag![s]!, out[predFrom[s]!]!);
        if (v > lb) lb = v;
      }
      if (cal !== null) lb = nextWork(cal, pr.calOf![j]!, lb);
      if (lb < cur) {
        use.lift(j, cur);
        let t = lb;
        for (;;) {
          // Every start from t up to c covers period c.
          const c = use.clash(j, t, true);
          if (c < 0) break;
          // Past the clash; j fits again at cur at the latest.
          t = cal === null ? c + 1 : nthAt(cal, pr.calOf![j]!, cumAt(cal, pr.calOf![j]!, c) + 1);
          if (t >= cur) {
            t = cur;
            break;
          }
        }
        out[j] = t;
        use.put(j, t);
      }
    }
    for (let s = sucOff[j]!; s < sucOff[j + 1]!; s++) {
      const v = sucTo[s]!;
      if (inM[v] === 1 && --count[v]! === 0) heap.push(v, out[v]!);
    }
  }
}
