/**
 * The MSPDI document the writer builds from its plan and the "pmo-kit data" to store: custom
 * fields, the project summary task, tasks with their links, calendars, resources and
 * assignments. Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import type { Resource } from '../../model/resource.js';
import type { Task } from '../../model/task.js';
import { maxOf } from '../../internal/bulk.js';
import { formatIsoDuration } from './duration.js';
import type { ProjectBlob } from './mspdiBlob.js';
import { CONSTRAINT_BY_CODE, FIELDS, LINK_BY_CODE, MSPDI_NAMESPACE } from './mspdi.js';
import { capText, chunkAlias, chunkText, RESOURCE_TEXT_FIELDS, TASK_TEXT_FIELDS, type TextField } from './mspdiFields.js';
import { baselineToWrite, baselineXml, progressXml } from './mspdiProgress.js';
import { calendarXml } from './mspdiWriteCalendars.js';
import type { WritePlan } from './mspdiWritePlan.js';
import { esc, escId, finishAt, json, name, startAt, WRITE_FN } from './mspdiWriteValues.js';
import { buildXml } from './xml.js';

type Obj = Record<string, unknown>;

/** The "pmo-kit data" to store: per task id, per resource id, and on the project summary task. */
export interface WriteBlobs {
  readonly tasks?: ReadonlyMap<string, unknown>;
  readonly resources?: ReadonlyMap<string, unknown>;
  readonly project?: ProjectBlob;
}

/** Which text fields hold the pieces of the pmo-kit id and data of one kind of entity. */
interface FieldLayout {
  readonly id: readonly TextField[];
  readonly data: readonly TextField[];
}

/**
 * The fields for ids of up to `idPieces` pieces (Text1 on) and data of up to `dataPieces` pieces
 * (next); at least one of each, so that a file keeps pmo-kit's usual Text1 and Text2.
 * @throws PmoError INVALID_ARGUMENT when they need more than the 30 text fields
 */
function layoutOf(all: readonly TextField[], idPieces: number, dataPieces: number, largest: () => string): FieldLayout {
  const i = Math.max(1, idPieces);
  const d = Math.max(1, dataPieces);
  if (i + d > all.length)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${WRITE_FN}: ${largest()} needs ${i + d} custom text fields of 255 characters, more than the ${all.length} MS Project has (it cuts longer text when it saves)`,
    );
  return { id: all.slice(0, i), data: all.slice(i, i + d) };
}

/**
 * ExtendedAttribute values of an entity's pmo-kit fields: its id (when not its UID) and its data,
 * each spread over consecutive text fields within MS Project's 255 characters.
 */
function fieldValues(layout: FieldLayout, id: readonly string[] | undefined, data: readonly string[] | undefined, what: string): Obj[] {
  const out: Obj[] = [];
  id?.forEach((piece, i) => out.push({ FieldID: layout.id[i]!.fieldId, Value: escId(piece, what) }));
  data?.forEach((piece, i) => out.push({ FieldID: layout.data[i]!.fieldId, Value: esc(piece) }));
  return out;
}

/** pmo-kit's own values, in pieces of at most 255 characters (see mspdiFields.ts). */
function pieces<T>(list: readonly T[], key: (x: T) => string, idOf: (x: T) => string | undefined, blobOf: (x: T) => unknown) {
  const ids = new Map<string, string[]>();
  const data = new Map<string, string[]>();
  for (const x of list) {
    const id = idOf(x);
    if (id !== undefined) ids.set(key(x), chunkText(id));
    const blob = blobOf(x);
    if (blob !== undefined) data.set(key(x), chunkText(json(blob)));
  }
  return { ids, data };
}

/** The most pieces of any value (at least `extra`). */
const most = (m: ReadonlyMap<string, string[]>, extra = 0): number => Math.max(extra, maxOf([...m.values()], (v) => v.length));

/** Names the largest value, for the error when it does not fit. */
const largest = (m: ReadonlyMap<string, string[]>, what: string): (() => string) => () => {
  let best = '';
  for (const [k, v] of m) if (best === '' || v.join('').length > m.get(best)!.join('').length) best = k;
  return `the pmo-kit data of ${what} ${JSON.stringify(best)} (${m.get(best)?.join('').length ?? 0} characters)`;
};

/** The custom fields used: their layouts and each entity's values. */
interface CustomFields {
  readonly taskLayout: FieldLayout;
  readonly resourceLayout: FieldLayout;
  readonly taskExt: (t: Task) => Obj[];
  readonly resExt: (r: Resource) => Obj[];
  readonly projectExt: Obj[];
}

/** Lays out the pmo-kit ids and data of the tasks, the resources and the project over the custom text fields. */
function customFields(plan: WritePlan, blobs: WriteBlobs): CustomFields {
  const { ordered, taskUid, resources, resUid } = plan;
  const tp = pieces(ordered, (o) => o.task.id, (o) => (String(taskUid.get(o.task.id)) !== o.task.id ? o.task.id : undefined), (o) => blobs.tasks?.get(o.task.id));
  const projectPieces = blobs.project !== undefined ? chunkText(json(blobs.project)) : undefined;
  const taskLayout = layoutOf(TASK_TEXT_FIELDS, most(tp.ids), most(tp.data, projectPieces?.length ?? 0), () =>
    projectPieces !== undefined && projectPieces.length >= most(tp.data) ? `the pmo-kit data of the project (${projectPieces.join('').length} characters)` : largest(tp.data, 'task')(),
  );
  const rp = pieces(resources, (r) => r.id, (r) => (String(resUid.get(r.id)) !== r.id ? r.id : undefined), (r) => blobs.resources?.get(r.id));
  const resourceLayout = layoutOf(RESOURCE_TEXT_FIELDS, most(rp.ids), most(rp.data), largest(rp.data, 'resource'));
  const taskExt = (t: Task): Obj[] => fieldValues(taskLayout, tp.ids.get(t.id), tp.data.get(t.id), `task id ${JSON.stringify(t.id)}`);
  const resExt = (r: Resource): Obj[] => fieldValues(resourceLayout, rp.ids.get(r.id), rp.data.get(r.id), `resource id ${JSON.stringify(r.id)}`);
  const projectExt: Obj[] = fieldValues(taskLayout, undefined, projectPieces, 'the project');
  return { taskLayout, resourceLayout, taskExt, resExt, projectExt };
}

/** The project summary task (UID 0): name, deadline, notes, and the project's pmo-kit data. */
function summaryXml({ project, projectTimes }: WritePlan, fields: CustomFields): Obj {
  return {
    UID: 0,
    ID: 0,
    Name: name(project.name),
    Type: 1,
    IsNull: 0,
    OutlineNumber: 0,
    OutlineLevel: 0,
    Summary: 1,
    ...(project.deadline !== undefined ? { Deadline: finishAt(project.deadline, projectTimes) } : {}),
    ...(project.description !== undefined ? { Notes: esc(project.description) } : {}),
    ...(fields.projectExt.length > 0 ? { ExtendedAttribute: fields.projectExt } : {}),
  };
}

/** The tasks in outline order, each with its incoming links. */
function tasksXml(plan: WritePlan, fields: CustomFields): Obj[] {
  const { project, ordered, isElapsedTask, timesOf, dayMinutes, incoming, taskUid, calUid } = plan;
  const parents = new Set(project.tasks.map((t) => t.parentId).filter((p) => p !== undefined));
  const baseline = new Map((baselineToWrite(plan.pf.baselines ?? [], project.id)?.tasks ?? []).map((b) => [b.taskId, b]));
  return ordered.map(({ task: t, level, outline }, row) => {
    const elapsed = isElapsedTask(t);
    const times = timesOf(t);
    const perDay = dayMinutes(t);
    // A lag counts days of the successor's calendar: elapsed days for an elapsed task.
    const links = (incoming.get(t.id) ?? []).map((k) => {
      const d = project.dependencies[k]!;
      return {
        PredecessorUID: taskUid.get(d.from)!,
        Type: LINK_BY_CODE.indexOf(d.type),
        CrossProject: 0,
        LinkLag: Math.round(d.lag * perDay * 10),
        LagFormat: elapsed ? 8 : 7,
      };
    });
    const manual = t.manualStart !== undefined && !parents.has(t.id);
    const ext = fields.taskExt(t);
    return {
      UID: taskUid.get(t.id)!,
      ID: row + 1,
      Name: name(t.name),
      IsNull: 0,
      OutlineNumber: outline,
      OutlineLevel: level,
      Duration: formatIsoDuration(t.duration * perDay),
      DurationFormat: elapsed ? 8 : 7,
      Milestone: t.milestone ? 1 : 0,
      Summary: parents.has(t.id) ? 1 : 0,
      ...(t.percentComplete !== undefined ? { PercentComplete: Math.round(t.percentComplete) } : {}),
      ...(manual ? { Manual: 1, Start: startAt(t.manualStart!, times), ManualStart: startAt(t.manualStart!, times) } : {}),
      ...(t.actualStart !== undefined ? { ActualStart: startAt(t.actualStart, times) } : {}),
      ...(t.actualFinish !== undefined ? { ActualFinish: finishAt(t.actualFinish, times) } : {}),
      ...(t.actualCost !== undefined ? { ActualCost: Number((t.actualCost * 100).toFixed(6)) } : {}),
      ...progressXml(t, plan.calendarOf(t), times, perDay),
      ConstraintType: CONSTRAINT_BY_CODE.indexOf(t.constraint?.type ?? 'ASAP'),
      CalendarUID: t.calendarId !== undefined && !elapsed ? (calUid.get(t.calendarId) ?? -1) : -1,
      ...(t.constraint?.date !== undefined
        ? { ConstraintDate: /^(FNET|FNLT|MFO)$/.test(t.constraint.type) ? finishAt(t.constraint.date, times) : startAt(t.constraint.date, times) }
        : {}),
      ...(t.deadline !== undefined ? { Deadline: finishAt(t.deadline, times) } : {}),
      ...(links.length > 0 ? { PredecessorLink: links } : {}),
      ...(ext.length > 0 ? { ExtendedAttribute: ext } : {}),
      ...baselineXml(baseline.get(t.id), times, perDay),
    };
  });
}

/** The base calendars, the made-up project calendar, and a derived calendar per resource with a calendar. */
function calendarsXml({ calendars, calUid, synthetic, syntheticUid, resources, resourceCalUid }: WritePlan): Obj[] {
  const out: Obj[] = calendars.map((c) => calendarXml(c, calUid.get(c.id)!));
  if (synthetic) out.push(calendarXml(synthetic, syntheticUid!));
  for (const r of resources) {
    const uid = resourceCalUid.get(r.id);
    if (uid !== undefined) out.push({ UID: uid, Name: name(r.name), IsBaseCalendar: 0, BaseCalendarUID: calUid.get(r.calendarId!)! });
  }
  return out;
}

/** The work resources: capacity as `MaxUnits`, hourly cost, calendar, pmo-kit fields. */
function resourcesXml({ resources, resUid, resourceCalUid }: WritePlan, fields: CustomFields): Obj[] {
  return resources.map((r) => {
    const ext = fields.resExt(r);
    const calendar = resourceCalUid.get(r.id);
    return {
      UID: resUid.get(r.id)!,
      ID: resUid.get(r.id)!,
      Name: name(r.name),
      Type: 1,
      IsNull: 0,
      MaxUnits: r.capacity,
      ...(r.costPerHour !== undefined ? { StandardRate: r.costPerHour, StandardRateFormat: 2 } : {}),
      ...(calendar !== undefined ? { CalendarUID: calendar } : {}),
      ...(ext.length > 0 ? { ExtendedAttribute: ext } : {}),
    };
  });
}

/** An assignment per demand of a named resource, in task order. */
function assignmentsXml({ ordered, taskUid, resUid }: WritePlan): Obj[] {
  let assignmentUid = 1;
  const assignments: Obj[] = [];
  for (const { task: t } of ordered)
    for (const d of t.demands)
      if (d.resourceId !== undefined)
        assignments.push({ UID: assignmentUid++, TaskUID: taskUid.get(t.id)!, ResourceUID: resUid.get(d.resourceId)!, Units: d.units });
  return assignments;
}

/** The `<ExtendedAttribute>` definitions of the custom fields the document uses. */
function definitionsXml(fields: CustomFields, usesTaskFields: boolean, usesResourceFields: boolean): Obj[] {
  const define = (layout: FieldLayout, idAlias: string, dataAlias: string) => [
    ...layout.id.map((f, i) => ({ FieldID: f.fieldId, FieldName: f.fieldName, Alias: chunkAlias(idAlias, i) })),
    ...layout.data.map((f, i) => ({ FieldID: f.fieldId, FieldName: f.fieldName, Alias: chunkAlias(dataAlias, i) })),
  ];
  return [
    ...(usesTaskFields ? define(fields.taskLayout, FIELDS.taskId.alias, FIELDS.taskData.alias) : []),
    ...(usesResourceFields ? define(fields.resourceLayout, FIELDS.resourceId.alias, FIELDS.resourceData.alias) : []),
  ];
}

/**
 * The MSPDI document (XML text) of the plan, storing `blobs` in the pmo-kit fields.
 * @throws PmoError INVALID_ARGUMENT when an id cannot be written or the data do not fit the fields
 */
export function buildDocument(plan: WritePlan, blobs: WriteBlobs): string {
  const { pf, project, projectCalendarId, calUid, syntheticUid, projectTimes, mpd } = plan;
  const fields = customFields(plan, blobs);
  const summary = summaryXml(plan, fields);
  const tasks = tasksXml(plan, fields);
  const calendars = calendarsXml(plan);
  const resources = resourcesXml(plan, fields);
  const assignments = assignmentsXml(plan);
  const usesTaskFields = tasks.some((t) => 'ExtendedAttribute' in t) || fields.projectExt.length > 0;
  const usesResourceFields = resources.some((r) => 'ExtendedAttribute' in r);
  const definitions = definitionsXml(fields, usesTaskFields, usesResourceFields);
  const currency = pf.currency !== undefined && /^[A-Z]{3}$/.test(pf.currency) ? { CurrencyCode: pf.currency } : {};
  return buildXml({
    Project: {
      '@_xmlns': MSPDI_NAMESPACE,
      SaveVersion: 14,
      Name: escId(capText(project.id), `project id ${JSON.stringify(project.id)}`),
      Title: name(project.name),
      ScheduleFromStart: 1,
      StartDate: startAt(project.start, projectTimes),
      ...currency,
      CalendarUID: projectCalendarId !== undefined ? calUid.get(projectCalendarId)! : syntheticUid!,
      DefaultStartTime: '08:00:00',
      DefaultFinishTime: '17:00:00',
      MinutesPerDay: mpd,
      MinutesPerWeek: mpd * 5,
      DaysPerMonth: 20,
      DurationFormat: 7,
      ...(project.statusDate !== undefined ? { StatusDate: finishAt(project.statusDate, projectTimes) } : {}),
      ...(definitions.length > 0 ? { ExtendedAttributes: { ExtendedAttribute: definitions } } : {}),
      Calendars: { Calendar: calendars },
      Tasks: { Task: [summary, ...tasks] },
      ...(resources.length > 0 ? { Resources: { Resource: resources } } : {}),
      ...(assignments.length > 0 ? { Assignments: { Assignment: assignments } } : {}),
    },
  });
}
