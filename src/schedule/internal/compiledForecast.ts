/**
 * The forecast of a compiled network (compiled.ts): the progress of the tasks read once, at
 * compile time, as `scheduleCore` reads it (progress.ts), and applied to every run. Private to
 * pmo-kit; the rules are in docs/progress.md ("Re-running the forecast").
 *
 * A run's durations are then the **work left** of each task: a not-started task's whole
 * duration, an in-progress task's remaining duration (its work left from its resume point, which
 * is read once: the actual start plus the work done, or the `resume` day, or the status date), and
 * nothing for a complete task (it keeps its actual dates; its entry is read and ignored).
 */
import type { Wbs } from '../../internal/wbs.js';
import { applyProgress, COMPLETE, IN_PROGRESS, readProgress, uncriticalComplete, type Progress } from './progress.js';
import type { StartBounds } from './constraints.js';
import type { CalendarPlan } from './multiCalendar.js';
import type { CoreRequest } from './request.js';
import type { TaskTable } from './taskTable.js';

/** The progress of a compiled network. */
export interface Forecast {
  readonly progress: Progress;
  /** Per node: the kernel duration of a complete node (its actual span); NaN for the others. */
  readonly fixed: Float64Array;
  /** Per task: 0 not started (or a WBS summary), 1 in progress, 2 complete. */
  readonly state: Uint8Array;
  /** Per task: the work left as read (duration, remaining duration, or 0 when complete); 0 for summaries. */
  readonly left: Float64Array;
}

/**
 * Reads the progress of a request's tasks, or returns `null` when the request is the plan or no
 * task reports progress and no status date is known (a run is then the plan's). Throws what
 * `readProgress` throws (a malformed progress field or status date). O(V).
 */
export function readForecast(req: CoreRequest, t: TaskTable, wbs: Wbs | null, n: number, taskOfNode: (k: number) => number, mc: CalendarPlan | null): Forecast | null {
  if (req.plan === true) return null;
  const dur = new Float64Array(n);
  for (let k = 0; k < n; k++) dur[k] = t.gTask[taskOfNode(k)]!.duration;
  const progress = readProgress({ fn: req.fn, t, wbs, n, dur, cal: req.calendar, mc, projects: req.projects, statusDate: req.statusDate });
  if (progress === null) return null;
  const fixed = new Float64Array(n).fill(NaN);
  const state = new Uint8Array(t.N);
  const left = new Float64Array(t.N);
  for (let k = 0; k < n; k++) {
    const g = taskOfNode(k);
    const s = progress.state[k]!;
    state[g] = s;
    if (s === COMPLETE) fixed[k] = dur[k]!;
    else left[g] = s === IN_PROGRESS ? progress.remaining[k]! : t.gTask[g]!.duration;
  }
  return { progress, fixed, state, left };
}

/** The kernel durations of a run from the work left in `dur` (in place): complete nodes fixed, in-progress ones after their resume point. O(n). */
export function forecastDurations(f: Forecast, dur: Float64Array, n: number): void {
  const { fixed } = f;
  const resume = f.progress.resume;
  for (let k = 0; k < n; k++) {
    const x = fixed[k]!;
    if (x === x) dur[k] = x;
    else {
      const r = resume[k]!;
      if (r === r) dur[k] = r + dur[k]!;
    }
  }
}

/** The start bounds of a run with the progress applied (pins, status-date floors); `b` must be the run's own. O(n). */
export function forecastBounds(f: Forecast, b: StartBounds, n: number, dur: Float64Array): StartBounds {
  return applyProgress(b, f.progress, n, dur);
}

/** Clears the critical flags of complete nodes (never critical, as in `schedule`). O(n). */
export function forecastCritical(f: Forecast, critical: Uint8Array, n: number): void {
  uncriticalComplete(critical, f.progress, n);
}

/** In-progress tasks start, early and late, at their actual start (as `schedule`'s results): `LS[g] = ES[g]`. O(V). */
export function forecastLateStarts(f: Forecast, ES: Float64Array, LS: Float64Array): void {
  const { state } = f;
  for (let g = 0; g < state.length; g++) if (state[g] === IN_PROGRESS) LS[g] = ES[g]!;
}
