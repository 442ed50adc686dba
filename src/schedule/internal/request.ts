/**
 * What the schedule engine (`scheduleCore`) is asked and what it returns, and the reading of the
 * critical-path options. Private to pmo-kit.
 */
import { PmoError } from '../../errors.js';
import type { Project } from '../../model/project.js';
import type { Baseline } from '../../model/status.js';
import type { CrossDependency } from '../../model/task.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import { readOptions } from '../../internal/options.js';
import type { ScheduleColumns, ScheduledProject, ScheduledTask } from '../types.js';

/** Checked {@link CriticalPathOptions} with defaults. */
export interface CoreOptions {
  readonly criticalThreshold: number;
  readonly nearCriticalThreshold: number;
  readonly maxCriticalPaths: number;
}

/**
 * Reads and checks the {@link CriticalPathOptions} of `options` (the options object itself is
 * checked by {@link readOptions}); `near: false` leaves `nearCriticalThreshold` out (0).
 */
export function readCriticalPathOptions(fn: string, options: unknown, near = true): CoreOptions {
  const o = readOptions(fn, options);
  const num = (key: string, dflt: number): number => {
    const v = o[key];
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${key} must be a finite number, got ${show(v)}`);
    return v;
  };
  const maxCriticalPaths = num('maxCriticalPaths', 100);
  if (!Number.isInteger(maxCriticalPaths) || maxCriticalPaths < 0)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.maxCriticalPaths must be an integer >= 0, got ${show(maxCriticalPaths)}`);
  return {
    criticalThreshold: num('criticalThreshold', 0),
    nearCriticalThreshold: near ? num('nearCriticalThreshold', 5) : 0,
    maxCriticalPaths,
  };
}

/** Reads the progress options (`statusDate`, `baselines`) of `o`. */
export function readProgressOptions(
  fn: string,
  o: { readonly statusDate?: unknown; readonly baselines?: unknown; readonly progress?: unknown },
): { statusDate?: string; baselines?: readonly Baseline[]; plan?: boolean } {
  const out: { statusDate?: string; baselines?: readonly Baseline[]; plan?: boolean } = {};
  if (o.progress !== undefined && o.progress !== 'forecast' && o.progress !== 'plan')
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.progress must be "forecast" or "plan", got ${show(o.progress)}`);
  if (o.progress === 'plan') {
    if (o.statusDate !== undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.statusDate needs progress "forecast" (the plan ignores progress), got progress "plan"`);
    out.plan = true;
  }
  if (o.statusDate !== undefined) {
    if (typeof o.statusDate !== 'string' || dayNumber(o.statusDate) === undefined)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.statusDate must be an existing day as YYYY-MM-DD, got ${show(o.statusDate)}`);
    out.statusDate = o.statusDate;
  }
  if (o.baselines !== undefined) {
    const b = o.baselines;
    if (!Array.isArray(b) || b.some((x) => typeof x !== 'object' || x === null || typeof (x as Baseline).projectId !== 'string' || typeof (x as Baseline).date !== 'string' || dayNumber((x as Baseline).date) === undefined || !Array.isArray((x as Baseline).tasks)))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.baselines must be an array of baselines (projectId, date as YYYY-MM-DD, tasks), got ${show(b)}`);
    out.baselines = b as Baseline[];
  }
  return out;
}

/** What to schedule. */
export interface CoreRequest {
  readonly fn: string;
  readonly projects: readonly Project[];
  readonly cross: readonly CrossDependency[];
  /** The reference calendar: offsets count its working days. */
  readonly calendar: WorkingCalendar;
  /** Calendar of each project (its tasks work on it unless they name their own). */
  readonly projectCalendars: readonly WorkingCalendar[];
  /** Compiles the calendar a task names, or `undefined` for an unknown id. */
  readonly taskCalendar: (id: string) => WorkingCalendar | undefined;
  /** `project`: names are task ids (one project); `portfolio`: names are task keys. */
  readonly mode: 'project' | 'portfolio';
  readonly lateFinish: 'portfolio' | 'project';
  readonly options: CoreOptions;
  /** The status date of every project (`YYYY-MM-DD`, checked), else each project's own `statusDate`. */
  readonly statusDate?: string;
  /** Ignore progress and status dates: schedule the plan. */
  readonly plan?: boolean;
  /** Whether the result's task columns are built (columns.ts): their buffer is then allocated with the scratch arena. */
  readonly columns?: boolean;
  /** Baselines of the projects (progress results only). */
  readonly baselines?: readonly Baseline[] | undefined;
}

/** The schedule before it is wrapped for the public API. */
export interface CoreResult {
  /** The tasks as columns; their objects when already built (progress results), else null (built from the columns when read). */
  readonly columns: ScheduleColumns;
  readonly tasks: ScheduledTask[] | null;
  readonly projects: ScheduledProject[];
  readonly criticalPaths: string[][];
  readonly criticalPathsTruncated: boolean;
  readonly duration: number;
  readonly startDate: string;
  readonly finishDate: string;
  readonly warnings: string[];
  /** Whether the results carry the progress fields. */
  readonly progress: boolean;
}

/** Throws `INVALID_ARGUMENT` with `message` (which names the function). */
export function fail(message: string): never {
  throw new PmoError('INVALID_ARGUMENT', message);
}
