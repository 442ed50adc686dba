import { PmoError } from '../errors.js';
import type { Project } from '../model/project.js';
import { show } from '../internal/show.js';
import { calendarIndex, resolveCalendar, taskCalendars } from './internal/calendars.js';
import { scheduleCore } from './internal/core.js';
import { readCriticalPathOptions, readProgressOptions } from './internal/request.js';
import { readOptions } from '../internal/options.js';
import type { ScheduleOptions, ScheduleResult } from './types.js';

/**
 * Schedules a project by the critical path method, on its working calendar, as MS Project does
 * for an auto-scheduled, forward-scheduled project without resources, from its progress.
 *
 * **Axis.** Offsets count working days of the project's calendar (`project.calendarId`, else
 * `options.defaultCalendarId`, else {@link STANDARD_CALENDAR}), the *reference calendar* reported
 * as `calendarId`, from the first working day on or after `project.start` (offset 0). Finishes are
 * exclusive (`earlyFinish = earlyStart + duration`); dates are the working days worked:
 * `earlyStartDate` is the day at offset `floor(earlyStart)`, `earlyFinishDate` the day at
 * `ceil(earlyFinish) - 1`. Fractional durations and lags (parts of a working day) are supported;
 * dates are then the days in which the fractional start and finish fall.
 *
 * **Task calendars** (as MS Project for tasks without resources). A task naming a `calendarId`
 * (looked up in `options.calendars`) works on that calendar's working days only: its `duration`
 * counts them, and its dates are its own working days. The link semantics follow MS Project: a
 * link's lag counts working days of the *successor's* calendar; a successor whose calendar does
 * not work on the day its predecessor finishes starts on its own next working day (a 7-day task
 * after a Friday finish starts on Saturday); an FF/SF successor has worked, by its finish,
 * at least all the time its calendar offers before its predecessor's instant (a Monday-Friday
 * task FF after a Sunday finish may finish on Friday night: MS Project places that finish at the
 * predecessor's instant with the work before it, and the dates here show the last day worked), so
 * a later predecessor never gives an earlier successor and the floats are exact, except where
 * an SS/SF predecessor's latest start would fall in a non-working gap of its own calendar (every
 * start before the gap is in time, none after it): its late start then keeps its early start's
 * time of day on the last working day before the gap, so that without constraints no float is
 * negative, and a float can be up to a day short of that unattained limit;
 * constraint dates and deadlines move to the task's own working days; no task starts before its
 * project's start. Offsets stay on the reference calendar: a task's start offset is that of the
 * reference working time at or after its start, its finish offset that of its end, so
 * `earlyFinish - earlyStart` can differ from `duration` (a Saturday counts as the following
 * Monday on a Monday-Friday reference). **Floats are in working days of the task's own
 * calendar** (MS Project computes slack on the task calendar): `totalFloat` is then not
 * `lateStart - earlyStart`. Tasks on calendars with the same working days as the project's are
 * scheduled exactly as on one calendar (results are bit-for-bit those of a single calendar).
 * Resource calendars do not enter the CPM: MS Project intersects task and resource calendars
 * only for work driven by assignments, and this CPM has none (resource leveling,
 * `pmo-kit/resources`, uses each resource's calendar).
 *
 * **Links.** FS, SS, FF and SF with lags in working days (negative lags are leads). No task
 * starts before its project's start: a lead, an SS, SF or FF link cannot pull it earlier. Tasks
 * without successors get the project finish as late finish, and no task's late finish is after
 * the project finish.
 *
 * **Milestones** (zero duration) sit on a boundary between two working days. Its date is the
 * working day after the boundary when a start drives it (the project start, a start constraint,
 * an SS or SF link), otherwise the day before it: a milestone after an FS predecessor is on the
 * predecessor's finish day, as in MS Project. Its finish date equals its start date.
 *
 * **WBS summaries** (tasks named as `parentId`) are not scheduled themselves: their dates, floats
 * and critical flag roll up from their leaf tasks (min start, max finish, min float), their
 * `duration` is the rolled-up span, and a link on a summary applies to every leaf task below it
 * (a link between a summary and its own subtask is rejected); as in MS Project, such an inherited
 * link drives the dates and the total float of the tasks below the summary but not their free
 * float, which counts their own links only (no own successor: free float = total float). Summaries accept the constraints
 * ASAP, SNET and FNLT (applied to every leaf), as in MS Project.
 *
 * **Constraints**, as MS Project with "tasks will always honour their constraint dates": SNET and
 * FNET raise the early dates; SNLT and FNLT cap the early and late dates; MSO and MFO pin both.
 * SNLT, FNLT, MSO and MFO win over the project start as in MS Project (a task constrained to a
 * date before the project start is scheduled there); such tasks are listed in `warnings`; ALAP places the task at its late dates (never earlier than its
 * early dates) and its successors follow it, so it has zero total float. A constraint date
 * is an instant, as in MS Project: a start constraint (SNET, SNLT, MSO) dated D is the start of
 * D's working time, a finish constraint (FNET, FNLT, MFO) and a `deadline` the end of it; on a
 * day the task's calendar does not work, a start constraint takes the next working instant (the
 * next working day) and a finish constraint the previous one (the end of the previous working
 * day: an FNET on a Sunday after a working Saturday finishes the task on Saturday). A task
 * `deadline` caps the late finish only. When a
 * constraint contradicts the links, the constraint wins: the link is violated in the early
 * schedule, and the conflict shows as negative total float on the tasks that drive it.
 *
 * **Manually scheduled tasks** (`manualStart`, MS Project's `Manual` tasks) start on that date
 * whatever their links and constraints (theirs and their summaries'); their successors and the
 * project finish follow them; their late dates come from their successors (not pinned like MSO),
 * so a predecessor that finishes later shows negative float. A summary cannot be manual.
 *
 * **Progress** (docs/progress.md), as MS Project: a complete task (an `actualFinish`, or 100 %)
 * sits at its actual dates, with zero float, never critical; an in-progress task starts at its
 * `actualStart` and runs its remaining duration (`remainingDuration`, else duration × (1 −
 * percentComplete/100)) from its resume point (after the work done, or its `resume` day); a
 * not-started task follows its links. With `options.statusDate` (else the project's
 * `statusDate`) the work left starts after the status date (MS Project's Update Project). Then
 * every task and the result also carry the progress fields (`progress`, `percentComplete`,
 * `remainingDuration`, baseline dates from `options.baselines`, variances in working days).
 * Without progress and status date nothing changes; `progress: 'plan'` ignores progress.
 *
 * **Not modelled**: resources, the project `deadline`.
 * Elapsed time (MS Project's elapsed durations) is a calendar working every day, such as
 * `MSPDI_ELAPSED_CALENDAR` from `pmo-kit/io`.
 *
 * **Critical paths**: every maximal chain of critical tasks joined by links that are tight in the
 * early schedule, enumerated up to `maxCriticalPaths`.
 *
 * Iterative throughout (a chain of a million tasks is fine); O(V + E') time and memory, where E'
 * counts links after expanding summary links to leaf tasks (E' = E without summary links); with
 * several calendars, each link and task costs O(log k) more for k dated calendar exceptions.
 * The input is never mutated.
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
  const cal = resolveCalendar(fn, calId, byId, `project ${JSON.stringify(String(project.id))}`);
  const r = scheduleCore({
    fn,
    projects: [project],
    cross: [],
    calendar: cal,
    projectCalendars: [cal],
    taskCalendar: taskCalendars(fn, byId),
    mode: 'project',
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
    tasks: r.tasks,
    criticalPaths: r.criticalPaths,
    criticalPathsTruncated: r.criticalPathsTruncated,
    warnings: r.warnings,
  };
  if (!r.progress) return base;
  const p = r.projects[0]!;
  return { ...base, statusDate: p.statusDate!, baselineId: p.baselineId!, baselineStartDate: p.baselineStartDate!, baselineFinishDate: p.baselineFinishDate!, finishVariance: p.finishVariance! };
}
