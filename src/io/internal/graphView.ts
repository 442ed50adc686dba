/** The network as the diagram exports draw it. Private to pmo-kit/io. */
import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { DependencyType, Task } from '../../model/task.js';
import type { ScheduleLike, ScheduledTaskLike } from '../types.js';

export interface ViewTask {
  /** Position among all tasks drawn (0-based). */
  readonly index: number;
  readonly projectIndex: number;
  readonly project: Project;
  readonly task: Task;
  readonly summary: boolean;
  readonly scheduled: ScheduledTaskLike | undefined;
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

/** Collects tasks and links, matching schedule entries by project and task id. */
export function buildView(fn: string, input: Project | Portfolio, schedule?: ScheduleLike): View {
  if (typeof input !== 'object' || input === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project or a portfolio`);
  const portfolio = isPortfolio(input);
  const projects = portfolio ? input.projects : [input];
  if (!portfolio && !Array.isArray((input as { tasks?: unknown }).tasks))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project (with tasks) or a portfolio (with projects)`);
  if (schedule !== undefined && !Array.isArray((schedule as { tasks?: unknown }).tasks))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a schedule with a tasks array`);
  const byProject = new Map<string, Map<string, ScheduledTaskLike>>();
  const byTaskId = new Map<string, ScheduledTaskLike>();
  for (const s of schedule?.tasks ?? []) {
    if (s.projectId !== undefined) {
      const m = byProject.get(s.projectId) ?? new Map<string, ScheduledTaskLike>();
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
    for (const d of g.project.dependencies) {
      const from = index[pi]!.get(d.from);
      const to = index[pi]!.get(d.to);
      if (from && to) links.push({ from, to, type: d.type, lag: d.lag, cross: false, critical: criticalLink(from, to) });
    }
  });
  if (portfolio) {
    const projectIndex = new Map(projects.map((p, i) => [p.id, i]));
    for (const d of input.crossDependencies) {
      const fp = projectIndex.get(d.fromProject);
      const tp = projectIndex.get(d.toProject);
      const from = fp === undefined ? undefined : index[fp]!.get(d.from);
      const to = tp === undefined ? undefined : index[tp]!.get(d.to);
      if (from && to) links.push({ from, to, type: d.type, lag: d.lag, cross: true, critical: criticalLink(from, to) });
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
export const defaultLabel = (task: Task): string => (task.name !== '' ? task.name : task.id);
