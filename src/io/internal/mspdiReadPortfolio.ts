/**
 * The last step of reading an MSPDI document: the project (tasks in their original order,
 * dependencies as a writer stored them, the start day) and the portfolio around it. Private to
 * pmo-kit/io.
 */
import type { MspdiProperties, ReadMspdiOptions } from '../mspdiTypes.js';
import type { ProjectBlob } from './mspdiBlob.js';
import { PROJECT_WHERE, type ReadStep } from './mspdiDocument.js';
import { applyPatch, type Reader, text, value } from './mspdi.js';
import { startDay, timeOf } from './mspdiInstants.js';
import { readBaselineTask, statusDateOf } from './mspdiProgress.js';
import type { PortfolioCalendars } from './mspdiPortfolioCalendars.js';
import type { TaskList } from './mspdiReadTasks.js';
import type { ResourceList } from './mspdiReadResources.js';
import type { XmlNode } from './xml.js';

type Obj = Record<string, unknown>;

/** Everything read that the portfolio is built from. */
export interface ReadParts {
  readonly project: XmlNode;
  readonly properties: MspdiProperties;
  readonly projectBlob: ProjectBlob | undefined;
  readonly tasks: TaskList;
  readonly dependencies: Obj[];
  readonly cals: PortfolioCalendars;
  readonly resources: ResourceList;
}

/**
 * The project's first day: `<StartDate>`, else the summary task's or the earliest task's
 * `<Start>`, as a working day of the project calendar (warned of when it starts within a day).
 */
function projectStart(step: ReadStep, parts: ReadParts): string {
  const r: Reader = step.r;
  const { warn } = step;
  const { project, tasks } = parts;
  const startAt =
    r.dateTime(project, 'StartDate', PROJECT_WHERE) ??
    r.dateTime(tasks.summaryNode, 'Start', 'the project summary task') ??
    tasks.entries.map((e) => r.dateTime(e.node, 'Start', e.where)).filter((d): d is string => d !== undefined).sort()[0];
  if (startAt === undefined) r.fail(PROJECT_WHERE, 'no <StartDate>, and no task has a <Start>');
  // A start at the end of a working day is the next day's start; within a day it has no exact day.
  const startOn = startDay(parts.cals.projectTimes, startAt, 'earlier');
  if (!startOn.exact)
    warn(
      'project-start-time',
      `the project starts at ${timeOf(startAt)} on ${startAt.slice(0, 10)}, after ${Math.round(startOn.share * 1000) / 10}% of that day's working time; pmo-kit starts a project at the start of a working day, so its dates may be earlier than MS Project's by part of a day`,
    );
  return startOn.date;
}

/** The project (not yet validated): its tasks and dependencies with the writer's data applied. */
function projectOf(step: ReadStep, parts: ReadParts, options: ReadMspdiOptions): Obj {
  const { project, projectBlob, tasks } = parts;
  const { entries, summaryNode } = tasks;
  for (const e of entries) if (e.blob !== undefined) applyPatch(e.task, e.blob);
  let ordered = entries;
  if (entries.length > 0 && entries.every((e) => typeof e.blob?.index === 'number')) {
    ordered = [...entries].sort((a, b) => a.blob!.index! - b.blob!.index!);
  }
  let deps = parts.dependencies;
  if (projectBlob?.dependencies !== undefined)
    deps = deps.map((d, i) => (projectBlob.dependencies![String(i)] as Obj | undefined) ?? d);
  if (Array.isArray(projectBlob?.order) && projectBlob.order.length === deps.length)
    deps = projectBlob.order.map((j) => deps[j] ?? {});

  const start = projectStart(step, parts);
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
  const projectDeadline = step.r.date(summaryNode, 'Deadline', 'the project summary task');
  if (projectDeadline !== undefined) projectObj.deadline = projectDeadline;
  if (parts.cals.projectCalendarId !== undefined) projectObj.calendarId = parts.cals.projectCalendarId;
  const statusDate = statusDateOf(parts.properties.statusDate, parts.cals.projectTimes);
  if (statusDate !== undefined) {
    // MS Project keeps a status date older than some actuals; pmo-kit's validation refuses that.
    const after = entries.filter((e) => [e.task.actualStart, e.task.actualFinish].some((d) => typeof d === 'string' && d > statusDate));
    if (after.length === 0) projectObj.statusDate = statusDate;
    else
      step.warn(
        'status-date-before-actuals',
        `the status date ${statusDate} is before actual dates of task UID ${after
          .slice(0, 5)
          .map((e) => e.uid)
          .join(', ')}${after.length > 5 ? ', …' : ''}; read without a status date`,
      );
  }
  applyPatch(projectObj, projectBlob?.project);
  if (options.projectId !== undefined) projectObj.id = options.projectId;
  return projectObj;
}

/** The portfolio around the project (not yet validated). */
export function portfolioOf(step: ReadStep, parts: ReadParts, options: ReadMspdiOptions): Obj {
  const { properties, projectBlob, cals } = parts;
  const projectObj = projectOf(step, parts, options);
  const portfolio: Obj = {
    id: projectObj.id,
    name: projectObj.name,
    ...(properties.currencyCode !== undefined ? { currency: properties.currencyCode } : {}),
    ...(cals.projectCalendarId !== undefined ? { defaultCalendarId: cals.projectCalendarId } : {}),
    calendars: cals.calendars,
    resources: parts.resources.resources,
    pools: Array.isArray(projectBlob?.pools) ? projectBlob.pools : [],
    programs: Array.isArray(projectBlob?.programs) ? projectBlob.programs : [],
    projects: [projectObj],
  };
  applyPatch(portfolio, projectBlob?.portfolio);
  if (options.portfolioId !== undefined) portfolio.id = options.portfolioId;
  const baseline = firstBaseline(step, parts, projectObj);
  if (baseline !== undefined) portfolio.baselines = [baseline];
  return portfolio;
}

/**
 * MS Project's first baseline (`<Baseline>` number 0 of the tasks) as a baseline of the project,
 * dated the project start (MSPDI does not store when it was saved); `undefined` when no task has one.
 */
function firstBaseline(step: ReadStep, parts: ReadParts, projectObj: Obj): Obj | undefined {
  const tasks = parts.tasks.entries
    .map((e) => readBaselineTask(step.r, { ...e, duration: e.duration }, (e.task.id as string) ?? e.id))
    .filter((t): t is Obj => t !== undefined);
  if (tasks.length === 0) return undefined;
  return { id: `${String(projectObj.id)}-baseline-0`, projectId: projectObj.id, name: 'Baseline', date: projectObj.start, tasks };
}
