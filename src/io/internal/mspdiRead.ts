/**
 * The MSPDI reader behind readMspdi, readMspdiDetails and writeMspdi's self-check. Private to
 * pmo-kit/io.
 */
import { PmoError, PmoValidationError } from '../../errors.js';
import { parsePortfolio } from '../../model/parse.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { DependencyType } from '../../model/task.js';
import type { ReadMspdiOptions } from '../readMspdi.js';
import type { MspdiDocument, MspdiLinkDetails, MspdiProperties, MspdiSegment, MspdiTaskDetails, MspdiWarning } from '../readMspdiDetails.js';
import { isoDurationMinutes } from './duration.js';
import {
  applyPatch,
  child,
  CONSTRAINT_BY_CODE,
  fieldEntity,
  FIELDS,
  formatBase,
  isElapsedFormat,
  isPercentFormat,
  items,
  LINK_BY_CODE,
  MSPDI_ARRAYS,
  MSPDI_NAMESPACE,
  Reader,
  TASK_TYPE_BY_CODE,
  text,
  value,
} from './mspdi.js';
import type { Calendar } from '../../model/calendar.js';
import { MSPDI_ELAPSED_CALENDAR } from '../mspdiElapsedCalendar.js';
import { isElapsedCalendar } from './elapsed.js';
import { readRawCalendars, resolveCalendars, standardDayTimes } from './mspdiCalendars.js';
import { startDay, timeOf } from './mspdiInstants.js';
import { checkResourceDriven, checkUnevenDays, readSplit, readTaskDates } from './mspdiTaskTiming.js';
import { ELAPSED_TIMES, type DayTimes } from './mspdiTime.js';
import { chunkIndex } from './mspdiFields.js';
import { parseXml, type XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** The JSON a writer stores on the project summary task (field "pmo-kit data"). */
export interface ProjectBlob {
  /** Patch of the project's own fields. */
  project?: unknown;
  /** Patch of the portfolio's fields (id, name, description, currency, defaultCalendarId). */
  portfolio?: unknown;
  /** Per calendar UID: patch of the calendar. */
  calendars?: Record<string, unknown>;
  /** UIDs of calendars the writer made up (a project calendar, resource calendars): not read. */
  syntheticCalendars?: number[];
  /** Dependency k of the original is natural (file-order) dependency order[k]. */
  order?: number[];
  /** Per natural index: the exact dependency. */
  dependencies?: Record<string, unknown>;
  /**
   * Position of the elapsed calendar among the portfolio's calendars when the reader cannot infer
   * it (default: last, and only when a task is elapsed).
   */
  elapsedCalendarIndex?: number;
  /** Programs and pools of the portfolio that concern the project. */
  programs?: unknown[];
  pools?: unknown[];
}

/** The JSON a writer stores on a task. */
interface TaskBlob {
  set?: Obj;
  unset?: string[];
  /** Position of the task in the original project's task list. */
  index?: number;
}

/** What the reader produces before validation (the writer compares it with its input). */
export interface RawRead {
  readonly portfolio: Obj;
  readonly document: Omit<MspdiDocument, 'portfolio' | 'project'>;
}

const APPROXIMATIONS = new Set(['elapsed-lag', 'working-lag-on-elapsed-task', 'percent-lag']);
const NULL_RESOURCE = -65535;

function parseBlob(raw: string | undefined, warn: (code: string, message: string) => void, where: string): unknown {
  if (raw === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v;
  } catch {
    // reported below
  }
  warn('bad-pmo-data', `${where}: the "pmo-kit data" field is not a JSON object; ignored`);
  return undefined;
}

/** Merges time intervals that overlap or touch (ISO local date-times compare as strings). */
function mergeSegments(list: MspdiSegment[]): MspdiSegment[] {
  const sorted = [...list].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const out: { startDate: string; finishDate: string }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.startDate <= last.finishDate) {
      if (s.finishDate > last.finishDate) last.finishDate = s.finishDate;
    } else out.push({ ...s });
  }
  return out;
}

/** Working parts of one assignment's timephased work of one type. */
function segmentsOf(r: Reader, entries: readonly XmlNode[], where: string): MspdiSegment[] {
  const rows = entries
    .map((e) => {
      const v = value(e, 'Value');
      const minutes = v === undefined ? undefined : isoDurationMinutes(v);
      return {
        start: r.dateTime(e, 'Start', where),
        finish: r.dateTime(e, 'Finish', where),
        minutes: typeof minutes === 'number' ? minutes : undefined,
      };
    })
    .filter((e): e is { start: string; finish: string; minutes: number | undefined } => e.start !== undefined && e.finish !== undefined)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: MspdiSegment[] = [];
  let cur: { startDate: string; finishDate: string } | undefined;
  for (const row of rows) {
    if (row.minutes === undefined) continue; // non-working time
    if (row.minutes > 0) {
      if (cur === undefined) cur = { startDate: row.start, finishDate: row.finish };
      else if (row.finish > cur.finishDate) cur.finishDate = row.finish;
    } else if (cur !== undefined) {
      out.push(cur);
      cur = undefined;
    }
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

interface TaskEntry {
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

/**
 * Reads an MSPDI document without validating it. With `applyBlobs` false the "pmo-kit data"
 * fields are ignored, and `preset` (the writer's) names the calendars and lists the made-up ones.
 */
export function readMspdiRaw(
  fn: string,
  xml: unknown,
  options: ReadMspdiOptions,
  applyBlobs: boolean,
  preset?: Pick<ProjectBlob, 'calendars' | 'syntheticCalendars' | 'elapsedCalendarIndex'>,
): RawRead {
  const doc = parseXml(fn, xml, MSPDI_ARRAYS);
  const project = child(doc, 'Project');
  if (project === undefined && 'Project' in doc) {
    // `<Project/>`, or `<Project>` holding only text: the right root, with nothing in it.
    throw new PmoError('PARSE', `${fn}: not an MSPDI document: <Project> is empty (it has no <StartDate>, <Calendars> or <Tasks>)`);
  }
  if (project === undefined) {
    const root = Object.keys(doc).find((k) => k !== '?xml' && k !== '#text');
    throw new PmoError(
      'PARSE',
      `${fn}: not an MSPDI document: the root element is ${root === undefined ? 'missing' : `<${root}>`}, expected <Project> (namespace ${MSPDI_NAMESPACE})`,
    );
  }
  if (!('Tasks' in project) && !('Calendars' in project) && !('StartDate' in project)) {
    throw new PmoError('PARSE', `${fn}: not an MSPDI document: <Project> has no <StartDate>, <Calendars> or <Tasks>`);
  }
  const r: Reader = new Reader(fn);
  const warnings: MspdiWarning[] = [];
  const warn = (code: string, message: string, uid?: number): void => {
    if (options.approximations === 'error' && APPROXIMATIONS.has(code)) {
      throw new PmoError('PARSE', `${fn}: ${message} (approximations are not allowed)`);
    }
    warnings.push(uid === undefined ? { code, message } : { code, message, uid });
  };

  // --- Project properties ---------------------------------------------------------------------
  const where0 = 'the project';
  const minutesPerDay = r.num(project, 'MinutesPerDay', where0) ?? 480;
  if (!(minutesPerDay > 0)) r.fail(where0, `<MinutesPerDay> must be positive, got ${minutesPerDay}`);
  const properties: MspdiProperties = {
    name: text(project, 'Name'),
    title: text(project, 'Title'),
    saveVersion: r.int(project, 'SaveVersion', where0),
    startDate: r.dateTime(project, 'StartDate', where0),
    finishDate: r.dateTime(project, 'FinishDate', where0),
    scheduleFromStart: r.bool(project, 'ScheduleFromStart', where0) ?? true,
    minutesPerDay,
    minutesPerWeek: r.num(project, 'MinutesPerWeek', where0) ?? 2400,
    daysPerMonth: r.num(project, 'DaysPerMonth', where0) ?? 20,
    calendarUid: r.int(project, 'CalendarUID', where0),
    honorConstraints: r.bool(project, 'HonorConstraints', where0),
    currencyCode: value(project, 'CurrencyCode'),
    statusDate: r.dateTime(project, 'StatusDate', where0),
  };

  if (!properties.scheduleFromStart)
    warn(
      'scheduled-from-finish',
      `the project is scheduled backwards from its finish date${properties.finishDate !== undefined ? ` (${properties.finishDate})` : ''}; pmo-kit schedules forwards from the start date`,
    );

  // --- pmo-kit custom fields ------------------------------------------------------------------
  // Each value may be spread over several fields ("pmo-kit data", "pmo-kit data (2)", …; see
  // mspdiFields.ts): the field ids of its pieces, in order.
  const taskIdField: number[] = [];
  const taskDataField: number[] = [];
  const resourceIdField: number[] = [];
  const resourceDataField: number[] = [];
  for (const def of items(child(project, 'ExtendedAttributes'), 'ExtendedAttribute')) {
    const fid = r.int(def, 'FieldID', 'an <ExtendedAttribute> definition');
    const alias = text(def, 'Alias');
    if (fid === undefined || alias === undefined) continue;
    const entity = fieldEntity(fid);
    const put = (list: number[], base: string): boolean => {
      const i = chunkIndex(alias, base);
      if (i !== undefined && list[i] === undefined) list[i] = fid;
      return i !== undefined;
    };
    if (entity === 'task') put(taskIdField, FIELDS.taskId.alias) || put(taskDataField, FIELDS.taskData.alias);
    else if (entity === 'resource') put(resourceIdField, FIELDS.resourceId.alias) || put(resourceDataField, FIELDS.resourceData.alias);
  }
  /** The value of a pmo-kit field: its pieces joined (undefined when the element has none). */
  const ext = (node: XmlNode, fids: readonly number[]): string | undefined => {
    const attrs = items(node, 'ExtendedAttribute');
    let out: string | undefined;
    for (const fid of fids) {
      if (fid === undefined) continue;
      const a = attrs.find((x) => value(x, 'FieldID') === String(fid));
      if (a !== undefined) out = (out ?? '') + (text(a, 'Value') ?? '');
    }
    return out;
  };

  // --- Tasks, first pass ----------------------------------------------------------------------
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
    const storedId = ext(node, taskIdField);
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

    const blob = applyBlobs ? (parseBlob(ext(node, taskDataField), warn, where) as TaskBlob | undefined) : undefined;
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

  // --- The project blob and the calendars -----------------------------------------------------
  const projectBlob = (
    applyBlobs && summaryNode !== undefined ? parseBlob(ext(summaryNode, taskDataField), warn, 'the project summary task') : preset
  ) as ProjectBlob | undefined;
  const resolved = resolveCalendars(readRawCalendars(r, project, warn), minutesPerDay, warn);
  const synthetic = new Set(Array.isArray(projectBlob?.syntheticCalendars) ? projectBlob.syntheticCalendars : []);
  const calendars: Obj[] = [];
  const calendarIdByUid = new Map<number, string>();
  for (const c of resolved) {
    if (synthetic.has(c.uid)) continue;
    const cal: Obj = {
      id: String(c.uid),
      ...(c.name !== undefined ? { name: c.name } : {}),
      workingDays: c.workingDays,
      holidays: c.holidays,
      exceptions: c.exceptions,
      hoursPerDay: c.hoursPerDay,
    };
    const patch = projectBlob?.calendars?.[String(c.uid)];
    if (patch !== undefined) applyPatch(cal, patch);
    calendarIdByUid.set(c.uid, String(cal.id));
    calendars.push(cal);
  }
  const calendarOf = (uid: number | undefined, where: string, taskUid?: number): string | undefined => {
    if (uid === undefined || uid === -1 || synthetic.has(uid)) return undefined;
    const id = calendarIdByUid.get(uid);
    if (id === undefined) warn('unknown-calendar', `${where} names an unknown calendar UID ${uid}; ignored`, taskUid);
    return id;
  };
  const projectCalendarId = calendarOf(properties.calendarUid, 'the project');
  // Elapsed tasks work on the elapsed calendar: the document's (named so by a writer) or one added.
  const elapsedIndex = projectBlob?.elapsedCalendarIndex;
  if (entries.some((e) => e.elapsed) || typeof elapsedIndex === 'number') {
    const existing = calendars.find((c) => c.id === MSPDI_ELAPSED_CALENDAR.id);
    if (existing === undefined) {
      const at = typeof elapsedIndex === 'number' && elapsedIndex >= 0 && elapsedIndex <= calendars.length ? elapsedIndex : calendars.length;
      calendars.splice(at, 0, { ...MSPDI_ELAPSED_CALENDAR, workingDays: [...MSPDI_ELAPSED_CALENDAR.workingDays], holidays: [], exceptions: [] });
    } else if (!isElapsedCalendar(existing as unknown as Calendar) && entries.some((e) => e.elapsed))
      r.fail(
        where0,
        `the calendar named ${JSON.stringify(MSPDI_ELAPSED_CALENDAR.id)} is not round-the-clock time, but that id is reserved for the elapsed-duration tasks`,
      );
  }

  // --- Tasks, second pass: calendars, durations, dates, parents, then links ------------------
  // Working time of each calendar (those a writer made up too), for durations and date-times.
  const timesByUid = new Map<number, DayTimes>(resolved.map((c) => [c.uid, c]));
  const timesOf = (uid: number | undefined): DayTimes | undefined => (uid === undefined || uid === -1 ? undefined : timesByUid.get(uid));
  const projectTimes = timesOf(properties.calendarUid) ?? standardDayTimes(minutesPerDay);
  const parents = new Set(entries.map((e) => e.parentIdx).filter((i): i is number => i !== undefined));
  const seenLinks = new Set<string>();
  const dependencies: Obj[] = [];
  entries.forEach((e, i) => {
    const calUid = r.int(e.node, 'CalendarUID', e.where);
    const cal = calendarOf(calUid, e.where, e.uid);
    if (e.elapsed) {
      e.task.calendarId = MSPDI_ELAPSED_CALENDAR.id;
      if (cal !== undefined)
        warn('elapsed-task-calendar', `${e.where}: the task calendar ${cal} of an elapsed-duration task was replaced by elapsed time`, e.uid);
    } else if (cal !== undefined) e.task.calendarId = cal;
    if (e.parentIdx !== undefined) e.task.parentId = entries[e.parentIdx]!.id;
    // Durations count working days of the task's calendar: minutes over its working minutes a day
    // (elapsed days of 24 hours for an elapsed duration), whatever <MinutesPerDay> says.
    e.times = e.elapsed ? ELAPSED_TIMES : (timesOf(calUid) ?? projectTimes);
    e.duration = e.minutes / e.times.dayMinutes;
    e.task.duration = e.duration;
    readTaskDates(r, e, parents.has(i), warn);
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
  for (const e of entries) {
    for (const link of items(e.node, 'PredecessorLink')) {
      const puid = r.int(link, 'PredecessorUID', e.where);
      const typeCode = r.int(link, 'Type', e.where) ?? 1;
      const type: DependencyType | undefined = LINK_BY_CODE[typeCode];
      if (type === undefined) r.fail(e.where, `<PredecessorLink><Type> must be 0..3, got ${typeCode}`);
      const crossProject = r.bool(link, 'CrossProject', e.where) ?? false;
      const linkLag = r.num(link, 'LinkLag', e.where) ?? 0;
      const lagFormat = r.int(link, 'LagFormat', e.where) ?? 7;
      const pred = puid === undefined ? undefined : byUid.get(puid);
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

  // --- Resources and assignments --------------------------------------------------------------
  const resources: Obj[] = [];
  const resourceByUid = new Map<number, Obj>();
  /** Working time of each work resource's calendar (undefined: none written). */
  const resourceTimes = new Map<number, DayTimes | undefined>();
  const nonWork = new Set<number>();
  for (const res of items(child(project, 'Resources'), 'Resource')) {
    const uid = r.int(res, 'UID', 'a <Resource>');
    if (uid === undefined || uid === 0 || r.bool(res, 'IsNull', `resource UID ${uid}`) === true) continue;
    const where = `resource UID ${uid}`;
    const type = r.int(res, 'Type', where) ?? 1;
    if (type !== 1) {
      nonWork.add(uid);
      continue;
    }
    const storedId = ext(res, resourceIdField);
    const resource: Obj = {
      id: storedId !== undefined && storedId !== '' ? storedId : String(uid),
      name: text(res, 'Name') ?? '',
      capacity: r.num(res, 'MaxUnits', where) ?? 1,
    };
    const resCalUid = r.int(res, 'CalendarUID', where);
    resourceTimes.set(uid, timesOf(resCalUid));
    const cal = calendarOf(resCalUid, where);
    if (cal !== undefined) resource.calendarId = cal;
    const rate = r.num(res, 'StandardRate', where);
    if (rate !== undefined && rate > 0) resource.costPerHour = rate;
    if (applyBlobs) applyPatch(resource, parseBlob(ext(res, resourceDataField), warn, where));
    resources.push(resource);
    resourceByUid.set(uid, resource);
  }
  for (const a of items(child(project, 'Assignments'), 'Assignment')) {
    const tuid = r.int(a, 'TaskUID', 'an <Assignment>');
    const ruid = r.int(a, 'ResourceUID', 'an <Assignment>');
    const entry = tuid === undefined ? undefined : byUid.get(tuid);
    if (entry === undefined) continue; // the project summary, a null task or no task
    const where = `the assignment of resource UID ${ruid} to ${entry.where}`;
    for (const type of ['1', '2']) {
      const data = items(a, 'TimephasedData').filter((d) => value(d, 'Type') === type);
      entry.segments.push(...segmentsOf(r, data, where));
    }
    if (ruid === undefined || ruid === NULL_RESOURCE) continue;
    entry.resourceUids.push(ruid);
    const resource = resourceByUid.get(ruid);
    if (resource === undefined) {
      if (nonWork.has(ruid)) warn('non-work-resource', `${where}: material and cost resources are not read; the assignment was left out`, entry.uid);
      else if (ruid !== 0) warn('unknown-resource', `${where}: no such resource; the assignment was left out`, entry.uid);
      continue;
    }
    (entry.task.demands as Obj[]).push({ resourceId: resource.id, units: r.num(a, 'Units', where) ?? 1 });
  }

  // --- What a CPM on the task calendar does not give: splits, resource calendars, uneven days ----
  for (const [i, e] of entries.entries()) {
    if (parents.has(i)) continue;
    const parts = mergeSegments(e.segments).length;
    if (parts > 1) readSplit(r, e, parts, e.duration, warn);
    const work = [...new Set(e.resourceUids)].filter((u) => resourceTimes.has(u)).map((u) => ({ uid: u, times: resourceTimes.get(u) }));
    checkResourceDriven(r, e, work, warn);
    checkUnevenDays(r, e, warn);
  }

  // --- The project ----------------------------------------------------------------------------
  for (const e of entries) if (e.blob !== undefined) applyPatch(e.task, e.blob);
  let ordered = entries;
  if (entries.length > 0 && entries.every((e) => typeof e.blob?.index === 'number')) {
    ordered = [...entries].sort((a, b) => a.blob!.index! - b.blob!.index!);
  }
  let deps = dependencies;
  if (projectBlob?.dependencies !== undefined)
    deps = deps.map((d, i) => (projectBlob.dependencies![String(i)] as Obj | undefined) ?? d);
  if (Array.isArray(projectBlob?.order) && projectBlob.order.length === deps.length)
    deps = projectBlob.order.map((j) => deps[j] ?? {});

  const startAt =
    r.dateTime(project, 'StartDate', where0) ??
    r.dateTime(summaryNode, 'Start', 'the project summary task') ??
    entries.map((e) => r.dateTime(e.node, 'Start', e.where)).filter((d): d is string => d !== undefined).sort()[0];
  if (startAt === undefined) r.fail(where0, 'no <StartDate>, and no task has a <Start>');
  // A start at the end of a working day is the next day's start; within a day it has no exact day.
  const startOn = startDay(projectTimes, startAt, 'earlier');
  const start = startOn.date;
  if (!startOn.exact)
    warn(
      'project-start-time',
      `the project starts at ${timeOf(startAt)} on ${startAt.slice(0, 10)}, after ${Math.round(startOn.share * 1000) / 10}% of that day's working time; pmo-kit starts a project at the start of a working day, so its dates may be earlier than MS Project's by part of a day`,
    );
  const nameFromFile = value(project, 'Name');
  const projectObj: Obj = {
    id: nameFromFile !== undefined ? (project.Name as string) : 'mspdi',
    name: text(project, 'Title') ?? text(summaryNode, 'Name') ?? text(project, 'Name') ?? 'mspdi',
    start,
    tasks: ordered.map((e) => e.task),
    dependencies: deps,
  };
  const notes = text(summaryNode, 'Notes');
  if (notes !== undefined && notes !== '') projectObj.description = notes;
  const projectDeadline = r.date(summaryNode, 'Deadline', 'the project summary task');
  if (projectDeadline !== undefined) projectObj.deadline = projectDeadline;
  if (projectCalendarId !== undefined) projectObj.calendarId = projectCalendarId;
  applyPatch(projectObj, projectBlob?.project);
  if (options.projectId !== undefined) projectObj.id = options.projectId;

  const portfolio: Obj = {
    id: projectObj.id,
    name: projectObj.name,
    ...(properties.currencyCode !== undefined ? { currency: properties.currencyCode } : {}),
    ...(projectCalendarId !== undefined ? { defaultCalendarId: projectCalendarId } : {}),
    calendars,
    resources,
    pools: Array.isArray(projectBlob?.pools) ? projectBlob.pools : [],
    programs: Array.isArray(projectBlob?.programs) ? projectBlob.programs : [],
    projects: [projectObj],
  };
  applyPatch(portfolio, projectBlob?.portfolio);
  if (options.portfolioId !== undefined) portfolio.id = options.portfolioId;

  // --- Details --------------------------------------------------------------------------------
  const details = (node: XmlNode, uid: number, id: string, e: TaskEntry | undefined): MspdiTaskDetails => {
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
  };
  const tasks = new Map<string, MspdiTaskDetails>();
  for (const e of entries) tasks.set(String(e.task.id), details(e.node, e.uid, String(e.task.id), e));
  return {
    portfolio,
    document: {
      properties,
      tasks,
      projectSummary: summaryNode === undefined ? undefined : details(summaryNode, 0, '', undefined),
      nullTaskUids,
      warnings,
    },
  };
}

/** Reads and validates an MSPDI document. */
export function readMspdiDocument(fn: string, xml: unknown, options: ReadMspdiOptions): MspdiDocument {
  const { portfolio, document } = readMspdiRaw(fn, xml, options, true);
  let validated: Portfolio;
  try {
    validated = parsePortfolio(portfolio);
  } catch (err) {
    if (err instanceof PmoValidationError) {
      const lines = err.issues.slice(0, 20).map((i) => `  - ${err.formatIssue(i)}`);
      throw new PmoError('PARSE', [`${fn}: the document does not form a valid portfolio:`, ...lines].join('\n'), { cause: err });
    }
    throw err;
  }
  return { ...document, portfolio: validated, project: validated.projects[0]! };
}
