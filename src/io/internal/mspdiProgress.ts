/**
 * Progress and the first baseline in MSPDI, both ways: a task's `RemainingDuration`,
 * `ActualDuration`, `Stop` and `Resume`, the project's `StatusDate`, and the `<Baseline>`
 * elements numbered 0 (docs/mspdi.md, docs/progress.md). `PercentComplete`, `ActualStart`,
 * `ActualFinish` and `ActualCost` are read with the other task fields. Private to pmo-kit/io.
 */
import { compileCalendar, type CalendarLike } from '../../calendar/compileCalendar.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { Baseline } from '../../model/status.js';
import type { Task } from '../../model/task.js';
import { formatIsoDuration, isoDurationMinutes } from './duration.js';
import type { MspdiWarn as Warn } from './mspdiBlob.js';
import { items, type Reader, value } from './mspdi.js';
import { finishDay, startDay, timeOf } from './mspdiInstants.js';
import { workingMinutesBetween, type DayTimes, type Interval } from './mspdiTime.js';
import { clock, finishAt, startAt } from './mspdiWriteValues.js';
import type { XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** A task being read, once its calendar is known. */
export interface ProgressTask {
  readonly node: XmlNode;
  readonly uid: number;
  readonly where: string;
  readonly task: Obj;
  readonly times: DayTimes;
  /** Its duration in working days of its calendar. */
  readonly duration: number;
}

/** Minutes of an ISO duration element, or `undefined` when absent or malformed. */
function minutesOf(node: XmlNode, name: string): number | undefined {
  const t = value(node, name);
  if (t === undefined) return undefined;
  const m = isoDurationMinutes(t);
  return typeof m === 'number' ? m : undefined;
}

/**
 * The progress of an in-progress task beyond its percent complete: `remainingDuration` from
 * `RemainingDuration` (else `Duration` − `ActualDuration`) when it differs from duration × (1 −
 * percentComplete/100), and `resume` from `Resume` when the work stopped for working time
 * (`Stop` before `Resume`): the day the remaining work resumes (a resume within a day is rounded
 * to the nearest day and reported).
 */
export function readTaskProgress(r: Reader, e: ProgressTask, warn: Warn): void {
  const { node, task, times } = e;
  if (task.actualStart === undefined || task.actualFinish !== undefined) return;
  const dayMinutes = times.dayMinutes;
  const left = minutesOf(node, 'RemainingDuration');
  const done = minutesOf(node, 'ActualDuration');
  const whole = minutesOf(node, 'Duration');
  const remaining = left !== undefined ? left / dayMinutes : done !== undefined && whole !== undefined ? Math.max(0, whole - done) / dayMinutes : undefined;
  const pc = typeof task.percentComplete === 'number' ? task.percentComplete : 0;
  if (remaining !== undefined && Math.abs(remaining - e.duration * (1 - pc / 100)) > 1e-6) task.remainingDuration = Math.round(remaining * 1e9) / 1e9;
  const stop = r.dateTime(node, 'Stop', e.where);
  const resume = r.dateTime(node, 'Resume', e.where);
  if (stop === undefined || resume === undefined || !(workingMinutesBetween(times, stop, resume) > 0)) return;
  const d = startDay(times, resume, 'nearest');
  task.resume = d.date;
  if (!d.exact) warn('resume-time', `${e.where}: the remaining work resumes at ${timeOf(resume)} on ${resume.slice(0, 10)}, within a working day; read as resuming on ${d.date}`, e.uid);
}

/** The project's status date: `<StatusDate>` as the day whose end it is (a time at a day's start is the previous day's end). */
export function statusDateOf(statusDate: string | undefined, projectTimes: DayTimes): string | undefined {
  return statusDate === undefined ? undefined : finishDay(projectTimes, statusDate, 'nearest').date;
}

/** A task's first baseline (`<Baseline>` with `<Number>` 0): its dates, duration and cost; `undefined` when it has none. */
export function readBaselineTask(r: Reader, e: ProgressTask, taskId: string): Obj | undefined {
  const b = items(e.node, 'Baseline').find((x) => r.int(x, 'Number', e.where) === 0);
  if (b === undefined) return undefined;
  const start = r.dateTime(b, 'Start', e.where);
  const finish = r.dateTime(b, 'Finish', e.where);
  if (start === undefined || finish === undefined) return undefined;
  const s = startDay(e.times, start, 'earlier').date;
  const f = e.duration === 0 ? s : finishDay(e.times, finish, 'later').date;
  const out: Obj = { taskId, start: s, finish: f < s ? s : f };
  const minutes = minutesOf(b, 'Duration');
  if (minutes !== undefined) out.duration = Math.round((minutes / e.times.dayMinutes) * 1e9) / 1e9;
  const cost = r.num(b, 'Cost', e.where);
  if (cost !== undefined) out.cost = cost / 100;
  return out;
}

/**
 * The baseline of a project to write as MS Project's first baseline: its latest (by `date`, the
 * later one in the list on a tie), or `undefined`.
 */
export function baselineToWrite(baselines: readonly Baseline[], projectId: string): Baseline | undefined {
  let best: Baseline | undefined;
  for (const b of baselines) if (b.projectId === projectId && (best === undefined || b.date >= best.date)) best = b;
  return best;
}

/** The date-time `days` working days (fractions allowed) after the start of `date` on `calendar` with day times `times`. */
function instantAfter(calendar: CalendarLike, times: readonly Interval[], date: string, days: number): string {
  const cal = compileCalendar(calendar);
  const at = cal.dayIndex(dayNumber(date)!) + days;
  const whole = Math.floor(at + 1e-9);
  const share = at - whole;
  if (share <= 1e-9) {
    const last = cal.dayAtIndex(whole - 1);
    return days <= 1e-9 || last === undefined ? startAt(date, times) : finishAt(isoFromDayNumber(last), times);
  }
  const day = cal.dayAtIndex(whole);
  if (day === undefined) return startAt(date, times);
  let left = share * times.reduce((s, [a, b]) => s + b - a, 0);
  for (const [a, b] of times) {
    if (left <= b - a) return `${isoFromDayNumber(day)}T${clock(a + left)}`;
    left -= b - a;
  }
  return finishAt(isoFromDayNumber(day), times);
}

/**
 * The progress elements of a task: `ActualDuration` and `RemainingDuration` once it has started,
 * `Stop` and `Resume` (the end of the work done, and where the work left resumes; both the
 * actual finish for a complete task). `calendar` is the task's working calendar, `times` its day
 * times and `perDay` its working minutes a day.
 */
export function progressXml(t: Task, calendar: CalendarLike, times: readonly Interval[], perDay: number): Obj {
  if (t.actualStart === undefined) return {};
  const complete = t.actualFinish !== undefined || (t.percentComplete ?? 0) >= 100;
  const remaining = complete ? 0 : (t.remainingDuration ?? t.duration * (1 - (t.percentComplete ?? 0) / 100));
  const worked = Math.max(0, t.duration - remaining);
  const stop = t.actualFinish !== undefined ? finishAt(t.actualFinish, times) : instantAfter(calendar, times, t.actualStart, worked);
  const resume = !complete && t.resume !== undefined && startAt(t.resume, times) > stop ? startAt(t.resume, times) : stop;
  return {
    ActualDuration: formatIsoDuration(worked * perDay),
    RemainingDuration: formatIsoDuration(remaining * perDay),
    Stop: stop,
    Resume: resume,
  };
}

/** The `<Baseline>` element (number 0) of a task in `baseline`, or `{}`. */
export function baselineXml(baselineTask: Baseline['tasks'][number] | undefined, times: readonly Interval[], perDay: number): Obj {
  if (baselineTask === undefined) return {};
  return {
    Baseline: {
      Number: 0,
      Start: startAt(baselineTask.start, times),
      Finish: finishAt(baselineTask.finish, times),
      ...(baselineTask.duration !== undefined ? { Duration: formatIsoDuration(baselineTask.duration * perDay) } : {}),
      ...(baselineTask.cost !== undefined ? { Cost: Number((baselineTask.cost * 100).toFixed(6)) } : {}),
    },
  };
}
