/**
 * Checks of a task's progress beyond shape (docs/progress.md): an actual finish before the
 * actual start, 100 % complete with an actual start but no actual finish, an actual date after the project's
 * status date. Private to pmo-kit.
 */
import { isIsoDate } from '../internal/dates.js';
import type { IssueSink, Obj, Path } from './raw.js';

/** A date field of `o` when it is a valid `YYYY-MM-DD` (the shape checks report the others). */
function dateOf(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && isIsoDate(v) ? v : undefined;
}

/**
 * Reports the inconsistent progress of task `t` (at `at`, named `owner` in messages) against the
 * status date of its project (`statusDate`, when known): `invalid_range` for an actual finish
 * before the actual start, `inconsistent_value` for 100 % complete with an actual start but no actual finish,
 * `after_status_date` for an actual start or finish after the status date. O(1).
 */
export function checkTaskProgress(sink: IssueSink, t: Obj, at: Path, owner: string, statusDate: string | undefined): void {
  const start = dateOf(t, 'actualStart');
  const finish = dateOf(t, 'actualFinish');
  if (start !== undefined && finish !== undefined && finish < start)
    sink.add('invalid_range', [...at, 'actualFinish'], `${owner}: actual finish ${finish} is before its actual start ${start}`);
  // A percent complete alone (no actual dates, as in a CSV export) is taken as it is.
  if (t.percentComplete === 100 && start !== undefined && t.actualFinish === undefined)
    sink.add('inconsistent_value', [...at, 'percentComplete'], `${owner} is 100 % complete with an actual start but no actualFinish`);
  if (statusDate === undefined) return;
  for (const [key, date] of [['actualStart', start], ['actualFinish', finish]] as const)
    if (date !== undefined && date > statusDate)
      sink.add('after_status_date', [...at, key], `${owner}: ${key} ${date} is after the status date ${statusDate} (progress is reported up to the status date)`);
}

/** The status date of a project, when it has a valid one. */
export function projectStatusDate(project: Obj): string | undefined {
  return dateOf(project, 'statusDate');
}
