// Private: the schedule an analysis starts from, and option checks shared by the analyses.
import { PmoError } from '../../../errors.js';
import type { Portfolio } from '../../../model/portfolio.js';
import { show } from '../../../calendar/internal/show.js';
import { runSchedulePortfolio } from '../../internal/schedulePortfolio.js';
import type { SchedulePortfolioOptions, SchedulePortfolioResult } from '../../types.js';
import type { SlipMode } from '../types.js';


/** Throws `INVALID_ARGUMENT` naming the function. */
export function invalid(fn: string, message: string): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${message}`);
}

/** Checks a portfolio's outer shape (the schedule engine checks the rest). */
export function checkPortfolio(fn: string, portfolio: unknown): asserts portfolio is Portfolio {
  if (typeof portfolio !== 'object' || portfolio === null || Array.isArray(portfolio)) invalid(fn, `expected a portfolio object, got ${show(portfolio)}`);
  const p = portfolio as Partial<Portfolio>;
  if (!Array.isArray(p.projects)) invalid(fn, `portfolio.projects must be an array, got ${show(p.projects)}`);
  if (p.crossDependencies !== undefined && !Array.isArray(p.crossDependencies))
    invalid(fn, `portfolio.crossDependencies must be an array, got ${show(p.crossDependencies)}`);
}

/** Runs `schedulePortfolio`, its errors naming `fn` (the public function that asked for it). */
export function scheduleFor(fn: string, portfolio: Portfolio, options: SchedulePortfolioOptions): SchedulePortfolioResult {
  return runSchedulePortfolio(fn, portfolio, options);
}

/**
 * The baseline schedule: `options.schedule` after a shape check against the portfolio, or a new
 * one computed with the schedule options.
 */
export function baselineSchedule(fn: string, portfolio: Portfolio, o: Readonly<Record<string, unknown>>): SchedulePortfolioResult {
  const given = o['schedule'];
  if (given === undefined) return scheduleFor(fn, portfolio, o as SchedulePortfolioOptions); // the engine reads only its own keys
  const s = given as Partial<SchedulePortfolioResult>;
  if (typeof given !== 'object' || given === null || !Array.isArray(s.tasks) || !Array.isArray(s.projects) || typeof s.startDate !== 'string' || typeof s.calendarId !== 'string')
    invalid(fn, `options.schedule must be a schedule from schedulePortfolio, got ${show(given)}`);
  const wrong = (what: string): never =>
    invalid(fn, `options.schedule was not computed from this portfolio (${what}); pass schedulePortfolio(portfolio) or leave it out`);
  if (s.projects.length !== portfolio.projects.length) wrong('the number of projects differs');
  let g = 0;
  portfolio.projects.forEach((p, i) => {
    if (typeof p !== 'object' || p === null || !Array.isArray(p.tasks)) invalid(fn, `project #${i} must be an object with a tasks array`);
    if (s.projects![i]!.id !== p.id) wrong(`project #${i} is ${JSON.stringify(String(p.id))}`);
    for (const t of p.tasks) {
      const st = s.tasks![g++];
      if (st === undefined || st.projectId !== p.id || st.id !== (t as { id?: unknown } | null)?.id) wrong(`its tasks differ in project ${JSON.stringify(p.id)}`);
    }
  });
  if (g !== s.tasks.length) wrong('the number of tasks differs');
  return given as SchedulePortfolioResult;
}

/** Reads a number of working days of slip: finite and >= 0. */
export function readDays(fn: string, what: string, value: unknown, dflt?: number): number {
  if (value === undefined && dflt !== undefined) return dflt;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) invalid(fn, `${what} must be a finite number of working days >= 0, got ${show(value)}`);
  return value;
}

/** Reads a slip mode. */
export function readMode(fn: string, value: unknown): SlipMode {
  if (value === undefined) return 'finish';
  if (value !== 'finish' && value !== 'start') invalid(fn, `options.mode must be "finish" or "start", got ${show(value)}`);
  return value;
}
