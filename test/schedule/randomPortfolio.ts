/** The random portfolios of the compileSchedule property tests (plan and forecast). */
import fc from 'fast-check';
import type { Calendar } from '../../src/model/calendar.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';
import type { DependencyType, Task } from '../../src/model/task.js';

const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
const SIX_DAYS: Calendar = { id: 'six', name: 'Mon-Sat', workingDays: [1, 2, 3, 4, 5, 6], holidays: [], exceptions: [], hoursPerDay: 8 } as unknown as Calendar;

/** A seeded linear congruential draw in [0, k). */
export function lcg(seed: number): (k: number) => number {
  let s = seed;
  return (k) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % k;
  };
}

/** The arbitraries of a {@link RandomShape} and its seed, for `fc.record` (with fields of a test's own). */
export const SHAPE_FIELDS = {
  sizes: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
  seed: fc.integer({ min: 1, max: 1 << 30 }),
  calendars: fc.boolean(),
  constraints: fc.boolean(),
  wbs: fc.boolean(),
};

/** What varies between the random portfolios. */
export interface RandomShape {
  /** Tasks per project (1–3 projects). */
  readonly sizes: readonly number[];
  /** Some tasks on a 6-day calendar. */
  readonly calendars: boolean;
  /** Some tasks with a constraint. */
  readonly constraints: boolean;
  /** A summary over the first two tasks of projects of more than two tasks. */
  readonly wbs: boolean;
}

/**
 * A random portfolio: 1–3 projects, links of every type with lags up a random ranking of all leaf
 * tasks, cross-project links, some constraints, a summary per project, sometimes a 6-day task
 * calendar. `task` decorates each task after its constraint and calendar (progress fields),
 * `project` gives extra fields of each project; both draw from `rnd` as well.
 */
export function randomPortfolio(shape: RandomShape, rnd: (k: number) => number, hooks: { task?: (t: Record<string, unknown>) => void; project?: () => Record<string, unknown> } = {}): Portfolio {
  const all: { p: number; i: number }[] = [];
  const projects: Project[] = shape.sizes.map((size, p) => {
    const tasks: Task[] = [];
    for (let i = 0; i < size; i++) {
      const t = { id: `t${i}`, name: `t${i}`, duration: rnd(9) / 2, milestone: false, demands: [] } as Record<string, unknown>;
      if (shape.constraints && rnd(4) === 0) t.constraint = { type: ['SNET', 'FNLT', 'FNET', 'SNLT'][rnd(4)]!, date: `2026-02-${String(2 + rnd(20)).padStart(2, '0')}` };
      if (shape.calendars && rnd(3) === 0) t.calendarId = 'six';
      hooks.task?.(t);
      tasks.push(t as unknown as Task);
      all.push({ p, i });
    }
    if (shape.wbs && size > 2) {
      tasks.push({ id: 'sum', name: 'sum', duration: 0, milestone: false, demands: [] } as Task);
      (tasks[0] as { parentId?: string }).parentId = 'sum';
      (tasks[1] as { parentId?: string }).parentId = 'sum';
    }
    return { id: `p${p}`, name: `P${p}`, start: `2026-01-0${5 + p}`, tasks, dependencies: [], ...hooks.project?.() } as unknown as Project;
  });
  // Links go up a random ranking of all leaf tasks.
  const rank = all.map((x) => ({ x, r: rnd(1000) })).sort((a, b) => a.r - b.r).map((e) => e.x);
  const cross: Portfolio['crossDependencies'] = [];
  for (let e = 0; e < 2 * all.length; e++) {
    const a = rnd(rank.length);
    const b = rnd(rank.length);
    if (a === b) continue;
    const [u, v] = a < b ? [rank[a]!, rank[b]!] : [rank[b]!, rank[a]!];
    const type = TYPES[rnd(4)]!;
    const lag = rnd(7) / 2 - 1;
    if (u.p === v.p) (projects[u.p]!.dependencies as unknown[]).push({ from: `t${u.i}`, to: `t${v.i}`, type, lag });
    else cross.push({ fromProject: `p${u.p}`, from: `t${u.i}`, toProject: `p${v.p}`, to: `t${v.i}`, type, lag } as never);
  }
  return { id: 'pf', name: 'pf', projects, crossDependencies: cross, calendars: [SIX_DAYS], risks: [] } as unknown as Portfolio;
}
