import { PmoError } from '../errors.js';
import type { Portfolio } from '../model/portfolio.js';
import { dayNumber } from '../internal/dates.js';
import { assignmentOf } from './internal/assign.js';
import { placeAlap } from './internal/alap.js';
import { checkDeadlines, readDeadlines } from './internal/deadlines.js';
import { solve } from './internal/ga.js';
import { readOptions } from '../internal/options.js';
import { readChoice, readSchedules, readSeed, show } from './internal/options.js';
import { portfolioInstance, type PortfolioInstance } from './internal/portfolioInstance.js';
import { finishOf, linkBound, nextWork, prevWork } from './internal/calendarTable.js';
import { compileProblem } from './internal/compileProblem.js';
import { linkDistance, type Problem } from './internal/problem.js';
import { toSolution } from './internal/solution.js';
import { verifySchedule } from './verifySchedule.js';
import type { DemandAssignment, LeveledProject, LeveledTask, LevelResourcesResult, LevelResourcesOptions } from './leveledScheduleTypes.js';
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
  const o = readOptions(fn, options);
  const budget = readSchedules(fn, o.schedules, 5000);
  const seed = readSeed(fn, o.seed);
  const objective = readChoice<RcpspObjective>(fn, 'objective', o.objective, ['makespan', 'delay'], 'makespan');
  const weights = readChoice<'priority' | 'equal'>(fn, 'weights', o.weights, ['priority', 'equal'], 'priority');
  const deadlines = readDeadlines(fn, o.deadlines);
  if (o.calendarId !== undefined && (typeof o.calendarId !== 'string' || o.calendarId === ''))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId must be a non-empty string, got ${show(o.calendarId)}`);
  const pi = portfolioInstance(fn, portfolio, {
    calendarId: o.calendarId as string | undefined,
    schedule: o.schedule as SchedulePortfolioResult | undefined,
    deadlines: deadlines !== 'ignore',
    weights,
  });
  const pr = compileProblem(fn, pi.instance);
  const g = pi.periodsPerDay;
  const { axis, dem } = pi;
  const acts = pi.instance.activities;
  // The last working day of an exclusive finish in periods.
  const lastDay = (f: number): string => axis.dateAt(Math.ceil(f / g - EPS) - 1);
  const wording = {
    unit: g,
    name: (i: number) => {
      const t = dem.tasks[pi.activityTask[i]!]!;
      return `task ${JSON.stringify(t.task.id)} of project ${JSON.stringify(t.projectId)}`;
    },
    source: (i: number) => pi.deadlineSource[i]!,
    when: (f: number) => (f === 0 ? `the start (${axis.start})` : lastDay(f)),
  };
  if (deadlines === 'hard') checkDeadlines(fn, pr, null, 0, wording);
  const r = solve(pr, { budget, seed, objective });
  let S = placeAlap(pr, r.S, pi.alap);
  const warnings = [...pi.warnings];
  // Safety net: the ALAP placement must keep every link and capacity (verifySchedule shares no
  // code with it); if it did not, the leveled schedule is kept as it is.
  if (S !== r.S && verifySchedule(pi.instance, Array.from(S)).some((v) => v.kind !== 'deadline')) {
    S = r.S;
    warnings.push('ALAP tasks are leveled as soon as possible: placing them later failed the schedule check (please report this)');
  }
  if (deadlines === 'hard') checkDeadlines(fn, pr, S, r.schedules, wording);
  const sol = toSolution(pr, S, r.schedules);
  const days = (x: number): number => x / g;
  const fin = (i: number): number => finishOf(pr, i, S[i]!);
  // Offsets of a milestone: its finish is its start (on a calendar its finish instant, the end of
  // the working period before it, only decides dates and the makespan).
  const finOff = (i: number): number => (acts[i]!.duration === 0 ? S[i]! : fin(i));
  // A milestone on a day boundary sits, as in schedulePortfolio, on the day of its offset when a
  // start drives it (its project's start, an SNET or MSO date, a tight SS or SF link, or a tight
  // link from such a milestone), else on the day before (the last working day of its calendar
  // before it).
  const anchored = new Uint8Array(acts.length);
  const into: { a: number; d: number; ty: number; lag: number; start: boolean }[][] = acts.map(() => []);
  const index = new Map(acts.map((a, i) => [a.id, i] as const));
  for (const e of pi.instance.precedences ?? []) {
    const a = index.get(e.from)!;
    const b = index.get(e.to)!;
    const type = e.type ?? 'FS';
    const ty = (type === 'FS' || type === 'FF' ? 1 : 0) | (type === 'FF' || type === 'SF' ? 2 : 0);
    if (acts[b]!.duration === 0) into[b]!.push({ a, d: linkDistance(type, e.lag ?? 0, acts[a]!.duration, 0), ty, lag: e.lag ?? 0, start: type === 'SS' || type === 'SF' });
  }
  for (const i of pr.topo) {
    if (acts[i]!.duration !== 0) continue;
    const c = dem.tasks[pi.activityTask[i]!]!.task.constraint?.type;
    // (On a calendar: the first working period of it from the project's start or the constraint.)
    const own = (t: number): number => (pr.cal === null ? t : nextWork(pr.cal, pr.calOf![i]!, t));
    if (S[i]! <= own(pr.projRelease[pr.proj[i]!]!) || ((c === 'SNET' || c === 'MSO') && S[i] === own(pr.release[i]!))) anchored[i] = 1;
    else
      for (const l of into[i]!) {
        const tight = (pr.cal === null ? S[l.a]! + l.d : linkBound(pr, l.a, i, l.ty, l.lag, S[l.a]!)) === S[i];
        if (tight && (acts[l.a]!.duration === 0 ? anchored[l.a] === 1 : l.start)) anchored[i] = 1;
      }
  }
  const dateOfStart = (i: number): string => {
    const s = S[i]!;
    if (acts[i]!.duration > 0 || s % g !== 0) return axis.dateAt(Math.floor(s / g));
    if (anchored[i] === 1) return axis.dateAt(s / g);
    return axis.dateAt(Math.floor((pr.cal === null ? s - 1 : prevWork(pr.cal, pr.calOf![i]!, s - 1)) / g));
  };
  const dateOfFinish = (i: number): string => (acts[i]!.duration === 0 ? dateOfStart(i) : lastDay(fin(i)));
  const tasks: LeveledTask[] = dem.tasks.map((t, gi) => {
    const base = { id: t.task.id, projectId: t.projectId, key: t.key, name: t.task.name };
    const i = pi.taskActivity[gi]!;
    if (i >= 0) {
      const start = days(S[i]!);
      const d = acts[i]!.duration;
      const early = days(pr.es[i]!);
      return {
        ...base,
        summary: false,
        milestone: d === 0,
        duration: days(d),
        start,
        finish: days(finOff(i)),
        startDate: dateOfStart(i),
        finishDate: dateOfFinish(i),
        earlyStart: early,
        shift: days(S[i]! - pr.es[i]!),
      };
    }
    // Offsets and dates roll up separately, as in schedulePortfolio: a milestone dated on the day
    // before its offset can have the summary's earliest date without its earliest offset.
    const leaves = pi.leaves[gi]!;
    let s = Infinity;
    let f = -Infinity;
    let es = Infinity;
    let startDate = dateOfStart(leaves[0]!);
    let finishDate = dateOfFinish(leaves[0]!);
    for (const x of leaves) {
      if (S[x]! < s) s = S[x]!;
      if (finOff(x) > f) f = finOff(x);
      if (pr.es[x]! < es) es = pr.es[x]!;
      const sd = dateOfStart(x);
      const fd = dateOfFinish(x);
      if (sd < startDate) startDate = sd;
      if (fd > finishDate) finishDate = fd;
    }
    return {
      ...base,
      summary: true,
      milestone: f === s,
      duration: days(f - s),
      start: days(s),
      finish: days(f),
      startDate,
      finishDate,
      earlyStart: days(es),
      shift: days(s - es),
    };
  });
  const projects: LeveledProject[] = portfolio.projects.map((p, j) => {
    const pr2 = sol.projects[j]!;
    // Its finish date, as schedulePortfolio dates it: the working day its last finish instant ends
    // (a milestone dated on the day after it by a start finishes at the end of the day before), or
    // its start date when nothing finishes after its start (milestones at the start).
    // (Its start date is its calendar's first working day on or after its start, as in
    // schedulePortfolio; tasks on other calendars may start before it.)
    const startDate = pi.cpm.projects[j]!.startDate;
    const startKey = axis.indexOf(dayNumber(startDate)!) * g;
    let lastDate = startDate;
    let lastFinish = -Infinity;
    acts.forEach((a, i) => {
      if (a.project !== p.id) return;
      const f = fin(i);
      if (f > lastFinish) {
        lastFinish = f;
        lastDate = f > startKey ? lastDay(f) : startDate;
      }
    });
    return {
      id: p.id,
      name: p.name,
      release: days(pr2.release),
      startDate,
      finish: days(pr2.finish),
      finishDate: lastDate,
      criticalPathDuration: days(pr2.criticalPathDuration),
      delay: days(pr2.delay),
      weight: pi.instance.projects?.[j]?.weight ?? 1,
      ...(p.deadline !== undefined ? { deadlineDate: p.deadline } : {}),
      // Late as the deadlines count (and lateness, and 'hard'): the last finish instant after the
      // end of the deadline day. A milestone that a start dates on the next working day (an SNET
      // on Monday, a Friday deadline) sits at that instant and is not late, as in schedulePortfolio.
      late: lastFinish > pi.projectDeadline[j]!,
    };
  });
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
    seed,
    objective,
    deadlines,
    averageDelay: days(sol.averageDelay),
    lateness: days(sol.lateness),
    tasks,
    projects,
    warnings,
    periodsPerDay: g,
    instance: pi.instance,
    starts: sol.starts,
    assignments: demandAssignments(pi, pr, S, g),
  };
}

const EPS = 1e-9;

/**
 * The people covering each group demand of the leveled schedule (one witness assignment per
 * period, summed per task and converted from unit-periods to unit-days).
 */
function demandAssignments(pi: PortfolioInstance, pr: Problem, S: ArrayLike<number>, periodsPerDay: number): DemandAssignment[] {
  const a = pr.asg;
  if (a === null) return [];
  const flow = assignmentOf(pr, Array.from(S));
  const out: DemandAssignment[] = [];
  pi.instance.activities.forEach((act, i) => {
    const gds = act.groupDemands ?? [];
    // Every group demand of a portfolio activity is a need, in order (no dedicated demands).
    gds.forEach((gd, x) => {
      const q = a.needOff[i]! + x;
      const people: { resourceId: string; unitDays: number }[] = [];
      for (let w = 0; w < a.nw; w++) {
        const u = Math.round((flow[q * a.nw + w]! / periodsPerDay) * 1e9) / 1e9;
        if (u > 0) people.push({ resourceId: pi.res.ids[a.wRes[w]!]!, unitDays: u });
      }
      people.sort((u, v) => pi.res.index.get(u.resourceId)! - pi.res.index.get(v.resourceId)!);
      out.push({ key: act.id, demand: gd.label ?? '', units: gd.units, people });
    });
  });
  return out;
}
