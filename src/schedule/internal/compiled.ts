/**
 * A schedule network compiled once and run many times with new durations (Monte Carlo, what-if
 * loops). Private to pmo-kit; the public face is `compileSchedule` (../compileSchedule.ts).
 *
 * Compiling runs the engine's reading stages once, as `scheduleCore` does (tasks, WBS, calendars,
 * links, constraints) and checks the network by one deterministic run (a cycle throws there). A
 * run then only fills the leaves' durations and runs the kernel:
 *
 * - the **general path** runs the very stages of `scheduleCore` that depend on durations: the
 *   constraint bounds (an FNET or FNLT bound is a finish date minus the duration), the kernel
 *   (kernel.ts, or multiCalendar.ts with several calendars) and, with several calendars, the
 *   conversion of every node to reference offsets (milestones.ts, `calendarDates`), with scratch
 *   arrays recycled from run to run (recycle.ts);
 * - the **fast path** (one calendar, no constraint, deadline or manual start, `lateFinish`
 *   `'portfolio'`: the usual case) keeps what does not depend on durations (the CSR adjacency by
 *   source and by target, each link's lag and type, the topological order) and runs the kernel's
 *   two passes over them: the same difference constraints, `ES[v] >= ES[u] + w`, with the same
 *   floating-point expressions as kernel.ts (each maximum and minimum is exact, so the order in
 *   which links are taken does not matter), so its results are bit-for-bit the kernel's (a test
 *   compares both paths with `schedule` on random networks).
 *
 * A **forecast** (`progress` not `'plan'`, compiledForecast.ts) reads the tasks' progress once; its
 * runs turn each task's work left into kernel durations, apply the progress's start bounds, clear
 * complete tasks' critical flags and put in-progress tasks' late start at their actual start, as
 * `scheduleCore` does; it always takes the general path. `drivingLinks` runs the general path with
 * the kernel's tightness of every link slot.
 *
 * Offsets are on the reference calendar, as in `ScheduledTask`; floats are in working days of each
 * task's own calendar; summaries are rolled up from their leaves (earliest start, latest finish,
 * least float, critical when a leaf is).
 */
import type { Task } from '../../model/task.js';
import { PmoError, CycleError } from '../../errors.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import type { Wbs } from '../../internal/wbs.js';
import { calendarDates, runMultiCalendar, type CalendarPlan } from './multiCalendar.js';
import { startBounds, type StartBounds } from './constraints.js';
import { buildCsr, EPS, KernelCycle, runKernel, type KernelResult } from './kernel.js';
import { readLinks, type NodeLinks } from './links.js';
import { milestoneAnchors } from './milestones.js';
import type { CoreRequest } from './request.js';
import { RecycleAlloc } from './recycle.js';
import { scheduleSpan } from './taskDates.js';
import { readFrame } from './frame.js';
import type { TaskTable } from './taskTable.js';
import type { CompiledLinks, CompiledScheduleOutput } from '../compiledTypes.js';
import { forecastBounds, forecastCritical, forecastDurations, forecastLateStarts, readForecast, type Forecast } from './compiledForecast.js';

/** Where a run writes its per-task values (each array of length >= the task count; any may be left out). */
export type RunOutput = CompiledScheduleOutput;

/** A compiled network (see the module comment). */
export interface CompiledNetwork {
  readonly taskCount: number;
  readonly projectCount: number;
  /** What results call each task: its id (one project) or its key `projectId/taskId`. */
  readonly names: readonly string[];
  readonly tasks: readonly Task[];
  readonly projectOf: Int32Array;
  /** 1 for a WBS summary (its duration is not read; its values are rolled up). */
  readonly isSummary: Uint8Array;
  /** Start offset of each project on the reference calendar. */
  readonly projectStart: Float64Array;
  /** Whether runs take the fast path. */
  readonly fast: boolean;
  /** The progress read (a forecast: runs take the work left), or null (the plan). */
  readonly forecast: Forecast | null;
  /** The links as the kernel schedules them (summary links expanded to leaves), on task indices. */
  readonly taskLinks: CompiledLinks;
  /** Per link of `taskLinks`: 1 when it drives its successor in the early schedule with these durations. */
  drivingLinks(durations: ArrayLike<number>): Uint8Array;
  /** Schedules with `durations[g]` (task g; summaries ignored), writes `out`, returns the finish. */
  run(durations: ArrayLike<number>, out: RunOutput): number;
  /** The working day of a finish at `offset` (the last day worked), `YYYY-MM-DD`. */
  finishDate(offset: number): string;
  /** The working day of a start at `offset`, `YYYY-MM-DD`. */
  startDate(offset: number): string;
  /** The offset at the end of day `date`'s working time (a finish at most this is on or before `date`); throws for a malformed date. */
  finishOffset(date: string): number;
}

/** Compiles a schedule request. Throws what `scheduleCore` throws for the same request. */
export function compileNetwork(req: CoreRequest): CompiledNetwork {
  const { t, wbs, n, taskOfNode, mc } = readFrame(req);
  const links = readLinks(req, t, wbs);
  const dur = new Float64Array(n);
  const forecast = readForecast(req, t, wbs, n, taskOfNode, mc);
  const net = new Network(req, t, wbs, n, taskOfNode, mc, links, dur, forecast);
  // The deterministic run checks the network (cycles) and the constraints once.
  net.run(forecast === null ? t.gTask.map((x) => x.duration) : forecast.left, {});
  return net;
}

/** The compiled network and its two run paths. */
class Network implements CompiledNetwork {
  readonly taskCount: number;
  readonly projectCount: number;
  readonly names: readonly string[];
  readonly tasks: readonly Task[];
  readonly projectOf: Int32Array;
  readonly isSummary: Uint8Array;
  readonly projectStart: Float64Array;
  readonly fast: boolean;
  private linkView: CompiledNetwork['taskLinks'] | null = null;
  private esScratch: Float64Array | null = null;
  private readonly alloc = new RecycleAlloc();
  private bounds0: StartBounds | null = null;
  private group: Int32Array | null = null;
  // Fast path: the network without durations.
  private off: Int32Array | null = null;
  private tgt: Int32Array | null = null;
  // The same links by target (the forward pass pulls): per target v its in-slots inOff[v] … inOff[v + 1] - 1,
  // each with its source, lag, 0/1 multipliers (1 when the weight adds the source's duration:
  // FS, FF; 1 when it subtracts the target's: FF, SF) and the out-slot its weight is kept at.
  private inOff: Int32Array | null = null;
  private inSrc: Int32Array | null = null;
  private inLag: Float64Array | null = null;
  private inAddU: Float64Array | null = null;
  private inSubV: Float64Array | null = null;
  private inSlot: Int32Array | null = null;
  private order: Int32Array | null = null;
  private w: Float64Array | null = null;
  private es: Float64Array | null = null;
  private ls: Float64Array | null = null;
  private tf: Float64Array | null = null;
  private cr: Uint8Array | null = null;

  constructor(
    private readonly req: CoreRequest,
    private readonly t: TaskTable,
    private readonly wbs: Wbs | null,
    private readonly n: number,
    private readonly taskOfNode: (k: number) => number,
    private readonly mc: CalendarPlan | null,
    private readonly links: NodeLinks,
    private readonly dur: Float64Array,
    readonly forecast: Forecast | null = null,
  ) {
    this.taskCount = t.N;
    this.projectCount = t.P;
    this.names = t.names;
    this.tasks = t.gTask;
    this.projectOf = t.gProj;
    this.isSummary = wbs === null ? new Uint8Array(t.N) : wbs.isSummary;
    this.projectStart = t.projStartOff;
    if (req.lateFinish === 'project') {
      this.group = new Int32Array(n);
      for (let k = 0; k < n; k++) this.group[k] = t.gProj[taskOfNode(k)]!;
    }
    this.fast = mc === null && !t.hasConstraints && this.group === null && forecast === null;
  }

  run(durations: ArrayLike<number>, out: RunOutput): number {
    this.fillDurations(durations);
    if (this.forecast !== null) return this.runForecast(out);
    return this.fast && this.order !== null ? this.runFast(out) : this.runGeneral(out);
  }

  finishDate(offset: number): string {
    const key = offset > EPS ? Math.ceil(offset - EPS) - 1 : 0;
    return this.dateAtKey(key);
  }

  startDate(offset: number): string {
    return this.dateAtKey(Math.floor(offset + EPS));
  }

  finishOffset(date: string): number {
    const day = typeof date === 'string' ? dayNumber(date) : undefined;
    if (day === undefined) throw new PmoError('INVALID_ARGUMENT', `${this.req.fn}: expected a day as YYYY-MM-DD, got ${show(date)}`);
    return this.req.calendar.dayIndex(day + 1) - this.t.O;
  }

  private dateAtKey(key: number): string {
    const { fn, calendar } = this.req;
    const { O, originDay } = this.t;
    return isoFromDayNumber(calendar.dayAtIndexOrThrow(fn, O + key, originDay), fn);
  }

  /** The leaves' durations from the per-task `durations`; throws for a value that is not a finite number >= 0. */
  private fillDurations(d: ArrayLike<number>): void {
    const { n, dur, taskOfNode } = this;
    if (d.length < this.taskCount) throw new PmoError('INVALID_ARGUMENT', `${this.req.fn}: expected ${this.taskCount} durations, got ${d.length}`);
    if (this.wbs === null) {
      // Nodes are tasks: a plain copy, checked.
      for (let k = 0; k < n; k++) {
        const x = d[k]!;
        if (typeof x !== 'number' || !(x >= 0 && x < Infinity)) this.badDuration(k, x);
        dur[k] = x;
      }
      return;
    }
    for (let k = 0; k < n; k++) {
      const x = d[taskOfNode(k)]!;
      if (typeof x !== 'number' || !(x >= 0 && x < Infinity)) this.badDuration(taskOfNode(k), x);
      dur[k] = x;
    }
  }

  private badDuration(g: number, x: number): never {
    throw new PmoError('INVALID_ARGUMENT', `${this.req.fn}: duration of task ${this.t.whereOf(g)} must be a finite number >= 0, got ${show(x)}`);
  }

  /** The stages of `scheduleCore` that depend on durations, on recycled scratch arrays. */
  private runGeneral(out: RunOutput): number {
    const { t, n, dur, mc, alloc } = this;
    alloc.reset();
    const b = this.bounds();
    const res = this.kernel(b, false);
    if (this.fast && this.order === null) this.keepNetwork(res);
    let es = res.es;
    let ls = res.ls;
    let ef: Float64Array | null = null;
    let lf: Float64Array | null = null;
    let mcd = null;
    if (mc !== null) {
      const startOf = (k: number): number => mc.nodeStart[k]!;
      const anchor = milestoneAnchors(n, dur, res, res.tight!, startOf, b.startConstraintAt);
      const N = t.N;
      const zero = (): Float64Array => alloc.f64(N);
      mcd = calendarDates(mc, { n, N, es, ls, dur, anchor, taskOfNode: this.taskOfNode, gProj: t.gProj, P: t.P, esD: zero(), efD: zero(), lsD: zero(), lfD: zero() });
      es = mcd.es;
      ls = mcd.ls;
      ef = mcd.ef;
      lf = mcd.lf;
    }
    this.write(out, es, ef, ls, lf, res.tf, res.critical);
    const span = scheduleSpan({ n, es: res.es, dur, gProj: t.gProj, taskOf: this.wbs === null ? null : this.wbs.taskOfLeaf, projStartOff: t.projStartOff, kernelFinish: res.finish, mcd });
    if (out.projectFinish !== undefined) out.projectFinish.set(span.projFinish);
    return span.finish;
  }

  /** A run of the forecast: the work left after the progress, and in-progress tasks' late start at their actual start (as `schedule`). */
  private runForecast(out: RunOutput): number {
    const f = this.forecast!;
    forecastDurations(f, this.dur, this.n);
    if (out.lateStart === undefined) return this.runGeneral(out);
    const es = out.earlyStart ?? (this.esScratch ??= new Float64Array(this.taskCount));
    const finish = this.runGeneral(out.earlyStart === undefined ? { ...out, earlyStart: es } : out);
    forecastLateStarts(f, es, out.lateStart);
    return finish;
  }

  /** The start bounds of a run (those of the first run kept when they do not depend on durations). */
  private bounds(): StartBounds {
    const { req, t, n, dur, mc } = this;
    if (this.bounds0 !== null && !t.hasConstraints && this.forecast === null) return this.bounds0;
    const b = startBounds({ fn: req.fn, t, wbs: this.wbs, n, dur, cal: req.calendar, mc });
    if (this.forecast !== null) return forecastBounds(this.forecast, b, n, dur);
    this.bounds0 ??= b;
    return b;
  }

  /** The kernel (kernel.ts, or multiCalendar.ts with several calendars) on the filled durations; `tight` asks for the slots' tightness. */
  private kernel(b: StartBounds, tight: boolean): KernelResult {
    const { req, t, n, dur, mc, links, alloc } = this;
    const { m, from, to, type, lag } = links;
    let res: KernelResult;
    try {
      if (mc !== null) {
        const groupFloor = this.group === null ? null : Float64Array.from(t.projStartDay);
        res = runMultiCalendar({ mc, n, duration: dur, m, from, to, type, lag, inherited: links.inherited, esMin: b.esMin!, esMax: b.esMax, lsMax: b.lsMax, lsMin: b.lsMin, alap: b.alap, group: this.group, groupFloor, criticalThreshold: req.options.criticalThreshold, alloc });
      } else {
        const groupFloor = this.group === null ? null : Float64Array.from(t.projStartOff);
        res = runKernel({ n, duration: dur, m, from, to, type, lag, esMin: b.esMin, esMax: b.esMax, lsMax: b.lsMax, lsMin: b.lsMin, alap: b.alap, group: this.group, groupFloor, criticalThreshold: req.options.criticalThreshold, alloc, tight });
      }
    } catch (err) {
      if (err instanceof KernelCycle) throw new CycleError(req.fn, err.nodes.map((k) => t.names[this.taskOfNode(k)]!));
      throw err;
    }
    if (this.forecast !== null) forecastCritical(this.forecast, res.critical, n);
    return res;
  }

  get taskLinks(): CompiledNetwork['taskLinks'] {
    if (this.linkView === null) {
      const { m, from, to, type, lag } = this.links;
      const f = new Int32Array(m);
      const g = new Int32Array(m);
      for (let e = 0; e < m; e++) {
        f[e] = this.taskOfNode(from[e]!);
        g[e] = this.taskOfNode(to[e]!);
      }
      this.linkView = { count: m, from: f, to: g, type: type.slice(0, m), lag: lag.slice(0, m) };
    }
    return this.linkView;
  }

  drivingLinks(durations: ArrayLike<number>): Uint8Array {
    this.fillDurations(durations);
    if (this.forecast !== null) forecastDurations(this.forecast, this.dur, this.n);
    this.alloc.reset();
    const res = this.kernel(this.bounds(), true);
    const tight = res.tight!;
    // CSR slots hold each source's links in link order (kernel.ts buildCsr).
    const { m, from } = this.links;
    const fill = Int32Array.from(res.off.subarray(0, this.n));
    const out = new Uint8Array(m);
    for (let e = 0; e < m; e++) out[e] = tight[fill[from[e]!]!++]!;
    return out;
  }

  /** Keeps the durations-free network of a fast-path run: CSR, lags, types, order. */
  private keepNetwork(res: KernelResult): void {
    const { n, links } = this;
    const zero = new Float64Array(n);
    // With zero durations every slot's weight is its lag exactly (kernel.ts).
    const csr = buildCsr({ n, duration: zero, m: links.m, from: links.from, to: links.to, type: links.type, lag: links.lag });
    this.off = csr.off;
    this.tgt = csr.tgt;
    const m = csr.styp.length;
    const inOff = new Int32Array(n + 1);
    for (let s = 0; s < m; s++) inOff[csr.tgt[s]! + 1]!++;
    for (let v = 0; v < n; v++) inOff[v + 1]! += inOff[v]!;
    const fill = inOff.slice(0, n);
    this.inSrc = new Int32Array(m);
    this.inLag = new Float64Array(m);
    this.inAddU = new Float64Array(m);
    this.inSubV = new Float64Array(m);
    this.inSlot = new Int32Array(m);
    for (let u = 0; u < n; u++)
      for (let s = csr.off[u]!; s < csr.off[u + 1]!; s++) {
        const q = fill[csr.tgt[s]!]!++;
        const t = csr.styp[s]!;
        this.inSrc[q] = u;
        this.inLag[q] = csr.w[s]!;
        this.inAddU[q] = (t & 1) === 0 ? 1 : 0;
        this.inSubV[q] = (t & 2) !== 0 ? 1 : 0;
        this.inSlot[q] = s;
      }
    this.inOff = inOff;
    this.order = Int32Array.from(res.order);
    this.w = new Float64Array(csr.w.length);
    this.es = new Float64Array(n);
    this.ls = new Float64Array(n);
    this.tf = new Float64Array(n);
    this.cr = new Uint8Array(n);
  }

  /** The kernel's forward and backward passes (kernel.ts, fast path) over the kept network. */
  private runFast(out: RunOutput): number {
    const { n, dur } = this;
    const off = this.off!;
    const tgt = this.tgt!;
    const order = this.order!;
    const w = this.w!;
    const es = this.es!;
    const ls = this.ls!;
    const tf = this.tf!;
    const cr = this.cr!;
    const kernelFinish = forward(n, this.inOff!, this.inSrc!, this.inAddU!, this.inSubV!, this.inLag!, this.inSlot!, order, dur, w, es, this.bounds0!.esMin);
    const thr = this.req.options.criticalThreshold + EPS;
    // Without total floats to report and with a threshold >= EPS, snapping floats within EPS of 0
    // to 0 never changes a critical flag (|f| < EPS <= thr either way): the lighter pass.
    if (out.totalFloat === undefined && thr >= EPS) backwardCritical(n, off, tgt, w, order, dur, es, kernelFinish, ls, cr, thr);
    else backward(n, off, tgt, w, order, dur, es, kernelFinish, ls, tf, cr, thr);
    this.write(out, es, null, ls, null, tf, cr);
    const ps = this.t.projStartOff;
    let finish = kernelFinish;
    for (let p = 0; p < ps.length; p++) if (ps[p]! > finish) finish = ps[p]!;
    if (out.projectFinish !== undefined) projectFinishes(out.projectFinish, ps, n, es, dur, this.t.gProj, this.taskOfNode);
    return finish;
  }

  /** Writes the nodes' values into the caller's per-task arrays, summaries rolled up. */
  private write(out: RunOutput, es: Float64Array, ef: Float64Array | null, ls: Float64Array, lf: Float64Array | null, tf: Float64Array, cr: Uint8Array): void {
    const { n, dur, taskOfNode } = this;
    const { earlyStart: ES, earlyFinish: EF, lateStart: LS, lateFinish: LF, totalFloat: TF, critical: CR } = out;
    if (this.wbs === null) {
      // Nodes are tasks: copies (the fast path's arrays are n long: no view to allocate per run).
      if (ES !== undefined) ES.set(es.length === n ? es : es.subarray(0, n));
      if (LS !== undefined) LS.set(ls.length === n ? ls : ls.subarray(0, n));
      if (TF !== undefined) TF.set(tf.length === n ? tf : tf.subarray(0, n));
      if (CR !== undefined) CR.set(cr.length === n ? cr : cr.subarray(0, n));
      if (EF !== undefined) for (let k = 0; k < n; k++) EF[k] = ef === null ? es[k]! + dur[k]! : ef[k]!;
      if (LF !== undefined) for (let k = 0; k < n; k++) LF[k] = lf === null ? ls[k]! + dur[k]! : lf[k]!;
      return;
    }
    for (let k = 0; k < n; k++) {
      const g = taskOfNode(k);
      if (ES !== undefined) ES[g] = es[k]!;
      if (EF !== undefined) EF[g] = ef === null ? es[k]! + dur[k]! : ef[k]!;
      if (LS !== undefined) LS[g] = ls[k]!;
      if (LF !== undefined) LF[g] = lf === null ? ls[k]! + dur[k]! : lf[k]!;
      if (TF !== undefined) TF[g] = tf[k]!;
      if (CR !== undefined) CR[g] = cr[k]!;
    }
    if (this.wbs !== null) rollUpInto(this.wbs, out);
  }
}

/**
 * Forward pass in the kept topological order, pulling each node's early start from its
 * predecessors (its in-slots, so the maximum stays in a register: one store per node, not one
 * per link); writes each link's weight at its out-slot `inSlot[q]` for the backward pass; returns
 * the largest early finish (>= 0). ES[v] is the maximum of its floor (esMin, else 0) and
 * ES[u] + w over its links, the same maximum kernel.ts's forward pass reaches by pushing, so the
 * same bits. The weight is kernel.ts's `lag + (FS|FF ? du : 0) - (FF|SF ? dv : 0)` written as
 * `lag + addU·du - subV·dv` with 0/1 multipliers, without a branch on the link type (a mix of
 * types mispredicts it): the same bits, since 1·x = x, lag + ±0 = lag for a kept lag (never -0:
 * it is lag + 0 - 0) and y - ±0 = y for y = lag + addU·du (never -0 either).
 */
function forward(
  n: number,
  inOff: Int32Array,
  inSrc: Int32Array,
  addU: Float64Array,
  subV: Float64Array,
  lag: Float64Array,
  inSlot: Int32Array,
  order: Int32Array,
  d: Float64Array,
  w: Float64Array,
  es: Float64Array,
  esMin: Float64Array | null,
): number {
  let finish = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const dv = d[v]!;
    let e = esMin === null ? 0 : esMin[v]!;
    for (let q = inOff[v]!, end = inOff[v + 1]!; q < end; q++) {
      const u = inSrc[q]!;
      // The expression of kernel.ts's scatterLinks, evaluated in the same order.
      const ww = lag[q]! + addU[q]! * d[u]! - subV[q]! * dv;
      w[inSlot[q]!] = ww;
      const b = es[u]! + ww;
      if (b > e) e = b;
    }
    es[v] = e;
    const f = e + dv;
    if (f > finish) finish = f;
  }
  return finish;
}

/** Backward pass, total floats and critical flags, as kernel.ts's fast-path backward pass. */
function backward(n: number, off: Int32Array, tgt: Int32Array, w: Float64Array, order: Int32Array, d: Float64Array, es: Float64Array, finish: number, ls: Float64Array, tf: Float64Array, cr: Uint8Array, thr: number): void {
  // A local copy: an imported binding can cost a property load per use in some module formats.
  const eps = EPS;
  for (let i = n - 1; i >= 0; i--) {
    const u = order[i]!;
    let l = finish - d[u]!;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const a = ls[tgt[s]!]! - w[s]!;
      if (a < l) l = a;
    }
    ls[u] = l;
    let f = l - es[u]!;
    if (f < eps && f > -eps) f = 0;
    tf[u] = f;
    cr[u] = f <= thr ? 1 : 0;
  }
}

/** {@link backward} without the total floats: late starts and critical flags only (the same flags when thr >= EPS). */
function backwardCritical(n: number, off: Int32Array, tgt: Int32Array, w: Float64Array, order: Int32Array, d: Float64Array, es: Float64Array, finish: number, ls: Float64Array, cr: Uint8Array, thr: number): void {
  for (let i = n - 1; i >= 0; i--) {
    const u = order[i]!;
    let l = finish - d[u]!;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const a = ls[tgt[s]!]! - w[s]!;
      if (a < l) l = a;
    }
    ls[u] = l;
    cr[u] = l - es[u]! <= thr ? 1 : 0;
  }
}

/** Each project's finish: its start, raised to the early finishes of its tasks. */
function projectFinishes(out: Float64Array, start: Float64Array, n: number, es: Float64Array, dur: Float64Array, gProj: Int32Array, taskOfNode: (k: number) => number): void {
  out.set(start);
  for (let k = 0; k < n; k++) {
    const p = gProj[taskOfNode(k)]!;
    const f = es[k]! + dur[k]!;
    if (f > out[p]!) out[p] = f;
  }
}

/** Rolls the leaves' values up to the summaries (as summaries.ts's rollUp), in the caller's arrays. */
function rollUpInto(w: Wbs, out: RunOutput): void {
  const { N, isSummary, preSeq, parent } = w;
  const { earlyStart: ES, earlyFinish: EF, lateStart: LS, lateFinish: LF, totalFloat: TF, critical: CR } = out;
  for (let g = 0; g < N; g++)
    if (isSummary[g] === 1) {
      if (ES !== undefined) ES[g] = Infinity;
      if (EF !== undefined) EF[g] = -Infinity;
      if (LS !== undefined) LS[g] = Infinity;
      if (LF !== undefined) LF[g] = -Infinity;
      if (TF !== undefined) TF[g] = Infinity;
      if (CR !== undefined) CR[g] = 0;
    }
  for (let i = N - 1; i >= 0; i--) {
    const g = preSeq[i]!;
    const pg = parent[g]!;
    if (pg < 0) continue;
    if (ES !== undefined && ES[g]! < ES[pg]!) ES[pg] = ES[g]!;
    if (EF !== undefined && EF[g]! > EF[pg]!) EF[pg] = EF[g]!;
    if (LS !== undefined && LS[g]! < LS[pg]!) LS[pg] = LS[g]!;
    if (LF !== undefined && LF[g]! > LF[pg]!) LF[pg] = LF[g]!;
    if (TF !== undefined && TF[g]! < TF[pg]!) TF[pg] = TF[g]!;
    if (CR !== undefined && CR[g] === 1) CR[pg] = 1;
  }
}
