/**
 * The forecast of a Monte Carlo simulation: the work left after a status date (docs/risk.md,
 * "Simulating the work left"). The options are read here; the progress itself is read by the
 * compiled schedule (`compileSchedule(…, { progress: 'forecast' })`), whose runs take each task's
 * work left. Private to pmo-kit/risk.
 */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import type { Project } from '../../model/project.js';
import type { CompiledSchedule } from '../../schedule/compileSchedule.js';
import type { EventTable } from './simEvents.js';

/** Progress states of a task in a forecast (`CompiledSchedule.progress`). */
export const NOT_STARTED = 0;
export const IN_PROGRESS = 1;
export const COMPLETE = 2;

/** The checked progress options: the plan, or the forecast at a status date (`undefined`: each project's own). */
export type SimProgress = { readonly mode: 'plan' } | { readonly mode: 'forecast'; readonly statusDate: string | undefined };

/**
 * Reads `progress` (default `'forecast'` with a `statusDate`, else `'plan'`) and `statusDate`.
 * Throws `INVALID_ARGUMENT` for an unknown mode, a malformed or non-existent day, a status date
 * with `'plan'`, or a forecast without a status date (neither the option nor every simulated
 * project's `statusDate`).
 */
export function readSimProgress(fn: string, o: { readonly progress?: unknown; readonly statusDate?: unknown }, projects: readonly Project[]): SimProgress {
  const { statusDate } = o;
  if (statusDate !== undefined && (typeof statusDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(statusDate) || dayNumber(statusDate) === undefined))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.statusDate must be an existing day as YYYY-MM-DD, got ${show(statusDate)}`);
  const mode = o.progress ?? (statusDate !== undefined ? 'forecast' : 'plan');
  if (mode !== 'plan' && mode !== 'forecast') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.progress must be "plan" or "forecast", got ${show(mode)}`);
  if (mode === 'plan') {
    if (statusDate !== undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.statusDate needs progress "forecast" (the plan ignores progress), got progress "plan"`);
    return { mode };
  }
  if (statusDate === undefined) {
    const missing = projects.find((p) => typeof (p as { statusDate?: unknown }).statusDate !== 'string');
    if (missing !== undefined)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: progress "forecast" simulates the work left after a status date: give options.statusDate, or project ${show(missing.id)} a statusDate`);
  }
  return { mode, statusDate: statusDate as string | undefined };
}

/** Per task, the share of its estimate its work left is (remaining / duration for an in-progress task, else 1). O(V). */
export function remainingScale(net: CompiledSchedule, state: Uint8Array): Float64Array {
  const scale = new Float64Array(net.taskCount).fill(1);
  const left = net.durations;
  for (let g = 0; g < net.taskCount; g++) {
    if (state[g] !== IN_PROGRESS) continue;
    // A started task of duration 0 is complete, so the duration is > 0 here.
    scale[g] = left[g]! / net.tasks[g]!.duration;
  }
  return scale;
}

/** The events without their links to complete tasks; an event left with no task (it had some) is not sampled. O(events + links). */
export function withoutComplete(ev: EventTable, state: Uint8Array): EventTable {
  const keep: number[] = [];
  const off: number[] = [0];
  const tasks: number[] = [];
  for (let r = 0; r < ev.count; r++) {
    const lo = ev.off[r]!;
    const hi = ev.off[r + 1]!;
    let kept = 0;
    for (let j = lo; j < hi; j++)
      if (state[ev.tasks[j]!] !== COMPLETE) {
        tasks.push(ev.tasks[j]!);
        kept++;
      }
    if (hi > lo && kept === 0) continue;
    keep.push(r);
    off.push(tasks.length);
  }
  const pick = (a: Float64Array): Float64Array => Float64Array.from(keep, (r) => a[r]!);
  return {
    count: keep.length,
    ids: keep.map((r) => ev.ids[r]!),
    kinds: keep.map((r) => ev.kinds[r]!),
    probability: pick(ev.probability),
    days: pick(ev.days),
    cost: pick(ev.cost),
    off: Int32Array.from(off),
    tasks: Int32Array.from(tasks),
  };
}
