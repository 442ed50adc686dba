import { PmoError } from '../errors.js';
import { parsePortfolio, parseProject } from '../model/parse.js';
import type { Calendar } from '../model/calendar.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import type { Resource } from '../model/resource.js';
import type { Task } from '../model/task.js';
import { formatIsoDuration } from './internal/duration.js';
import { CONSTRAINT_BY_CODE, deepEqual, diffFields, FIELDS, LINK_BY_CODE, MSPDI_NAMESPACE, type Patch } from './internal/mspdi.js';
import { isElapsedCalendar } from './internal/elapsed.js';
import { dayTypeFromIso } from './internal/mspdiCalendars.js';
import { readMspdiRaw, type ProjectBlob } from './internal/mspdiRead.js';
import { capText, chunkAlias, chunkText, RESOURCE_TEXT_FIELDS, TASK_TEXT_FIELDS, type TextField } from './internal/mspdiFields.js';
import { defaultTimes, ELAPSED_TIMES, type Interval } from './internal/mspdiTime.js';
import { dayNumber, isoFromDayNumber } from '../internal/dates.js';
import { buildXml, escapeXmlText } from './internal/xml.js';

/** Options of {@link writeMspdi}. */
export interface WriteMspdiOptions {
  /** The project to write when a portfolio holds several (required then). */
  readonly projectId?: string;
  /**
   * `MinutesPerDay`: how MS Project shows a day of duration. Default: the project calendar's
   * `hoursPerDay` × 60, rounded; 480 without a calendar. Durations and lags are written in minutes
   * of the task's own calendar day (its `hoursPerDay` × 60), which MS Project schedules on, so a
   * task of N days works N days of its calendar in MS Project too.
   */
  readonly minutesPerDay?: number;
  /**
   * Which calendars and resources of the portfolio to write: `'used'` (default) those the project
   * uses (its calendar, its tasks' calendars, the resources its tasks demand by id or that have a
   * skill its tasks demand, and their calendars), or `'all'` of them (a shared resource pool).
   */
  readonly include?: 'used' | 'all';
}

const FN = 'writeMspdi';
type Obj = Record<string, unknown>;

/** Whether `id` can be written as an MSPDI UID (a positive 32-bit integer in canonical form). */
function uidOf(id: string, reserved: number): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(id)) return undefined;
  const n = Number(id);
  return n <= 2_147_483_647 && n !== reserved ? n : undefined;
}

/** Assigns UIDs: numeric ids keep their number, the others get the smallest free ones. */
function assignUids(ids: readonly string[], first = 1): number[] {
  const used = new Set<number>();
  const out = ids.map((id) => {
    const n = uidOf(id, 0);
    if (n === undefined || used.has(n)) return undefined;
    used.add(n);
    return n;
  });
  let next = first;
  return out.map((n) => {
    if (n !== undefined) return n;
    while (used.has(next)) next++;
    used.add(next);
    return next;
  });
}

/** Escapes text; characters XML cannot carry become U+FFFD (the exact value goes to the pmo-kit data). */
function esc(value: string): string {
  const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return escapeXmlText(FN, clean, () => 'a value');
}

/** Escapes an id, which must be representable exactly. */
function escId(value: string, what: string): string {
  return escapeXmlText(FN, value, () => what);
}

/** JSON whose characters XML can all carry (not yet escaped for XML). */
function json(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A name as MS Project keeps it: at most 255 characters (the exact name goes to the pmo-kit data). */
const name = (value: string): string => esc(capText(value));

const clock = (minutes: number): string => {
  const m = Math.max(0, Math.min(1440, minutes));
  const h = Math.floor(m / 60);
  const mm = Math.floor(m - h * 60);
  const s = Math.round((m - h * 60 - mm) * 60);
  return `${String(h % 24).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(Math.min(s, 59)).padStart(2, '0')}`;
};

/** The working periods written for each working day of a calendar (08:00–12:00 and 13:00 on, or one block). */
function dayTimes(cal: Calendar): Interval[] {
  return defaultTimes(Math.round(cal.hoursPerDay * 3600) / 60);
}

/** Working times of a working day of `cal`. */
function workingTimes(cal: Calendar): Obj {
  return { WorkingTime: dayTimes(cal).map(([f, t]) => ({ FromTime: clock(f), ToTime: clock(t) })) };
}

/** Date-time of the start of `date`'s working time (as readMspdi reads a start). */
function startAt(date: string, times: readonly Interval[]): string {
  return `${date}T${clock(times[0]![0])}`;
}

/** Date-time of the end of `date`'s working time (as readMspdi reads a finish): midnight is the next day's 00:00. */
function finishAt(date: string, times: readonly Interval[]): string {
  const end = times[times.length - 1]![1];
  return end >= 1440 ? `${isoFromDayNumber(dayNumber(date)! + 1)}T00:00:00` : `${date}T${clock(end)}`;
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
      `${FN}: ${largest()} needs ${i + d} custom text fields of 255 characters, more than the ${all.length} MS Project has (it cuts longer text when it saves)`,
    );
  return { id: all.slice(0, i), data: all.slice(i, i + d) };
}

function calendarXml(cal: Calendar, uid: number): Obj {
  const weekDays: Obj[] = [];
  for (let iso = 1; iso <= 7; iso++) {
    const working = cal.workingDays.includes(iso);
    weekDays.push({ DayType: dayTypeFromIso(iso), DayWorking: working ? 1 : 0, ...(working ? { WorkingTimes: workingTimes(cal) } : {}) });
  }
  const dated = [
    ...cal.exceptions.map((e) => ({ from: e.date, to: e.until ?? e.date, working: e.working, name: e.name })),
    ...cal.holidays.map((h) => ({ from: h, to: h, working: false, name: undefined as string | undefined })),
  ];
  const exceptions: Obj[] = [];
  for (const d of dated) {
    const period = { FromDate: `${d.from}T00:00:00`, ToDate: `${d.to}T23:59:00` };
    const times = d.working ? { WorkingTimes: workingTimes(cal) } : {};
    const days = Math.round((Date.parse(d.to) - Date.parse(d.from)) / 86_400_000) + 1;
    exceptions.push({
      EnteredByOccurrences: 0,
      TimePeriod: period,
      Occurrences: days,
      ...(d.name !== undefined ? { Name: name(d.name) } : {}),
      Type: 1,
      DayWorking: d.working ? 1 : 0,
      ...times,
    });
    // The Project 2003 form of the same exception.
    weekDays.push({ DayType: 0, DayWorking: d.working ? 1 : 0, TimePeriod: period, ...times });
  }
  return {
    UID: uid,
    ...(cal.name !== undefined ? { Name: name(cal.name) } : {}),
    IsBaseCalendar: 1,
    BaseCalendarUID: -1,
    WeekDays: { WeekDay: weekDays },
    ...(exceptions.length > 0 ? { Exceptions: { Exception: exceptions } } : {}),
  };
}

/** Normalizes the input to a validated portfolio and the project to write. */
function select(input: Portfolio | Project, options: WriteMspdiOptions): { pf: Portfolio; project: Project } {
  if (typeof input !== 'object' || input === null) throw new PmoError('INVALID_ARGUMENT', `${FN}: expected a portfolio or a project`);
  let pf: Portfolio;
  if (Array.isArray((input as { projects?: unknown }).projects)) pf = parsePortfolio(input);
  else {
    const project = parseProject(input);
    pf = {
      id: project.id,
      name: project.name,
      calendars: [],
      resources: [],
      pools: [],
      programs: [],
      projects: [project],
      crossDependencies: [],
      risks: [],
      statusReports: [],
      baselines: [],
    };
    const cal = project.calendarId ?? project.tasks.find((t) => t.calendarId !== undefined)?.calendarId;
    if (cal !== undefined)
      throw new PmoError('INVALID_ARGUMENT', `${FN}: project ${JSON.stringify(project.id)} refers to calendar ${JSON.stringify(cal)}; pass the portfolio that holds it`);
    const res = project.tasks.flatMap((t) => t.demands).find((d) => d.resourceId !== undefined)?.resourceId;
    if (res !== undefined)
      throw new PmoError('INVALID_ARGUMENT', `${FN}: project ${JSON.stringify(project.id)} refers to resource ${JSON.stringify(res)}; pass the portfolio that holds it`);
  }
  let project: Project | undefined;
  if (options.projectId !== undefined) {
    project = pf.projects.find((p) => p.id === options.projectId);
    if (project === undefined)
      throw new PmoError('UNKNOWN_ID', `${FN}: no project ${JSON.stringify(options.projectId)}; the portfolio has ${pf.projects.map((p) => JSON.stringify(p.id)).join(', ') || 'none'}`);
  } else if (pf.projects.length === 1) project = pf.projects[0]!;
  else
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${FN}: the portfolio has ${pf.projects.length} projects; choose one with the projectId option (${pf.projects.map((p) => JSON.stringify(p.id)).join(', ')})`,
    );
  return { pf, project };
}

/**
 * Writes one project as a Microsoft Project XML (MSPDI) document, with its calendars, the
 * resources its tasks demand, and their assignments.
 *
 * Mapping: a task id that is a positive integer becomes the task `UID`; other ids get free UIDs
 * and are kept in the task custom field Text1 (alias "pmo-kit id"); resources likewise (resource
 * Text1). Durations and lags are written in minutes of the task calendar's day (see
 * {@link WriteMspdiOptions.minutesPerDay}); the WBS as outline levels in depth-first order;
 * constraints, deadlines and dates at the day boundaries of the task's calendar (a start date at
 * its first working minute, a finish date at its last), milestones, task calendars, percent
 * complete, actuals and manual starts (`Manual`) natively;
 * tasks on {@link MSPDI_ELAPSED_CALENDAR} as elapsed durations (`DurationFormat` 8, elapsed days
 * of 24 hours) with elapsed lags on their incoming links (`LagFormat` 8), as {@link readMspdi}
 * reads them;
 * calendars as base calendars (weekdays, exceptions and holidays in both the `<Exceptions>` and
 * the dated `WeekDay` form); each resource calendar as a derived calendar, as MS Project expects.
 * Whatever MSPDI cannot express exactly (estimates, budgets, skill demands, ids of calendars,
 * the project's programs and pools, fractions the file rounds, the original task order, …) is
 * stored as JSON in the custom field Text2 (alias "pmo-kit data") of the task, the resource, or
 * the project summary task (UID 0), spread over as many custom text fields (Text2, Text3, …) as
 * it needs: MS Project keeps at most 255 characters in a text field when it saves, so every text
 * the writer puts in the file fits (names longer than that are cut, the exact name going to the
 * pmo-kit data). So {@link readMspdi} gives back the same project, and the same calendars and
 * resources, also after a save in MS Project. Cross-project dependencies, risks, status reports
 * and baselines are not written.
 *
 * Complexity: O(n log n) in the size of the project.
 *
 * @param input - a portfolio (write the project named by `options.projectId`, or its only one) or
 *   a project without calendar and resource references; validated first, never mutated
 * @param options - see {@link WriteMspdiOptions}
 * @returns the MSPDI document (UTF-8 XML text)
 * @throws {@link PmoValidationError} (code `VALIDATION`) when the input is not a valid portfolio
 *   or project
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when a portfolio has several projects and
 *   no `projectId` is given, a bare project refers to calendars or resources, `minutesPerDay` is
 *   not a positive integer, an id holds a character XML cannot represent, or the pmo-kit data of
 *   one task, resource or the project needs more than MS Project's 30 text fields; `UNKNOWN_ID` for an
 *   unknown `projectId`
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('plan.xml', writeMspdi(portfolio, { projectId: 'p1' }));
 * const again = readMspdi(readFileSync('plan.xml', 'utf8')).projects[0]; // deep-equals the project
 * ```
 */
export function writeMspdi(input: Portfolio | Project, options: WriteMspdiOptions = {}): string {
  const { pf, project } = select(input, options);
  const calendarsById = new Map(pf.calendars.map((c) => [c.id, c]));

  // --- What to write --------------------------------------------------------------------------
  const resourceIds = new Set(project.tasks.flatMap((t) => t.demands.map((d) => d.resourceId)).filter((id): id is string => id !== undefined));
  const all = options.include === 'all';
  if (options.include !== undefined && options.include !== 'used' && !all)
    throw new PmoError('INVALID_ARGUMENT', `${FN}: include must be "used" or "all", got ${JSON.stringify(options.include)}`);
  // Resources demanded by name, and those that have a skill the project demands.
  const skills = new Set(project.tasks.flatMap((t) => t.demands.map((d) => d.skill)).filter((s): s is string => s !== undefined));
  const resources: Resource[] = pf.resources.filter(
    (r) => all || resourceIds.has(r.id) || (r.skills !== undefined && Object.keys(r.skills).some((s) => skills.has(s))),
  );
  const projectCalendarId = project.calendarId ?? pf.defaultCalendarId;
  const calendarIds = new Set<string>();
  if (projectCalendarId !== undefined) calendarIds.add(projectCalendarId);
  for (const t of project.tasks) if (t.calendarId !== undefined) calendarIds.add(t.calendarId);
  for (const r of resources) if (r.calendarId !== undefined) calendarIds.add(r.calendarId);
  let calendars = pf.calendars.filter((c) => all || calendarIds.has(c.id));
  if (all) for (const c of calendars) calendarIds.add(c.id);
  // Tasks on the elapsed calendar are written as elapsed durations, not on a calendar; the
  // calendar itself is written only when the project or a resource works on it.
  const elapsedCal = calendars.find((c) => isElapsedCalendar(c));
  const isElapsedTask = (t: Task): boolean => elapsedCal !== undefined && t.calendarId === elapsedCal.id;
  let elapsedCalendarIndex: number | undefined;
  if (elapsedCal !== undefined && projectCalendarId !== elapsedCal.id && !resources.some((r) => r.calendarId === elapsedCal.id)) {
    const at = calendars.indexOf(elapsedCal);
    calendars = calendars.filter((c) => c !== elapsedCal);
    // The reader adds it last when a task is elapsed; say where it goes otherwise.
    if (at !== calendars.length || !project.tasks.some(isElapsedTask)) elapsedCalendarIndex = at;
  }
  const synthetic: Calendar | undefined =
    projectCalendarId === undefined
      ? { id: 'mspdi-standard', name: 'Standard', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 }
      : undefined;
  const calUids = assignUids([...calendars.map((c) => c.id), ...(synthetic ? [synthetic.id] : [])]);
  const calUid = new Map(calendars.map((c, i) => [c.id, calUids[i]!]));
  const syntheticUid = synthetic ? calUids[calendars.length]! : undefined;
  let nextCalUid = Math.max(0, ...calUids) + 1;
  const resourceCalUid = new Map<string, number>(); // resource id -> its derived calendar
  for (const r of resources) if (r.calendarId !== undefined) resourceCalUid.set(r.id, nextCalUid++);
  const projectCal = projectCalendarId !== undefined ? calendarsById.get(projectCalendarId) : synthetic;
  const mpd = options.minutesPerDay ?? Math.round((projectCal?.hoursPerDay ?? 8) * 60);
  if (!Number.isInteger(mpd) || mpd <= 0) throw new PmoError('INVALID_ARGUMENT', `${FN}: minutesPerDay must be a positive integer, got ${String(mpd)}`);
  // Durations and lags count working days of a task's calendar: MS Project schedules minutes, so
  // a day is written as that calendar's working minutes (elapsed days as 1440).
  const projectTimes = projectCal !== undefined ? dayTimes(projectCal) : defaultTimes(480);
  const timesOf = (t: Task): readonly Interval[] => {
    if (isElapsedTask(t)) return ELAPSED_TIMES.timesOn(0);
    const cal = t.calendarId !== undefined ? calendarsById.get(t.calendarId) : undefined;
    return cal !== undefined ? dayTimes(cal) : projectTimes;
  };
  const dayMinutes = (t: Task): number => timesOf(t).reduce((sum, [f, to]) => sum + to - f, 0);

  // Tasks in outline (depth-first) order.
  const children = new Map<string | undefined, Task[]>();
  for (const t of project.tasks) {
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  const ordered: { task: Task; level: number; outline: string }[] = [];
  const walk = (parent: string | undefined, level: number, prefix: string): void => {
    (children.get(parent) ?? []).forEach((t, i) => {
      const outline = prefix === '' ? String(i + 1) : `${prefix}.${i + 1}`;
      ordered.push({ task: t, level, outline });
      walk(t.id, level + 1, outline);
    });
  };
  walk(undefined, 1, '');
  const indexOf = new Map(project.tasks.map((t, i) => [t.id, i]));
  const reordered = ordered.some((o, i) => o.task !== project.tasks[i]);
  const taskUids = assignUids(ordered.map((o) => o.task.id));
  const taskUid = new Map(ordered.map((o, i) => [o.task.id, taskUids[i]!]));
  const resUids = assignUids(resources.map((r) => r.id));
  const resUid = new Map(resources.map((r, i) => [r.id, resUids[i]!]));

  // Dependencies grouped by successor, in the order of the tasks written.
  const incoming = new Map<string, number[]>();
  project.dependencies.forEach((d, k) => {
    const list = incoming.get(d.to) ?? [];
    list.push(k);
    incoming.set(d.to, list);
  });
  const natural: number[] = []; // natural position -> original index
  for (const o of ordered) natural.push(...(incoming.get(o.task.id) ?? []));
  const order = new Array<number>(natural.length);
  natural.forEach((k, j) => (order[k] = j));

  // --- The document ---------------------------------------------------------------------------
  const build = (blobs: {
    tasks?: Map<string, unknown>;
    resources?: Map<string, unknown>;
    project?: ProjectBlob;
  }): string => {
    // pmo-kit's own values, in pieces of at most 255 characters (see mspdiFields.ts).
    const pieces = <T>(list: readonly T[], key: (x: T) => string, idOf: (x: T) => string | undefined, blobOf: (x: T) => unknown) => {
      const ids = new Map<string, string[]>();
      const data = new Map<string, string[]>();
      for (const x of list) {
        const id = idOf(x);
        if (id !== undefined) ids.set(key(x), chunkText(id));
        const blob = blobOf(x);
        if (blob !== undefined) data.set(key(x), chunkText(json(blob)));
      }
      return { ids, data };
    };
    const most = (m: ReadonlyMap<string, string[]>, extra = 0): number => Math.max(extra, ...[...m.values()].map((v) => v.length));
    const largest = (m: ReadonlyMap<string, string[]>, what: string): (() => string) => () => {
      let best = '';
      for (const [k, v] of m) if (best === '' || v.join('').length > m.get(best)!.join('').length) best = k;
      return `the pmo-kit data of ${what} ${JSON.stringify(best)} (${m.get(best)?.join('').length ?? 0} characters)`;
    };
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
    const summary: Obj = {
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
      ...(projectExt.length > 0 ? { ExtendedAttribute: projectExt } : {}),
    };
    const parents = new Set(project.tasks.map((t) => t.parentId).filter((p) => p !== undefined));
    const tasks = ordered.map(({ task: t, level, outline }, row) => {
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
      const ext = taskExt(t);
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
        ConstraintType: CONSTRAINT_BY_CODE.indexOf(t.constraint?.type ?? 'ASAP'),
        CalendarUID: t.calendarId !== undefined && !elapsed ? (calUid.get(t.calendarId) ?? -1) : -1,
        ...(t.constraint?.date !== undefined
          ? { ConstraintDate: /^(FNET|FNLT|MFO)$/.test(t.constraint.type) ? finishAt(t.constraint.date, times) : startAt(t.constraint.date, times) }
          : {}),
        ...(t.deadline !== undefined ? { Deadline: finishAt(t.deadline, times) } : {}),
        ...(links.length > 0 ? { PredecessorLink: links } : {}),
        ...(ext.length > 0 ? { ExtendedAttribute: ext } : {}),
      };
    });
    const calendarsXml: Obj[] = calendars.map((c) => calendarXml(c, calUid.get(c.id)!));
    if (synthetic) calendarsXml.push(calendarXml(synthetic, syntheticUid!));
    for (const r of resources) {
      const uid = resourceCalUid.get(r.id);
      if (uid !== undefined) calendarsXml.push({ UID: uid, Name: name(r.name), IsBaseCalendar: 0, BaseCalendarUID: calUid.get(r.calendarId!)! });
    }
    const resourcesXml = resources.map((r) => {
      const ext = resExt(r);
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
    let assignmentUid = 1;
    const assignments: Obj[] = [];
    for (const { task: t } of ordered)
      for (const d of t.demands)
        if (d.resourceId !== undefined)
          assignments.push({ UID: assignmentUid++, TaskUID: taskUid.get(t.id)!, ResourceUID: resUid.get(d.resourceId)!, Units: d.units });

    const usesTaskFields = tasks.some((t) => 'ExtendedAttribute' in t) || projectExt.length > 0;
    const usesResourceFields = resourcesXml.some((r) => 'ExtendedAttribute' in r);
    const define = (layout: FieldLayout, idAlias: string, dataAlias: string) => [
      ...layout.id.map((f, i) => ({ FieldID: f.fieldId, FieldName: f.fieldName, Alias: chunkAlias(idAlias, i) })),
      ...layout.data.map((f, i) => ({ FieldID: f.fieldId, FieldName: f.fieldName, Alias: chunkAlias(dataAlias, i) })),
    ];
    const definitions = [
      ...(usesTaskFields ? define(taskLayout, FIELDS.taskId.alias, FIELDS.taskData.alias) : []),
      ...(usesResourceFields ? define(resourceLayout, FIELDS.resourceId.alias, FIELDS.resourceData.alias) : []),
    ];
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
        ...(definitions.length > 0 ? { ExtendedAttributes: { ExtendedAttribute: definitions } } : {}),
        Calendars: { Calendar: calendarsXml },
        Tasks: { Task: [summary, ...tasks] },
        ...(resourcesXml.length > 0 ? { Resources: { Resource: resourcesXml } } : {}),
        ...(assignments.length > 0 ? { Assignments: { Assignment: assignments } } : {}),
      },
    });
  };

  // --- Read the plain document back; keep what it does not reproduce -------------------------
  const namePatches: Record<string, Patch> = {};
  for (const c of calendars) if (String(calUid.get(c.id)) !== c.id) namePatches[String(calUid.get(c.id))] = { set: { id: c.id } };
  const synth = [...(syntheticUid !== undefined ? [syntheticUid] : []), ...resourceCalUid.values()];
  const preset = {
    calendars: namePatches,
    ...(synth.length > 0 ? { syntheticCalendars: synth } : {}),
    ...(elapsedCalendarIndex !== undefined ? { elapsedCalendarIndex } : {}),
  };
  const back = readMspdiRaw(FN, build({}), {}, false, preset).portfolio;
  const backProject = (back.projects as Obj[])[0]!;
  const backTasks = backProject.tasks as Obj[];
  const taskBlobs = new Map<string, unknown>();
  ordered.forEach(({ task }, i) => {
    const patch: Patch & { index?: number } = diffFields(task, backTasks[i] ?? {}) ?? {};
    if (reordered) patch.index = indexOf.get(task.id)!;
    if (Object.keys(patch).length > 0) taskBlobs.set(task.id, patch);
  });
  const backResources = back.resources as Obj[];
  const resourceBlobs = new Map<string, unknown>();
  resources.forEach((r, i) => {
    const patch = diffFields(r, backResources[i] ?? {});
    if (patch !== undefined) resourceBlobs.set(r.id, patch);
  });
  const blob: ProjectBlob = {};
  const { tasks: _tasks, dependencies: _deps, ...projectFields } = project;
  const { tasks: _bt, dependencies: _bd, ...backFields } = backProject;
  const projectPatch = diffFields(projectFields, backFields);
  if (projectPatch !== undefined) blob.project = projectPatch;
  const backCalendars = new Map((back.calendars as Obj[]).map((c) => [c.id as string, c]));
  for (const c of calendars) {
    const uid = String(calUid.get(c.id));
    const patch = diffFields(c, backCalendars.get(c.id) ?? {});
    const set = { ...namePatches[uid]?.set, ...patch?.set };
    if (Object.keys(set).length > 0 || patch?.unset !== undefined)
      (blob.calendars ??= {})[uid] = { ...(Object.keys(set).length > 0 ? { set } : {}), ...(patch?.unset ? { unset: patch.unset } : {}) };
  }
  if (synth.length > 0) blob.syntheticCalendars = synth;
  if (elapsedCalendarIndex !== undefined) blob.elapsedCalendarIndex = elapsedCalendarIndex;
  const backDeps = backProject.dependencies as Obj[];
  project.dependencies.forEach((d, k) => {
    const j = order[k]!;
    if (!deepEqual(d, backDeps[j])) (blob.dependencies ??= {})[String(j)] = d;
  });
  if (order.some((j, k) => j !== k)) blob.order = order;
  const portfolioFields = {
    id: pf.id,
    name: pf.name,
    description: pf.description,
    currency: pf.currency,
    defaultCalendarId: pf.defaultCalendarId !== undefined && calendarIds.has(pf.defaultCalendarId) ? pf.defaultCalendarId : undefined,
  };
  const portfolioPatch = diffFields(portfolioFields, back, Object.keys(portfolioFields));
  if (portfolioPatch !== undefined) blob.portfolio = portfolioPatch;
  const programs = pf.programs
    .filter((p) => p.id === project.programId || p.projectIds.includes(project.id))
    .map((p) => ({ ...p, projectIds: p.projectIds.filter((id) => id === project.id) }));
  if (programs.length > 0) blob.programs = programs;
  const written = new Set(resources.map((r) => r.id));
  const poolIds = new Set(resources.map((r) => r.poolId).filter((p) => p !== undefined));
  const pools = pf.pools
    .filter((p) => all || poolIds.has(p.id) || p.resourceIds.some((id) => written.has(id)))
    .map((p) => ({ ...p, resourceIds: p.resourceIds.filter((id) => written.has(id)) }));
  if (pools.length > 0) blob.pools = pools;

  return build({
    tasks: taskBlobs,
    resources: resourceBlobs,
    ...(Object.keys(blob).length > 0 ? { project: blob } : {}),
  });
}

/** @deprecated Use {@link WriteMspdiOptions}: the former name. */
export type MspdiWriteOptions = WriteMspdiOptions;
