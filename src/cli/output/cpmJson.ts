/** The `pmo cpm --json` contract: which fields, in which order. */
import type { ScheduledTask } from '../../schedule/types.js';

/**
 * One task of `pmo cpm --json`. The fields up to `critical` are the original contract: their
 * names, order and values never change. Fields after it were added later (new fields may be
 * added at the end; none is ever removed or changed).
 */
export interface CpmJsonTask {
  id: string;
  projectId: string;
  name: string;
  duration: number;
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  earlyStartDate: string | null;
  earlyFinishDate: string | null;
  lateStartDate: string | null;
  lateFinishDate: string | null;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
  // added after the original contract (new fields only ever go at the end)
  key: string;
  summary: boolean;
  milestone: boolean;
  nearCritical: boolean;
  drivingPredecessors: string[];
}

/** `pmo cpm --json`: the original contract (up to `tasks`), then the fields added later. */
export interface CpmJson {
  duration: number;
  start: string | null;
  finish: string | null;
  criticalPaths: string[][];
  tasks: CpmJsonTask[];
  // added after the original contract (new fields only ever go at the end)
  calendarId: string | null;
  criticalPathsTruncated: boolean;
  warnings: string[];
}

/** What `pmo cpm` prints, from a project or portfolio schedule. */
export interface CpmRunResult {
  readonly duration: number;
  readonly startDate: string;
  readonly finishDate: string;
  readonly calendarId: string;
  readonly tasks: readonly ScheduledTask[];
  readonly criticalPaths: readonly (readonly string[])[];
  readonly criticalPathsTruncated: boolean;
  readonly warnings: readonly string[];
}

/** Options of {@link cpmJson}. */
export interface CpmJsonOptions {
  /** Period-based input (PSPLIB, MPLIB): dates and the calendar are `null`. */
  readonly periods: boolean;
  /** The name of a task, when it differs from the schedule's (PSPLIB: `job <n>`). */
  readonly taskName?: (task: ScheduledTask) => string;
}

/** Builds the `--json` object of a schedule, its keys in contract order. */
export function cpmJson(s: CpmRunResult, options: CpmJsonOptions): CpmJson {
  const date = (d: string): string | null => (options.periods ? null : d);
  return {
    duration: s.duration,
    start: date(s.startDate),
    finish: date(s.finishDate),
    criticalPaths: s.criticalPaths.map((p) => [...p]),
    tasks: s.tasks.map((t) => ({
      id: t.id,
      projectId: t.projectId,
      name: options.taskName === undefined ? t.name : options.taskName(t),
      duration: t.duration,
      earlyStart: t.earlyStart,
      earlyFinish: t.earlyFinish,
      lateStart: t.lateStart,
      lateFinish: t.lateFinish,
      earlyStartDate: date(t.earlyStartDate),
      earlyFinishDate: date(t.earlyFinishDate),
      lateStartDate: date(t.lateStartDate),
      lateFinishDate: date(t.lateFinishDate),
      totalFloat: t.totalFloat,
      freeFloat: t.freeFloat,
      critical: t.critical,
      key: t.key,
      summary: t.summary,
      milestone: t.milestone,
      nearCritical: t.nearCritical,
      drivingPredecessors: [...t.drivingPredecessors],
    })),
    calendarId: options.periods ? null : s.calendarId,
    criticalPathsTruncated: s.criticalPathsTruncated,
    warnings: [...s.warnings],
  };
}
