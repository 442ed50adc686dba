/** The network as the diagram exports draw it. Private to pmo-kit/io. */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { isObject } from '../../internal/guards.js';
import { readOptions } from '../../internal/options.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { DependencyType, Task } from '../../model/task.js';
import type { DatedSchedule, DatedTask } from '../types.js';

export interface ViewTask {
  /** Position among all tasks drawn (0-based). */
  readonly index: number;
  readonly projectIndex: number;
  readonly project: Project;
  readonly task: Task;
  readonly summary: boolean;
  readonly scheduled: DatedTask | undefined;
  readonly critical: boolean;
}

export interface ViewLink {
  readonly from: ViewTask;
  readonly to: ViewTask;
  readonly type: DependencyType;
  readonly lag: number;
  /** Between two projects. */
  readonly cross: boolean;
  /** Both ends critical (and driving, when the schedule says which links drive). */
  readonly critical: boolean;
}

export interface View {
  readonly portfolio: boolean;
  readonly projects: readonly { readonly project: Project; readonly tasks: readonly ViewTask[] }[];
  readonly tasks: readonly ViewTask[];
  readonly links: readonly ViewLink[];
}

/** `projectId/taskId` with `%` and `/` inside ids written `%25` and `%2F` (as the schedule's `taskKey`). */
export function keyOf(projectId: string, taskId: string): string {
  const part = (x: string): string => x.replace(/%/g, '%25').replace(/\//g, '%2F');
  return `${part(projectId)}/${part(taskId)}`;
}

/** Whether a link is critical: both ends critical and, when the schedule says, driving. */
function criticalLink(from: ViewTask, to: ViewTask): boolean {
  if (!from.critical || !to.critical) return false;
  const driving = to.scheduled?.drivingPredecessors;
  if (driving === undefined || to.summary) return true;
  return driving.includes(keyOf(from.project.id, from.task.id)) || (from.project === to.project && driving.includes(from.task.id));
}

const isPortfolio = (x: Project | Portfolio): x is Portfolio => Array.isArray((x as { projects?: unknown }).projects);

const TYPES: readonly unknown[] = ['FS', 'SS', 'FF', 'SF'];
const q = (s: string): string => JSON.stringify(s);

/** Throws a PmoError `INVALID_ARGUMENT` naming the function and where. */
function bad(fn: string, where: string, what: string, got: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: ${what}, got ${show(got)}`);
}


/** Checks the fields of a link the diagrams read (`type` and `lag` may be missing). */
function checkLink(fn: string, where: string, d: unknown, ends: readonly string[]): void {
  if (!isObject(d)) bad(fn, where, 'must be an object', d);
  for (const k of ends) if (typeof d[k] !== 'string') bad(fn, where, `${k} must be a string`, d[k]);
  if (d.type !== undefined && !TYPES.includes(d.type)) bad(fn, where, 'type must be FS, SS, FF or SF', d.type);
  if (d.lag !== undefined && (typeof d.lag !== 'number' || !Number.isFinite(d.lag))) bad(fn, where, 'lag must be a finite number of working days', d.lag);
}

/** Checks a project as far as the diagrams read it. */
function checkProject(fn: string, p: unknown, where: string): void {
  if (!isObject(p)) bad(fn, where, 'must be a project object', p);
  if (typeof p.id !== 'string') bad(fn, where, 'id must be a string', p.id);
  const at = `project ${q(p.id)}`;
  if (p.name !== undefined && typeof p.name !== 'string') bad(fn, at, 'name must be a string', p.name);
  if (!Array.isArray(p.tasks)) bad(fn, at, 'tasks must be an array', p.tasks);
  p.tasks.forEach((t: unknown, i: number) => {
    const w = `${at}, tasks[${i}]`;
    if (!isObject(t)) bad(fn, w, 'must be an object', t);
    if (typeof t.id !== 'string') bad(fn, w, 'id must be a string', t.id);
    if (t.name !== undefined && typeof t.name !== 'string') bad(fn, w, 'name must be a string', t.name);
    if (t.parentId !== undefined && typeof t.parentId !== 'string') bad(fn, w, 'parentId must be a string', t.parentId);
    if (t.milestone !== undefined && typeof t.milestone !== 'boolean') bad(fn, w, 'milestone must be a boolean', t.milestone);
    if (t.percentComplete !== undefined && (typeof t.percentComplete !== 'number' || Number.isNaN(t.percentComplete))) bad(fn, w, 'percentComplete must be a number', t.percentComplete);
  });
  if (p.dependencies !== undefined) {
    if (!Array.isArray(p.dependencies)) bad(fn, at, 'dependencies must be an array', p.dependencies);
    p.dependencies.forEach((d: unknown, i: number) => checkLink(fn, `${at}, dependencies[${i}]`, d, ['from', 'to']));
  }
}

/** Checks a schedule as far as the diagrams read it. */
function checkSchedule(fn: string, schedule: unknown): void {
  if (!isObject(schedule) || !Array.isArray(schedule.tasks)) bad(fn, 'schedule', 'expected a schedule with a tasks array', schedule);
  schedule.tasks.forEach((t: unknown, i: number) => {
    const w = `schedule.tasks[${i}]`;
    if (!isObject(t)) bad(fn, w, 'must be an object', t);
    if (typeof t.id !== 'string') bad(fn, w, 'id must be a string', t.id);
    if (t.projectId !== undefined && typeof t.projectId !== 'string') bad(fn, w, 'projectId must be a string', t.projectId);
    if (t.critical !== undefined && typeof t.critical !== 'boolean') bad(fn, w, 'critical must be a boolean', t.critical);
    for (const k of ['startDate', 'finishDate'] as const)
      if (t[k] !== undefined && t[k] !== null && typeof t[k] !== 'string') bad(fn, w, `${k} must be a YYYY-MM-DD string or null`, t[k]);
    const dp = t.drivingPredecessors;
    if (dp !== undefined && (!Array.isArray(dp) || dp.some((x) => typeof x !== 'string'))) bad(fn, w, 'drivingPredecessors must be an array of strings', dp);
  });
}

/**
 * A task's dates, `startDate` / `finishDate` (plain JavaScript callers may leave the finish out:
 * it is then the start). `undefined` when the task is missing or has no start date (`null`, as in
 * the JSON of a period-based schedule).
 */
export function datesOf(t: DatedTask | undefined): { readonly start: string; readonly finish: string } | undefined {
  if (t === undefined) return undefined;
  const start: unknown = t.startDate;
  const finish: unknown = t.finishDate;
  if (typeof start !== 'string') return undefined;
  return { start, finish: typeof finish === 'string' ? finish : start };
}

/** A project's or task's display name ('' when it has none). */
export const nameOf = (x: { readonly name?: unknown }): string => (typeof x.name === 'string' ? x.name : '');

/** Checks that `options` (after its default `{}`) is an object. */
export function checkOptions(fn: string, options: unknown): void {
  readOptions(fn, options);
}

/** The `label` option (default: the task's name, else its id), checked to be a function. */
export function labelOption<P>(fn: string, options: { readonly label?: ((task: Task, project: P) => string) | undefined } | undefined): (task: Task, project: P) => string {
  const label = readOptions(fn, options)['label'];
  if (label !== undefined && typeof label !== 'function') bad(fn, 'options.label', 'must be a function (task, project) => string', label);
  return (label as ((task: Task, project: P) => string) | undefined) ?? defaultLabel;
}

/** A label made by a caller's function, checked to be a string. */
export function labelText(fn: string, text: unknown, task: Task): string {
  if (typeof text !== 'string') bad(fn, `the label of task ${q(task.id)}`, 'the label function must return a string', text);
  return text;
}

/**
 * Collects tasks and links, matching schedule entries by project and task id. The input is
 * checked as far as the diagrams read it (a `PmoError` names what is wrong and where); missing
 * `dependencies`, link `type` and `lag` and names read as in the portfolio file (none, FS, 0, '').
 */
export function buildView(fn: string, input: Project | Portfolio, schedule?: DatedSchedule): View {
  if (typeof input !== 'object' || input === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project or a portfolio`);
  const portfolio = isPortfolio(input);
  const projects = portfolio ? input.projects : [input];
  if (!portfolio && !Array.isArray((input as { tasks?: unknown }).tasks))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project (with tasks) or a portfolio (with projects)`);
  if (portfolio) {
    const raw = input as unknown as Record<string, unknown>;
    if (typeof raw.id !== 'string') bad(fn, 'portfolio', 'id must be a string', raw.id);
    projects.forEach((p, i) => checkProject(fn, p, `projects[${i}]`));
    const cross = raw.crossDependencies;
    if (cross !== undefined) {
      if (!Array.isArray(cross)) bad(fn, 'portfolio', 'crossDependencies must be an array', cross);
      cross.forEach((d: unknown, i: number) => checkLink(fn, `crossDependencies[${i}]`, d, ['fromProject', 'from', 'toProject', 'to']));
    }
  } else checkProject(fn, input, 'project');
  if (schedule !== undefined) checkSchedule(fn, schedule);
  const byProject = new Map<string, Map<string, DatedTask>>();
  const byTaskId = new Map<string, DatedTask>();
  for (const s of schedule?.tasks ?? []) {
    if (s.projectId !== undefined) {
      const m = byProject.get(s.projectId) ?? new Map<string, DatedTask>();
      if (!m.has(s.id)) m.set(s.id, s);
      byProject.set(s.projectId, m);
    } else if (!byTaskId.has(s.id)) byTaskId.set(s.id, s);
  }
  const tasks: ViewTask[] = [];
  const groups = projects.map((project, projectIndex) => {
    const parents = new Set(project.tasks.map((t) => t.parentId).filter((p) => p !== undefined));
    const list = project.tasks.map((task) => {
      const scheduled = byProject.get(project.id)?.get(task.id) ?? byTaskId.get(task.id);
      const v: ViewTask = {
        index: tasks.length,
        projectIndex,
        project,
        task,
        summary: parents.has(task.id),
        scheduled,
        critical: scheduled?.critical === true,
      };
      tasks.push(v);
      return v;
    });
    return { project, tasks: list };
  });
  const index = groups.map((g) => new Map(g.tasks.map((t) => [t.task.id, t])));
  const links: ViewLink[] = [];
  groups.forEach((g, pi) => {
    for (const d of g.project.dependencies ?? []) {
      const from = index[pi]!.get(d.from);
      const to = index[pi]!.get(d.to);
      if (from && to) links.push({ from, to, type: d.type ?? 'FS', lag: d.lag ?? 0, cross: false, critical: criticalLink(from, to) });
    }
  });
  if (portfolio) {
    const projectIndex = new Map(projects.map((p, i) => [p.id, i]));
    for (const d of input.crossDependencies ?? []) {
      const fp = projectIndex.get(d.fromProject);
      const tp = projectIndex.get(d.toProject);
      const from = fp === undefined ? undefined : index[fp]!.get(d.from);
      const to = tp === undefined ? undefined : index[tp]!.get(d.to);
      if (from && to) links.push({ from, to, type: d.type ?? 'FS', lag: d.lag ?? 0, cross: true, critical: criticalLink(from, to) });
    }
  }
  return { portfolio, projects: groups, tasks, links };
}

/** `FS`, `SS +2d`, `FF -1.5d`. */
export function linkLabel(type: DependencyType, lag: number): string {
  if (lag === 0) return type;
  const n = Number(lag.toFixed(3));
  return `${type} ${n > 0 ? '+' : ''}${n}d`;
}

/** The default label of a task. */
export const defaultLabel = (task: Task): string => (nameOf(task) !== '' ? nameOf(task) : task.id);
