import { PmoError } from '../errors.js';
import { dayNumber, isoFromDayNumber } from '../internal/dates.js';
import { show } from '../internal/show.js';
import { columnsOf } from './internal/taskObjects.js';
import { columnsFromTasks } from './internal/columnsFromTasks.js';
import type { ScheduleColumns, SchedulePortfolioResult, ScheduleResult } from './types.js';

/**
 * The tasks of a schedule as columns: typed arrays of offsets, floats and flags, UTC day numbers
 * of the dates, the ids, and the driving predecessors in CSR form (see {@link ScheduleColumns}).
 *
 * Key rules:
 * - For a result of {@link schedule} or {@link schedulePortfolio} (without progress fields) these
 *   are the columns the engine computed: returned as they are, in O(1), and reading them never
 *   builds the `tasks` objects (which the result builds from them when `tasks` is first read).
 *   On a network of a million tasks this saves most of a second and a few hundred MB.
 * - For any other result with `tasks` (a copy, a progress result, a result read back from JSON)
 *   the columns are built from `tasks`, in O(V + driving predecessors).
 * - Entry i of every column is `result.tasks[i]`; `columns.task(i)` builds that object alone.
 *   The columns are the result's own storage: read them, never write them.
 *
 * @param result - a result of `schedule` or `schedulePortfolio` (or an object of their shape)
 * @returns the columns of its tasks
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `result` has no `tasks` array, or (built from
 *   `tasks`) a task without an id, an offset or a date, or a driving predecessor that is not a task
 * @example
 * ```ts
 * const s = schedule(project);
 * const c = scheduleColumns(s); // no task object built
 * for (let i = 0; i < c.length; i++)
 *   if (c.critical[i] === 1) console.log(c.id[i], c.dateOf(c.earlyStartDay[i]!));
 * ```
 */
export function scheduleColumns(result: ScheduleResult | SchedulePortfolioResult): ScheduleColumns {
  const fn = 'scheduleColumns';
  if (typeof result !== 'object' || result === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a schedule result, got ${show(result)}`);
  const own = columnsOf(result);
  if (own !== undefined) return own;
  return columnsFromTasks(fn, result, 'portfolioId' in result, dayNumber, isoFromDayNumber);
}
