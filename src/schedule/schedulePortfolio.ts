import type { Portfolio } from '../model/portfolio.js';
import { runSchedulePortfolio } from './internal/schedulePortfolio.js';
import type { SchedulePortfolioOptions, SchedulePortfolioResult } from './types.js';

/**
 * Schedules every project of a portfolio together, through their cross-project dependencies,
 * by the critical path method, on one time axis.
 *
 * Key rules (every detail: docs/scheduling.md):
 * - Each project's tasks work on their own `calendarId`, else the project's, else the portfolio's
 *   `defaultCalendarId`, else {@link STANDARD_CALENDAR}. Offsets count working days of one
 *   reference calendar (`options.calendarId`, else `defaultCalendarId`, else the first project's
 *   calendar), reported as `calendarId`, from its first working day on or after the earliest
 *   project start; each project's tasks start no earlier than their own project's start.
 * - A cross-project dependency is a link like any other (it may name summary tasks).
 *   Everything else (progress included) is as in {@link schedule}.
 * - Progress (docs/progress.md): each project's status date is `options.statusDate`, else its own
 *   `statusDate`; its baseline is its latest in `portfolio.baselines` approved by then.
 * - Critical paths and driving predecessors name tasks by {@link taskKey} (`projectId/taskId`).
 * - `lateFinish: 'project'` gives the tasks without successors their own project's finish as late
 *   finish instead of the portfolio's.
 *
 * Iterative, O(V + E') over all projects (O(log k) more per task and link when calendars differ);
 * the input is never mutated.
 *
 * @param portfolio - the portfolio (e.g. from {@link parsePortfolio})
 * @param options - reference calendar, late-finish mode, thresholds; see {@link SchedulePortfolioOptions}
 * @returns the schedule of every task, a summary per project, and the portfolio's critical paths
 * @throws {@link CycleError} (code `CYCLE`) when the dependencies, within or across projects,
 *   form a cycle; `cycle` lists task keys
 * @throws {@link PmoError} `UNKNOWN_ID` for a reference to an unknown project, task or calendar,
 *   `INVALID_ARGUMENT` for malformed input, an empty portfolio, or a calendar without working days
 * @example
 * ```ts
 * const s = schedulePortfolio(parsePortfolio(data));
 * for (const p of s.projects) console.log(p.id, p.startDate, p.finishDate, p.critical);
 * console.log(s.criticalPaths[0]?.join(' -> ')); // e.g. 'p1/a -> p1/b -> p2/a'
 * ```
 */
export function schedulePortfolio(portfolio: Portfolio, options?: SchedulePortfolioOptions): SchedulePortfolioResult {
  return runSchedulePortfolio('schedulePortfolio', portfolio, options);
}
