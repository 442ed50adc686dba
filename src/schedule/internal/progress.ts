/**
 * Progress in the schedule engine: the tasks' actual dates, percent complete, remaining duration
 * and resume day, and the status date, as kernel durations and start bounds (docs/progress.md).
 * Private to pmo-kit. O(V); nothing runs when no task reports progress and no status date is
 * known, so plans are scheduled exactly as without this stage.
 *
 * Positions are on each node's own calendar (the reference calendar on the single-axis path): a
 * start dated D is the start of D's working time, a finish dated D its end, as constraints are.
 */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import type { Project } from '../../model/project.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import type { Wbs } from '../../internal/wbs.js';
import type { StartBounds } from './constraints.js';
import { EPS } from './kernel.js';
import type { CalendarPlan } from './multiCalendar.js';
import { fail } from './request.js';
import type { TaskTable } from './taskTable.js';

/** Progress states of a node. */
export const NOT_STARTED = 0;
/** Started (an actual start), not complete. */
export const IN_PROGRESS = 1;
/** Complete: an actual finish, or 100 %. */
export const COMPLETE = 2;

/** The progress of every kernel node. */
export interface Progress {
  /** {@link NOT_STARTED}, {@link IN_PROGRESS} or {@link COMPLETE} per node. */
  readonly state: Uint8Array;
  /** Pinned start position of each started node with actual dates; NaN for the others. */
  readonly pin: Float64Array;
  /** Floor of each node's start from its project's status date (-Infinity: none); null: no status date. */
  readonly floor: Float64Array | null;
  /** Percent complete and remaining duration (days of the node's calendar) of each node. */
  readonly percent: Float64Array;
  readonly remaining: Float64Array;
  /** Of each in-progress node, where its work left resumes, from its actual start (its kernel duration is this plus its remaining duration); NaN for the others. */
  readonly resume: Float64Array;
  /** Status date of each project (UTC day number; NaN: none). */
  readonly statusDay: Float64Array;
  /** Warnings: progress the schedule reads otherwise than it looks, actual dates after the status date. */
  readonly warnings: string[];
}

/** What {@link readProgress} reads; `dur` (the kernel durations) is rewritten for started nodes. */
export interface ProgressInput {
  readonly fn: string;
  readonly t: TaskTable;
  readonly wbs: Wbs | null;
  readonly n: number;
  readonly dur: Float64Array;
  readonly cal: WorkingCalendar;
  readonly mc: CalendarPlan | null;
  readonly projects: readonly Project[];
  /** The status date option (checked by the caller), else each project's `statusDate`. */
  readonly statusDate: string | undefined;
}

/** A date field of a task or project as a day number, or `undefined` when absent; throws when malformed. */
function dateField(fn: string, where: () => string, field: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const d = typeof v === 'string' ? dayNumber(v) : undefined;
  if (d === undefined) fail(`${fn}: ${where()}: ${field} must be an existing day as YYYY-MM-DD, got ${show(v)}`);
  return d;
}

/** A number field in `[0, max]`, or `undefined` when absent; throws when malformed. */
function numberField(fn: string, where: () => string, field: string, v: unknown, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !(v >= 0 && v <= max))
    fail(`${fn}: ${where()}: ${field} must be a ${max === Number.MAX_VALUE ? 'finite number >= 0' : `number from 0 to ${max}`}, got ${show(v)}`);
  return v;
}

/** Collects the tasks of one kind of warning, and says it once with the first few examples. */
class WarningList {
  private readonly items: string[] = [];
  constructor(private readonly text: (n: number, examples: string) => string) {}
  add(item: string): void {
    this.items.push(item);
  }
  flush(out: string[]): void {
    const k = this.items.length;
    if (k > 0) out.push(this.text(k, this.items.slice(0, 3).join('; ') + (k > 3 ? '; …' : '')));
  }
}

/**
 * Reads the progress of every node (a leaf task; progress on summaries is rolled up from their
 * leaves, not read), rewrites the kernel duration of started nodes (a complete task lasts from its
 * actual start to its actual finish; an in-progress task from its actual start to its resume point
 * plus its remaining duration) and returns their pins, or `null` when no task reports progress and
 * no status date is known. Throws `INVALID_ARGUMENT` for a malformed field or an actual finish
 * before the actual start. O(V).
 */
export function readProgress(a: ProgressInput): Progress | null {
  const { fn, t, wbs, n, dur, mc } = a;
  const statusDay = new Float64Array(t.P).fill(NaN);
  let anyStatus = false;
  const option = a.statusDate === undefined ? undefined : dayNumber(a.statusDate);
  // Project status dates are read only on the progress path (a plan never has them).
  for (let p = 0; p < t.P; p++) {
    const project = a.projects[p]!;
    const own = option ?? dateField(fn, () => `project ${JSON.stringify(project.id)}`, 'statusDate', (project as { statusDate?: unknown }).statusDate);
    if (own !== undefined) {
      statusDay[p] = own;
      anyStatus = true;
    }
  }
  if (!t.hasProgress && !anyStatus) return null;
  const calOf = (k: number): WorkingCalendar => (mc === null ? a.cal : mc.cals[mc.calOf[k]!]!);
  const originOf = (k: number): number => (mc === null ? t.O : mc.origin[mc.calOf[k]!]!);
  const startAt = (d: number, k: number): number => calOf(k).dayIndex(d) - originOf(k);
  const finishAt = (d: number, k: number): number => calOf(k).dayIndex(d + 1) - originOf(k);

  const state = new Uint8Array(n);
  const pin = new Float64Array(n).fill(NaN);
  const floor = anyStatus ? new Float64Array(n).fill(-Infinity) : null;
  const percent = new Float64Array(n);
  const remaining = new Float64Array(n);
  const resumeOff = new Float64Array(n).fill(NaN);
  const warnings: string[] = [];
  const noStart = new WarningList(
    (k, ex) => `${k} task(s) report a percent complete above 0 without an actual start (${ex}): scheduled as not started, by their links; give them an actualStart`,
  );
  const afterStatus = new WarningList((k, ex) => `${k} task(s) have an actual date after the status date (${ex}): progress is reported up to the status date`);
  for (let k = 0; k < n; k++) {
    const g = wbs === null ? k : wbs.taskOfLeaf[k]!;
    const task = t.gTask[g]!;
    const where = (): string => `task ${t.whereOf(g)}`;
    const as = dateField(fn, where, 'actualStart', task.actualStart);
    const af = dateField(fn, where, 'actualFinish', task.actualFinish);
    const pc = numberField(fn, where, 'percentComplete', task.percentComplete, 100) ?? 0;
    const rem = numberField(fn, where, 'remainingDuration', task.remainingDuration, Number.MAX_VALUE);
    const resume = dateField(fn, where, 'resume', task.resume);
    if (as !== undefined && af !== undefined && af < as) fail(`${fn}: ${where()}: actualFinish ${String(task.actualFinish)} is before actualStart ${String(task.actualStart)}`);
    const sd = statusDay[t.gProj[g]!]!;
    if (!Number.isNaN(sd) && ((as !== undefined && as > sd) || (af !== undefined && af > sd)))
      afterStatus.add(`${t.names[g]} ${af !== undefined && af > sd ? `finished ${String(task.actualFinish)}` : `started ${String(task.actualStart)}`}`);
    const D = dur[k]!;
    const statusPos = Number.isNaN(sd) ? -Infinity : finishAt(sd, k);
    if (af !== undefined || pc >= 100 || (D === 0 && as !== undefined)) {
      state[k] = COMPLETE;
      percent[k] = 100;
      if (as === undefined && af === undefined) continue;
      if (D === 0) {
        // A milestone is achieved at the end of its day: its successors follow that day.
        pin[k] = finishAt(af ?? as!, k);
        continue;
      }
      const s = as !== undefined ? startAt(as, k) : finishAt(af!, k) - D;
      const f = af !== undefined ? finishAt(af, k) : s + D;
      pin[k] = s;
      dur[k] = f > s ? f - s : 0;
    } else if (as !== undefined) {
      state[k] = IN_PROGRESS;
      const R = rem ?? D * (1 - pc / 100);
      const worked = D - R > 0 ? D - R : 0;
      const s = startAt(as, k);
      let resumeAt = s + worked;
      if (resume !== undefined && startAt(resume, k) > resumeAt) resumeAt = startAt(resume, k);
      // Update Project: the work left starts no earlier than the status date.
      if (R > EPS && statusPos > resumeAt) resumeAt = statusPos;
      pin[k] = s;
      resumeOff[k] = resumeAt - s;
      dur[k] = resumeOff[k]! + R;
      percent[k] = pc;
      remaining[k] = R;
    } else {
      if (pc > 0) noStart.add(`${t.names[g]} at ${pc} %`);
      percent[k] = pc;
      remaining[k] = rem ?? D * (1 - pc / 100);
      if (floor !== null) floor[k] = statusPos;
    }
  }
  noStart.flush(warnings);
  afterStatus.flush(warnings);
  return { state, pin, floor, percent, remaining, resume: resumeOff, statusDay, warnings };
}

/**
 * The start bounds with the progress applied: a started node starts at its actual start whatever
 * its links and constraints (a complete one also finishes at its actual finish, early and late:
 * zero float); a not-started node starts no earlier than its project's status date. The arrays of
 * `b` are the call's own and are updated in place. O(V).
 */
export function applyProgress(b: StartBounds, p: Progress, n: number, dur: Float64Array): StartBounds {
  let { esMin, esMax, lsMax, lsMin } = b;
  const { alap } = b;
  const { state, pin, floor } = p;
  let startConstraintAt: Map<number, readonly number[]> | null = null;
  for (let k = 0; k < n; k++) {
    const s = pin[k]!;
    if (!Number.isNaN(s)) {
      (esMin ??= new Float64Array(n))[k] = s;
      (esMax ??= new Float64Array(n).fill(Infinity))[k] = s;
      if (alap !== null) alap[k] = 0;
      if (state[k] === COMPLETE) {
        (lsMax ??= new Float64Array(n).fill(Infinity))[k] = s;
        (lsMin ??= new Float64Array(n).fill(-Infinity))[k] = s;
      }
    } else if (floor !== null && state[k] === NOT_STARTED && floor[k]! > (esMin === null ? 0 : esMin[k]!)) {
      (esMin ??= new Float64Array(n))[k] = floor[k]!;
      // A milestone held by the status date sits after it, as after a start constraint.
      if (dur[k] === 0) (startConstraintAt ??= new Map(b.startConstraintAt)).set(k, [...(b.startConstraintAt.get(k) ?? []), floor[k]!]);
    }
  }
  return { ...b, esMin, esMax, lsMax, lsMin, ...(startConstraintAt !== null ? { startConstraintAt } : {}) };
}

/** Complete tasks are never critical: clears their critical flags (the kernel gives them zero float). */
export function uncriticalComplete(critical: Uint8Array, p: Progress, n: number): void {
  for (let k = 0; k < n; k++) if (p.state[k] === COMPLETE) critical[k] = 0;
}
