import { PmoError } from '../errors.js';
import type { Project } from '../model/project.js';
import { show } from '../internal/show.js';
import { calendarIndex, resolveCalendar, taskCalendars } from './internal/calendars.js';
import { scheduleCore } from './internal/core.js';
import { lazyTasks } from './internal/taskObjects.js';
import { readCriticalPathOptions, readProgressOptions } from './internal/request.js';
import { readOptions } from '../internal/options.js';
import type { ScheduleOptions, ScheduleResult } from './types.js';

/**
 * Schedules a project by the critical path method, on its working calendar, as MS Project does
 * for an auto-scheduled, forward-scheduled project without resources, from its progress.
 *
 * Key rules (every detail: docs/scheduling.md):
 * - Offsets count working days of the project's calendar (`project.calendarId`, else
 *   `options.defaultCalendarId`, else {@link STANDARD_CALENDAR}), reported as `calendarId`, from
 *   its first working day on or after `project.start`; finishes are exclusive
 *   (`earlyFinish = earlyStart + duration`). Dates are the working days worked, `YYYY-MM-DD`.
 * - Links FS, SS, FF, SF with lags in working days of the successor's calendar; no task starts
 *   before its project's start. Each task works on its own `calendarId` (from
 *   `options.calendars`), else the project's; its duration and floats count that calendar.
 * - Milestones, WBS summaries (dates roll up; a link on a summary applies to its leaf tasks),
 *   constraints ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO and `deadline` as in MS Project (a
 *   constraint that contradicts the links wins and shows as negative float), manually scheduled
 *   tasks (`manualStart`).
 * - Progress (docs/progress.md), as MS Project: a complete task (an `actualFinish`, or 100 %)
 *   sits at its actual dates, zero float, never critical; an in-progress task starts at its
 *   `actualStart` and runs its remaining duration (`remainingDuration`, else duration × (1 −
 *   percentComplete/100)) from its resume point; a not-started task follows its links. With
 *   `options.statusDate` (else the project's `statusDate`) the work left starts after the status
 *   date (Update Project). Tasks and result then carry the progress fields (baseline dates from
 *   `options.baselines`, variances). Without progress nothing changes; `progress: 'plan'` ignores it.
 * - Not modelled: resources, the project `deadline`.
 * - Critical paths: every maximal chain of critical tasks joined by tight links, up to
 *   `maxCriticalPaths`.
 *
 * Iterative (a chain of a million tasks is fine); O(V + E') time and memory, E' counting links
 * after expanding summary links to leaf tasks; O(log k) more per task and link with several
 * calendars, for k dated calendar exceptions. The input is never mutated.
 *
 * @param project - the project (e.g. from {@link parseProject} or a parsed portfolio)
 * @param options - calendars, thresholds and the critical-path cap; see {@link ScheduleOptions}
 * @returns the schedule: per task offsets, dates, floats, critical flags, driving predecessors;
 *   the project's duration, finish and every critical path
 * @throws {@link CycleError} (code `CYCLE`) when the dependencies form a cycle; `cycle` lists the
 *   task ids around it
 * @throws {@link PmoError} `UNKNOWN_ID` for a link to an unknown task or an unknown calendar (of
 *   the project or of a task),
 *   `INVALID_ARGUMENT` for malformed input (message names the task and field), an actual finish
 *   before the actual start, a bad `statusDate`, or a calendar without working days
 * @example
 * ```ts
 * const s = schedule({
 *   id: 'p', name: 'Pilot', start: '2026-01-05',
 *   tasks: [
 *     { id: 'a', name: 'Design', duration: 3, milestone: false, demands: [] },
 *     { id: 'b', name: 'Build', duration: 2, milestone: false, demands: [] },
 *   ],
 *   dependencies: [{ from: 'a', to: 'b', type: 'FS', lag: 0 }],
 * });
 * s.finishDate;      // '2026-01-09'
 * s.criticalPaths;   // [['a', 'b']]
 * ```
 */
export function schedule(project: Project, options?: ScheduleOptions): ScheduleResult {
  const fn = 'schedule';
  if (typeof project !== 'object' || project === null || Array.isArray(project))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project object, got ${show(project)}`);
  const o = readOptions(fn, options) as ScheduleOptions;
  const opts = readCriticalPathOptions(fn, o);
  const progress = readProgressOptions(fn, o);
  const byId = calendarIndex(fn, o.calendars);
  const calId = project.calendarId ?? o.defaultCalendarId;
  const cal = resolveCalendar(fn, calId, byId, `project ${show(project.id)}`);
  const r = scheduleCore({
    fn,
    projects: [project],
    cross: [],
    calendar: cal,
    projectCalendars: [cal],
    taskCalendar: taskCalendars(fn, byId),
    mode: 'project',
    columns: true,
    lateFinish: 'portfolio',
    options: opts,
    ...progress,
  });
  const base = {
    projectId: project.id,
    calendarId: cal.id,
    startDate: r.startDate,
    finishDate: r.finishDate,
    duration: r.duration,
    tasks: r.tasks ?? [],
    criticalPaths: r.criticalPaths,
    criticalPathsTruncated: r.criticalPathsTruncated,
    warnings: r.warnings,
  };
  // The task objects are built from the columns when first read (internal/taskObjects.ts).
  if (r.tasks === null) lazyTasks(base, r.columns, true);
  if (!r.progress) return base;
  const p = r.projects[0]!;
  return { ...base, statusDate: p.statusDate!, baselineId: p.baselineId!, baselineStartDate: p.baselineStartDate!, baselineFinishDate: p.baselineFinishDate!, finishVariance: p.finishVariance! };
}
