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
import type { RcpspCalendar, RcpspObjective } from './rcpspTypes.js';
import type { SchedulePortfolioResult } from '../schedule/types.js';
import { checkResourceInput } from './internal/checkResourceInput.js';

/**
 * Levels the resources of a whole portfolio: schedules every task so that no resource, skill or
 * pool is asked for more than it can give on any working day, while respecting every link,
 * project start, constraint and every deadline (as far as possible, or strictly with
 * `deadlines: 'hard'`), and finishing the portfolio (or each project, by priority) as early as
 * possible.
 *
 * **Model.** Time is the working days of one calendar (the axis of `schedulePortfolio`:
 * `options.calendarId`, else the portfolio's default). Each task works on its own calendar, as in
 * `schedulePortfolio` (its `calendarId`, else its project's): it starts on one of its working
 * days, its duration counts its working days, it holds its people only on them (they are free for
 * other tasks on its days off), and lags count working days of the successor's calendar (FF/SF and
 * milestones as in `schedule()`; see {@link RcpspCalendar}). When some task calendar has other
 * working days than the axis calendar, the time axis is the union of the working days of the axis
 * calendar and of every task and project calendar: the offsets of the result (`start`, `finish`,
 * `makespan`, bounds, delays; and `instance`, `starts`) then count days of that union axis, and
 * every date stays the task's own (with unlimited capacity, `schedulePortfolio`'s dates, ALAP
 * tasks aside when a late start falls in a gap of their calendar). Leaf
 * tasks are scheduled; summaries span their subtasks, and links on a summary apply to each of its
 * leaves. Fractional durations and lags are exact: the instance's period is 1/2, 1/4 or 1/8 of a
 * working day when that makes every duration, lag and project start whole (`periodsPerDay`);
 * when none does, or the horizon would pass 200,000 periods, they are rounded up to the finest
 * grid that fits, with a warning. Offsets of the result are in working days (fractions allowed)
 * and dates follow `schedule()`: a task's start date is the day its start falls in, its finish
 * date the day its (exclusive) finish ends in. All four link types with their lags become
 * minimum start-to-start distances; cross-project dependencies are links like any other. Project
 * starts and SNET, FNET, MSO and MFO constraints are release dates; task and project deadlines
 * and SNLT, FNLT, MSO and MFO constraints are deadlines (see `options.deadlines`). ALAP tasks are
 * leveled like the others, then moved as late as they can go, as `schedule()` places them: each
 * to its latest start under the resource limits, before its successors (which follow it), the
 * portfolio's leveled finish (as `schedulePortfolio`'s default late finish) and any deadline it
 * meets; nothing else moves, and with unlimited capacity they land where `schedulePortfolio`
 * puts them.
 *
 * Capacities and demands follow {@link resourceLoading}, exactly per working day: each person
 * gives `capacity` on the days they work (a Monday–Thursday person: nothing on Fridays) and
 * nothing on the others. **Assignment is exact:** on every working day, the named demands and
 * skill demands (N units of a skill at a minimum level) of the tasks running that day must be
 * met by one assignment of the people's (fractional) capacity — a transportation problem checked
 * by max-flow, not per skill or per pool, so three or more skills over overlapping people never
 * double-book anyone. A demand asks, each day, at most what its people can give that task that
 * day: a named demand nothing on the person's days off, a skill demand nothing when no qualified
 * person works; a demand above that (e.g. 1 unit of a skill whose only people give 0.5 on
 * Fridays) is leveled as asking for all of it on those days and reported in `warnings` (it stays
 * over-allocated there). Likewise, when a task's demands share people and together ask more than
 * those people give on a day although each alone fits (Ana by name and a developer, on a Friday
 * when Ana is the only developer working), each demand asks only what the earlier ones leave
 * (the {@link RcpspGroupDemand} rule), and the task is named in `warnings`.
 *
 * **Algorithm.** {@link solveRcpsp}'s genetic algorithm on that instance, within a budget of
 * schedules; `objective: 'delay'` minimizes the average project delay weighted by priority.
 * With `deadlines: 'soft'` (default) the total lateness is minimized first and a missed deadline
 * is reported in `lateness`; with `'hard'` the result meets every deadline or a
 * {@link DeadlineError} names those not met, telling the provably infeasible ones (the critical
 * path alone already finishes later; thrown before any search) from those missed within the
 * budget; `'ignore'` drops them. The result passes {@link verifySchedule} on `result.instance`
 * (apart from missed soft deadlines): the instance has one resource per person
 * (`resource:<id>`, with its capacity profile per period) and each demand as a group demand
 * (label `resource:<id>` or `skill:<skill>[@level]`), whose per-period assignment verifySchedule
 * checks with its own max-flow; and {@link overallocations} finds nothing it could have avoided
 * (neither aggregate entries nor `'assignment'` ones).
 * Deterministic for a given seed.
 *
 * Complexity: as {@link solveRcpsp} on n leaf tasks and R people, plus O(R × H) for the capacity
 * profiles over a horizon of H periods (H grows with `periodsPerDay`): the latest release plus
 * every duration and positive lag (on task calendars, each task adds instead the widest span its
 * own calendar needs for its incoming lag plus its duration), a bound of any schedule's finish, so
 * the people's calendars are
 * followed on every period a schedule can reach (H below 2^26 and R × H below 2^28, else
 * `INVALID_ARGUMENT`); each placement checks its periods' assignment greedily first and by
 * augmenting paths from the period's current assignment only when the greedy assignment fails
 * (when every two sets of people demanded are disjoint or nested, e.g. named people only, a
 * capacity test per set is exact and no assignment is kept).
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
