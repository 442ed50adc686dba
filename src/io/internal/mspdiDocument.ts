/**
 * The document level of an MSPDI file as the reader sees it: the `<Project>` root, the project
 * settings, and which custom fields hold pmo-kit's ids and data. Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import type { MspdiProperties } from '../mspdiTypes.js';
import type { MspdiWarn } from './mspdiBlob.js';
import { child, fieldEntity, FIELDS, items, MSPDI_ARRAYS, MSPDI_NAMESPACE, type Reader, text, value } from './mspdi.js';
import { chunkIndex } from './mspdiFields.js';
import { parseXml, type XmlNode } from './xml.js';

/**
 * The `<Project>` element of an MSPDI document.
 * @throws PmoError PARSE for malformed XML, or a document whose root is not a non-empty `<Project>`
 */
export function projectElement(fn: string, xml: unknown): XmlNode {
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
  return project;
}

/** What each step of reading a document shares. */
export interface ReadStep {
  readonly r: Reader;
  readonly warn: MspdiWarn;
  /** Whether the "pmo-kit data" fields are read. */
  readonly applyBlobs: boolean;
}

/** The label of the project's own elements in messages. */
export const PROJECT_WHERE = 'the project';

/** The project settings, with defaults; warns when the project is scheduled from its finish. */
export function readProperties(r: Reader, project: XmlNode, warn: MspdiWarn): MspdiProperties {
  const where0 = PROJECT_WHERE;
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
  return properties;
}

/**
 * The field ids of pmo-kit's custom fields. Each value may be spread over several fields
 * ("pmo-kit data", "pmo-kit data (2)", …; see mspdiFields.ts): the field ids of its pieces, in
 * order.
 */
export interface PmoFields {
  readonly taskId: readonly number[];
  readonly taskData: readonly number[];
  readonly resourceId: readonly number[];
  readonly resourceData: readonly number[];
}

/** Which `<ExtendedAttribute>` definitions of the project hold pmo-kit's ids and data. */
export function readPmoFields(r: Reader, project: XmlNode): PmoFields {
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
  return { taskId: taskIdField, taskData: taskDataField, resourceId: resourceIdField, resourceData: resourceDataField };
}

/** The value of a pmo-kit field on `node`: its pieces joined (undefined when the element has none). */
export function fieldValue(node: XmlNode, fids: readonly number[]): string | undefined {
  const attrs = items(node, 'ExtendedAttribute');
  let out: string | undefined;
  for (const fid of fids) {
    if (fid === undefined) continue;
    const a = attrs.find((x) => value(x, 'FieldID') === String(fid));
    if (a !== undefined) out = (out ?? '') + (text(a, 'Value') ?? '');
  }
  return out;
}
