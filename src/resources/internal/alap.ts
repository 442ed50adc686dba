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
import { Heap } from './sgs.js';

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
  const { n, p, sucOff, sucTo, sucD, predOff, predFrom, predD, useOff, useRes, useAmt, deadline, release } = pr;
  // M: the ALAP activities and everything after them.
  const inM = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) if (alap[i] === 1) stack.push(i);
  if (stack.length === 0) return S;
  const out = Int32Array.from(S);
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
  // On calendars an activity covers its working periods only (`span`), finishes at `fin`, and the
  // links go through positions (calendarTable.ts).
  const cal = pr.cal;
  const fin = (i: number, t: number): number => (cal === null ? t + p[i]! : finishOf(pr, i, t));
  let pMax = 0;
  for (let i = 0; i < n; i++) if (p[i]! > pMax) pMax = p[i]!;
  const spanBuf = new Int32Array(pMax);
  const span = (j: number, t: number): Int32Array | null => {
    if (cal === null) return null;
    const c = pr.calOf![j]!;
    const x = cumAt(cal, c, t);
    const out = spanBuf.subarray(0, p[j]!);
    for (let k = 0; k < p[j]!; k++) out[k] = nthAt(cal, c, x + k);
    return out;
  };
  let T = 0;
  for (let i = 0; i < n; i++) if (fin(i, S[i]!) > T) T = fin(i, S[i]!);

  // Usage over [0, T) of the resources M uses (local rows), with every activity counted.
  const row = new Int32Array(pr.K).fill(-1);
  let rows = 0;
  for (let i = 0; i < n; i++) if (inM[i] === 1) for (let u = useOff[i]!; u < useOff[i + 1]!; u++) if (row[useRes[u]!] === -1) row[useRes[u]!] = rows++;
  const used = new Int32Array(rows * T);
  const room = new Int32Array(rows * T);
  for (let k = 0; k < pr.K; k++) {
    const r = row[k]!;
    if (r < 0) continue;
    for (let t = 0; t < T; t++) room[r * T + t] = t < pr.profLen ? pr.prof![k * pr.profLen + t]! : pr.cap[k]!;
  }
  const add = (j: number, t: number, sign: number): void => {
    for (let u = useOff[j]!; u < useOff[j + 1]!; u++) {
      const r = row[useRes[u]!]!;
      if (r < 0) continue;
      const a = sign * useAmt[u]!;
      const sp = span(j, t);
      if (sp !== null) for (const y of sp) used[r * T + y]! += a;
      else for (let x = r * T + t, e = x + p[j]!; x < e; x++) used[x]! += a;
    }
  };
  for (let i = 0; i < n; i++) add(i, out[i]!, 1);
  // The assignment layer, when an activity of M has group demands (the others cannot change it).
  let asg: PeriodAssign | null = null;
  if (pr.asg !== null) {
    const st = new PeriodAssign(pr, pr.asg, T);
    let any = false;
    for (let i = 0; i < n && !any; i++) if (inM[i] === 1 && st.uses(i)) any = true;
    if (any) {
      for (let i = 0; i < n; i++) st.move(i, out[i]!, 1, span(i, out[i]!));
      asg = st;
    }
  }
  const lift = (j: number, t: number): void => {
    add(j, t, -1);
    asg?.move(j, t, -1, span(j, t));
  };
  const put = (j: number, t: number): void => {
    add(j, t, 1);
    asg?.move(j, t, 1, span(j, t));
  };
  /**
   * A period in [t, t + p) where j does not fit, or -1: a plain clash first, else the first
   * (`last` false) or last assignment clash.
   */
  const clash = (j: number, t: number, last: boolean): number => {
    const c = plainClash(j, t, last);
    return c >= 0 || asg === null ? c : asg.clash(j, t, last, span(j, t));
  };
  /** First period in [t, t + p) where j's plain usage does not fit, or -1 (on a calendar: the first or `last` of its periods). */
  const plainClash = (j: number, t: number, last: boolean): number => {
    const sp = span(j, t);
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
  };

  const idx = new Int32Array(n);
  const key = new Float64Array(n);
  const count = new Int32Array(n);

  // 1. Right shift, successors first, latest finish first.
  let heap = new Heap(idx, key);
  for (let i = 0; i < n; i++) {
    if (inM[i] === 0) continue;
    let c = 0;
    for (let s = sucOff[i]!; s < sucOff[i + 1]!; s++) if (inM[sucTo[s]!] === 1) c++;
    count[i] = c;
    if (c === 0) heap.push(i, -fin(i, out[i]!));
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
    if (dl !== NO_DEADLINE) ub = Math.min(ub, cal === null ? Math.max(dl, cur + p[j]!) - p[j]! : latestStartBy(pr, j, Math.max(dl, fin(j, cur))));
    if (ub > cur) {
      lift(j, cur);
      let t = ub;
      for (;;) {
        // Every start from t down to c - p + 1 covers period c (on a calendar: positions).
        const c = clash(j, t, false);
        if (c < 0) break;
        t = cal === null ? c - p[j]! : nthAt(cal, pr.calOf![j]!, cumAt(cal, pr.calOf![j]!, c) - p[j]!);
        // j fitted at cur before it was lifted (nothing else changed since), so t never passes it.
        if (t <= cur) {
          t = cur;
          break;
        }
      }
      out[j] = t;
      put(j, t);
    }
    for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
      const u = predFrom[s]!;
      if (inM[u] === 1 && --count[u]! === 0) heap.push(u, -fin(u, out[u]!));
    }
  }

  // 2. Left shift of the others in M, predecessors first, earliest start first.
  heap = new Heap(idx, key);
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
        lift(j, cur);
        let t = lb;
        for (;;) {
          // Every start from t up to c covers period c.
          const c = clash(j, t, true);
          if (c < 0) break;
          // Past the clash; j fits again at cur at the latest.
          t = cal === null ? c + 1 : nthAt(cal, pr.calOf![j]!, cumAt(cal, pr.calOf![j]!, c) + 1);
          if (t >= cur) {
            t = cur;
            break;
          }
        }
        out[j] = t;
        put(j, t);
      }
    }
    for (let s = sucOff[j]!; s < sucOff[j + 1]!; s++) {
      const v = sucTo[s]!;
      if (inM[v] === 1 && --count[v]! === 0) heap.push(v, out[v]!);
    }
  }
  return out;
}
