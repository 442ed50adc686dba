/** Builders of small portfolios for the analysis tests (standard calendar unless told). */
import type { Portfolio } from '../../../src/model/portfolio.js';
import type { Project } from '../../../src/model/project.js';
import type { Constraint, CrossDependency, DependencyType, Task } from '../../../src/model/task.js';

/** A task: `[id, duration, extra?]`. */
export type T = readonly [string, number, Partial<Task>?];
/** A link inside a project: `[from, to, type?, lag?]`. */
export type L = readonly [string, string, DependencyType?, number?];
/** A cross-project link: `[fromProject, from, toProject, to, type?, lag?]`. */
export type X = readonly [string, string, string, string, DependencyType?, number?];

/** A project; by default it starts on Monday 2026-01-05 (offset 0 of the standard calendar). */
export function project(id: string, tasks: readonly T[], links: readonly L[] = [], extra: Partial<Project> = {}): Project {
  return {
    id,
    name: `Project ${id}`,
    start: '2026-01-05',
    tasks: tasks.map(([tid, duration, more]) => ({ id: tid, name: `Task ${tid}`, duration, milestone: false, demands: [], ...more })),
    dependencies: links.map(([from, to, type, lag]) => ({ from, to, type: type ?? 'FS', lag: lag ?? 0 })),
    ...extra,
  };
}

/** A portfolio of projects and cross-project links. */
export function portfolio(projects: readonly Project[], cross: readonly X[] = [], extra: Partial<Portfolio> = {}): Portfolio {
  return {
    id: 'pf',
    name: 'PF',
    calendars: [],
    resources: [],
    pools: [],
    programs: [],
    risks: [],
    statusReports: [],
    baselines: [],
    projects: [...projects],
    crossDependencies: cross.map(([fromProject, from, toProject, to, type, lag]): CrossDependency => ({ fromProject, from, toProject, to, type: type ?? 'FS', lag: lag ?? 0 })),
    ...extra,
  };
}

/** A constraint as task extras. */
export const c = (type: Constraint['type'], date?: string): Partial<Task> => ({ constraint: date === undefined ? { type } : { type, date } });

/**
 * The four-link-type portfolio of the hand-checked tests (standard calendar, offsets in working
 * days from Monday 2026-01-05):
 *
 * - P (starts 01-05, offset 0): a(5) [0,5) -> b(3) [5,8).
 * - Q (starts 01-12, offset 5): fs(2) [6,8), ss(4) [5,9), ff(3) [8,11), sf(2) [10,12);
 *   fs -> ff FS, ss -> sf FS +1.
 * - R (starts 01-05): r(1) [11,12).
 * - Cross: #0 P/a -> Q/fs FS +1 (float 0), #1 P/b -> Q/ss SS -1 (float 1),
 *   #2 P/a -> Q/ff FF +4 (float 2), #3 P/b -> Q/sf SF +2 (float 5), #4 Q/ff -> R/r FS (float 0).
 * - Critical paths: P/a -> Q/fs -> Q/ff -> R/r and Q/ss -> Q/sf; portfolio finish 12.
 */
export function fourTypes(): Portfolio {
  return portfolio(
    [
      project('P', [['a', 5], ['b', 3]], [['a', 'b']]),
      project('Q', [['fs', 2], ['ss', 4], ['ff', 3], ['sf', 2]], [['fs', 'ff'], ['ss', 'sf', 'FS', 1]], { start: '2026-01-12' }),
      project('R', [['r', 1]]),
    ],
    [
      ['P', 'a', 'Q', 'fs', 'FS', 1],
      ['P', 'b', 'Q', 'ss', 'SS', -1],
      ['P', 'a', 'Q', 'ff', 'FF', 4],
      ['P', 'b', 'Q', 'sf', 'SF', 2],
      ['Q', 'ff', 'R', 'r', 'FS', 0],
    ],
  );
}

/**
 * A hub portfolio for single points of failure: H/h(2) [0,2) feeds A/a(3) (FS), B/b(1) (SS +1),
 * C/c(2) (FF, C starts 01-08 = offset 3, so the link has 3 days of float), and A/a feeds D/d(1).
 */
export function hub(): Portfolio {
  return portfolio(
    [
      project('H', [['h', 2]]),
      project('A', [['a', 3]]),
      project('B', [['b', 1]]),
      project('C', [['c', 2]], [], { start: '2026-01-08' }),
      project('D', [['d', 1]]),
    ],
    [
      ['H', 'h', 'A', 'a', 'FS'],
      ['H', 'h', 'B', 'b', 'SS', 1],
      ['H', 'h', 'C', 'c', 'FF'],
      ['A', 'a', 'D', 'd', 'FS'],
    ],
  );
}
