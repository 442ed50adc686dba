/**
 * The input of a Gantt chart, checked: the schedule's tasks and the chart's own options, with the
 * defaults a portfolio gives (links, baseline, progress, calendar). Private to pmo-kit/viz.
 */
import type { CalendarLike } from '../../calendar/compileCalendar.js';
import { STANDARD_CALENDAR } from '../../calendar/standardCalendar.js';
import { formatPath, PmoError } from '../../errors.js';
import { safeParsePortfolio } from '../../model/parse.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { DatedTask } from '../../schedule/types.js';
import type { ChartLink } from '../types.js';
import { bad, checkArray, checkDate, checkNumber, checkObject } from './check.js';
import { keyOfTask, portfolioBaseline, portfolioLinks, portfolioProgress, type TaskRow } from './ganttRows.js';

/** A task of the schedule: dated, with its late finish date when it has one. */
export type GanttInputTask = TaskRow['task'];

/** What the chart draws, checked. */
export interface GanttInput {
  /** The tasks to draw (those of `projectId` alone when it is given). */
  readonly tasks: readonly GanttInputTask[];
  readonly portfolio: Portfolio | undefined;
  readonly statusDate: string | undefined;
  /** Height of a row in pixels. */
  readonly rowH: number;
  readonly links: readonly ChartLink[];
  readonly baseline: readonly DatedTask[];
  /** Percent complete by task key or id. */
  readonly progress: ReadonlyMap<string, number>;
  /** The calendar whose non-working days are shaded, if any. */
  readonly calendar: CalendarLike | undefined;
}

/**
 * Checks the schedule and the options `ganttChart` reads beyond the common ones, in this order:
 * tasks, portfolio, projectId, statusDate, rowHeight, links, baseline, progress. O(n + l + b).
 *
 * @throws {@link PmoError} `INVALID_ARGUMENT` naming the field, `UNKNOWN_ID` for a `projectId` with no task
 */
export function readGanttInput(fn: string, schedule: unknown, raw: Readonly<Record<string, unknown>>): GanttInput {
  const all = checkSchedule(fn, schedule);
  let tasks = all;
  const portfolio = raw.portfolio === undefined ? undefined : readPortfolio(fn, raw.portfolio);
  if (raw.projectId !== undefined) {
    if (typeof raw.projectId !== 'string') bad(fn, 'options.projectId', 'must be a string', raw.projectId);
    tasks = tasks.filter((x) => x.projectId === raw.projectId);
    if (tasks.length === 0 && all.length > 0) throw new PmoError('UNKNOWN_ID', `${fn}: options.projectId: no task of the schedule is in project ${JSON.stringify(raw.projectId)}`);
  }
  const statusDate = raw.statusDate === undefined ? undefined : checkDate(fn, 'options.statusDate', raw.statusDate);
  const rowH = raw.rowHeight === undefined ? 20 : checkNumber(fn, 'options.rowHeight', raw.rowHeight, 12);
  if (rowH > 60) bad(fn, 'options.rowHeight', 'must be at most 60', rowH);
  return {
    tasks,
    portfolio,
    statusDate,
    rowH,
    links: readLinks(fn, raw.links, portfolio, tasks),
    baseline: readBaseline(fn, raw.baseline, portfolio),
    progress: readProgress(fn, raw.progress, portfolio),
    calendar: shadingCalendar((schedule as { readonly calendarId?: string }).calendarId, portfolio, raw.calendar as CalendarLike | undefined),
  };
}

/** Checks the fields of the schedule the chart reads. */
function checkSchedule(fn: string, schedule: unknown): readonly GanttInputTask[] {
  const s = checkObject(fn, 'schedule', schedule);
  const tasks = checkArray(fn, 'schedule.tasks', s.tasks);
  tasks.forEach((t, i) => {
    const w = `schedule.tasks[${i}]`;
    const o = checkObject(fn, w, t);
    if (typeof o.id !== 'string') bad(fn, `${w}.id`, 'must be a string', o.id);
    if (o.projectId !== undefined && typeof o.projectId !== 'string') bad(fn, `${w}.projectId`, 'must be a string', o.projectId);
    if (o.name !== undefined && typeof o.name !== 'string') bad(fn, `${w}.name`, 'must be a string', o.name);
    const start = checkDate(fn, `${w}.startDate`, o.startDate);
    const finish = checkDate(fn, `${w}.finishDate`, o.finishDate);
    if (finish < start && o.milestone !== true) bad(fn, `${w}.finishDate`, `must not be before its startDate ${start}`, finish);
    if (o.lateFinishDate !== undefined) checkDate(fn, `${w}.lateFinishDate`, o.lateFinishDate);
    for (const k of ['critical', 'milestone', 'summary'] as const) if (o[k] !== undefined && typeof o[k] !== 'boolean') bad(fn, `${w}.${k}`, 'must be a boolean', o[k]);
  });
  return tasks as readonly GanttInputTask[];
}

/** The portfolio of the options, validated (a malformed one is an error naming its first issue). */
function readPortfolio(fn: string, v: unknown): Portfolio {
  checkArray(fn, 'options.portfolio.projects', checkObject(fn, 'options.portfolio', v).projects);
  const r = safeParsePortfolio(v);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.portfolio is not a valid portfolio: ${formatPath(i.path)}: ${i.message}`);
  }
  return r.data;
}

/** The calendar whose non-working days are shaded: given, else the portfolio's of the schedule (or its default), else the standard one by id, else `undefined`. */
function shadingCalendar(calendarId: string | undefined, portfolio: Portfolio | undefined, given: CalendarLike | undefined): CalendarLike | undefined {
  if (given !== undefined) return given;
  const id = calendarId ?? portfolio?.defaultCalendarId;
  const found = portfolio?.calendars?.find((c) => c.id === id);
  if (found !== undefined) return found;
  return id === STANDARD_CALENDAR.id ? STANDARD_CALENDAR : undefined;
}

/** The links: given, else the portfolio's, else each task's driving predecessors. */
function readLinks(fn: string, links: unknown, portfolio: Portfolio | undefined, tasks: readonly GanttInputTask[]): readonly ChartLink[] {
  if (links !== undefined) {
    checkArray(fn, 'options.links', links).forEach((l, i) => {
      const o = checkObject(fn, `options.links[${i}]`, l);
      if (typeof o.from !== 'string' || typeof o.to !== 'string') bad(fn, `options.links[${i}]`, 'must have from and to task keys', l);
      if (o.type !== undefined && !['FS', 'SS', 'FF', 'SF'].includes(o.type as string)) bad(fn, `options.links[${i}].type`, 'must be FS, SS, FF or SF', o.type);
    });
    return links as readonly ChartLink[];
  }
  if (portfolio !== undefined) return portfolioLinks(portfolio);
  const out: ChartLink[] = [];
  for (const t of tasks) for (const p of t.drivingPredecessors ?? []) out.push({ from: p, to: keyOfTask(t) });
  return out;
}

/** The baseline: given (checked), else each project's latest baseline in the portfolio, else none. */
function readBaseline(fn: string, baseline: unknown, portfolio: Portfolio | undefined): readonly DatedTask[] {
  if (baseline === undefined) return portfolio === undefined ? [] : portfolioBaseline(portfolio);
  checkArray(fn, 'options.baseline', baseline).forEach((b, i) => {
    const o = checkObject(fn, `options.baseline[${i}]`, b);
    if (typeof o.id !== 'string') bad(fn, `options.baseline[${i}].id`, 'must be a string', o.id);
    checkDate(fn, `options.baseline[${i}].startDate`, o.startDate);
    checkDate(fn, `options.baseline[${i}].finishDate`, o.finishDate);
  });
  return baseline as readonly DatedTask[];
}

/** Percent complete by task key or id: given (checked), else the portfolio tasks' `percentComplete`. */
function readProgress(fn: string, progress: unknown, portfolio: Portfolio | undefined): ReadonlyMap<string, number> {
  if (progress === undefined) return new Map(Object.entries(portfolio === undefined ? {} : portfolioProgress(portfolio)));
  const o = checkObject(fn, 'options.progress', progress);
  for (const [k, v] of Object.entries(o)) checkNumber(fn, `options.progress[${JSON.stringify(k)}]`, v, 0);
  return new Map(Object.entries(o as Record<string, number>));
}
