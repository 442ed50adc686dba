/**
 * The CPM when tasks work on different calendars. Private to pmo-kit; `scheduleCore` takes this
 * path only when some task's calendar has other working days than the schedule's calendar.
 *
 * **Model.** Every instant lives on one axis of calendar days (UTC day numbers, a fraction being
 * a part of that day). Each calendar C has a working-time function `W_C(t)`: the working days of
 * C before instant t (continuous, non-decreasing; flat over C's non-working days). A task works on
 * its own calendar: its early start is a position `x` on it (working days from the calendar's
 * position of the origin day), its finish `x + d`. A position that is a whole number stands for
 * two instants: as a start, the beginning of the next working day of C; as a finish, the end of
 * the previous one (a task finishing Friday night and one starting Monday morning are at the same
 * position on a Monday-Friday calendar).
 *
 * **Links** (as MS Project): the lag is counted in working days of the successor's calendar. A
 * link `u -> v` of type XY and lag L requires `Y(v) >= W_Cv(X(u)) + L` on v's calendar, X(u) being
 * u's start or finish instant and Y(v) v's start or finish *position*. For a start this means a
 * successor whose calendar does not work on the day its predecessor finishes starts on its own next
 * working day. For a finish it means v has worked, by its finish, at least all the time its calendar
 * offered before X(u) (plus L): a Monday-Friday task FF after a Sunday finish finishes its work on
 * Friday night, the end of the working time before the instant. MS Project places such a finish at
 * the predecessor's instant with the work filling the working time before it; the position is the
 * same, and a finish at a whole position is dated, as always here, at the end of the previous
 * working day. The bound `W_Cv(X(u))` is non-decreasing in u's position (a finish that had to reach
 * the end of v's next working day would not be: a Sunday instant would then give more than a later
 * Monday-noon one).
 *
 * The late pass inverts this exactly: the latest instant at which v's calendar has worked
 * `LY(v) - L` days is the start instant of that position (the beginning of its working day: the
 * whole gap before it counts no working time), and the latest position of X(u) is the one whose
 * instant is not after it. A finish of u always has such a latest position (`W_Cu` of that
 * instant). A start cannot: when the instant falls in a non-working gap of u's calendar, every
 * start before the gap qualifies (position `w - 1 + f`, `0 <= f < 1`, on the last working day `w -
 * 1` before it) and the next working day's (position `w`) does not, so the supremum `w` is not
 * attained. The late start then keeps the task's time of day: `w - 1 + frac(ES(u))`, on the last
 * working day before the gap at the hour of the early start. It respects the link (any `f < 1`
 * does), and it is never before an early start that respects the link with v at `LY(v)`: such an
 * early start is before the gap, so either on an earlier working day (less than `w - 1 +
 * frac(ES(u))`) or on day `w - 1` itself (equal). Hence, without constraints, the backward pass
 * (successors' late starts are not before their early starts, and the forward pass made every
 * link hold at the early starts) gives every task a late start not before its early start: total
 * float is never negative, and the late schedule respects every link. The float it reports is
 * short of the unattained supremum by `1 - frac(ES(u))` of a day (a task may then be shown
 * critical that could slip by less than a day), and it is a float the task can use: slipping by
 * it does not move the finish. With whole-day starts (`frac = 0`) it is the latest whole-day
 * start, as before; free float measures the same rule against the successors' early starts.
 *
 * With a single calendar every conversion is the identity, and the passes reduce to the kernel's
 * `ES[v] >= ES[u] + w`.
 *
 * Iterative: Kahn's order, one forward and one backward sweep, O(V + E) conversions of O(log k)
 * each (k: dated overrides of the calendars involved).
 */
import { PmoError } from '../../errors.js';
import type { Task } from '../../model/task.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { q, show } from '../../internal/show.js';
import type { Alloc } from './arena.js';
import { extractCycle } from '../../internal/cycles.js';
import { buildCsr, EPS, freeFloatFromOwnLinks, KernelCycle, slotFlags, tightSlots, type KernelResult } from './kernel.js';

/** Calendars of the nodes of a multi-calendar schedule and their origins. */
export interface MultiCalendar {
  readonly fn: string;
  /** Distinct calendars; `cals[0]` is the schedule's (reference) calendar. */
  readonly cals: readonly WorkingCalendar[];
  /** Calendar index of each kernel node. */
  readonly calOf: Int32Array;
  /** `cals[c].dayIndex(originDay)`: position 0 of calendar c. */
  readonly origin: Float64Array;
  /** The origin day (UTC day number). */
  readonly originDay: number;
}

/** Sets up the calendars of the nodes (`cals[0]` must be the reference calendar). */
export function multiCalendar(fn: string, cals: readonly WorkingCalendar[], calOf: Int32Array, originDay: number): MultiCalendar {
  const origin = new Float64Array(cals.length);
  for (let c = 0; c < cals.length; c++) origin[c] = cals[c]!.dayIndex(originDay);
  return { fn, cals, calOf, origin, originDay };
}

/** Splits a position into a whole part and a fraction, snapping float noise to whole numbers. */
function split(a: number): [number, number] {
  const r = Math.round(a);
  if (Math.abs(a - r) <= EPS) return [r, 0];
  const i = Math.floor(a);
  return [i, a - i];
}

/** The working day at absolute index `i` of calendar `cal`. */
function dayAt(mc: MultiCalendar, cal: WorkingCalendar, i: number): number {
  return cal.dayAtIndexOrThrow(mc.fn, i, mc.originDay);
}

/** The instant (absolute day number, fractional) of a start at position `x` of calendar `c`: the beginning of its working day. */
export function startInstant(mc: MultiCalendar, c: number, x: number): number {
  const [i, f] = split(x + mc.origin[c]!);
  return dayAt(mc, mc.cals[c]!, i) + f;
}

/** The instant of a finish at position `x` of calendar `c`: the end of its working day. */
export function finishInstant(mc: MultiCalendar, c: number, x: number): number {
  const [i, f] = split(x + mc.origin[c]!);
  const cal = mc.cals[c]!;
  return f > 0 ? dayAt(mc, cal, i) + f : dayAt(mc, cal, i - 1) + 1;
}

/** `W_c(t) - origin_c`: the working days of calendar `c` before the instant `t`, from its origin. */
export function positionAt(mc: MultiCalendar, c: number, t: number): number {
  const [d, f] = split(t);
  const cal = mc.cals[c]!;
  return cal.dayIndex(d) + (f > 0 && cal.isWorkingDayNumber(d) ? f : 0) - mc.origin[c]!;
}

/**
 * The earliest position on calendar `b` of a start or finish of a task that is not before the
 * start (`fromFinish` false) or finish at position `x` of calendar `a`: `W_b` of that instant. A
 * finish at a whole position ends the previous working day of `b`, which may be before the instant
 * when it falls in a non-working gap of `b` (the task has then worked all that `b` allows before
 * it). Non-decreasing and continuous in the instant.
 */
export function transfer(mc: MultiCalendar, a: number, b: number, x: number, fromFinish: boolean): number {
  if (a === b) return x;
  return positionAt(mc, b, fromFinish ? finishInstant(mc, a, x) : startInstant(mc, a, x));
}

/**
 * The latest position on calendar `a` of a start (`fromStart`) or finish of a task whose
 * {@link transfer} to calendar `b` is not after position `y`: the inverse of {@link transfer}
 * (`transfer(latestBefore(y)) <= y`, and any later position of a finish transfers beyond `y`). A
 * start that would fall in a non-working gap of `a` has no latest position (every start before
 * the gap qualifies, the one after it does not): it moves to `a`'s last working day before the
 * gap at the time of day of `keep` (the task's early start), so that it is not before `keep`
 * whenever `keep` itself transfers to at most `y` (see the module comment).
 */
export function latestBefore(mc: MultiCalendar, b: number, a: number, y: number, fromStart: boolean, keep: number): number {
  if (a === b) return y;
  // The latest instant at which b has worked y: the beginning of its working day y.
  const t = startInstant(mc, b, y);
  const w = positionAt(mc, a, t);
  return fromStart && startInstant(mc, a, w) > t + EPS ? w - 1 + split(keep)[1] : w;
}

/** Inputs of {@link runMultiCalendar}: those of the kernel, on each node's own calendar. */
export interface MultiKernelInput {
  readonly mc: MultiCalendar;
  readonly n: number;
  readonly duration: Float64Array;
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  /** Per link: 1 when its source only inherits it from a WBS summary (not in its free float); null: none. */
  readonly inherited: Uint8Array | null;
  /** Lower bound of each early start, on the node's calendar (project start, SNET, FNET). */
  readonly esMin: Float64Array;
  readonly esMax: Float64Array | null;
  readonly lsMax: Float64Array | null;
  readonly lsMin: Float64Array | null;
  readonly alap: Uint8Array | null;
  /** Late-finish group of each node; null: one group. */
  readonly group: Int32Array | null;
  /** Lowest finish instant of each group (its project's start day); required with `group`. */
  readonly groupFloor: Float64Array | null;
  readonly criticalThreshold: number;
  readonly alloc: Alloc;
}

/** Kernel-shaped result; `w[s]` is set so that `es[v] - es[u] - w[s]` is the slack of link s on v's calendar. */
export interface MultiKernelResult extends KernelResult {
  /** Latest finish instant (absolute day number) over all nodes and group floors. */
  readonly finishInstant: number;
}

/**
 * The CPM on per-node calendars: forward pass fused with Kahn's algorithm, backward pass, ALAP
 * placement, floats (on each node's own calendar) and critical flags. Throws {@link KernelCycle}.
 */
export function runMultiCalendar(inp: MultiKernelInput): MultiKernelResult {
  const { mc, n, duration: d, esMin, esMax, lsMax, lsMin, alap, group, groupFloor } = inp;
  const A = inp.alloc;
  const zero = A.f64(n);
  // The CSR with raw lags (zero durations: w = lag exactly).
  const { off, tgt, w, styp, indeg } = buildCsr({
    n,
    duration: zero,
    m: inp.m,
    from: inp.from,
    to: inp.to,
    type: inp.type,
    lag: inp.lag,
    alloc: A,
  });
  const lag = Float64Array.from(w.subarray(0, off[n]!));
  const cal = mc.calOf;
  /** The early-start bound that slot s puts on its target when its source starts at x. */
  const bound = (u: number, s: number, x: number): number => {
    const v = tgt[s]!;
    const t = styp[s]!;
    const fromFinish = (t & 1) === 0;
    const toFinish = (t & 2) !== 0;
    const p = transfer(mc, cal[u]!, cal[v]!, fromFinish ? x + d[u]! : x, fromFinish) + lag[s]!;
    return toFinish ? p - d[v]! : p;
  };
  /** The latest start of u that slot s allows when its target starts at y (keeping the time of day of u's early start x in a gap). */
  const limit = (u: number, s: number, y: number, x: number): number => {
    const v = tgt[s]!;
    const t = styp[s]!;
    const fromFinish = (t & 1) === 0;
    const toFinish = (t & 2) !== 0;
    const p = latestBefore(mc, cal[v]!, cal[u]!, (toFinish ? y + d[v]! : y) - lag[s]!, !fromFinish, x);
    return fromFinish ? p - d[u]! : p;
  };

  // Forward pass fused with Kahn.
  const order = A.i32(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) order[tail++] = i;
  const es = A.f64(n);
  es.set(esMin);
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    let x = es[u]!;
    if (esMax !== null && x > esMax[u]!) {
      x = esMax[u]!;
      es[u] = x;
    }
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      const b = bound(u, s, x);
      if (b > es[v]!) es[v] = b;
      if (--indeg[v]! === 0) order[tail++] = v;
    }
  }
  if (tail < n) throw new KernelCycle(extractCycle(n, off, tgt, indeg));

  // Finish instants: overall and per group.
  let finish = mc.originDay;
  let groupFinish: Float64Array | null = null;
  if (group !== null) {
    groupFinish = Float64Array.from(groupFloor!);
    for (let g = 0; g < groupFinish.length; g++) if (groupFinish[g]! > finish) finish = groupFinish[g]!;
  }
  const finishes = (): void => {
    for (let u = 0; u < n; u++) {
      const f = finishInstant(mc, cal[u]!, es[u]! + d[u]!);
      if (f > finish) finish = f;
      if (groupFinish !== null && f > groupFinish[group![u]!]!) groupFinish[group![u]!] = f;
    }
  };
  finishes();
  const finishLimit = (u: number): number => positionAt(mc, cal[u]!, groupFinish === null ? finish : groupFinish[group![u]!]!) - d[u]!;

  // Backward pass with caps and pins.
  const ls = A.f64(n);
  for (let i = n - 1; i >= 0; i--) {
    const u = order[i]!;
    let l = finishLimit(u);
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const a = limit(u, s, ls[tgt[s]!]!, es[u]!);
      if (a < l) l = a;
    }
    if (lsMax !== null && l > lsMax[u]!) l = lsMax[u]!;
    if (lsMin !== null && l < lsMin[u]!) l = lsMin[u]!;
    ls[u] = l;
  }
  if (alap !== null) {
    // ALAP tasks sit at their late start (never earlier than their early start); successors follow.
    es.set(esMin);
    for (let i = 0; i < n; i++) {
      const u = order[i]!;
      let x = es[u]!;
      if (alap[u] === 1 && ls[u]! > x) x = ls[u]!;
      if (esMax !== null && x > esMax[u]!) x = esMax[u]!;
      es[u] = x;
      for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
        const b = bound(u, s, x);
        if (b > es[tgt[s]!]!) es[tgt[s]!] = b;
      }
    }
  }

  // Floats on each node's own calendar, critical flags, and slot weights for tightness tests.
  const tf = A.f64(n);
  const ff = A.f64(n);
  const critical = A.u8(n);
  const thr = inp.criticalThreshold + EPS;
  for (let u = 0; u < n; u++) {
    const x = es[u]!;
    let f = finishLimit(u) - x;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const b = limit(u, s, es[tgt[s]!]!, x) - x;
      if (b < f) f = b;
      w[s] = bound(u, s, x) - x;
    }
    let t = ls[u]! - x;
    if (t < EPS && t > -EPS) t = 0;
    tf[u] = t;
    if (f > t) f = t;
    ff[u] = f > EPS ? f : 0;
    critical[u] = t <= thr ? 1 : 0;
  }
  if (inp.inherited !== null)
    freeFloatFromOwnLinks(n, off, slotFlags(n, inp.m, inp.from, inp.inherited, off), tf, ff, (u, s) => limit(u, s, es[tgt[s]!]!, es[u]!) - es[u]!);
  const res = { off, tgt, w, styp, es, ls, tf, ff, critical, order, finish: 0, groupFinish, finishInstant: finish, tight: null };
  return { ...res, tight: tightSlots(res, n, A) };
}

/** What {@link planCalendars} needs from `scheduleCore`. */
export interface CalendarPlanInput {
  readonly fn: string;
  /** The reference calendar (offsets count its working days). */
  readonly ref: WorkingCalendar;
  readonly projectCalendars: readonly WorkingCalendar[];
  readonly taskCalendar: (id: string) => WorkingCalendar | undefined;
  /** Tasks that name a calendar (null: none). */
  readonly withCalendar: readonly number[] | null;
  readonly gTask: readonly Task[];
  readonly gProj: Int32Array;
  readonly n: number;
  readonly taskOfNode: (k: number) => number;
  readonly nodeOf: (g: number) => number;
  readonly isSum: (g: number) => boolean;
  readonly whereOf: (g: number) => string;
  readonly originDay: number;
  readonly projStartDay: Float64Array;
}

/** The node calendars of a multi-calendar schedule, with each node's project start on its calendar. */
export interface CalendarPlan extends MultiCalendar {
  /** Position of its project's start on each node's calendar. */
  readonly nodeStart: Float64Array;
  /** Calendar index of each project. */
  readonly projCal: Int32Array;
  readonly projStartDay: Float64Array;
}

/**
 * Resolves the calendar of every task (its own `calendarId`, else its project's calendar) and
 * returns the plan of the multi-calendar path, or `null` when every calendar has the reference
 * calendar's working days (the single-axis path is then exact). Summary tasks are not scheduled
 * themselves: their calendar is checked but not used.
 */
export function planCalendars(a: CalendarPlanInput): CalendarPlan | null {
  const { fn, ref, projectCalendars, gTask, gProj, n } = a;
  const P = projectCalendars.length;
  let differ = false;
  for (let p = 0; p < P && !differ; p++) if (!projectCalendars[p]!.sameWorkingDays(ref)) differ = true;
  const own = new Map<number, WorkingCalendar>();
  if (a.withCalendar !== null)
    for (const g of a.withCalendar) {
      const id = gTask[g]!.calendarId as unknown;
      if (typeof id !== 'string' || id === '') throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${a.whereOf(g)}: calendarId must be a non-empty string, got ${show(id)}`);
      const c = a.taskCalendar(id);
      if (c === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: task ${a.whereOf(g)} names unknown calendar ${q(id)}`);
      if (a.isSum(g)) continue;
      own.set(g, c);
      if (!differ && !c.sameWorkingDays(ref)) differ = true;
    }
  if (!differ) return null;
  const { cals, idx } = calendarIndex(ref);
  const projCal = new Int32Array(P);
  for (let p = 0; p < P; p++) projCal[p] = idx(projectCalendars[p]!);
  const calOf = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const g = a.taskOfNode(k);
    const c = own.get(g);
    calOf[k] = c === undefined ? projCal[gProj[g]!]! : idx(c);
  }
  const mc = multiCalendar(fn, cals, calOf, a.originDay);
  const nodeStart = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const c = calOf[k]!;
    nodeStart[k] = cals[c]!.dayIndex(a.projStartDay[gProj[a.taskOfNode(k)]!]!) - mc.origin[c]!;
  }
  return { ...mc, nodeStart, projCal, projStartDay: a.projStartDay };
}

/** Reference-calendar offsets and day-number dates of a multi-calendar schedule. */
export interface MultiCalendarDates {
  /** Early start, early finish, late start, late finish of each node on the reference calendar. */
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  /** First working day of the reference calendar on or after the origin (day number). */
  readonly startDay: number;
  /** Last day worked in the whole schedule (day number). */
  readonly finishDay: number;
  /** Per project: first working day of its calendar on or after its start; last day worked. */
  readonly projStartDay: Float64Array;
  readonly projFinishDay: Float64Array;
}

/** What {@link calendarDates} reads (positions on each node's calendar) and rewrites (`esD` … `lfD`, to day numbers). */
export interface CalendarDatesInput {
  readonly n: number;
  readonly N: number;
  readonly es: Float64Array;
  readonly ls: Float64Array;
  readonly dur: Float64Array;
  /** Milestones whose date is the day after their boundary (null: no milestones). */
  readonly anchor: Uint8Array | null;
  readonly taskOfNode: (k: number) => number;
  readonly gProj: Int32Array;
  readonly P: number;
  readonly esD: Float64Array;
  readonly efD: Float64Array;
  readonly lsD: Float64Array;
  readonly lfD: Float64Array;
}

/**
 * Turns the per-node results of {@link runMultiCalendar} into reference offsets (a start is
 * measured at the start of its working day, a finish at its end; a milestone as its date says) and
 * the day offsets `esD` … `lfD` (positions on each node's calendar) into day numbers, in place.
 */
export function calendarDates(plan: CalendarPlan, a: CalendarDatesInput): MultiCalendarDates {
  const { n, es, ls, dur, anchor, taskOfNode, gProj, P } = a;
  const { calOf, cals, origin, nodeStart } = plan;
  const rEs = new Float64Array(n);
  const rEf = new Float64Array(n);
  const rLs = new Float64Array(n);
  const rLf = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const c = calOf[k]!;
    const d = dur[k]!;
    if (d > 0) {
      rEs[k] = transfer(plan, c, 0, es[k]!, false);
      rEf[k] = c === 0 ? es[k]! + d : positionAt(plan, 0, finishInstant(plan, c, es[k]! + d));
      rLs[k] = transfer(plan, c, 0, ls[k]!, false);
      rLf[k] = c === 0 ? ls[k]! + d : positionAt(plan, 0, finishInstant(plan, c, ls[k]! + d));
    } else {
      const startish = (x: number): boolean => (anchor !== null && anchor[k] === 1) || x <= nodeStart[k]! + EPS;
      const at = (x: number): number => (c === 0 ? x : positionAt(plan, 0, startish(x) ? startInstant(plan, c, x) : finishInstant(plan, c, x)));
      rEs[k] = rEf[k] = at(es[k]!);
      rLs[k] = rLf[k] = at(ls[k]!);
    }
    const g = taskOfNode(k);
    const cal = cals[c]!;
    const o = origin[c]!;
    a.esD[g] = dayAt(plan, cal, a.esD[g]! + o);
    a.efD[g] = dayAt(plan, cal, a.efD[g]! + o);
    a.lsD[g] = dayAt(plan, cal, a.lsD[g]! + o);
    a.lfD[g] = dayAt(plan, cal, a.lfD[g]! + o);
  }
  // Project and schedule spans: the last instant worked, from the first working day at the start.
  const projStartDay = new Float64Array(P);
  const startAt = new Float64Array(P);
  const last = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const cal = cals[plan.projCal[p]!]!;
    projStartDay[p] = dayAt(plan, cal, cal.dayIndex(plan.projStartDay[p]!));
    startAt[p] = last[p] = projStartDay[p]!;
  }
  for (let k = 0; k < n; k++) {
    const p = gProj[taskOfNode(k)]!;
    const f = finishInstant(plan, calOf[k]!, es[k]! + dur[k]!);
    if (f > last[p]!) last[p] = f;
  }
  const startDay = dayAt(plan, cals[0]!, origin[0]!);
  let end = startDay;
  const projFinishDay = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    projFinishDay[p] = last[p]! > startAt[p]! + EPS ? Math.ceil(last[p]! - EPS) - 1 : projStartDay[p]!;
    if (last[p]! > end) end = last[p]!;
  }
  const finishDay = end > startDay + EPS ? Math.ceil(end - EPS) - 1 : startDay;
  return { es: rEs, ef: rEf, ls: rLs, lf: rLf, startDay, finishDay, projStartDay, projFinishDay };
}

/**
 * Indices of calendars by working days, `ref` first (index 0): calendars with the same working
 * days share an index, so positions on them compare directly, as on one calendar. `cals[i]` is
 * the first calendar given index i.
 */
export function calendarIndex(ref: WorkingCalendar): { readonly cals: WorkingCalendar[]; readonly idx: (c: WorkingCalendar) => number } {
  const cals: WorkingCalendar[] = [ref];
  const index = new Map<WorkingCalendar, number>([[ref, 0]]);
  const idx = (c: WorkingCalendar): number => {
    let i = index.get(c);
    if (i === undefined) {
      i = cals.findIndex((x) => x.sameWorkingDays(c));
      if (i < 0) {
        i = cals.length;
        cals.push(c);
      }
      index.set(c, i);
    }
    return i;
  };
  return { cals, idx };
}
