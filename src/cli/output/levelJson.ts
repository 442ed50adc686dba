/** The `pmo level --json` contract: which fields, in which order. */
import type { LevelResourcesResult } from '../../resources/leveledScheduleTypes.js';
import type { RcpspInstance, SolveRcpspResult } from '../../resources/rcpspTypes.js';

/** One project of `pmo level --json`: the original contract up to `delay`, then added fields. */
export interface LevelJsonProject {
  id: string;
  release: number;
  finish: number;
  criticalPathDuration: number;
  delay: number;
  // added after the original contract (new fields only ever go at the end)
  name: string;
  startDate: string | null;
  finishDate: string | null;
  deadline: string | null;
  late: boolean;
}

/** One task (activity) of `pmo level --json` (added after the original contract). */
export interface LevelJsonTask {
  key: string;
  projectId: string;
  id: string;
  name: string;
  summary: boolean;
  milestone: boolean;
  duration: number;
  start: number;
  finish: number;
  startDate: string | null;
  finishDate: string | null;
  earlyStart: number | null;
  shift: number | null;
}

/** `pmo level --json`: the original contract up to `projects`, then the fields added later. */
export interface LevelJson {
  makespan: number;
  lowerBound: number;
  schedules: number;
  starts: Record<string, number>;
  projects: LevelJsonProject[];
  // added after the original contract (new fields only ever go at the end)
  calendarId: string | null;
  start: string | null;
  finish: string | null;
  criticalPathLength: number;
  averageDelay: number;
  lateness: number;
  seed: number;
  objective: string;
  tasks: LevelJsonTask[];
  warnings: string[];
}

/** The `--json` object of a leveled portfolio (dated: working days and dates). */
export function levelJsonOfPortfolio(leveled: LevelResourcesResult): LevelJson {
  const starts: Record<string, number> = {};
  for (const t of leveled.tasks) starts[t.key] = t.start;
  return {
    makespan: leveled.makespan,
    lowerBound: leveled.lowerBound,
    schedules: leveled.schedules,
    starts,
    projects: leveled.projects.map((p) => ({
      id: p.id,
      release: p.release,
      finish: p.finish,
      criticalPathDuration: p.criticalPathDuration,
      delay: p.delay,
      name: p.name,
      startDate: p.startDate,
      finishDate: p.finishDate,
      deadline: p.deadlineDate ?? null,
      late: p.late,
    })),
    calendarId: leveled.calendarId,
    start: leveled.startDate,
    finish: leveled.finishDate,
    criticalPathLength: leveled.criticalPathLength,
    averageDelay: leveled.averageDelay,
    lateness: leveled.lateness,
    seed: leveled.seed,
    objective: leveled.objective,
    tasks: leveled.tasks.map((t) => ({
      key: t.key,
      projectId: t.projectId,
      id: t.id,
      name: t.name,
      summary: t.summary,
      milestone: t.milestone,
      duration: t.duration,
      start: t.start,
      finish: t.finish,
      startDate: t.startDate,
      finishDate: t.finishDate,
      earlyStart: t.earlyStart,
      shift: t.shift,
    })),
    warnings: [...leveled.warnings],
  };
}

/** How the activities of a period-based instance are named. */
export interface PeriodNaming {
  /** The project's name. */
  readonly projectName: (id: string) => string;
  /** The activity's id within its project. */
  readonly taskId: (activityId: string) => string;
  /** The activity's name. */
  readonly taskName: (activityId: string) => string;
}

/** The `--json` object of a leveled PSPLIB or MPLIB instance (periods, no dates). */
export function levelJsonOfInstance(instance: RcpspInstance, s: SolveRcpspResult, options: { readonly seed: number; readonly objective: string }, naming: PeriodNaming): LevelJson {
  const starts: Record<string, number> = {};
  instance.activities.forEach((a, i) => {
    starts[a.id] = s.starts[i]!;
  });
  return {
    makespan: s.makespan,
    lowerBound: s.lowerBound,
    schedules: s.schedules,
    starts,
    projects: s.projects.map((p) => ({
      id: p.id,
      release: p.release,
      finish: p.finish,
      criticalPathDuration: p.criticalPathDuration,
      delay: p.delay,
      name: naming.projectName(p.id),
      startDate: null,
      finishDate: null,
      deadline: null,
      late: false,
    })),
    calendarId: null,
    start: null,
    finish: null,
    criticalPathLength: s.criticalPathLength,
    averageDelay: s.averageDelay,
    lateness: s.lateness,
    seed: options.seed,
    objective: options.objective,
    tasks: instance.activities.map((a, i) => ({
      key: a.id,
      projectId: a.project ?? '',
      id: naming.taskId(a.id),
      name: naming.taskName(a.id),
      summary: false,
      milestone: a.duration === 0,
      duration: a.duration,
      start: s.starts[i]!,
      finish: s.starts[i]! + a.duration,
      startDate: null,
      finishDate: null,
      earlyStart: null,
      shift: null,
    })),
    warnings: [],
  };
}
