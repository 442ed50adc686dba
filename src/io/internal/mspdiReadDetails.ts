/**
 * What {@link readMspdiDetails} returns per task beyond the model: MS Project's flags and the
 * schedule it stored. Private to pmo-kit/io.
 */
import type { MspdiTaskDetails } from '../mspdiTypes.js';
import { isoDurationMinutes } from './duration.js';
import { CONSTRAINT_BY_CODE, formatBase, isElapsedFormat, type Reader, TASK_TYPE_BY_CODE, text, value } from './mspdi.js';
import type { TaskEntry } from './mspdiReadTasks.js';
import { mergeSegments } from './mspdiSegments.js';
import type { DayTimes } from './mspdiTime.js';
import type { XmlNode } from './xml.js';

/**
 * The details of the task `node` (UID `uid`, pmo-kit id `id`), read as `e` (undefined for the
 * project summary task); slack in days of its calendar (`projectTimes` without one).
 */
export function taskDetails(r: Reader, node: XmlNode, uid: number, id: string, e: TaskEntry | undefined, projectTimes: DayTimes): MspdiTaskDetails {
  const where = `task UID ${uid}`;
  const fmt = r.int(node, 'DurationFormat', where);
  const durationText = value(node, 'Duration');
  const minutes = durationText === undefined ? 0 : isoDurationMinutes(durationText);
  const pc = r.num(node, 'PercentComplete', where);
  const actualMinutes = (name: string): number => {
    const t = value(node, name);
    const m = t === undefined ? 0 : isoDurationMinutes(t);
    return typeof m === 'number' ? m : 0;
  };
  const typeCode = r.int(node, 'Type', where);
  const elapsed = fmt !== undefined && isElapsedFormat(fmt);
  // Slack in days of the task's calendar (MS Project counts an elapsed task's in 24-hour days).
  const dayMinutes = elapsed ? 1440 : (e?.times.dayMinutes ?? projectTimes.dayMinutes);
  const slack = (name: string): number | undefined => {
    const v = r.num(node, name, where);
    return v === undefined ? undefined : v / 10 / dayMinutes;
  };
  const segments = mergeSegments(e?.segments ?? []);
  return {
    uid,
    id,
    row: r.int(node, 'ID', where),
    name: text(node, 'Name') ?? '',
    outlineLevel: e?.level ?? r.int(node, 'OutlineLevel', where) ?? 0,
    outlineNumber: value(node, 'OutlineNumber'),
    wbs: value(node, 'WBS'),
    summary: r.bool(node, 'Summary', where) ?? false,
    milestone: r.bool(node, 'Milestone', where) ?? false,
    manual: r.bool(node, 'Manual', where) ?? false,
    active: r.bool(node, 'Active', where) ?? true,
    type: typeCode === undefined ? undefined : TASK_TYPE_BY_CODE[typeCode],
    effortDriven: r.bool(node, 'EffortDriven', where) ?? false,
    durationMinutes: typeof minutes === 'number' ? minutes : 0,
    durationFormat: fmt,
    elapsed,
    estimated: (r.bool(node, 'Estimated', where) ?? false) || (fmt !== undefined && fmt !== formatBase(fmt)),
    hasActuals:
      value(node, 'ActualStart') !== undefined ||
      (pc ?? 0) > 0 ||
      actualMinutes('ActualDuration') > 0 ||
      actualMinutes('ActualWork') > 0,
    percentComplete: pc,
    actualStartDate: r.dateTime(node, 'ActualStart', where),
    actualFinishDate: r.dateTime(node, 'ActualFinish', where),
    resourceUids: e?.resourceUids ?? [],
    segments,
    split: segments.length > 1,
    constraintType: CONSTRAINT_BY_CODE[r.int(node, 'ConstraintType', where) ?? 0] ?? 'ASAP',
    constraintDate: r.dateTime(node, 'ConstraintDate', where),
    calendarUid: ((c) => (c === undefined || c === -1 ? undefined : c))(r.int(node, 'CalendarUID', where)),
    deadlineDate: r.dateTime(node, 'Deadline', where),
    startDate: r.dateTime(node, 'Start', where),
    finishDate: r.dateTime(node, 'Finish', where),
    earlyStartDate: r.dateTime(node, 'EarlyStart', where),
    earlyFinishDate: r.dateTime(node, 'EarlyFinish', where),
    lateStartDate: r.dateTime(node, 'LateStart', where),
    lateFinishDate: r.dateTime(node, 'LateFinish', where),
    totalSlack: slack('TotalSlack'),
    freeSlack: slack('FreeSlack'),
    critical: r.bool(node, 'Critical', where),
    predecessors: e?.links ?? [],
  };
}
