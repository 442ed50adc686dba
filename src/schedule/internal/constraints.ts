/**
 * Date constraints, deadlines and manual starts of the tasks as bounds of the kernel's early and
 * late starts. Private to pmo-kit.
 *
 * Constraint dates are taken on each node's own calendar, as working-time positions (MS Project's
 * instants): a start constraint dated D is D at the start of the working day (the next working
 * instant when D does not work), a finish constraint D at its end (the previous working instant
 * when D does not work). The same position serves "no earlier", "no later" and "must". A
 * constraint or deadline on a summary applies to every leaf below it.
 */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import type { Wbs } from '../../internal/wbs.js';
import { CONSTRAINT_TYPES } from '../../model/task-constants.js';
import { EPS } from './kernel.js';
import type { CalendarPlan } from './multiCalendar.js';
import { fail } from './request.js';
import type { TaskTable } from './taskTable.js';

/** Bounds of the kernel's early and late starts (null: none of that kind). */
export interface StartBounds {
  /** Lower bound of each early start: project start, SNET, FNET, MSO, MFO, manual start. */
  readonly esMin: Float64Array | null;
  /** Caps of each early start, applied after the lower bound: SNLT, FNLT, MSO, MFO, manual start. */
  readonly esMax: Float64Array | null;
  /** Caps of each late start: SNLT, FNLT, MSO, MFO, deadlines. */
  readonly lsMax: Float64Array | null;
  /** Floors of each late start applied after the cap: MSO, MFO. */
  readonly lsMin: Float64Array | null;
  readonly alap: Uint8Array | null;
  /** Start-type constraint offsets of zero-duration nodes (own and inherited; for milestone dates). */
  readonly startConstraintAt: ReadonlyMap<number, readonly number[]>;
  /** The warning about constraints before their project's start, or ''. */
  readonly warning: string;
}

/** What {@link startBounds} reads. */
export interface StartBoundsInput {
  readonly fn: string;
  readonly t: TaskTable;
  readonly wbs: Wbs | null;
  /** Number of kernel nodes (the leaves) and their durations. */
  readonly n: number;
  readonly dur: Float64Array;
  readonly cal: WorkingCalendar;
  /** The multi-calendar plan, or null on one calendar. */
  readonly mc: CalendarPlan | null;
}

/**
 * The bounds of every node's start: its project's start (on its calendar), then the constraints,
 * deadlines and manual starts of its task and of the summaries above it. Throws
 * `INVALID_ARGUMENT` for a malformed constraint, date or manual start, or a constraint a summary
 * does not accept (only ASAP, SNET and FNLT, as in MS Project). O(V + Σ leaves below constrained
 * summaries).
 */
export function startBounds(a: StartBoundsInput): StartBounds {
  const { t, n, mc } = a;
  let esMin: Float64Array | null = null;
  let anyStartAfterOrigin = false;
  for (let p = 0; p < t.P; p++) if (t.projStartOff[p] !== 0) anyStartAfterOrigin = true;
  if (mc !== null) esMin = Float64Array.from(mc.nodeStart);
  else if (anyStartAfterOrigin) {
    esMin = new Float64Array(n);
    const taskOf = a.wbs === null ? null : a.wbs.taskOfLeaf;
    for (let k = 0; k < n; k++) esMin[k] = t.projStartOff[t.gProj[taskOf === null ? k : taskOf[k]!]!]!;
  }
  if (!t.hasConstraints) return { esMin, esMax: null, lsMax: null, lsMin: null, alap: null, startConstraintAt: new Map(), warning: '' };
  const r = new ConstraintReader(a, esMin);
  for (let g = 0; g < t.N; g++) r.readTask(g);
  return r.bounds();
}

/** Reads the constraints of the tasks one by one into the bounds (see {@link startBounds}). */
class ConstraintReader {
  private esMin: Float64Array | null;
  private esMax: Float64Array | null = null;
  private lsMax: Float64Array | null = null;
  private lsMin: Float64Array | null = null;
  private alap: Uint8Array | null = null;
  private readonly startConstraintAt = new Map<number, number[]>();
  /** Manually scheduled leaves: pinned at their start; no constraint (their own or a summary's) applies. */
  private readonly manualNode: Uint8Array | null = null;
  /** Tasks whose SNLT, FNLT, MSO or MFO places them before their project's start, and the first such constraint. */
  private readonly early: string[] = [];
  private earlyExample = '';
  /** The task whose constraint is being applied (to its leaves). */
  private owner = -1;

  constructor(
    private readonly a: StartBoundsInput,
    esMin: Float64Array | null,
  ) {
    this.esMin = esMin;
    const { t, wbs, n } = a;
    let manualNode: Uint8Array | null = null;
    for (let g = 0; g < t.N; g++)
      if (t.gTask[g]!.manualStart !== undefined && !(wbs !== null && wbs.isSummary[g] === 1)) (manualNode ??= new Uint8Array(n))[wbs === null ? g : wbs.leafOf[g]!] = 1;
    this.manualNode = manualNode;
  }

  /** The bounds read so far, with the warning about early constraints. */
  bounds(): StartBounds {
    const { esMin, esMax, lsMax, lsMin, alap, startConstraintAt, early } = this;
    const k = early.length;
    const one = k === 1;
    const whose = this.a.t.single ? "the project's" : 'their project';
    const warning =
      k === 0
        ? ''
        : `${k} task${one ? '' : 's'} ha${one ? 's' : 've'} an SNLT, FNLT, MSO or MFO constraint that places ${one ? 'it' : 'them'} before ${whose} start ` +
          `(e.g. ${this.earlyExample}); as in MS Project, the constraint wins: the task is scheduled before the project start`;
    return { esMin, esMax, lsMax, lsMin, alap, startConstraintAt, warning };
  }

  private isSum(g: number): boolean {
    return this.a.wbs !== null && this.a.wbs.isSummary[g] === 1;
  }

  private nodeOf(g: number): number {
    return this.a.wbs === null ? g : this.a.wbs.leafOf[g]!;
  }

  /** Calls `f` on the node of task g, or on the nodes of the leaves below summary g. */
  private forLeaves(g: number, f: (k: number) => void): void {
    const w = this.a.wbs;
    if (w === null || w.isSummary[g] === 0) f(this.nodeOf(g));
    else for (let i = w.leafLo[g]!; i < w.leafHi[g]!; i++) f(w.leafSeq[i]!);
  }

  private calOf(k: number): WorkingCalendar {
    const mc = this.a.mc;
    return mc === null ? this.a.cal : mc.cals[mc.calOf[k]!]!;
  }

  private originOf(k: number): number {
    const mc = this.a.mc;
    return mc === null ? this.a.t.O : mc.origin[mc.calOf[k]!]!;
  }

  /** Position of a start dated `d` on node k's calendar. */
  private startAt(d: number, k: number): number {
    return this.calOf(k).dayIndex(d) - this.originOf(k);
  }

  /** Position of a finish dated `d` on node k's calendar. */
  private finishAt(d: number, k: number): number {
    return this.calOf(k).dayIndex(d + 1) - this.originOf(k);
  }

  /** Project start of node k (on its own calendar on the multi-calendar path). */
  private startOf(k: number): number {
    const { t, wbs, mc } = this.a;
    return mc !== null ? mc.nodeStart[k]! : t.projStartOff[t.gProj[wbs === null ? k : wbs.taskOfLeaf[k]!]!]!;
  }

  /** Reads task g's manual start, constraint and deadline. */
  readTask(g: number): void {
    const { fn, t } = this.a;
    const task = t.gTask[g]!;
    const c = task.constraint as unknown;
    const manual = task.manualStart as unknown;
    const where = (): string => t.whereOf(g);
    if (manual !== undefined) {
      // As MS Project: a manually scheduled task keeps its start; its constraint does not apply.
      const day = typeof manual === 'string' ? dayNumber(manual) : undefined;
      if (day === undefined) fail(`${fn}: task ${where()}: manualStart must be an existing day as YYYY-MM-DD, got ${show(manual)}`);
      if (this.isSum(g)) fail(`${fn}: summary task ${where()} has a manualStart; only tasks without subtasks can be scheduled manually`);
      const k = this.nodeOf(g);
      this.pin(k, this.startAt(day, k));
    } else if (c !== undefined) {
      if (typeof c !== 'object' || c === null) fail(`${fn}: task ${where()}: constraint must be an object, got ${show(c)}`);
      const { type, date } = c as { type?: unknown; date?: unknown };
      if (!(CONSTRAINT_TYPES as readonly unknown[]).includes(type))
        fail(`${fn}: task ${where()}: unknown constraint type ${show(type)}; expected one of ${CONSTRAINT_TYPES.join(', ')}`);
      if (type === 'ALAP') {
        if (this.isSum(g)) fail(`${fn}: summary task ${where()} has constraint ALAP; summary tasks accept only ASAP, SNET and FNLT (as in MS Project)`);
        (this.alap ??= new Uint8Array(this.a.n))[this.nodeOf(g)] = 1;
      } else if (type !== 'ASAP') {
        const day = typeof date === 'string' ? dayNumber(date) : undefined;
        if (day === undefined) fail(`${fn}: task ${where()}: constraint ${String(type)} needs an existing date as YYYY-MM-DD, got ${show(date)}`);
        if (this.isSum(g) && type !== 'SNET' && type !== 'FNLT')
          fail(`${fn}: summary task ${where()} has constraint ${String(type)}; summary tasks accept only ASAP, SNET and FNLT (as in MS Project)`);
        this.owner = g;
        this.forLeaves(g, (k) => this.apply(k, type as string, day));
      }
    }
    if (task.deadline !== undefined) {
      const day = typeof task.deadline === 'string' ? dayNumber(task.deadline) : undefined;
      if (day === undefined) fail(`${fn}: task ${where()}: deadline must be an existing day as YYYY-MM-DD, got ${show(task.deadline)}`);
      this.forLeaves(g, (k) => this.capLs(k, this.finishAt(day, k) - this.a.dur[k]!));
    }
  }

  /** Applies a dated constraint of the current owner to node k. */
  private apply(k: number, type: string, day: number): void {
    if (this.manualNode !== null && this.manualNode[k] === 1) return;
    const dk = this.a.dur[k]!;
    let c: number;
    switch (type) {
      case 'SNET':
        this.lo(k, (c = this.startAt(day, k)));
        break;
      case 'FNET':
        this.lo(k, this.finishAt(day, k) - dk);
        return;
      case 'SNLT':
        c = this.startAt(day, k);
        this.capAt(k, type, c);
        this.capEs(k, c);
        this.capLs(k, c);
        break;
      case 'FNLT':
        c = this.finishAt(day, k) - dk;
        this.capAt(k, type, c);
        this.capEs(k, c);
        this.capLs(k, c);
        return;
      case 'MSO':
        c = this.startAt(day, k);
        this.must(k, type, c);
        break;
      case 'MFO':
        this.must(k, type, this.finishAt(day, k) - dk);
        return;
      default:
        return;
    }
    if (dk === 0) this.noteStart(k, c);
  }

  /** MSO and MFO: the start is exactly `c`, early and late. */
  private must(k: number, type: string, c: number): void {
    this.capAt(k, type, c);
    this.lo(k, c);
    this.capEs(k, c);
    this.capLs(k, c);
    this.floorLs(k, c);
  }

  /** A manually scheduled task starts on its date whatever its links; its late dates stay free. */
  private pin(k: number, c: number): void {
    this.lo(k, c);
    this.capEs(k, c);
    if (this.a.dur[k] === 0) this.noteStart(k, c);
  }

  /** Records a start constraint of milestone k (it anchors the milestone's date). */
  private noteStart(k: number, c: number): void {
    const list = this.startConstraintAt.get(k);
    if (list === undefined) this.startConstraintAt.set(k, [c]);
    else list.push(c);
  }

  /** Notes the owner when its constraint places node k before its project's start. */
  private capAt(k: number, type: string, c: number): void {
    const { early, owner } = this;
    const names = this.a.t.names;
    if (c < this.startOf(k) - EPS && early[early.length - 1] !== names[owner]) {
      early.push(names[owner]!);
      if (early.length === 1) this.earlyExample = `${this.a.t.whereOf(owner)} has ${type} ${String(this.a.t.gTask[owner]!.constraint!.date)}`;
    }
  }

  private lo(k: number, c: number): void {
    const esMin = (this.esMin ??= new Float64Array(this.a.n));
    if (c > esMin[k]!) esMin[k] = c;
  }

  private capEs(k: number, c: number): void {
    const esMax = (this.esMax ??= new Float64Array(this.a.n).fill(Infinity));
    if (c < esMax[k]!) esMax[k] = c;
  }

  private capLs(k: number, c: number): void {
    const lsMax = (this.lsMax ??= new Float64Array(this.a.n).fill(Infinity));
    if (c < lsMax[k]!) lsMax[k] = c;
  }

  private floorLs(k: number, c: number): void {
    const lsMin = (this.lsMin ??= new Float64Array(this.a.n).fill(-Infinity));
    if (c > lsMin[k]!) lsMin[k] = c;
  }
}
