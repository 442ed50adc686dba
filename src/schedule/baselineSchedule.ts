/**
 * The schedule an analysis of a portfolio starts from, for pmo-kit's own modules: the schedule
 * analyses (`impactOfDelay`, …) and the leveling of pmo-kit/resources import this file. It is a
 * public file of pmo-kit/schedule (other modules may import it) but not part of the package's API
 * (not exported from `pmo-kit/schedule`).
 */
import { PmoError } from '../errors.js';
import type { Portfolio } from '../model/portfolio.js';
import { show } from '../internal/show.js';
import { runSchedulePortfolio } from './internal/schedulePortfolio.js';
import type { SchedulePortfolioOptions, SchedulePortfolioResult } from './types.js';

/**
 * Runs {@link schedulePortfolio} on `portfolio`, its errors naming `fn`: the public function the
 * caller called (e.g. `levelResources`), which schedules the portfolio on its way.
 *
 * Key rules: `schedulePortfolio(portfolio, options)` of the plan (`progress: 'plan'` unless
 * `options.progress` says otherwise: the analyses and the leveling work on the plan, see
 * docs/progress.md); only the error messages differ.
 * Complexity: that of `schedulePortfolio`, O(V + E') (O(log k) more per task and link when
 * calendars differ). The input is not mutated.
 *
 * @param fn - name of the public function, for the error messages
 * @returns the early schedule of the portfolio
 * @throws {@link CycleError} and {@link PmoError} as `schedulePortfolio`, under the name `fn`
 * @example
 * ```ts
 * const s = scheduleFor('levelResources', portfolio, { calendarId: 'standard' });
 * ```
 */
export function scheduleFor(fn: string, portfolio: Portfolio, options: SchedulePortfolioOptions): SchedulePortfolioResult {
  return runSchedulePortfolio(fn, portfolio, { progress: 'plan', ...options });
}

/**
 * The baseline schedule of an analysis: `o.schedule`, the caller's own schedule of `portfolio`,
 * after a check that it was computed from this portfolio (same projects in order, same tasks in
 * order), or else a new one computed by {@link scheduleFor} with the schedule options in `o` (the
 * engine reads only its own keys).
 *
 * Key rules: a given schedule is trusted for its values and checked for its shape only. O(V) for
 * the check; O(V + E') to compute a schedule. Neither argument is mutated.
 *
 * @param fn - name of the public function, for the error messages
 * @param o - the caller's (already read) options object; `schedule` is the given schedule
 * @returns the given schedule, or a new one
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `o.schedule` is not a portfolio schedule or
 *   was computed from another portfolio; the errors of `schedulePortfolio` when it computes one
 * @example
 * ```ts
 * const s = baselineSchedule('impactOfDelay', portfolio, { schedule: schedulePortfolio(portfolio) });
 * ```
 */
export function baselineSchedule(fn: string, portfolio: Portfolio, o: Readonly<Record<string, unknown>>): SchedulePortfolioResult {
  const invalid = (message: string): never => {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: ${message}`);
  };
  const given = o['schedule'];
  if (given === undefined) return scheduleFor(fn, portfolio, o as SchedulePortfolioOptions);
  const s = given as Partial<SchedulePortfolioResult>;
  if (typeof given !== 'object' || given === null || !Array.isArray(s.tasks) || !Array.isArray(s.projects) || typeof s.startDate !== 'string' || typeof s.calendarId !== 'string')
    invalid(`options.schedule must be a schedule from schedulePortfolio, got ${show(given)}`);
  const wrong = (what: string): never => invalid(`options.schedule was not computed from this portfolio (${what}); pass schedulePortfolio(portfolio) or leave it out`);
  if (s.projects!.length !== portfolio.projects.length) wrong('the number of projects differs');
  let g = 0;
  portfolio.projects.forEach((p, i) => {
    if (typeof p !== 'object' || p === null || !Array.isArray(p.tasks)) invalid(`project #${i} must be an object with a tasks array`);
    if (s.projects![i]!.id !== p.id) wrong(`project #${i} is ${show(p.id)}`);
    for (const t of p.tasks) {
      const st = s.tasks![g++];
      if (st === undefined || st.projectId !== p.id || st.id !== (t as { id?: unknown } | null)?.id) wrong(`its tasks differ in project ${JSON.stringify(p.id)}`);
    }
  });
  if (g !== s.tasks!.length) wrong('the number of tasks differs');
  return given as SchedulePortfolioResult;
}
