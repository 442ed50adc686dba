/**
 * The progress fields of a schedule's results: per task its progress, percent complete, remaining
 * duration, actual dates in place of the computed ones, baseline dates and variances; per project
 * its status date, baseline and finish variance (docs/progress.md). Private to pmo-kit. O(V + B)
 * for B baseline tasks.
 */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { dayNumber, isIsoDate, isoFromDayNumber } from '../../internal/dates.js';
import type { Wbs } from '../../internal/wbs.js';
import type { Baseline } from '../../model/status.js';
import type { Task } from '../../model/task.js';
import type { ProgressState, ScheduledProject, ScheduledTask } from '../types.js';
import { COMPLETE, IN_PROGRESS, type Progress } from './progress.js';
import type { TaskTable } from './taskTable.js';

const STATES: readonly ProgressState[] = ['not-started', 'in-progress', 'complete'];

/**
 * The baseline of a project among `baselines`: its latest (by `date`, the later one in the list on
 * a tie) approved on or before the status day, else its latest; `undefined` when it has none.
 */
export function pickBaseline(baselines: readonly Baseline[] | undefined, projectId: string, statusDay: number): Baseline | undefined {
  let best: Baseline | undefined;
  let bestIn = false;
  for (const b of baselines ?? []) {
    if (b.projectId !== projectId) continue;
    const inTime = !Number.isNaN(statusDay) && dayNumber(b.date)! <= statusDay;
    if (best === undefined || (inTime && !bestIn) || (inTime === bestIn && b.date >= best.date)) {
      best = b;
      bestIn = inTime;
    }
  }
  return best;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

/** The baselines as {@link withProgress} reads them: a list of objects with a `date` whose `tasks`, when given, is a list of objects with a `start` and a `finish` date. O(b + tasks). */
function checkBaselines(fn: string, baselines: unknown): void {
  if (baselines === undefined) return;
  if (!Array.isArray(baselines)) throw new PmoError('INVALID_ARGUMENT', `${fn}: the baselines must be an array, got ${show(baselines)}`);
  baselines.forEach((b: unknown, i) => {
    if (typeof b !== 'object' || b === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: baselines[${i}] must be an object, got ${show(b)}`);
    const date = (b as { date?: unknown }).date;
    if (!isDate(date)) throw new PmoError('INVALID_ARGUMENT', `${fn}: baselines[${i}].date must be a date YYYY-MM-DD, got ${show(date)}`);
    const tasks = (b as { tasks?: unknown }).tasks;
    if (tasks === undefined) return;
    if (!Array.isArray(tasks)) throw new PmoError('INVALID_ARGUMENT', `${fn}: baselines[${i}].tasks must be an array, got ${show(tasks)}`);
    tasks.forEach((x: unknown, j) => {
      if (typeof x !== 'object' || x === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: baselines[${i}].tasks[${j}] must be an object, got ${show(x)}`);
      for (const k of ['start', 'finish'] as const) {
        const v = (x as Record<string, unknown>)[k];
        if (!isDate(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: baselines[${i}].tasks[${j}].${k} must be a date YYYY-MM-DD, got ${show(v)}`);
      }
    });
  });
}

/** What {@link withProgress} reads. */
export interface ProgressResultsInput {
  /** The public function's name, for messages. */
  readonly fn: string;
  readonly t: TaskTable;
  readonly wbs: Wbs | null;
  readonly progress: Progress;
  readonly tasks: ScheduledTask[];
  readonly projects: ScheduledProject[];
  /** The reference calendar: variances count its working days. */
  readonly cal: WorkingCalendar;
  /** The baselines of the request (each project's is picked by {@link pickBaseline}). */
  readonly baselines: readonly Baseline[] | undefined;
}

/** The task and project results with their progress fields (new objects; the fields added at the end). */
export function withProgress(a: ProgressResultsInput): { tasks: ScheduledTask[]; projects: ScheduledProject[] } {
  const { t, wbs, progress: p, cal } = a;
  checkBaselines(a.fn, a.baselines);
  const startIdx = (d: string): number => cal.dayIndex(dayNumber(d)!);
  const finishIdx = (d: string): number => cal.dayIndex(dayNumber(d)! + 1);
  const variance = (at: string, base: string | null, idx: (d: string) => number): number | null => (base === null ? null : idx(at) - idx(base));
  const chosen = a.projects.map((pr, i) => pickBaseline(a.baselines, pr.id, p.statusDay[i]!));
  const byTask = chosen.map((b) => new Map((b?.tasks ?? []).map((x) => [x.taskId, x])));
  const tasks = a.tasks.map((r, g) => {
    const task = t.gTask[g]!;
    const summary = wbs !== null && wbs.isSummary[g] === 1;
    let state = 0;
    let percent: number;
    let remaining: number;
    let o: ScheduledTask = r;
    if (summary) {
      // As MS Project: a summary's percent complete weighs its leaves by their durations.
      let done = 0;
      let total = 0;
      let started = 0;
      let complete = 0;
      const hi = wbs.leafHi[g]!;
      for (let i = wbs.leafLo[g]!; i < hi; i++) {
        const k = wbs.leafSeq[i]!;
        const d = t.gTask[wbs.taskOfLeaf[k]!]!.duration;
        done += d * p.percent[k]!;
        total += d;
        if (p.state[k]! > 0) started++;
        if (p.state[k] === COMPLETE) complete++;
      }
      const n = hi - wbs.leafLo[g]!;
      state = complete === n ? COMPLETE : started > 0 || done > 0 ? IN_PROGRESS : 0;
      percent = total > 0 ? done / total : state === COMPLETE ? 100 : 0;
      remaining = r.duration * (1 - percent / 100);
    } else {
      const k = wbs === null ? g : wbs.leafOf[g]!;
      state = p.state[k]!;
      percent = p.percent[k]!;
      remaining = p.remaining[k]!;
      o = actualDates(r, task, state);
      // Complete tasks are never critical, nor near-critical (their zero float is not slack lost).
      if (state === COMPLETE && o.nearCritical) o = { ...o, nearCritical: false };
    }
    const base = byTask[t.gProj[g]!]!.get(task.id);
    const baselineStartDate = base === undefined ? null : base.start;
    const baselineFinishDate = base === undefined ? null : base.finish;
    return {
      ...o,
      progress: STATES[state]!,
      percentComplete: percent,
      remainingDuration: remaining,
      baselineStartDate,
      baselineFinishDate,
      startVariance: variance(o.earlyStartDate, baselineStartDate, startIdx),
      finishVariance: variance(o.earlyFinishDate, baselineFinishDate, finishIdx),
    };
  });
  const projects = a.projects.map((pr, i) => {
    const b = chosen[i];
    let lo: string | null = null;
    let hi: string | null = null;
    for (const x of b?.tasks ?? []) {
      if (lo === null || x.start < lo) lo = x.start;
      if (hi === null || x.finish > hi) hi = x.finish;
    }
    const sd = p.statusDay[i]!;
    return {
      ...pr,
      statusDate: Number.isNaN(sd) ? null : isoFromDayNumber(sd),
      baselineId: b === undefined ? null : b.id,
      baselineStartDate: lo,
      baselineFinishDate: hi,
      finishVariance: variance(pr.finishDate, hi, finishIdx),
    };
  });
  return { tasks, projects };
}

/**
 * A started task's dates as MS Project shows them: a complete task's are its actual dates (early
 * and late: it can no longer move), an in-progress task starts, early and late, at its actual start.
 */
function actualDates(r: ScheduledTask, task: Pick<Task, 'actualStart' | 'actualFinish'>, state: number): ScheduledTask {
  if (state === 0 || (task.actualStart === undefined && task.actualFinish === undefined)) return r;
  if (state === IN_PROGRESS) {
    const s = task.actualStart!;
    return { ...r, startDate: s, earlyStartDate: s, lateStart: r.earlyStart, lateStartDate: s };
  }
  const f = task.actualFinish ?? (r.milestone ? task.actualStart! : r.earlyFinishDate);
  const s = r.milestone ? f : (task.actualStart ?? r.earlyStartDate);
  return { ...r, startDate: s, finishDate: f, earlyStartDate: s, earlyFinishDate: f, lateStartDate: s, lateFinishDate: f };
}
