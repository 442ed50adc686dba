import type { Portfolio } from '../model/portfolio.js';
import { runSchedulePortfolio } from './internal/schedulePortfolio.js';
import type { SchedulePortfolioOptions, SchedulePortfolioResult } from './types.js';

/**
 * Schedules every project of a portfolio together, through their cross-project dependencies,
 * by the critical path method, on one time axis.
 *
 * **Calendars.** Each project's tasks work on the project's calendar (`calendarId`, else the
 * portfolio's `defaultCalendarId`, else {@link STANDARD_CALENDAR}), or on their own `calendarId`;
 * a cross-project dependency links tasks on different calendars like any link (lag in working
 * days of the successor's calendar; an FF/SF successor's finish counts the working time of its
 * calendar before the predecessor's instant; see {@link schedule}). Offsets are counted on one *reference
 * calendar*: `options.calendarId`, else the portfolio's `defaultCalendarId`, else the first
 * project's `calendarId`, else {@link STANDARD_CALENDAR}; it is reported as `calendarId`. Offset 0
 * is its first working day on or after the earliest project start; each project's tasks start no
 * earlier than their own project's start. Floats are in working days of each task's own calendar.
 * Task ids are only unique within a project, so critical paths and driving predecessors name
 * tasks by {@link taskKey} (`projectId/taskId`).
 *
 * Everything else (links, milestones, summaries, constraints, progress, dates, floats, critical
 * paths) is as in {@link schedule}; each project's status date is `options.statusDate`, else its
 * own `statusDate`, and its baseline its latest in `portfolio.baselines` approved by then
 * (docs/progress.md); a cross-project dependency is a link like any other, and may name
 * summary tasks. With `lateFinish: 'project'` each project's tasks without successors get their
 * own project's finish as late finish instead of the portfolio's.
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
