import { PmoError } from '../errors.js';
import type { Calendar } from '../model/calendar.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import type { Task } from '../model/task.js';
import { show } from '../internal/show.js';
import { readOptions } from '../internal/options.js';
import { calendarIndex, resolveCalendar, taskCalendars } from './internal/calendars.js';
import { compileNetwork } from './internal/compiled.js';
import type { CompiledLinks, CompiledScheduleOutput } from './compiledTypes.js';
import { readCriticalPathOptions, readProgressOptions, type CoreRequest } from './internal/request.js';

export { COMPILED_LINK_TYPES, type CompiledLinks, type CompiledScheduleOutput } from './compiledTypes.js';

/** Options of {@link compileSchedule}: those of {@link schedule} for a project, of {@link schedulePortfolio} for a portfolio. */
export interface CompileScheduleOptions {
  /** A task is critical when its total float is at most this. Default `0`. */
  readonly criticalThreshold?: number;
  /** A project only: calendars its `calendarId` and its tasks' may name. Default `[]` (a portfolio's own `calendars` are used). */
  readonly calendars?: readonly Calendar[];
  /** A project only: the calendar when the project names none. Default: the standard calendar. */
  readonly defaultCalendarId?: string;
  /** A portfolio only: the reference calendar, as in {@link SchedulePortfolioOptions}. */
  readonly calendarId?: string;
  /** A portfolio only: `'portfolio'` (default) or `'project'`, as in {@link SchedulePortfolioOptions}. */
  readonly lateFinish?: 'portfolio' | 'project';
  /**
   * `'plan'` (default without a `statusDate`): the plan, progress ignored. `'forecast'` (default
   * with a `statusDate`): the tasks' progress is read once, as {@link schedule} reads it
   * (docs/progress.md), and every run re-schedules the work left: see {@link CompiledSchedule.durations}.
   */
  readonly progress?: 'plan' | 'forecast';
  /** The forecast's status date (`YYYY-MM-DD`) for every project, as {@link ScheduleOptions}; default: each project's `statusDate`. Refused with `progress: 'plan'`. */
  readonly statusDate?: string;
}

/** A schedule network compiled once, to be run many times with other durations. */
export interface CompiledSchedule {
  /** Number of tasks (WBS summaries included): the length of the per-task arrays. */
  readonly taskCount: number;
  /** What {@link schedule} / {@link schedulePortfolio} call each task: its id (a project) or its key `projectId/taskId` (a portfolio), in input order. */
  readonly taskKeys: readonly string[];
  /** The task objects, in the same order (never mutated). */
  readonly tasks: readonly Task[];
  /** Ids of the projects, in input order. */
  readonly projectIds: readonly string[];
  /** Project index of each task. */
  readonly projectOf: Int32Array;
  /** 1 for a WBS summary task: its duration is not read, its values are rolled up from its leaves. */
  readonly isSummary: Uint8Array;
  /** Start offset of each project on the reference calendar. */
  readonly projectStart: Float64Array;
  /**
   * What a run of the deterministic schedule takes, a fresh copy: the plan's durations (each task's
   * `duration`); in a forecast, each task's **work left**: a not-started task's `duration`, an
   * in-progress task's remaining duration (`remainingDuration`, else `duration × (1 −
   * percentComplete/100)`), 0 for a complete task. A run of a forecast reads a task's entry as
   * that work left: an in-progress task resumes where its progress says (read once at compile
   * time: after its work done, its `resume` day, or the status date) and lasts that long from
   * there; a complete task's entry is ignored (it keeps its actual dates).
   */
  readonly durations: Float64Array;
  /** A forecast: each task's progress, 0 not started (or a WBS summary), 1 in progress, 2 complete; `null` for the plan (or when no task reports progress and no status date is known). */
  readonly progress: Uint8Array | null;
  /** The links between leaf tasks as the engine schedules them (a link on a WBS summary becomes one per pair of leaves below its ends), a fresh copy. */
  readonly links: CompiledLinks;
  /**
   * Which links drive in the early schedule with these durations: link e is driving (1) when its
   * successor starts (or finishes) exactly where the link puts it (within 1e-9), as the
   * `drivingPredecessors` of {@link schedule}.
   *
   * @param durations - as for `run`
   * @returns per link of `links`, 1 driving, 0 not
   * @throws {@link PmoError} `INVALID_ARGUMENT` for a missing or bad duration
   * @example
   * ```ts
   * const tight = net.drivingLinks(net.durations);
   * const driving = [...tight.keys()].filter((e) => tight[e] === 1).map((e) => [net.taskKeys[net.links.from[e]!], net.taskKeys[net.links.to[e]!]]);
   * ```
   */
  drivingLinks(durations: ArrayLike<number>): Uint8Array;
  /**
   * Schedules the network with other durations. Allocates nothing on the fast path.
   *
   * @param durations - `durations[i]` for task i (working days of its own calendar; summaries' entries ignored)
   * @param out - where to write the values asked for; see {@link CompiledScheduleOutput}
   * @returns the schedule's finish offset (its `duration`)
   * @throws {@link PmoError} `INVALID_ARGUMENT` for a duration that is missing or not a finite number >= 0
   * @example
   * ```ts
   * const d = net.durations;
   * d[3] *= 1.5;
   * const finish = net.run(d, { critical });
   * ```
   */
  run(durations: ArrayLike<number>, out?: CompiledScheduleOutput): number;
  /**
   * The last working day of a finish at an offset, as a schedule's `finishDate`, on the reference calendar.
   *
   * @param offset - a finish offset (exclusive), e.g. what `run` returns
   * @returns the day, `YYYY-MM-DD`
   * @example
   * ```ts
   * net.finishDate(net.run(net.durations)); // the schedule's finishDate
   * ```
   */
  finishDate(offset: number): string;
  /**
   * The working day of a start at an offset, on the reference calendar.
   *
   * @param offset - a start offset
   * @returns the day, `YYYY-MM-DD`
   * @example
   * ```ts
   * net.startDate(0); // the first working day of the schedule
   * ```
   */
  startDate(offset: number): string;
  /**
   * The finish offset at the end of the working time of a day on the reference calendar: a
   * finish at an offset at most this is on or before that day (`finishDate(x) <= date`).
   *
   * @param date - a day, `YYYY-MM-DD`
   * @returns the offset
   * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed date
   * @example
   * ```ts
   * const late = finishes.filter((x) => x > net.finishOffset('2026-12-18')).length;
   * ```
   */
  finishOffset(date: string): number;
}

const NO_OUTPUT: CompiledScheduleOutput = {};

/**
 * Compiles the schedule network of a project or a portfolio once, so that it can be run many
 * times with other task durations (Monte Carlo simulation, what-if loops) without reading,
 * validating or building objects again.
 *
 * **Semantics.** A run is the schedule of `schedule(project, options)` (a project) or
 * `schedulePortfolio(portfolio, options)` (a portfolio, given as an object with `projects`) in
 * which each task's `duration` is replaced by the given one: every link type, lags, calendars,
 * constraints, deadlines, manual starts, WBS summaries and cross-project links as there, on the
 * same engine (the CPM kernel on typed arrays). Its early and late offsets, total floats, critical
 * flags, project finishes and finish equal those of the schedule of a copy of the input with those
 * durations (a test checks it on the sample portfolio, MS Project files and random networks). Dates,
 * free floats, critical paths and warnings are not computed by a run; `finishDate` converts an
 * offset.
 *
 * **Plan or forecast.** By default a compiled schedule is the plan: actual dates, percent complete
 * and status dates are ignored, as in `schedule(…, { progress: 'plan' })`. With `progress:
 * 'forecast'` (or a `statusDate`) it is the forecast of `schedule(…, { progress: 'forecast',
 * statusDate })` (docs/progress.md): complete tasks keep their actual dates, in-progress tasks
 * start at their actual start, not-started ones after the status date; a run's durations are then
 * the work left of each task (see `durations`), and a run with `durations` equals that schedule.
 *
 * **Cost.** Compiling is O(V + E') as one schedule. A run is O(V + E'): on one calendar without
 * constraints (deadlines, manual starts) and with `lateFinish: 'portfolio'`, two passes over kept
 * typed arrays, without allocation; otherwise the duration-dependent stages of the engine again
 * (constraint bounds, the kernel, multi-calendar conversions), on recycled scratch arrays.
 *
 * @param input - a project, or a portfolio (`{ projects, crossDependencies, calendars, … }`)
 * @param options - calendars and thresholds; see {@link CompileScheduleOptions}
 * @returns the compiled schedule; see {@link CompiledSchedule}
 * @throws {@link CycleError} when the dependencies form a cycle
 * @throws {@link PmoError} as {@link schedule} / {@link schedulePortfolio} for bad input; from
 *   `run`, `INVALID_ARGUMENT` for a missing or bad duration
 * @example
 * ```ts
 * const net = compileSchedule(project);
 * const d = net.durations;            // the planned durations
 * d[0] += 2;                          // task 0 takes two more days
 * const finish = net.run(d);          // the project's duration with that slip
 * net.finishDate(finish);             // its finish date
 * const critical = new Uint8Array(net.taskCount);
 * net.run(d, { critical });           // which tasks are critical then
 * ```
 */
export function compileSchedule(input: Project | Portfolio, options?: CompileScheduleOptions): CompiledSchedule {
  const fn = 'compileSchedule';
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project or a portfolio, got ${show(input)}`);
  const o = readOptions(fn, options) as CompileScheduleOptions;
  const progress = o.progress ?? (o.statusDate !== undefined ? 'forecast' : 'plan');
  const req = { ...('projects' in input ? portfolioRequest(fn, input, o) : projectRequest(fn, input, o)), ...readProgressOptions(fn, { progress, statusDate: o.statusDate }) };
  const net = compileNetwork(req);
  const durations = new Float64Array(net.taskCount);
  if (net.forecast !== null) durations.set(net.forecast.left);
  else for (let g = 0; g < net.taskCount; g++) durations[g] = net.tasks[g]!.duration;
  return {
    taskCount: net.taskCount,
    taskKeys: net.names,
    tasks: net.tasks,
    projectIds: req.projects.map((p) => p.id),
    projectOf: net.projectOf,
    isSummary: net.isSummary,
    projectStart: net.projectStart,
    get durations() {
      return durations.slice();
    },
    progress: net.forecast === null ? null : net.forecast.state.slice(),
    get links() {
      const l = net.taskLinks;
      return { count: l.count, from: l.from.slice(), to: l.to.slice(), type: l.type.slice(), lag: l.lag.slice() };
    },
    drivingLinks: (d) => net.drivingLinks(d),
    run: (d, out = NO_OUTPUT) => net.run(d, out),
    finishDate: (x) => net.finishDate(x),
    startDate: (x) => net.startDate(x),
    finishOffset: (date) => net.finishOffset(date),
  };
}

/** The engine request of `schedule(project, o)`. */
function projectRequest(fn: string, project: Project, o: CompileScheduleOptions): CoreRequest {
  const byId = calendarIndex(fn, o.calendars);
  const cal = resolveCalendar(fn, project.calendarId ?? o.defaultCalendarId, byId, `project ${show(project.id)}`);
  return {
    fn,
    projects: [project],
    cross: [],
    calendar: cal,
    projectCalendars: [cal],
    taskCalendar: taskCalendars(fn, byId),
    mode: 'project',
    lateFinish: 'portfolio',
    options: readCriticalPathOptions(fn, o, false),
  };
}

/** The engine request of `schedulePortfolio(portfolio, o)`. */
function portfolioRequest(fn: string, portfolio: Portfolio, o: CompileScheduleOptions): CoreRequest {
  if (!Array.isArray(portfolio.projects)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.projects must be an array, got ${show(portfolio.projects)}`);
  if (portfolio.crossDependencies !== undefined && !Array.isArray(portfolio.crossDependencies))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.crossDependencies must be an array, got ${show(portfolio.crossDependencies)}`);
  const lateFinish = o.lateFinish ?? 'portfolio';
  if (lateFinish !== 'portfolio' && lateFinish !== 'project') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.lateFinish must be "portfolio" or "project", got ${show(lateFinish)}`);
  const byId = calendarIndex(fn, portfolio.calendars);
  const projects = portfolio.projects;
  const firstNamed = projects.find((p) => typeof p === 'object' && p !== null && typeof p.calendarId === 'string')?.calendarId;
  const cal = resolveCalendar(fn, o.calendarId ?? portfolio.defaultCalendarId ?? firstNamed, byId, o.calendarId !== undefined ? 'options.calendarId' : 'the portfolio');
  const projectCalendars = projects.map((p) => {
    const id = (typeof p === 'object' && p !== null ? p.calendarId : undefined) ?? portfolio.defaultCalendarId;
    return resolveCalendar(fn, id, byId, `project ${show(typeof p === 'object' && p !== null ? p.id : p)}`);
  });
  return {
    fn,
    projects,
    cross: portfolio.crossDependencies ?? [],
    calendar: cal,
    projectCalendars,
    taskCalendar: taskCalendars(fn, byId),
    mode: 'portfolio',
    lateFinish,
    options: readCriticalPathOptions(fn, o, false),
  };
}
