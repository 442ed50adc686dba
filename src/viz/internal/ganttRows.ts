/**
 * The rows of a Gantt chart: the schedule's tasks grouped by project and in WBS order (each
 * summary followed by its subtasks, indented), with what the portfolio adds: links, percent
 * complete and the latest baseline. Private to pmo-kit/viz.
 */
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { DatedTask } from '../../schedule/types.js';
import { taskKey } from '../../schedule/taskKey.js';
import type { ChartLink } from '../types.js';

/** A task row. */
export interface TaskRow {
  readonly kind: 'task';
  readonly key: string;
  readonly task: DatedTask & { readonly lateFinishDate?: string };
  readonly depth: number;
}

/** A project heading row. */
export interface ProjectRow {
  readonly kind: 'project';
  readonly projectId: string;
  readonly name: string;
}

/** A row of the chart. */
export type GanttRow = TaskRow | ProjectRow;

/** The key of a schedule task: its `key`, else `taskKey(projectId, id)`, else its id. */
export function keyOfTask(t: DatedTask): string {
  if (typeof t.key === 'string') return t.key;
  return t.projectId !== undefined ? taskKey(t.projectId, t.id) : t.id;
}

/** The tasks of a project in WBS order (pre-order of the `parentId` tree, input order among siblings), with their depth. */
function wbsOrder(project: Project): { readonly id: string; readonly depth: number }[] {
  const children = new Map<string | undefined, string[]>();
  const ids = new Set(project.tasks.map((t) => t.id));
  for (const t of project.tasks) {
    const parent = t.parentId !== undefined && ids.has(t.parentId) ? t.parentId : undefined;
    let list = children.get(parent);
    if (list === undefined) children.set(parent, (list = []));
    list.push(t.id);
  }
  const out: { id: string; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, depth });
    for (const c of children.get(id) ?? []) visit(c, depth + 1);
  };
  for (const id of children.get(undefined) ?? []) visit(id, 0);
  // Tasks on a parentId cycle (the schedule refuses them; a plain object may have one): at the end.
  for (const t of project.tasks) visit(t.id, 0);
  return out;
}

/**
 * The rows: tasks grouped by project (in the portfolio's order, else in order of first
 * appearance), each project's tasks in WBS order when the portfolio has the project, else in
 * schedule order. With more than one project, each group starts with a heading row.
 */
export function ganttRows(tasks: readonly DatedTask[], portfolio: Portfolio | undefined): GanttRow[] {
  const groups = new Map<string, DatedTask[]>();
  for (const t of tasks) {
    const p = t.projectId ?? '';
    let list = groups.get(p);
    if (list === undefined) groups.set(p, (list = []));
    list.push(t);
  }
  const projects = new Map((portfolio?.projects ?? []).map((p) => [p.id, p] as const));
  const order = [...(portfolio?.projects ?? []).map((p) => p.id).filter((id) => groups.has(id)), ...[...groups.keys()].filter((id) => !projects.has(id))];
  const rows: GanttRow[] = [];
  for (const pid of order) {
    const list = groups.get(pid)!;
    const project = projects.get(pid);
    if (order.length > 1) rows.push({ kind: 'project', projectId: pid, name: project?.name ?? pid });
    if (project === undefined) {
      for (const t of list) rows.push({ kind: 'task', key: keyOfTask(t), task: t, depth: 0 });
      continue;
    }
    const byId = new Map(list.map((t) => [t.id, t] as const));
    const placed = new Set<string>();
    for (const { id, depth } of wbsOrder(project)) {
      const t = byId.get(id);
      if (t === undefined || placed.has(id)) continue;
      placed.add(id);
      rows.push({ kind: 'task', key: keyOfTask(t), task: t, depth });
    }
    for (const t of list) if (!placed.has(t.id)) rows.push({ kind: 'task', key: keyOfTask(t), task: t, depth: 0 });
  }
  return rows;
}

/** Every dependency of the portfolio (each project's, then the cross-project ones), by task key. */
export function portfolioLinks(portfolio: Portfolio): ChartLink[] {
  const links: ChartLink[] = [];
  for (const p of portfolio.projects) for (const d of p.dependencies ?? []) links.push({ from: taskKey(p.id, d.from), to: taskKey(p.id, d.to), type: d.type ?? 'FS' });
  for (const d of portfolio.crossDependencies ?? []) links.push({ from: taskKey(d.fromProject, d.from), to: taskKey(d.toProject, d.to), type: d.type ?? 'FS' });
  return links;
}

/** Percent complete (0 … 100) of the portfolio's tasks that report one, by task key. */
export function portfolioProgress(portfolio: Portfolio): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of portfolio.projects) for (const t of p.tasks) if (typeof t.percentComplete === 'number') out[taskKey(p.id, t.id)] = t.percentComplete;
  return out;
}

/** Each project's latest baseline (by date; the last listed among equals), as dated tasks. */
export function portfolioBaseline(portfolio: Portfolio): DatedTask[] {
  const latest = new Map<string, Portfolio['baselines'][number]>();
  for (const b of portfolio.baselines ?? []) {
    const prev = latest.get(b.projectId);
    if (prev === undefined || b.date >= prev.date) latest.set(b.projectId, b);
  }
  const out: DatedTask[] = [];
  for (const b of latest.values()) for (const t of b.tasks) out.push({ id: t.taskId, projectId: b.projectId, startDate: t.start, finishDate: t.finish });
  return out;
}
