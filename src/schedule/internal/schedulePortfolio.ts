/** The body of `schedulePortfolio`, under the name of the public function that runs it. Private. */
import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { show } from '../../internal/show.js';
import { readOptions } from '../../internal/options.js';
import { calendarIndex, resolveCalendar, taskCalendars } from './calendars.js';
import { scheduleCore } from './core.js';
import { lazyTasks } from './taskObjects.js';
import { readCriticalPathOptions, readProgressOptions } from './request.js';
import type { SchedulePortfolioOptions, SchedulePortfolioResult } from '../types.js';

/**
 * `schedulePortfolio(portfolio, options)`, its errors naming `fn`: the public function the caller
 * runs (an analysis that schedules a portfolio reports the engine's errors under its own name).
 */
export function runSchedulePortfolio(fn: string, portfolio: Portfolio, options?: SchedulePortfolioOptions): SchedulePortfolioResult {
  if (typeof portfolio !== 'object' || portfolio === null || Array.isArray(portfolio))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a portfolio object, got ${show(portfolio)}`);
  if (!Array.isArray(portfolio.projects)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.projects must be an array, got ${show(portfolio.projects)}`);
  if (portfolio.crossDependencies !== undefined && !Array.isArray(portfolio.crossDependencies))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.crossDependencies must be an array, got ${show(portfolio.crossDependencies)}`);
  const o = readOptions(fn, options) as SchedulePortfolioOptions;
  const opts = readCriticalPathOptions(fn, o);
  const { statusDate, plan } = readProgressOptions(fn, { statusDate: o.statusDate, progress: o.progress });
  const lateFinish = o.lateFinish ?? 'portfolio';
  if (lateFinish !== 'portfolio' && lateFinish !== 'project')
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.lateFinish must be "portfolio" or "project", got ${show(lateFinish)}`);
  const byId = calendarIndex(fn, portfolio.calendars);
  const projects = portfolio.projects;
  const firstNamed = projects.find((p) => typeof p === 'object' && p !== null && typeof p.calendarId === 'string')?.calendarId;
  const axisId = o.calendarId ?? portfolio.defaultCalendarId ?? firstNamed;
  const cal = resolveCalendar(fn, axisId, byId, o.calendarId !== undefined ? 'options.calendarId' : 'the portfolio');
  const projectCalendars = projects.map((p) => {
    const id = (typeof p === 'object' && p !== null ? p.calendarId : undefined) ?? portfolio.defaultCalendarId;
    return resolveCalendar(fn, id, byId, `project ${show(typeof p === 'object' && p !== null ? p.id : p)}`);
  });
  const r = scheduleCore({
    fn,
    projects,
    cross: portfolio.crossDependencies ?? [],
    calendar: cal,
    projectCalendars,
    taskCalendar: taskCalendars(fn, byId),
    mode: 'portfolio',
    columns: true,
    lateFinish,
    options: opts,
    ...(statusDate !== undefined ? { statusDate } : {}),
    ...(plan === true ? { plan } : {}),
    baselines: portfolio.baselines,
  });
  const result: SchedulePortfolioResult = {
    portfolioId: portfolio.id,
    calendarId: cal.id,
    startDate: r.startDate,
    finishDate: r.finishDate,
    duration: r.duration,
    projects: r.projects,
    tasks: r.tasks ?? [],
    criticalPaths: r.criticalPaths,
    criticalPathsTruncated: r.criticalPathsTruncated,
    warnings: r.warnings,
  };
  // The task objects are built from the columns when first read (taskObjects.ts).
  if (r.tasks === null) lazyTasks(result, r.columns, false);
  return r.progress ? { ...result, statusDate: statusDate ?? null } : result;
}
