/**
 * What MS Project schedules beyond a plain CPM, read per task: constraint and deadline instants,
 * manually scheduled tasks, split tasks and resource-driven dates. Each is modelled where the
 * day model can hold it, and reported otherwise (see docs/mspdi.md). Private to pmo-kit/io.
 */
import type { MspdiWarn as Warn } from './mspdiBlob.js';
import { CONSTRAINT_BY_CODE, type Reader } from './mspdi.js';
import { constraintDay, finishDay, startDay, timeOf } from './mspdiInstants.js';
import { minutesOf, splitDateTime, unevenDays, workingMinutesBetween, type DayTimes, type Interval } from './mspdiTime.js';
import type { XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** A task being read: its element, its label for messages, and the pmo-kit task so far. */
export interface TimedTask {
  readonly node: XmlNode;
  readonly uid: number;
  readonly where: string;
  readonly task: Obj;
  /** Working time of the task's calendar. */
  readonly times: DayTimes;
  /** Whether the task's duration is elapsed time. */
  readonly elapsed: boolean;
}

const days = (x: number): string => String(Math.round(x * 1000) / 1000);

/**
 * The constraint (its date-time as a day boundary, see mspdiInstants.ts), the deadline (a finish
 * instant, never read later than MS Project's) and, for a manually scheduled task (`Manual` = 1),
 * its start as `manualStart`. A time within a day's work is rounded and reported.
 */
export function readTaskDates(r: Reader, e: TimedTask, summary: boolean, warn: Warn): void {
  const { node, where, uid, task, times } = e;
  const type = CONSTRAINT_BY_CODE[r.int(node, 'ConstraintType', where) ?? 0]!;
  const at = r.dateTime(node, 'ConstraintDate', where);
  if (type === 'ALAP') task.constraint = at !== undefined ? { type, date: at.slice(0, 10) } : { type };
  else if (type !== 'ASAP') {
    if (at === undefined) warn('constraint-without-date', `${where}: constraint ${type} without <ConstraintDate>; ignored`, uid);
    else {
      const d = constraintDay(type, times, at);
      task.constraint = { type, date: d.date };
      if (!d.exact)
        warn(
          'constraint-time',
          `${where}: the ${type} constraint at ${timeOf(at)} on ${at.slice(0, 10)} falls within a working day; pmo-kit's constraints fall on day boundaries: read as ${type} ${d.date} (${type === 'SNET' || type === 'SNLT' || type === 'MSO' ? 'the start' : 'the end'} of that day)`,
          uid,
        );
    }
  }
  const deadline = r.dateTime(node, 'Deadline', where);
  if (deadline !== undefined) {
    const d = finishDay(times, deadline, 'earlier');
    task.deadline = d.date;
    if (!d.exact) warn('deadline-time', `${where}: the deadline at ${timeOf(deadline)} on ${deadline.slice(0, 10)} falls within a working day; read as the end of ${d.date}`, uid);
  }
  const delay = r.num(node, 'LevelingDelay', where);
  if (delay !== undefined && delay > 0)
    warn('leveling-delay', `${where}: MS Project's leveling delays it by ${Math.round(delay / 600) / 10 / 8} day(s) (<LevelingDelay>); read without the delay`, uid);
  if (r.bool(node, 'Manual', where) !== true) return;
  if (summary) {
    warn('manual-summary', `${where}: a manually scheduled summary task; pmo-kit rolls its dates up from its subtasks`, uid);
    return;
  }
  const start = r.dateTime(node, 'ManualStart', where) ?? r.dateTime(node, 'Start', where);
  if (start === undefined) {
    warn('manual-without-start', `${where}: a manually scheduled task without <Start>; scheduled automatically`, uid);
    return;
  }
  const d = startDay(times, start, 'nearest');
  task.manualStart = d.date;
  if (!d.exact)
    warn('manual-start-time', `${where}: the manual start at ${timeOf(start)} on ${start.slice(0, 10)} falls within a working day; read as the start of ${d.date}`, uid);
}

/** MS Project's `Start` and `Finish` of a task, when both are written. */
function span(r: Reader, e: TimedTask): { start: string; finish: string } | undefined {
  const start = r.dateTime(e.node, 'Start', e.where);
  const finish = r.dateTime(e.node, 'Finish', e.where);
  return start === undefined || finish === undefined ? undefined : { start, finish };
}

/**
 * A split task (its timephased work has gaps) is read as one task over its whole span, work and
 * gaps: its duration becomes the working time of its calendar from MS Project's `Start` to
 * `Finish`, so that it is scheduled with its splits (MS Project moves the parts with the task and
 * keeps the gaps) and its dates and slack are MS Project's. Reported: demands then cover the gaps.
 */
export function readSplit(r: Reader, e: TimedTask, parts: number, duration: number, warn: Warn): void {
  const s = span(r, e);
  if (s === undefined || e.elapsed) {
    warn('split-task', `${e.where}: a split task (${parts} parts)${s === undefined ? ' without <Start> and <Finish>' : ' of elapsed time'}; read without its splits`, e.uid);
    return;
  }
  const total = workingMinutesBetween(e.times, s.start, s.finish) / e.times.dayMinutes;
  if (!(total > duration + 1e-9)) {
    warn(
      'split-task',
      `${e.where}: a split task (${parts} parts) whose span on its calendar (${days(total)} working day(s), ${s.start.slice(0, 10)} to ${s.finish.slice(0, 10)}) is not longer than its work (${days(duration)} day(s)): its parts follow other working time (see resource-driven); read without its splits`,
      e.uid,
    );
    return;
  }
  e.task.duration = total;
  warn(
    'split-task',
    `${e.where}: a split task (${parts} parts): it works ${days(duration)} day(s) over a span of ${days(total)} working day(s) (${s.start.slice(0, 10)} to ${s.finish.slice(0, 10)}); read as one task of ${days(total)} day(s), so its dates and slack are MS Project's; its resource demands also cover the gaps`,
    e.uid,
  );
}

/** Whether two calendars have the same working periods on every day in `[from, to]`. */
function sameTimes(a: DayTimes, b: DayTimes, from: number, to: number): boolean {
  const eq = (x: readonly Interval[], y: readonly Interval[]): boolean => x.length === y.length && x.every((p, i) => p[0] === y[i]![0] && p[1] === y[i]![1]);
  for (let d = from; d <= to; d++) if (!eq(a.timesOn(d), b.timesOn(d))) return false;
  return true;
}

/**
 * Resource-driven dates: MS Project schedules the work of an assignment on its resource's
 * calendar (unless the task is fixed-duration or ignores resource calendars), so a task whose
 * resource works other hours than the task's calendar over its span has dates a CPM on the task
 * calendar cannot give. Reported per task; the duration stays `Duration` on the task's calendar.
 */
export function checkResourceDriven(
  r: Reader,
  e: TimedTask,
  resources: readonly { uid: number; times: DayTimes | undefined }[],
  warn: Warn,
): void {
  if (resources.length === 0 || e.elapsed) return;
  if (r.int(e.node, 'Type', e.where) === 1 || r.bool(e.node, 'IgnoreResourceCalendar', e.where) === true) return;
  const s = span(r, e);
  if (s === undefined) return;
  const from = splitDateTime(s.start).day;
  const to = Math.min(splitDateTime(s.finish).day, from + 3660);
  const other = resources.find((res) => res.times !== undefined && !sameTimes(res.times, e.times, from, to));
  if (other === undefined) return;
  warn(
    'resource-driven',
    `${e.where}: its work follows the calendar of resource UID ${other.uid}, which works other hours than the task's calendar, so MS Project's dates (${s.start} to ${s.finish}) are resource-driven; pmo-kit schedules its duration on the task's calendar`,
    e.uid,
  );
}

/**
 * Days of uneven length: pmo-kit counts each working day as one day, MS Project counts minutes;
 * they agree while every working day of the task's calendar has its usual working minutes. A task
 * whose span (MS Project's `Start` to `Finish`) crosses a longer or shorter working day is reported.
 */
export function checkUnevenDays(r: Reader, e: TimedTask, warn: Warn): void {
  if (e.elapsed) return;
  const s = span(r, e);
  if (s === undefined) return;
  const from = splitDateTime(s.start).day;
  const to = Math.min(splitDateTime(s.finish).day, from + 3660);
  const odd = unevenDays(e.times, from, to, e.times.dayMinutes);
  if (odd.length === 0) return;
  const len = (iso: string): number => minutesOf(e.times.timesOn(splitDateTime(iso).day));
  warn(
    'uneven-working-days',
    `${e.where}: its span crosses working days of other lengths than its calendar's ${e.times.dayMinutes} minutes (${odd.map((d) => `${d}: ${len(d)} min`).join(', ')}); pmo-kit counts every working day as one day, so its dates may differ from MS Project's by part of a day`,
    e.uid,
  );
}
