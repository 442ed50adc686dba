import { PmoError } from '../errors.js';
import type { Portfolio } from '../model/portfolio.js';
import { assignmentOf } from './internal/assign.js';
import { solve } from './internal/ga.js';
import { readChoice, readOptionsObject, readSchedules, readSeed, show } from './internal/options.js';
import { portfolioInstance, type PortfolioInstance } from './internal/portfolioInstance.js';
import { compileProblem, type Problem } from './internal/problem.js';
import { toSolution } from './internal/solution.js';
import type { DemandAssignment, LeveledProject, LeveledTask, LevelingResult, LevelResourcesOptions } from './levelingTypes.js';
import type { RcpspObjective } from './types.js';

/**
 * Levels the resources of a whole portfolio: schedules every task so that no resource, skill or
 * pool is asked for more than it can give on any working day, while respecting every link,
 * project start, constraint and, as far as possible, every deadline, and finishing the portfolio
 * (or each project, by priority) as early as possible.
 *
 * **Model.** Time is the working days of one calendar (the axis of `schedulePortfolio`). Leaf
 * tasks are scheduled; summaries span their subtasks, and links on a summary apply to each of its
 * leaves. Durations and lags are rounded up to whole working days. All four link types with
 * their lags become minimum start-to-start distances; cross-project dependencies are links like
 * any other. Project starts and SNET, FNET, MSO and MFO constraints are release dates; task and
 * project deadlines and SNLT, FNLT, MSO and MFO constraints are soft deadlines (lateness is
 * minimized first); ALAP is leveled as ASAP. Capacities and demands follow
 * {@link resourceLoading}, exactly per working day: each person gives `capacity` on the days they
 * work (a Monday–Thursday person: nothing on Fridays) and nothing on the others. **Assignment is
 * exact:** on every working day, the named demands and skill demands (N units of a skill at a
 * minimum level) of the tasks running that day must be met by one assignment of the people's
 * (fractional) capacity — a transportation problem checked by max-flow, not per skill or per
 * pool, so three or more skills over overlapping people never double-book anyone. A demand asks,
 * each day, at most what its people can give that task that day: a named demand nothing on the
 * person's days off, a skill demand nothing when no qualified person works; a demand above that
 * (e.g. 1 unit of a skill whose only people give 0.5 on Fridays) is leveled as asking for all of
 * it on those days and reported in `warnings` (it stays over-allocated there).
 *
 * **Algorithm.** {@link solveRcpsp}'s genetic algorithm on that instance, within a budget of
 * schedules; `objective: 'delay'` minimizes the average project delay weighted by priority.
 * The result passes {@link verifySchedule} on `result.instance` (apart from missed deadlines,
 * reported in `lateness`): the instance has one resource per person (`resource:<id>`, with its
 * daily capacity profile) and each demand as a group demand (label `resource:<id>` or
 * `skill:<skill>[@level]`), whose per-day assignment verifySchedule checks with its own max-flow;
 * and {@link overallocations} finds nothing it could have avoided.
 * Deterministic for a given seed.
 *
 * Complexity: as {@link solveRcpsp} on n leaf tasks and R people, plus O(R × H) for the capacity
 * profiles over a horizon of H working days; each placement checks its days' assignment greedily
 * first and by augmenting paths only when the greedy assignment fails.
 *
 * @param portfolio - the portfolio (e.g. from `parsePortfolio`); never mutated
 * @param options - budget, seed, objective, deadlines, weights, axis calendar; see {@link LevelResourcesOptions}
 * @returns leveled start and finish of every task (offsets and dates), each project's finish and
 *   delay, the number of schedules used, the instance with its starts, and who covers each demand
 *   (`assignments`: one exact assignment per working day, summed per task)
 * @throws {@link CycleError} (code `CYCLE`) when the dependencies form a cycle
 * @throws {@link PmoError} `UNKNOWN_ID` for a reference to an unknown project, task, resource or
 *   calendar; `INVALID_ARGUMENT` for malformed input or options
 * @example
 * ```ts
 * const leveled = levelResources(portfolio, { objective: 'delay', seed: 1 });
 * for (const p of leveled.projects) console.log(p.id, p.finishDate, `+${p.delay} days`);
 * overallocations(portfolio, leveled); // [] unless a demand exceeds what exists
 * ```
 */
export function levelResources(portfolio: Portfolio, options?: LevelResourcesOptions): LevelingResult {
  const fn = 'levelResources';
  if (typeof portfolio !== 'object' || portfolio === null || !Array.isArray(portfolio.projects))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a portfolio object, got ${show(portfolio)}`);
  const o = readOptionsObject(fn, options);
  const budget = readSchedules(fn, o.schedules, 5000);
  const seed = readSeed(fn, o.seed);
  const objective = readChoice<RcpspObjective>(fn, 'objective', o.objective, ['makespan', 'delay'], 'makespan');
  const weights = readChoice<'priority' | 'equal'>(fn, 'weights', o.weights, ['priority', 'equal'], 'priority');
  if (o.deadlines !== undefined && typeof o.deadlines !== 'boolean') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.deadlines must be a boolean, got ${show(o.deadlines)}`);
  if (o.calendarId !== undefined && (typeof o.calendarId !== 'string' || o.calendarId === ''))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId must be a non-empty string, got ${show(o.calendarId)}`);
  const pi = portfolioInstance(fn, portfolio, { calendarId: o.calendarId as string | undefined, deadlines: o.deadlines !== false, weights });
  const pr = compileProblem(fn, pi.instance);
  const r = solve(pr, { budget, seed, objective });
  const sol = toSolution(pr, r.S, r.schedules);
  const S = sol.starts;
  const { axis, dem } = pi;
  const acts = pi.instance.activities;
  // A milestone driven by a finish (a tight FS or FF link) sits on the day before its offset, as in
  // schedulePortfolio; otherwise on the day of its offset.
  const finishesAt = new Set<string>();
  const index = new Map(acts.map((a, i) => [a.id, i] as const));
  for (const e of pi.instance.precedences ?? []) {
    const a = index.get(e.from)!;
    const b = index.get(e.to)!;
    if ((e.type === 'FS' || e.type === 'FF') && acts[b]!.duration === 0 && S[b]! > 0 && S[a]! + acts[a]!.duration + (e.lag ?? 0) === S[b]!) finishesAt.add(e.to);
  }
  const dateOfStart = (i: number): string => (acts[i]!.duration === 0 && finishesAt.has(acts[i]!.id) ? axis.dateAt(S[i]! - 1) : axis.dateAt(S[i]!));
  const dateOfFinish = (i: number): string => (acts[i]!.duration === 0 ? dateOfStart(i) : axis.dateAt(S[i]! + acts[i]!.duration - 1));
  const tasks: LeveledTask[] = dem.tasks.map((t, g) => {
    const base = { id: t.task.id, projectId: t.projectId, key: t.key, name: t.task.name };
    const i = pi.taskActivity[g]!;
    if (i >= 0) {
      const start = S[i]!;
      const d = acts[i]!.duration;
      const early = pr.es[i]!;
      return { ...base, summary: false, milestone: d === 0, duration: d, start, finish: start + d, startDate: dateOfStart(i), finishDate: dateOfFinish(i), earlyStart: early, shift: start - early };
    }
    const leaves = pi.leaves[g]!;
    let s = Infinity;
    let f = -Infinity;
    let es = Infinity;
    let first = leaves[0]!;
    let last = leaves[0]!;
    for (const x of leaves) {
      if (S[x]! < s) {
        s = S[x]!;
        first = x;
      }
      if (S[x]! + acts[x]!.duration > f) {
        f = S[x]! + acts[x]!.duration;
        last = x;
      }
      if (pr.es[x]! < es) es = pr.es[x]!;
    }
    return { ...base, summary: true, milestone: f === s, duration: f - s, start: s, finish: f, startDate: dateOfStart(first), finishDate: dateOfFinish(last), earlyStart: es, shift: s - es };
  });
  const projects: LeveledProject[] = portfolio.projects.map((p, j) => {
    const pr2 = sol.projects[j]!;
    let lastDate = axis.dateAt(Math.max(0, pr2.release));
    let lastFinish = -1;
    acts.forEach((a, i) => {
      if (a.project !== p.id) return;
      const f = S[i]! + a.duration;
      if (f > lastFinish) {
        lastFinish = f;
        lastDate = dateOfFinish(i);
      }
    });
    return {
      id: p.id,
      name: p.name,
      release: pr2.release,
      startDate: axis.dateAt(pr2.release),
      finish: pr2.finish,
      finishDate: lastDate,
      criticalPathDuration: pr2.criticalPathDuration,
      delay: pr2.delay,
      weight: pi.instance.projects?.[j]?.weight ?? 1,
      ...(p.deadline !== undefined ? { deadline: p.deadline } : {}),
      late: p.deadline !== undefined && lastDate > p.deadline,
    };
  });
  let lastDate = axis.dateAt(0);
  for (const p of projects) if (p.finishDate > lastDate) lastDate = p.finishDate;
  return {
    portfolioId: portfolio.id,
    calendarId: axis.calendarId,
    start: axis.start,
    finish: lastDate,
    makespan: sol.makespan,
    lowerBound: sol.lowerBound,
    criticalPathLength: sol.criticalPathLength,
    schedules: sol.schedules,
    seed,
    objective,
    averageDelay: sol.averageDelay,
    lateness: sol.lateness,
    tasks,
    projects,
    warnings: pi.warnings,
    instance: pi.instance,
    starts: S,
    assignments: demandAssignments(pi, pr, S),
  };
}

/** The people covering each group demand of the leveled schedule (one witness assignment per day). */
function demandAssignments(pi: PortfolioInstance, pr: Problem, S: readonly number[]): DemandAssignment[] {
  const a = pr.asg;
  if (a === null) return [];
  const flow = assignmentOf(pr, S);
  const out: DemandAssignment[] = [];
  pi.instance.activities.forEach((act, i) => {
    const gds = act.groupDemands ?? [];
    // Every group demand of a portfolio activity is a need, in order (no dedicated demands).
    gds.forEach((g, x) => {
      const q = a.needOff[i]! + x;
      const people: { resourceId: string; unitDays: number }[] = [];
      for (let w = 0; w < a.nw; w++) {
        const u = Math.round(flow[q * a.nw + w]! * 1e9) / 1e9;
        if (u > 0) people.push({ resourceId: pi.res.ids[a.wRes[w]!]!, unitDays: u });
      }
      people.sort((u, v) => pi.res.index.get(u.resourceId)! - pi.res.index.get(v.resourceId)!);
      out.push({ key: act.id, demand: g.label ?? '', units: g.units, people });
    });
  });
  return out;
}
