import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import { dayNumber, isoFromDayNumber } from '../internal/dates.js';
import type { Project } from '../model/project.js';
import type { Task } from '../model/task.js';
import { pushAll } from '../internal/bulk.js';
import { joinLines } from '../internal/stringLimit.js';
import { buildView, datesOf, type ViewTask, checkOptions, labelOption, labelText, nameOf } from './internal/graphView.js';
import { mermaidText } from './internal/mermaid.js';
import type { DatedSchedule, TaskLabel } from './types.js';

/** Options of {@link toMermaidGantt}. */
export interface ToMermaidGanttOptions {
  /** Chart title. Default: the project's name. */
  readonly title?: string;
  /** The text of a task's bar. Default: its name, or its id when it has no name. */
  readonly label?: TaskLabel;
}

/**
 * Draws a project's schedule as a Mermaid Gantt chart: the early plan of `schedule` or
 * `schedulePortfolio`, the leveled plan of `levelResources`, or any {@link DatedSchedule}.
 *
 * Sections: first the project's top-level tasks (under the project's name), then one section per
 * WBS summary task (named by its path, `Build / Backend`) with its direct non-summary children;
 * summary tasks themselves have no bar. Each bar runs from the task's `startDate` to its
 * `finishDate` (the early dates of a CPM schedule, the leveled dates of a leveled one; both working
 * days, inclusive: the chart's end is the next day, as Mermaid's end dates are exclusive). Milestones are Mermaid milestones; critical tasks are tagged `crit`,
 * tasks 100 % complete `done` and tasks in progress `active`. Tasks without dates in the schedule
 * are left out (a comment says how many). Bars are named `t0`, `t1`, … (task ids are never
 * written); labels and section names are escaped with Mermaid entity codes.
 *
 * Complexity: O(tasks).
 *
 * @param project - the project; never mutated
 * @param schedule - its schedule, leveled or not: dates and critical flags (see
 *   {@link DatedSchedule}); entries whose `projectId` is another project's are ignored
 * @param options - see {@link ToMermaidGanttOptions}
 * @returns Mermaid source text, ending with a newline
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `project` is not a project or
 *   `schedule` has no tasks array
 * @example
 * ```ts
 * const text = toMermaidGantt(project, schedule(project));
 * const leveledPlan = toMermaidGantt(portfolio.projects[0]!, levelResources(portfolio));
 * // gantt
 * //   title Pilot
 * //   dateFormat YYYY-MM-DD
 * //   section Pilot
 * //     Design :crit, t0, 2026-01-05, 2026-01-10
 * ```
 */
export function toMermaidGantt(project: Project, schedule: DatedSchedule, options: ToMermaidGanttOptions = {}): string {
  const fn = 'toMermaidGantt';
  checkOptions(fn, options);
  if (typeof project !== 'object' || project === null || !Array.isArray((project as { tasks?: unknown }).tasks))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project (with tasks)`);
  if (typeof schedule !== 'object' || schedule === null || !Array.isArray((schedule as { tasks?: unknown }).tasks))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a schedule with a tasks array`);
  const relevant = { tasks: schedule.tasks.filter((t) => t.projectId === undefined || t.projectId === project.id) };
  const view = buildView(fn, project, relevant);
  const label = labelOption(fn, options);
  if (options.title !== undefined && typeof options.title !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.title must be a string, got ${show(options.title)}`);
  const text = (s: string): string => mermaidText(s, ':');
  const lines = ['gantt', `  title ${text(options.title ?? (nameOf(project) !== '' ? nameOf(project) : project.id))}`, '  dateFormat YYYY-MM-DD'];
  let undated = 0;
  const bar = (v: ViewTask): string | undefined => {
    const dates = datesOf(v.scheduled);
    const s = dates === undefined ? undefined : dayNumber(dates.start);
    const f = dates === undefined ? undefined : dayNumber(dates.finish);
    if (s === undefined || f === undefined) {
      undated++;
      return undefined;
    }
    const tags: string[] = [];
    if (v.critical) tags.push('crit');
    if (v.task.percentComplete === 100) tags.push('done');
    else if ((v.task.percentComplete ?? 0) > 0) tags.push('active');
    if (v.task.milestone) tags.push('milestone');
    const end = v.task.milestone ? '0d' : isoFromDayNumber(Math.max(f, s) + 1);
    return `    ${text(labelText(fn, label(v.task, project), v.task))} :${[...tags, `t${v.index}`, isoFromDayNumber(s), end].join(', ')}`;
  };
  const byId = new Map(view.tasks.map((v) => [v.task.id, v]));
  const children = new Map<string | undefined, ViewTask[]>();
  for (const v of view.tasks) {
    const parent = v.task.parentId !== undefined && byId.has(v.task.parentId) ? v.task.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(v);
    children.set(parent, list);
  }
  const section = (name: string, members: readonly ViewTask[]): void => {
    const bars = members.filter((v) => !v.summary).map(bar).filter((b): b is string => b !== undefined);
    if (bars.length === 0) return;
    lines.push(`  section ${text(name)}`);
    pushAll(lines, bars);
  };
  section(nameOf(project) !== '' ? nameOf(project) : project.id, children.get(undefined) ?? []);
  const walk = (parent: string | undefined, path: readonly string[]): void => {
    for (const v of children.get(parent) ?? []) {
      if (!v.summary) continue;
      const here = [...path, labelText(fn, label(v.task as Task, project), v.task as Task)];
      section(here.join(' / '), children.get(v.task.id) ?? []);
      walk(v.task.id, here);
    }
  };
  walk(undefined, []);
  if (undated > 0) lines.push(`  %% ${undated} task(s) without dates in the schedule are not shown`);
  return joinLines(fn, 'the Mermaid text', lines);
}

/** @deprecated Use {@link ToMermaidGanttOptions}: the former name. */
export type MermaidGanttOptions = ToMermaidGanttOptions;
