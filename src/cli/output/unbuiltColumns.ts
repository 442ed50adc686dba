/** The columns of a schedule whose task objects have not been built, for the CLI to read instead. */
import { scheduleColumns } from '../../schedule/scheduleColumns.js';
import type { ScheduleColumns, ScheduleResult } from '../../schedule/types.js';
import type { CpmRunResult } from './cpmJson.js';

/**
 * The columns of `s` (see `scheduleColumns`) when its `tasks` have not been built yet and it has
 * no progress fields, else `undefined` (read `s.tasks`).
 *
 * Key rules:
 * - A result of `schedule` or `schedulePortfolio` without a status date keeps its tasks as
 *   columns and builds the objects when `tasks` is first read (an accessor until then): the
 *   columns are its own, returned in O(1), and reading them never builds the objects.
 * - A progress result (a `statusDate` field, even `null`) is returned `undefined`: its tasks carry
 *   progress fields the columns do not hold, and the engine built them already. So is any result
 *   whose `tasks` is a plain array (built, copied, read back from JSON): reading it costs nothing.
 *
 * O(1) for a result of the engine. Throws what `scheduleColumns` throws (only for a hand-made
 * result with a `tasks` accessor).
 *
 * @example
 * ```ts
 * const c = unbuiltColumns(schedule(project)); // the columns; no task object built
 * ```
 */
export function unbuiltColumns(s: CpmRunResult): ScheduleColumns | undefined {
  if (s.statusDate !== undefined) return undefined;
  const tasks = Object.getOwnPropertyDescriptor(s, 'tasks');
  if (tasks === undefined || tasks.get === undefined) return undefined;
  // A CpmRunResult with a `tasks` accessor is a result of schedule() or schedulePortfolio().
  return scheduleColumns(s as unknown as ScheduleResult);
}
