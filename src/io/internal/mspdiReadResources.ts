/**
 * The resources and assignments of an MSPDI document, and what they imply for the tasks a CPM
 * on the task calendar does not give: splits, resource calendars, uneven days. Private to
 * pmo-kit/io.
 */
import { pushAll } from '../../internal/bulk.js';
import { parseBlob } from './mspdiBlob.js';
import { fieldValue, type PmoFields, type ReadStep } from './mspdiDocument.js';
import { applyPatch, child, items, type Reader, text, value } from './mspdi.js';
import type { PortfolioCalendars } from './mspdiPortfolioCalendars.js';
import type { TaskList } from './mspdiReadTasks.js';
import { mergeSegments, segmentsOf } from './mspdiSegments.js';
import { checkResourceDriven, checkUnevenDays, readSplit } from './mspdiTaskTiming.js';
import type { DayTimes } from './mspdiTime.js';
import type { XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** The `ResourceUID` of an assignment to no resource. */
const NULL_RESOURCE = -65535;

/** The work resources of a document, by UID. */
export interface ResourceList {
  /** The portfolio's resources (not yet validated), in file order. */
  readonly resources: Obj[];
  readonly byUid: ReadonlyMap<number, Obj>;
  /** Working time of each work resource's calendar (undefined: none written). */
  readonly times: ReadonlyMap<number, DayTimes | undefined>;
  /** UIDs of the material and cost resources, not read. */
  readonly nonWork: ReadonlySet<number>;
}

/** The work resources (`Type` 1): id, name, capacity (`MaxUnits`), calendar, rate. */
export function readResources(step: ReadStep, project: XmlNode, fields: PmoFields, cals: PortfolioCalendars): ResourceList {
  const r: Reader = step.r;
  const { warn, applyBlobs } = step;
  const resources: Obj[] = [];
  const resourceByUid = new Map<number, Obj>();
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
    const storedId = fieldValue(res, fields.resourceId);
    const resource: Obj = {
      id: storedId !== undefined && storedId !== '' ? storedId : String(uid),
      name: text(res, 'Name') ?? '',
      capacity: r.num(res, 'MaxUnits', where) ?? 1,
    };
    const resCalUid = r.int(res, 'CalendarUID', where);
    resourceTimes.set(uid, cals.timesOf(resCalUid));
    const cal = cals.calendarOf(resCalUid, where);
    if (cal !== undefined) resource.calendarId = cal;
    const rate = r.num(res, 'StandardRate', where);
    if (rate !== undefined && rate > 0) resource.costPerHour = rate;
    if (applyBlobs) applyPatch(resource, parseBlob(fieldValue(res, fields.resourceData), warn, where));
    resources.push(resource);
    resourceByUid.set(uid, resource);
  }
  return { resources, byUid: resourceByUid, times: resourceTimes, nonWork };
}

/**
 * The assignments: each task's timephased work (its `segments`), its resource UIDs, and a
 * demand per work resource (assignments to other resources are warned of and left out).
 */
export function readAssignments(step: ReadStep, project: XmlNode, tasks: TaskList, res: ResourceList): void {
  const r: Reader = step.r;
  const { warn } = step;
  for (const a of items(child(project, 'Assignments'), 'Assignment')) {
    const tuid = r.int(a, 'TaskUID', 'an <Assignment>');
    const ruid = r.int(a, 'ResourceUID', 'an <Assignment>');
    const entry = tuid === undefined ? undefined : tasks.byUid.get(tuid);
    if (entry === undefined) continue; // the project summary, a null task or no task
    const where = `the assignment of resource UID ${ruid} to ${entry.where}`;
    for (const type of ['1', '2']) {
      const data = items(a, 'TimephasedData').filter((d) => value(d, 'Type') === type);
      pushAll(entry.segments, segmentsOf(r, data, where));
    }
    if (ruid === undefined || ruid === NULL_RESOURCE) continue;
    entry.resourceUids.push(ruid);
    const resource = res.byUid.get(ruid);
    if (resource === undefined) {
      if (res.nonWork.has(ruid)) warn('non-work-resource', `${where}: material and cost resources are not read; the assignment was left out`, entry.uid);
      else if (ruid !== 0) warn('unknown-resource', `${where}: no such resource; the assignment was left out`, entry.uid);
      continue;
    }
    (entry.task.demands as Obj[]).push({ resourceId: resource.id, units: r.num(a, 'Units', where) ?? 1 });
  }
}

/** What a CPM on the task calendar does not give, per task that is not a parent: splits, resource calendars, uneven days. */
export function checkTimings(step: ReadStep, tasks: TaskList, parents: ReadonlySet<number>, res: ResourceList): void {
  const r: Reader = step.r;
  const { warn } = step;
  for (const [i, e] of tasks.entries.entries()) {
    if (parents.has(i)) continue;
    const parts = mergeSegments(e.segments).length;
    if (parts > 1) readSplit(r, e, parts, e.duration, warn);
    const work = [...new Set(e.resourceUids)].filter((u) => res.times.has(u)).map((u) => ({ uid: u, times: res.times.get(u) }));
    checkResourceDriven(r, e, work, warn);
    checkUnevenDays(r, e, warn);
  }
}
