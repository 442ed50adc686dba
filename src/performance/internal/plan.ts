/**
 * The plan an analysis measures against (the performance measurement baseline): per work package
 * (leaf task), its budget and planned span, from a baseline or, without one, from the schedule of
 * the project with its progress left out. Private to pmo-kit.
 */
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { Baseline } from '../../model/status.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { CostProfile, Task } from '../../model/task.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { taskKey } from '../../schedule/taskKey.js';
import type { CalendarResolver } from './calendarResolver.js';
import { Accumulator, atMost } from './numbers.js';
import { ramp, type Piece } from './pieces.js';

/** A work package of the plan. */
export interface PlanTask {
  readonly task: Task;
  readonly budget: number;
  /** Planned first and last day (day numbers). */
  readonly start: number;
  readonly finish: number;
}

/** The plan of one project. */
export interface ProjectPlan {
  readonly source: 'baseline' | 'schedule';
  readonly baselineId: string | null;
  /** First planned day and last planned day (day numbers). */
  readonly start: number;
  readonly finish: number;
  readonly bac: number;
  /** Work packages by task id. */
  readonly tasks: ReadonlyMap<string, PlanTask>;
  /** PV pieces. */
  readonly pv: readonly Piece[];
}

/** Ids of a project's summary tasks (those another task names as parent). */
export function summaryIds(project: Project): Set<string> {
  const s = new Set<string>();
  for (const t of project.tasks) if (t.parentId !== undefined) s.add(t.parentId);
  return s;
}

/** The baseline a project is measured against: the latest approved on or before the status date, else the earliest. */
export function chooseBaseline(portfolio: Portfolio, project: Project, statusDay: number, warnings: string[]): Baseline | undefined {
  const own = (portfolio.baselines ?? []).filter((b) => b.projectId === project.id);
  if (own.length === 0) return undefined;
  let best: Baseline | undefined;
  for (const b of own) if (dayNumber(b.date)! <= statusDay && (best === undefined || b.date >= best.date)) best = b;
  if (best !== undefined) return best;
  const earliest = own.reduce((a, b) => (b.date < a.date ? b : a));
  warnings.push(`baseline ${JSON.stringify(earliest.id)} was approved on ${earliest.date}, after the status date; it is used all the same (no earlier baseline)`);
  return earliest;
}

type ScheduledTask = SchedulePortfolioResult['tasks'][number];
const byKeyOf = new WeakMap<SchedulePortfolioResult, ReadonlyMap<string, ScheduledTask>>();

/** The tasks of a portfolio schedule by key, built once per schedule (not once per project: that was quadratic in projects). */
function tasksByKey(s: SchedulePortfolioResult): ReadonlyMap<string, ScheduledTask> {
  let m = byKeyOf.get(s);
  if (m === undefined) byKeyOf.set(s, (m = new Map(s.tasks.map((x) => [x.key, x]))));
  return m;
}

/** Builds the plan of a project. `planSchedule` is asked for only when the project has no baseline. */
export function buildPlan(
  project: Project,
  baseline: Baseline | undefined,
  planSchedule: () => SchedulePortfolioResult,
  cals: CalendarResolver,
  defaultProfile: CostProfile,
  warnings: string[],
): ProjectPlan {
  const summaries = summaryIds(project);
  const tasks = new Map<string, PlanTask>();
  for (const t of project.tasks)
    if (summaries.has(t.id) && ((t.budget ?? 0) > 0 || (t.actualCost ?? 0) > 0))
      warnings.push(`summary task ${JSON.stringify(t.id)}: its budget and actual cost are not counted (value is earned on work packages, the tasks without subtasks)`);
  const leaves = project.tasks.filter((t) => !summaries.has(t.id));
  if (baseline !== undefined) {
    const entries = new Map((baseline.tasks ?? []).map((b) => [b.taskId, b]));
    for (const t of leaves) {
      const b = entries.get(t.id);
      if (b === undefined) {
        if ((t.budget ?? 0) > 0) warnings.push(`task ${JSON.stringify(t.id)} is not in baseline ${JSON.stringify(baseline.id)}: its budget is not in the BAC and it earns no value`);
        continue;
      }
      tasks.set(t.id, { task: t, budget: b.cost ?? t.budget ?? 0, start: dayNumber(b.start)!, finish: dayNumber(b.finish)! });
    }
  } else {
    const byKey = tasksByKey(planSchedule());
    for (const t of leaves) {
      const x = byKey.get(taskKey(project.id, t.id));
      if (x === undefined) continue;
      tasks.set(t.id, { task: t, budget: t.budget ?? 0, start: dayNumber(x.earlyStartDate)!, finish: dayNumber(x.earlyFinishDate)! });
    }
  }
  const pv: Piece[] = [];
  const bac = new Accumulator();
  let start = Infinity;
  let finish = -Infinity;
  for (const p of tasks.values()) {
    start = Math.min(start, p.start);
    finish = Math.max(finish, p.finish);
    if (p.budget > 0) {
      pv.push(ramp(p.budget, p.start, p.finish, cals.task(project, p.task), p.task.costProfile ?? defaultProfile));
      bac.add(p.budget);
    }
  }
  if (start === Infinity) start = finish = dayNumber(project.start)!;
  if (baseline?.budget !== undefined && !atMost(Math.abs(baseline.budget - bac.value), 1e-6 * Math.max(1, baseline.budget)))
    warnings.push(`baseline ${JSON.stringify(baseline.id)}: its budget (${baseline.budget}) differs from the sum of its task costs (${bac.value}); the BAC is the sum`);
  return { source: baseline !== undefined ? 'baseline' : 'schedule', baselineId: baseline?.id ?? null, start, finish, bac: bac.value, tasks, pv };
}

/** The portfolio with every task's progress left out: its schedule is the plan, whatever the engine does with progress. */
export function withoutProgress(portfolio: Portfolio): Portfolio {
  return {
    ...portfolio,
    projects: portfolio.projects.map((p) => ({
      ...p,
      tasks: p.tasks.map(({ actualStart: _s, actualFinish: _f, percentComplete: _p, actualCost: _c, ...t }) => t),
    })),
  };
}

/** `YYYY-MM-DD` of a day number. */
export const iso = (day: number): string => isoFromDayNumber(day);
