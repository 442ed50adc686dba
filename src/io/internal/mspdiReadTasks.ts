/**
 * The tasks of an MSPDI document as the reader builds them: the first pass over `<Task>` (ids,
 * durations, outline, progress), the second once the calendars are known (calendar, duration in
 * days, dates), and the links. Private to pmo-kit/io.
 */
import type { DependencyType } from '../../model/task.js';
import type { MspdiLinkDetails, MspdiProperties, MspdiSegment } from '../mspdiTypes.js';
import { MSPDI_ELAPSED_CALENDAR } from '../mspdiElapsedCalendar.js';
import { isoDurationMinutes } from './duration.js';
import { parseBlob, type TaskBlob } from './mspdiBlob.js';
import { fieldValue, type PmoFields, type ReadStep } from './mspdiDocument.js';
import { CONSTRAINT_BY_CODE, child, isElapsedFormat, isPercentFormat, items, LINK_BY_CODE, type Reader, text, value } from './mspdi.js';
import type { PortfolioCalendars } from './mspdiPortfolioCalendars.js';
import { readTaskProgress } from './mspdiProgress.js';
import { readTaskDates } from './mspdiTaskTiming.js';
import { ELAPSED_TIMES, type DayTimes } from './mspdiTime.js';
import type { XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** A task being read: its element, the pmo-kit task so far, and what the later passes need. */
export interface TaskEntry {
  readonly node: XmlNode;
  readonly uid: number;
  id: string;
  readonly where: string;
  readonly level: number;
  readonly task: Obj;
  /** `Duration` in minutes. */
  readonly minutes: number;
  /** The duration in working days of the task's calendar (set with the calendars). */
  duration: number;
  /** Whether the duration is elapsed time (the task goes on the elapsed calendar). */
  readonly elapsed: boolean;
  /** The working time of the task's calendar (set with the calendars). */
  times: DayTimes;
  readonly blob: TaskBlob | undefined;
  parentIdx: number | undefined;
  readonly resourceUids: number[];
  readonly segments: MspdiSegment[];
  readonly links: MspdiLinkDetails[];
}

/** The tasks of a document after the first pass. */
export interface TaskList {
  /** The tasks of the project, in file order (without the summary and the null tasks). */
  readonly entries: TaskEntry[];
  readonly byUid: ReadonlyMap<number, TaskEntry>;
  /** The project summary task (UID 0). */
  readonly summaryNode: XmlNode | undefined;
  /** UIDs of the null (blank) tasks, skipped. */
  readonly nullTaskUids: number[];
}

/** The task's model fields an MSPDI `<Task>` gives before the calendars are known (duration 0). */
function taskFields(r: Reader, node: XmlNode, id: string, where: string): Obj {
  // The duration in days of the task's calendar is set once the calendars are read.
  const task: Obj = { id, name: text(node, 'Name') ?? '', duration: 0, milestone: r.bool(node, 'Milestone', where) ?? false };
  const ctCode = r.int(node, 'ConstraintType', where) ?? 0;
  const ctType = CONSTRAINT_BY_CODE[ctCode];
  if (ctType === undefined) r.fail(where, `<ConstraintType> must be 0..7, got ${ctCode}`);
  r.dateTime(node, 'ConstraintDate', where);
  const pc = r.num(node, 'PercentComplete', where);
  const actualStart = r.date(node, 'ActualStart', where);
  const actualFinish = r.date(node, 'ActualFinish', where);
  const actualCost = r.num(node, 'ActualCost', where);
  if (pc !== undefined && (pc > 0 || actualStart !== undefined)) task.percentComplete = pc;
  if (actualStart !== undefined) task.actualStart = actualStart;
  if (actualFinish !== undefined) task.actualFinish = actualFinish;
  if (actualCost !== undefined && actualCost > 0) task.actualCost = actualCost / 100;
  r.dateTime(node, 'Deadline', where);
  task.demands = [];
  return task;
}

/**
 * First pass over `<Task>`: the ids (UIDs, or the ids a writer stored), durations in minutes,
 * the outline (parents), progress; the summary and null tasks set apart.
 */
export function readTaskEntries(step: ReadStep, project: XmlNode, fields: PmoFields): TaskList {
  const r: Reader = step.r;
  const { warn, applyBlobs } = step;
  const taskNodes = items(child(project, 'Tasks'), 'Task');
  let summaryNode: XmlNode | undefined;
  const nullTaskUids: number[] = [];
  const entries: TaskEntry[] = [];
  const byUid = new Map<number, TaskEntry>();
  const byId = new Map<string, TaskEntry>();
  const stack: (number | undefined)[] = [];
  for (const node of taskNodes) {
    const uid = r.int(node, 'UID', 'a <Task>');
    if (uid === undefined) r.fail('a <Task>', 'missing <UID>');
    const where = `task UID ${uid}`;
    const keys = Object.keys(node).filter((k) => k !== '#text');
    if (r.bool(node, 'IsNull', where) === true || keys.every((k) => k === 'UID' || k === 'ID')) {
      nullTaskUids.push(uid);
      continue;
    }
    if (uid === 0) {
      summaryNode = node;
      continue;
    }
    if (byUid.has(uid)) r.fail(where, 'the UID appears twice');
    const storedId = fieldValue(node, fields.taskId);
    const id = storedId !== undefined && storedId !== '' ? storedId : String(uid);
    if (byId.has(id)) r.fail(where, `task id ${JSON.stringify(id)} appears twice`);

    const durationText = value(node, 'Duration');
    const durationFormat = r.int(node, 'DurationFormat', where);
    let minutes = 0;
    if (durationText !== undefined) {
      const m = isoDurationMinutes(durationText);
      if (typeof m === 'string') r.fail(where, `<Duration>: ${m}`);
      minutes = m;
    }
    if (minutes < 0) r.fail(where, `<Duration> is negative (${durationText})`);
    const elapsed = durationFormat !== undefined && isElapsedFormat(durationFormat);

    const outlineNumber = value(node, 'OutlineNumber');
    const level = Math.max(1, r.int(node, 'OutlineLevel', where) ?? (outlineNumber !== undefined ? outlineNumber.split('.').length : 1));
    let parentIdx: number | undefined;
    for (let l = level - 1; l >= 1 && parentIdx === undefined; l--) parentIdx = stack[l];
    stack.length = level + 1;
    stack[level] = entries.length;

    const task = taskFields(r, node, id, where);
    const blob = applyBlobs ? (parseBlob(fieldValue(node, fields.taskData), warn, where) as TaskBlob | undefined) : undefined;
    const entry: TaskEntry = {
      node,
      uid,
      id,
      where,
      level,
      task,
      minutes,
      duration: 0,
      elapsed,
      times: ELAPSED_TIMES,
      blob,
      parentIdx,
      resourceUids: [],
      segments: [],
      links: [],
    };
    entries.push(entry);
    byUid.set(uid, entry);
    byId.set(id, entry);
  }
  return { entries, byUid, summaryNode, nullTaskUids };
}

/** Indices of the entries that are parents (summary tasks) of others. */
export function parentsOf(entries: readonly TaskEntry[]): Set<number> {
  return new Set(entries.map((e) => e.parentIdx).filter((i): i is number => i !== undefined));
}

/**
 * Second pass, once the calendars are known: each task's calendar, parent, duration in days of
 * its calendar, constraint, deadline and manual start; warns of inactive tasks and of
 * constraints a project lets links win over.
 */
export function placeTasks(
  step: ReadStep,
  entries: readonly TaskEntry[],
  parents: ReadonlySet<number>,
  cals: PortfolioCalendars,
  properties: MspdiProperties,
): void {
  const r: Reader = step.r;
  const { warn } = step;
  entries.forEach((e, i) => {
    const calUid = r.int(e.node, 'CalendarUID', e.where);
    const cal = cals.calendarOf(calUid, e.where, e.uid);
    if (e.elapsed) {
      e.task.calendarId = MSPDI_ELAPSED_CALENDAR.id;
      if (cal !== undefined)
        warn('elapsed-task-calendar', `${e.where}: the task calendar ${cal} of an elapsed-duration task was replaced by elapsed time`, e.uid);
    } else if (cal !== undefined) e.task.calendarId = cal;
    if (e.parentIdx !== undefined) e.task.parentId = entries[e.parentIdx]!.id;
    // Durations count working days of the task's calendar: minutes over its working minutes a day
    // (elapsed days of 24 hours for an elapsed duration), whatever <MinutesPerDay> says.
    e.times = e.elapsed ? ELAPSED_TIMES : (cals.timesOf(calUid) ?? cals.projectTimes);
    e.duration = e.minutes / e.times.dayMinutes;
    e.task.duration = e.duration;
    readTaskDates(r, e, parents.has(i), warn);
    readTaskProgress(r, e, warn);
    if (r.bool(e.node, 'Active', e.where) === false)
      warn('inactive-task', `${e.where}: an inactive task (MS Project leaves it out of the schedule); read as an active task`, e.uid);
  });
  if (properties.honorConstraints === false) {
    const held = entries.filter((e) => /^(SNLT|FNLT|MSO|MFO)$/.test(String((e.task.constraint as { type?: string } | undefined)?.type)));
    if (held.length > 0)
      warn(
        'links-win-over-constraints',
        `the project lets links win over constraints (<HonorConstraints> 0), pmo-kit lets constraints win (as MS Project's "tasks will always honor their constraint dates"): where a link contradicts the SNLT, FNLT, MSO or MFO of task UID ${held
          .slice(0, 5)
          .map((e) => e.uid)
          .join(', ')}${held.length > 5 ? ', …' : ''}, the dates differ`,
      );
  }
}

/**
 * The lag of a link in days of the successor's calendar (elapsed days for an elapsed successor),
 * warning where it is approximated.
 */
function lagOf(step: ReadStep, e: TaskEntry, pred: TaskEntry | undefined, puid: number | undefined, linkLag: number, lagFormat: number, minutesPerDay: number): number {
  const { warn } = step;
  let lag: number;
  if (isPercentFormat(lagFormat)) {
    lag = (linkLag / 100) * (pred?.duration ?? 0);
    if (linkLag !== 0)
      warn('percent-lag', `${e.where}: the ${linkLag}% lag on the link from UID ${puid} was read as ${lag} working day(s) of the predecessor's duration`, e.uid);
  } else if (isElapsedFormat(lagFormat)) {
    // A lag counts days of the successor's calendar: exact on an elapsed successor.
    lag = linkLag / 10 / 1440;
    if (linkLag !== 0 && !e.elapsed)
      warn('elapsed-lag', `${e.where}: the elapsed lag on the link from UID ${puid} was read as ${lag} working day(s) (1 elapsed day = 1 working day)`, e.uid);
  } else {
    // Working days of the successor's calendar (for an elapsed successor, approximated below).
    lag = linkLag / 10 / (e.elapsed ? minutesPerDay : e.times.dayMinutes);
    if (linkLag !== 0 && e.elapsed)
      warn(
        'working-lag-on-elapsed-task',
        `${e.where}: the lag of ${lag} working day(s) on the link from UID ${puid} to this elapsed-duration task was read as ${lag} elapsed day(s)`,
        e.uid,
      );
  }
  return lag;
}

/**
 * The `<PredecessorLink>`s of every task: the project's dependencies, in file order (links left
 * out are warned of), and each task's links as written in its `links`.
 */
export function readLinks(step: ReadStep, tasks: TaskList, minutesPerDay: number): Obj[] {
  const r: Reader = step.r;
  const { warn } = step;
  const seenLinks = new Set<string>();
  const dependencies: Obj[] = [];
  for (const e of tasks.entries) {
    for (const link of items(e.node, 'PredecessorLink')) {
      const puid = r.int(link, 'PredecessorUID', e.where);
      const typeCode = r.int(link, 'Type', e.where) ?? 1;
      const type: DependencyType | undefined = LINK_BY_CODE[typeCode];
      if (type === undefined) r.fail(e.where, `<PredecessorLink><Type> must be 0..3, got ${typeCode}`);
      const crossProject = r.bool(link, 'CrossProject', e.where) ?? false;
      const linkLag = r.num(link, 'LinkLag', e.where) ?? 0;
      const lagFormat = r.int(link, 'LagFormat', e.where) ?? 7;
      const pred = puid === undefined ? undefined : tasks.byUid.get(puid);
      const lag = lagOf(step, e, pred, puid, linkLag, lagFormat, minutesPerDay);
      let kept = false;
      if (puid === undefined) warn('unknown-predecessor', `${e.where}: a <PredecessorLink> without <PredecessorUID> was ignored`, e.uid);
      else if (crossProject) warn('cross-project-link', `${e.where}: the cross-project link from UID ${puid} was left out`, e.uid);
      else if (pred === undefined) warn('unknown-predecessor', `${e.where}: the link from UID ${puid} names no task of the project; ignored`, e.uid);
      else if (pred === e) warn('self-link', `${e.where}: a link to itself was ignored`, e.uid);
      else {
        const key = JSON.stringify([pred.id, e.id, type]);
        if (seenLinks.has(key)) warn('duplicate-link', `${e.where}: a second ${type} link from UID ${puid} was ignored`, e.uid);
        else {
          seenLinks.add(key);
          kept = true;
          dependencies.push({ from: pred.id, to: e.id, type, lag });
        }
      }
      e.links.push({ predecessorUid: puid ?? -1, type, linkLag, lagFormat, lag, crossProject, kept });
    }
  }
  return dependencies;
}
