/** The `pmo cpm --json` contract: which fields, in which order. */
import type { ProgressState, ScheduledProject, ScheduledTask } from '../../schedule/types.js';

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
  // progress (docs/progress.md): only when a task reports progress or a status date is known
  progress?: ProgressState;
  percentComplete?: number;
  remainingDuration?: number;
  baselineStartDate?: string | null;
  baselineFinishDate?: string | null;
  startVariance?: number | null;
  finishVariance?: number | null;
}

/** One project of `pmo cpm --json` with progress: its forecast against its baseline. */
export interface CpmJsonProject {
  id: string;
  name: string;
  startDate: string;
  finishDate: string;
  statusDate: string | null;
  baselineId: string | null;
  baselineStartDate: string | null;
  baselineFinishDate: string | null;
  finishVariance: number | null;
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
  // progress (docs/progress.md): only when a task reports progress or a status date is known
  statusDate?: string | null;
  projects?: CpmJsonProject[];
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
  /** With progress: the status date and the projects. */
  readonly statusDate?: string | null;
  readonly projects?: readonly ScheduledProject[];
}

/** Options of {@link cpmJson}. */
export interface CpmJsonOptions {
  /** Period-based input (PSPLIB, MPLIB): dates and the calendar are `null`. */
  readonly periods: boolean;
  /** The name of a task, from its id, when it differs from the schedule's (PSPLIB: `job <n>`). */
  readonly taskName?: (task: { readonly id: string }) => string;
}

/**
 * Builds the `--json` object of a schedule, its keys in contract order. `pmo cpm --json` prints it
 * through `cpmJsonChunks` (cpmJsonChunks.ts), which writes the same fields as text: a field added
 * here is added there too (test/cli/jsonChunks.test.ts compares the two on random schedules).
 */
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
      ...(t.progress === undefined ? {} : taskProgress(t)),
    })),
    calendarId: options.periods ? null : s.calendarId,
    criticalPathsTruncated: s.criticalPathsTruncated,
    warnings: [...s.warnings],
    ...(s.statusDate === undefined ? {} : { statusDate: s.statusDate, projects: (s.projects ?? []).map(projectProgress) }),
  };
}

/** The progress fields of a task. */
function taskProgress(t: ScheduledTask): Pick<CpmJsonTask, 'progress' | 'percentComplete' | 'remainingDuration' | 'baselineStartDate' | 'baselineFinishDate' | 'startVariance' | 'finishVariance'> {
  return {
    progress: t.progress!,
    percentComplete: t.percentComplete!,
    remainingDuration: t.remainingDuration!,
    baselineStartDate: t.baselineStartDate ?? null,
    baselineFinishDate: t.baselineFinishDate ?? null,
    startVariance: t.startVariance ?? null,
    finishVariance: t.finishVariance ?? null,
  };
}

/** A project's forecast against its baseline (a project of `projects`). */
export function projectProgress(p: ScheduledProject): CpmJsonProject {
  return {
    id: p.id,
    name: p.name,
    startDate: p.startDate,
    finishDate: p.finishDate,
    statusDate: p.statusDate ?? null,
    baselineId: p.baselineId ?? null,
    baselineStartDate: p.baselineStartDate ?? null,
    baselineFinishDate: p.baselineFinishDate ?? null,
    finishVariance: p.finishVariance ?? null,
  };
}
