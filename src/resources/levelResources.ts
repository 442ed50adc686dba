import { PmoError } from '../errors.js';
import type { Portfolio } from '../model/portfolio.js';
import { placeAlap } from './internal/alap.js';
import { checkDeadlines, readDeadlines } from './internal/deadlines.js';
import { solve } from './internal/ga.js';
import { readOptions } from '../internal/options.js';
import { readChoice, readSchedules, readSeed, show } from './internal/options.js';
import { portfolioInstance } from './internal/portfolioInstance.js';
import { compileProblem } from './internal/compileProblem.js';
import { demandAssignments, lastWorkingDay, leveledDates, leveledProjects, leveledTasks } from './internal/leveledResult.js';
import { toSolution } from './internal/solution.js';
import { verifySchedule } from './verifySchedule.js';
import type { LevelResourcesResult, LevelResourcesOptions } from './leveledScheduleTypes.js';
import type { RcpspObjective } from './rcpspTypes.js';
import type { SchedulePortfolioResult } from '../schedule/types.js';
import { checkResourceInput } from './internal/checkResourceInput.js';

/**
 * Levels the resources of a whole portfolio: schedules every task so that no resource, skill or
 * pool is asked for more than it can give on any working day, while respecting every link,
 * project start, constraint and every deadline (as far as possible, or strictly with
 * `deadlines: 'hard'`), and finishing the portfolio (or each project, by priority) as early as
 * possible. docs/leveling.md states every rule.
 *
 * Key rules:
 * - Time is the working days of the schedule's calendar; each task works on its own calendar,
 *   and when their working days differ the axis is the union of them all (`unionAxis`): offsets
 *   then count days of that axis, dates stay each task's own.
 * - Leaf tasks are scheduled; summaries span them, and links on a summary apply to its leaves.
 *   Links become minimum start-to-start distances; project starts and SNET, FNET, MSO, MFO are
 *   releases; deadlines and SNLT, FNLT, MSO, MFO are deadlines (`options.deadlines`).
 * - Fractional working days are exact on a grid of 1/2, 1/4 or 1/8 day (`periodsPerDay`), else
 *   rounded up to the finest grid that fits, with a warning.
 * - Assignment is exact: on every working day one assignment of the people's capacity meets
 *   every named and skill demand running (max-flow), so overlapping skills never double-book
 *   anyone; `assignments` says who covers each demand.
 * - ALAP tasks are leveled, then moved as late as the resources, their successors, the
 *   portfolio's finish and their deadlines allow.
 * - The result passes {@link verifySchedule} on `result.instance` and `result.starts` (missed
 *   soft deadlines aside), and {@link overallocations} finds nothing it could have avoided.
 *   Deterministic for a given seed.
 *
 * Complexity: as {@link solveRcpsp} on n leaf tasks and R people, plus O(R × H) for the capacity
 * profiles over a horizon of H periods (a bound of any schedule's finish; H < 2^26 and
 * R × H < 2^28, else `INVALID_ARGUMENT`).
 *
 * @example Hard deadlines
 * ```ts
 * try {
 *   levelResources(portfolio, { deadlines: 'hard' });
 * } catch (err) {
 *   if (err instanceof DeadlineError) for (const m of err.missed) console.log(m.id, m.provable ? 'impossible' : 'not found');
 * }
 * ```
 *
 * @param portfolio - the portfolio (e.g. from `parsePortfolio`); never mutated
 * @param options - budget, seed, objective, deadlines, weights, axis calendar; see {@link LevelResourcesOptions}
 * @returns leveled start and finish of every task (offsets and dates), each project's finish and
 *   delay, the number of schedules used, the instance with its starts, and who covers each demand
 *   (`assignments`: one exact assignment per working day, summed per task)
 * @throws {@link CycleError} (code `CYCLE`) when the dependencies form a cycle
 * @throws {@link DeadlineError} (code `DEADLINE`) with `deadlines: 'hard'` when a deadline is not met
 * @throws {@link PmoError} `UNKNOWN_ID` for a reference to an unknown project, task, resource or
 *   calendar; `INVALID_ARGUMENT` for malformed input or options (an `options.schedule` of another
 *   portfolio or calendar among them), or a time axis too long to level (see Complexity)
 * @example
 * ```ts
 * const leveled = levelResources(portfolio, { objective: 'delay', seed: 1 });
 * for (const p of leveled.projects) console.log(p.id, p.finishDate, `+${p.delay} days`);
 * overallocations(portfolio, leveled); // [] unless a demand exceeds what exists
 * ```
 */
export function levelResources(portfolio: Portfolio, options?: LevelResourcesOptions): LevelResourcesResult {
  const fn = 'levelResources';
  checkResourceInput(fn, portfolio);
  const o = readLevelOptions(fn, options);
  const pi = portfolioInstance(fn, portfolio, {
    calendarId: o.calendarId,
    schedule: o.schedule,
    deadlines: o.deadlines !== 'ignore',
    weights: o.weights,
  });
  const pr = compileProblem(fn, pi.instance);
  const g = pi.periodsPerDay;
  const { axis, dem } = pi;
  const wording = {
    unit: g,
    name: (i: number) => {
      const t = dem.tasks[pi.activityTask[i]!]!;
      return `task ${JSON.stringify(t.task.id)} of project ${JSON.stringify(t.projectId)}`;
    },
    source: (i: number) => pi.deadlineSource[i]!,
    when: (f: number) => (f === 0 ? `the start (${axis.start})` : lastWorkingDay(pi, f)),
  };
  if (o.deadlines === 'hard') checkDeadlines(fn, pr, null, 0, wording);
  const r = solve(pr, { budget: o.budget, seed: o.seed, objective: o.objective });
  let S = placeAlap(pr, r.S, pi.alap);
  const warnings = [...pi.warnings];
  // Safety net: the ALAP placement must keep every link and capacity (verifySchedule shares no
  // code with it); if it did not, the leveled schedule is kept as it is.
  if (S !== r.S && verifySchedule(pi.instance, Array.from(S)).some((v) => v.kind !== 'deadline')) {
    S = r.S;
    warnings.push('ALAP tasks are leveled as soon as possible: placing them later failed the schedule check (please report this)');
  }
  if (o.deadlines === 'hard') checkDeadlines(fn, pr, S, r.schedules, wording);
  const sol = toSolution(pr, S, r.schedules);
  const days = (x: number): number => x / g;
  const dates = leveledDates(pi, pr, S);
  const projects = leveledProjects(portfolio, pi, sol, dates);
  let lastDate = axis.dateAt(0);
  for (const p of projects) if (p.finishDate > lastDate) lastDate = p.finishDate;
  return {
    portfolioId: portfolio.id,
    calendarId: axis.calendarId,
    unionAxis: axis.union,
    startDate: axis.start,
    finishDate: lastDate,
    makespan: days(sol.makespan),
    lowerBound: days(sol.lowerBound),
    criticalPathLength: days(sol.criticalPathLength),
    schedules: sol.schedules,
    seed: o.seed,
    objective: o.objective,
    deadlines: o.deadlines,
    averageDelay: days(sol.averageDelay),
    lateness: days(sol.lateness),
    tasks: leveledTasks(pi, pr, S, dates),
    projects,
    warnings,
    periodsPerDay: g,
    instance: pi.instance,
    starts: sol.starts,
    assignments: demandAssignments(pi, pr, S, g),
  };
}

/** The options of {@link levelResources}, read and checked. */
function readLevelOptions(fn: string, options: LevelResourcesOptions | undefined) {
  const o = readOptions(fn, options);
  const budget = readSchedules(fn, o.schedules, 5000);
  const seed = readSeed(fn, o.seed);
  const objective = readChoice<RcpspObjective>(fn, 'objective', o.objective, ['makespan', 'delay'], 'makespan');
  const weights = readChoice<'priority' | 'equal'>(fn, 'weights', o.weights, ['priority', 'equal'], 'priority');
  const deadlines = readDeadlines(fn, o.deadlines);
  if (o.calendarId !== undefined && (typeof o.calendarId !== 'string' || o.calendarId === ''))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId must be a non-empty string, got ${show(o.calendarId)}`);
  return { budget, seed, objective, weights, deadlines, calendarId: o.calendarId as string | undefined, schedule: o.schedule as SchedulePortfolioResult | undefined };
}
