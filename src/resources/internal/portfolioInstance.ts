/**
 * From a portfolio to a multi-project RCPSP instance on the working days of one calendar: leaf
 * tasks become activities, links on summaries apply to their leaves (portfolioTasks.ts),
 * constraints and project starts become release dates and deadlines (timeBounds.ts), resources
 * become renewable resources with exact capacity profiles per period over the horizon
 * (levelingHorizon.ts), and every demand (named or by skill) a group demand on the people able to
 * meet it, assigned exactly per period by the kernel (kernelDemands.ts; see resourceTables.ts).
 * Pools need no constraint of their own: a pool's load is the sum of its members'. The period of
 * the instance is a fraction of a working day (periodGrid.ts). Private.
 */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import type { Portfolio } from '../../model/portfolio.js';
import { baselineSchedule, scheduleFor } from '../../schedule/baselineSchedule.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { pushAll } from '../../internal/bulk.js';
import type { RcpspActivity, RcpspCalendar, RcpspInstance, RcpspProject } from '../rcpspTypes.js';
import { makeAxis, unionAxis, type Axis } from './dayAxis.js';
import { kernelDemands, kernelResources } from './kernelDemands.js';
import { levelingHorizon, MAX_AXIS_PERIODS } from './levelingHorizon.js';
import { chooseGrid, gridWarning } from './periodGrid.js';
import { leafPrecedences, portfolioLinks, portfolioTasks, type PortfolioTasks } from './portfolioTasks.js';
import { demandTable, resourceTable, taskCalendars, type DemandTable, type ResourceTable } from './resourceTables.js';
import { timeBounds } from './timeBounds.js';

const q = (s: string): string => JSON.stringify(s);
const EPS = 1e-9;

/** The instance and what is needed to map its schedule back. */
export interface PortfolioInstance {
  readonly instance: RcpspInstance;
  readonly cpm: SchedulePortfolioResult;
  readonly axis: Axis;
  readonly res: ResourceTable;
  readonly dem: DemandTable;
  /** Index in `dem.tasks` of each activity. */
  readonly activityTask: readonly number[];
  /** Activity index of each task of `dem.tasks` (-1 for summaries). */
  readonly taskActivity: Int32Array;
  /** Leaf activities below each summary task (by `dem.tasks` index); empty for leaves. */
  readonly leaves: readonly (readonly number[])[];
  /** Periods per working day of the instance (1, 2, 4 or 8). */
  readonly periodsPerDay: number;
  /** Working calendar of each activity on a union axis (null: the axis is one calendar's working days). */
  readonly calendars: readonly (WorkingCalendar | null)[];
  /** 1 for each activity with an ALAP constraint. */
  readonly alap: Uint8Array;
  /** Each project's deadline as an exclusive finish in periods (Infinity when it has none), whatever `deadlines` says. */
  readonly projectDeadline: Float64Array;
  /** What sets each activity's deadline (e.g. `deadline 2026-03-31`), '' when it has none. */
  readonly deadlineSource: readonly string[];
  readonly warnings: readonly string[];
}

/** Options of {@link portfolioInstance}. */
export interface PortfolioInstanceOptions {
  readonly calendarId: string | undefined;
  /** The caller's early schedule (checked against the portfolio), used instead of computing it. */
  readonly schedule?: SchedulePortfolioResult | undefined;
  readonly deadlines: boolean;
  readonly weights: 'priority' | 'equal';
}

/**
 * Builds the leveling instance of a portfolio, on the axis of its early schedule (computed, or the
 * caller's `options.schedule`). O(tasks + links + R × L) for a horizon of L periods, plus the
 * calendars' working days on a union axis.
 * @throws PmoError `UNKNOWN_ID` for an unknown calendar, task or project; `INVALID_ARGUMENT` for a
 *   schedule of another calendar, a WBS cycle, a malformed date or a time axis too long to level
 */
export function portfolioInstance(fn: string, portfolio: Portfolio, options: PortfolioInstanceOptions): PortfolioInstance {
  const cpm =
    options.schedule !== undefined
      ? baselineSchedule(fn, portfolio, { schedule: options.schedule })
      : scheduleFor(fn, portfolio, options.calendarId !== undefined ? { calendarId: options.calendarId } : {});
  if (options.calendarId !== undefined && cpm.calendarId !== options.calendarId)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.calendarId is ${q(options.calendarId)} but options.schedule was computed on calendar ${q(cpm.calendarId)}`);
  const warnings: string[] = [...cpm.warnings];
  const axis0 = makeAxis(fn, portfolio, cpm.calendarId, cpm.startDate);
  const dem = demandTable(fn, portfolio, resourceTable(fn, portfolio, axis0));
  const tasks = portfolioTasks(fn, portfolio, dem);
  const { axis, res, cals, union } = taskAxis(fn, portfolio, dem, tasks, axis0);

  // The grid: periods per working day.
  const { activityTask } = tasks;
  const n = activityTask.length;
  const projStart = union ? portfolio.projects.map((p) => axis.indexOf(dayNumber(p.start)!)) : cpm.projects.map((p) => p.start);
  const links = portfolioLinks(fn, portfolio, tasks);
  const rawDur = new Float64Array(n);
  for (let i = 0; i < n; i++) rawDur[i] = Math.max(0, dem.tasks[activityTask[i]!]!.task.duration);
  const grid = chooseGrid(rawDur, links, projStart);
  const ppd = grid.g;
  const toPeriods = (v: number): number => Math.ceil(v * ppd - EPS);
  if (grid.rounded > 0) warnings.push(gridWarning(ppd, grid.rounded));

  // Activities: durations, releases, deadlines (in periods); links expanded to leaves.
  const dur = new Int32Array(n);
  for (let i = 0; i < n; i++) dur[i] = toPeriods(rawDur[i]!);
  const tb = timeBounds(fn, { portfolio, dem, tasks, axis, ppd, cals, dur, projStart, deadlines: options.deadlines, toPeriods });
  const keys = dem.tasks.map((t) => t.key);
  const precedences = leafPrecedences(links, tasks, keys, tb.manual, toPeriods);
  const taskOf = (i: number) => dem.tasks[activityTask[i]!]!;
  const { days, calBreaks } = levelingHorizon(fn, {
    axis,
    ppd,
    R: res.ids.length,
    keys: activityTask.map((g) => keys[g]!),
    dur,
    release: tb.release,
    deadline: tb.deadline,
    projectDeadline: tb.projectDeadline,
    projectOf: activityTask.map((g) => dem.tasks[g]!.projectIndex),
    union,
    cals,
    precedences,
    name: (i) => `${q(taskOf(i).task.id)} of project ${q(taskOf(i).projectId)}`,
  });

  const resources = kernelResources(res, days);
  const demands = kernelDemands({ dem, res, resources, activityTask, dur, cals, days });
  pushAll(warnings, demands.warnings);
  // Projects and their weights.
  const distinct = [...new Set(portfolio.projects.map((p) => p.priority).filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  const rcProjects: RcpspProject[] = portfolio.projects.map((p, pi) => ({
    id: p.id,
    release: Math.max(0, toPeriods(projStart[pi]!)),
    weight: options.weights === 'priority' && typeof p.priority === 'number' ? 1 + distinct.indexOf(p.priority) : 1,
  }));
  const calendars: RcpspCalendar[] = [];
  const calId = new Map<WorkingCalendar, string>();
  for (const [c, breaks] of calBreaks) {
    if (breaks.length === 0) continue;
    calId.set(c, c.id);
    calendars.push({ id: c.id, breaks });
  }
  const activities: RcpspActivity[] = [];
  for (let i = 0; i < n; i++) {
    const c = cals[i] === null ? undefined : calId.get(cals[i]!);
    const deadline = tb.deadline[i]!;
    activities.push({
      id: taskOf(i).key,
      duration: dur[i]!,
      ...(c !== undefined ? { calendar: c } : {}),
      ...(demands.groupDemands[i]!.length > 0 ? { groupDemands: demands.groupDemands[i]! } : {}),
      release: tb.release[i]!,
      ...(deadline !== Infinity ? { deadline: Math.max(deadline, -MAX_AXIS_PERIODS) } : {}),
      project: taskOf(i).projectId,
    });
  }
  return {
    instance: { activities, resources, precedences, projects: rcProjects, ...(calendars.length > 0 ? { calendars } : {}) },
    cpm,
    axis,
    res,
    dem,
    activityTask,
    taskActivity: tasks.taskActivity,
    leaves: tasks.leaves,
    periodsPerDay: ppd,
    calendars: cals,
    alap: tb.alap,
    deadlineSource: tb.deadlineSource,
    projectDeadline: tb.projectDeadline,
    warnings,
  };
}

/**
 * The axis and resource table of the instance. Each leaf task works on its own calendar (or its
 * project's). When one has other working days than the axis calendar, the axis becomes the union
 * of their working days (and the projects'), and each activity keeps its calendar (`cals`);
 * otherwise the axis is the schedule's and `cals` holds null for every activity.
 */
function taskAxis(
  fn: string,
  portfolio: Portfolio,
  dem: DemandTable,
  tasks: PortfolioTasks,
  axis0: Axis,
): { axis: Axis; res: ResourceTable; cals: (WorkingCalendar | null)[]; union: boolean } {
  const tc = taskCalendars(fn, portfolio, dem);
  let union = false;
  for (let g = 0; g < tasks.count && !union; g++) if (!tasks.isSummary[g] && !tc.tasks[g]!.sameWorkingDays(axis0.cal)) union = true;
  let axis = axis0;
  if (union) {
    const distinct = [...new Set([...tc.projects, ...tasks.activityTask.map((g) => tc.tasks[g]!)])];
    let origin = Infinity;
    for (const p of portfolio.projects) origin = Math.min(origin, dayNumber(p.start) ?? Infinity);
    axis = unionAxis(fn, axis0, distinct, origin);
  }
  const res = union ? resourceTable(fn, portfolio, axis) : resourceTable(fn, portfolio, axis0);
  return { axis, res, cals: tasks.activityTask.map((g) => (union ? tc.tasks[g]! : null)), union };
}
