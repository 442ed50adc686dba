/**
 * What the MSPDI writer writes, decided before any XML: the resources and calendars, the elapsed
 * calendar, UIDs, the day length of each task, the tasks in outline order and the links in the
 * order the file lists them. Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import type { Calendar } from '../../model/calendar.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { Resource } from '../../model/resource.js';
import type { Task } from '../../model/task.js';
import { STANDARD_CALENDAR } from '../../calendar/standardCalendar.js';
import { maxOf, pushAll } from '../../internal/bulk.js';
import { MSPDI_ELAPSED_CALENDAR } from '../mspdiElapsedCalendar.js';
import { isElapsedCalendar } from './elapsed.js';
import { defaultTimes, ELAPSED_TIMES, type Interval } from './mspdiTime.js';
import { assignUids, dayTimes, WRITE_FN } from './mspdiWriteValues.js';

/** A task in outline (depth-first) order: its `OutlineLevel` and `OutlineNumber`. */
export interface OutlineTask {
  readonly task: Task;
  readonly level: number;
  readonly outline: string;
}

/** The calendars and resources written, and their UIDs. */
interface Scope {
  /** Whether everything of the portfolio is written (`include: 'all'`). */
  readonly all: boolean;
  readonly resources: readonly Resource[];
  /** The project's calendar (its own, else the portfolio's default). */
  readonly projectCalendarId: string | undefined;
  /** Ids of the calendars the project uses (all of them with `include: 'all'`). */
  readonly calendarIds: ReadonlySet<string>;
  /** The calendars written as base calendars (the elapsed calendar only when something works on it). */
  readonly calendars: readonly Calendar[];
  /** Where the reader must put the elapsed calendar back, when it cannot infer it. */
  readonly elapsedCalendarIndex: number | undefined;
  /** Whether a task is written as an elapsed duration. */
  readonly isElapsedTask: (t: Task) => boolean;
  /** The project calendar made up when the project has none. */
  readonly synthetic: Calendar | undefined;
  readonly calUid: ReadonlyMap<string, number>;
  readonly syntheticUid: number | undefined;
  /** Resource id → the UID of its derived calendar. */
  readonly resourceCalUid: ReadonlyMap<string, number>;
}

/** Everything the writer decided; the XML follows from it. */
export interface WritePlan extends Scope {
  readonly pf: Portfolio;
  readonly project: Project;
  /** `MinutesPerDay`. */
  readonly mpd: number;
  /** Working periods of a day of the project calendar. */
  readonly projectTimes: readonly Interval[];
  /** Working periods of a day of a task's calendar (round the clock for an elapsed task). */
  readonly timesOf: (t: Task) => readonly Interval[];
  /** Working minutes of a day of a task's calendar: the minutes of one day of its duration. */
  readonly dayMinutes: (t: Task) => number;
  /** The working calendar of a task (its own, its project's, the elapsed one, else the standard one): for its progress instants. */
  readonly calendarOf: (t: Task) => Calendar;
  readonly ordered: readonly OutlineTask[];
  /** Task id → its position in the project's task list. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Whether the outline order differs from the project's task order. */
  readonly reordered: boolean;
  readonly taskUid: ReadonlyMap<string, number>;
  readonly resUid: ReadonlyMap<string, number>;
  /** Task id → indices of its incoming dependencies. */
  readonly incoming: ReadonlyMap<string, number[]>;
  /** Dependency k of the project is the file's (natural) dependency order[k]. */
  readonly order: readonly number[];
}

/** The resources and calendars to write, the elapsed calendar, and the calendars' UIDs. */
function scopeOf(pf: Portfolio, project: Project, include: string | undefined): Scope {
  const resourceIds = new Set(project.tasks.flatMap((t) => t.demands.map((d) => d.resourceId)).filter((id): id is string => id !== undefined));
  const all = include === 'all';
  if (include !== undefined && include !== 'used' && !all)
    throw new PmoError('INVALID_ARGUMENT', `${WRITE_FN}: include must be "used" or "all", got ${show(include)}`);
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
  let nextCalUid = Math.max(0, maxOf(calUids)) + 1;
  const resourceCalUid = new Map<string, number>(); // resource id -> its derived calendar
  for (const r of resources) if (r.calendarId !== undefined) resourceCalUid.set(r.id, nextCalUid++);
  return { all, resources, projectCalendarId, calendarIds, calendars, elapsedCalendarIndex, isElapsedTask, synthetic, calUid, syntheticUid, resourceCalUid };
}

/** The project's tasks in outline (depth-first) order. */
function outlineOrder(project: Project): OutlineTask[] {
  const children = new Map<string | undefined, Task[]>();
  for (const t of project.tasks) {
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  const ordered: OutlineTask[] = [];
  const walk = (parent: string | undefined, level: number, prefix: string): void => {
    (children.get(parent) ?? []).forEach((t, i) => {
      const outline = prefix === '' ? String(i + 1) : `${prefix}.${i + 1}`;
      ordered.push({ task: t, level, outline });
      walk(t.id, level + 1, outline);
    });
  };
  walk(undefined, 1, '');
  return ordered;
}

/** Dependencies grouped by successor, and their order in the file (by successor, in the order of the tasks written). */
function linkOrder(project: Project, ordered: readonly OutlineTask[]): { incoming: Map<string, number[]>; order: number[] } {
  const incoming = new Map<string, number[]>();
  project.dependencies.forEach((d, k) => {
    const list = incoming.get(d.to) ?? [];
    list.push(k);
    incoming.set(d.to, list);
  });
  const natural: number[] = []; // natural position -> original index
  for (const o of ordered) pushAll(natural, incoming.get(o.task.id) ?? []);
  const order = new Array<number>(natural.length);
  natural.forEach((k, j) => (order[k] = j));
  return { incoming, order };
}

/**
 * Decides what to write of `project` (see the file comment).
 * @throws PmoError INVALID_ARGUMENT for a bad `include` or `minutesPerDay`
 */
export function planWrite(pf: Portfolio, project: Project, include: string | undefined, minutesPerDay: number | undefined): WritePlan {
  const calendarsById = new Map(pf.calendars.map((c) => [c.id, c]));
  const scope = scopeOf(pf, project, include);
  const projectCal = scope.projectCalendarId !== undefined ? calendarsById.get(scope.projectCalendarId) : scope.synthetic;
  const mpd = minutesPerDay ?? Math.round((projectCal?.hoursPerDay ?? 8) * 60);
  if (!Number.isInteger(mpd) || mpd <= 0) throw new PmoError('INVALID_ARGUMENT', `${WRITE_FN}: minutesPerDay must be a positive integer, got ${show(mpd)}`);
  // Durations and lags count working days of a task's calendar: MS Project schedules minutes, so
  // a day is written as that calendar's working minutes (elapsed days as 1440).
  const projectTimes = projectCal !== undefined ? dayTimes(projectCal) : defaultTimes(480);
  const timesOf = (t: Task): readonly Interval[] => {
    if (scope.isElapsedTask(t)) return ELAPSED_TIMES.timesOn(0);
    const cal = t.calendarId !== undefined ? calendarsById.get(t.calendarId) : undefined;
    return cal !== undefined ? dayTimes(cal) : projectTimes;
  };
  const dayMinutes = (t: Task): number => timesOf(t).reduce((sum, [f, to]) => sum + to - f, 0);
  const calendarOf = (t: Task): Calendar =>
    scope.isElapsedTask(t)
      ? MSPDI_ELAPSED_CALENDAR
      : ((t.calendarId !== undefined ? calendarsById.get(t.calendarId) : undefined) ?? projectCal ?? STANDARD_CALENDAR);

  const ordered = outlineOrder(project);
  const indexOf = new Map(project.tasks.map((t, i) => [t.id, i]));
  const reordered = ordered.some((o, i) => o.task !== project.tasks[i]);
  const taskUids = assignUids(ordered.map((o) => o.task.id));
  const taskUid = new Map(ordered.map((o, i) => [o.task.id, taskUids[i]!]));
  const resUids = assignUids(scope.resources.map((r) => r.id));
  const resUid = new Map(scope.resources.map((r, i) => [r.id, resUids[i]!]));
  const { incoming, order } = linkOrder(project, ordered);
  return { ...scope, pf, project, mpd, projectTimes, timesOf, dayMinutes, calendarOf, ordered, indexOf, reordered, taskUid, resUid, incoming, order };
}
