/**
 * A benchmark instance (periodProblems.ts) presented as a portfolio: every day works, so that
 * working-day offsets are periods. Private to pmo-kit/io.
 */
import { parsePortfolio } from '../../model/parse.js';
import type { Portfolio, PortfolioInput } from '../../model/portfolio.js';
import { addPeriods, NEUTRAL_CALENDAR } from './neutral.js';
import type { PeriodActivity, PeriodProblem } from './periodProblems.js';

type ProjectInput = PortfolioInput['projects'][number];
type DependencyInput = NonNullable<ProjectInput['dependencies']>[number];
type CrossDependencyInput = NonNullable<PortfolioInput['crossDependencies']>[number];

/** How the portfolio names and dates what the instance numbers. */
export interface PeriodFrame {
  /** The portfolio's id and name. */
  readonly id: string;
  readonly name: string;
  /** The day of period 0, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** A project's id and name, and its due period (the first period after the last one work may happen in), if any. */
  readonly project: (id: string) => { readonly id: string; readonly name: string; readonly due?: number };
  /** A task's id within its project, and its name, from the activity id. */
  readonly taskId: (activityId: string) => string;
  readonly taskName: (activityId: string) => string;
  /** Whether the portfolio lists its cross-project dependencies (even none). */
  readonly listCrossDependencies: boolean;
}

/** A task per activity: zero-duration activities are milestones, each nonzero demand a demand of its resource. */
function taskOf(problem: PeriodProblem, frame: PeriodFrame, a: PeriodActivity): ProjectInput['tasks'][number] {
  return {
    id: frame.taskId(a.id),
    name: frame.taskName(a.id),
    duration: a.duration,
    milestone: a.duration === 0,
    demands: a.demands.flatMap((units, k) => (units > 0 ? [{ resourceId: problem.resources[k]!.id, units }] : [])),
  };
}

/**
 * The validated portfolio of `problem`: one calendar on which every day works (`all-days`),
 * resources with their capacities, a project per project of the instance starting at its release
 * period, finish-to-start dependencies (across projects as cross-project dependencies).
 * @throws PmoError INVALID_ARGUMENT, naming `fn`, for a bad start date; PmoValidationError for an inconsistent instance
 */
export function periodPortfolio(fn: string, problem: PeriodProblem, frame: PeriodFrame): Portfolio {
  const projectOf = new Map(problem.activities.map((a) => [a.id, a.project]));
  const ids = new Map(problem.projects.map((p) => [p.id, frame.project(p.id)]));
  const tasks = new Map(problem.projects.map((p) => [p.id, [] as PeriodActivity[]]));
  for (const a of problem.activities) tasks.get(a.project)!.push(a);
  const dependencies = new Map(problem.projects.map((p) => [p.id, [] as DependencyInput[]]));
  const crossDependencies: CrossDependencyInput[] = [];
  for (const e of problem.precedences) {
    const from = projectOf.get(e.from)!;
    // A successor that is no activity stays in the predecessor's project (validation names it).
    const to = projectOf.get(e.to) ?? from;
    if (from === to) dependencies.get(from)!.push({ from: frame.taskId(e.from), to: frame.taskId(e.to), type: 'FS', lag: 0 });
    else crossDependencies.push({ fromProject: ids.get(from)!.id, from: frame.taskId(e.from), toProject: ids.get(to)!.id, to: frame.taskId(e.to), type: 'FS', lag: 0 });
  }
  const projects = problem.projects.map((p): ProjectInput => {
    const { id, name, due } = ids.get(p.id)!;
    return {
      id,
      name,
      start: addPeriods(fn, frame.startDate, p.release),
      ...(due !== undefined && due > 0 ? { deadline: addPeriods(fn, frame.startDate, due - 1) } : {}),
      calendarId: NEUTRAL_CALENDAR.id,
      tasks: tasks.get(p.id)!.map((a) => taskOf(problem, frame, a)),
      dependencies: dependencies.get(p.id)!,
    };
  });
  const input: PortfolioInput = {
    id: frame.id,
    name: frame.name,
    defaultCalendarId: NEUTRAL_CALENDAR.id,
    calendars: [NEUTRAL_CALENDAR],
    resources: problem.resources.map((r) => ({ id: r.id, name: r.id, capacity: r.capacity })),
    projects,
    ...(frame.listCrossDependencies ? { crossDependencies } : {}),
  };
  return parsePortfolio(input);
}
