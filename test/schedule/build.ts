/** Builders of small projects and portfolios for the schedule tests. */
import type { Calendar } from '../../src/model/calendar.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';
import type { Constraint, CrossDependency, DependencyType, Task } from '../../src/model/task.js';

/** A task: `[id, duration, extra?]`. */
export type T = readonly [string, number, Partial<Task>?];
/** A link: `[from, to, type?, lag?]`. */
export type L = readonly [string, string, DependencyType?, number?];

/** A project starting (by default) on Monday 2026-01-05 on the standard calendar. */
export function project(tasks: readonly T[], links: readonly L[] = [], extra: Partial<Project> = {}): Project {
  return {
    id: 'p',
    name: 'P',
    start: '2026-01-05',
    tasks: tasks.map(([id, duration, more]) => ({ id, name: `Task ${id}`, duration, milestone: false, demands: [], ...more })),
    dependencies: links.map(([from, to, type, lag]) => ({ from, to, type: type ?? 'FS', lag: lag ?? 0 })),
    ...extra,
  };
}

/** A constraint. */
export const c = (type: Constraint['type'], date?: string): Partial<Task> => ({ constraint: date === undefined ? { type } : { type, date } });

/** A portfolio of projects and cross-project links `[fromProject, from, toProject, to, type?, lag?]`. */
export function portfolio(
  projects: readonly Project[],
  cross: readonly (readonly [string, string, string, string, DependencyType?, number?])[] = [],
  extra: Partial<Portfolio> = {},
): Portfolio {
  return {
    id: 'pf',
    name: 'PF',
    calendars: [] as Calendar[],
    resources: [],
    pools: [],
    programs: [],
    risks: [],
    statusReports: [],
    baselines: [],
    projects: [...projects],
    crossDependencies: cross.map(
      ([fromProject, from, toProject, to, type, lag]): CrossDependency => ({ fromProject, from, toProject, to, type: type ?? 'FS', lag: lag ?? 0 }),
    ),
    ...extra,
  };
}

/** The fields of a scheduled task that hand-checked tests compare. */
export function row<T extends { earlyStart: number; earlyFinish: number; lateStart: number; lateFinish: number; totalFloat: number; freeFloat: number; critical: boolean }>(
  t: T,
) {
  return [t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.totalFloat, t.freeFloat, t.critical] as const;
}

/** Schedule tasks by id. */
export function byId<T extends { id: string }>(tasks: readonly T[]): Map<string, T> {
  return new Map(tasks.map((t) => [t.id, t]));
}
