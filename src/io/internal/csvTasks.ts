/** Tasks files -> the tasks of each project, their WBS, demands and constraints. Private to pmo-kit/io. */
import { CsvRowReader, put, type CsvBuild, type Json, type TaskDraft } from './csvBuild.js';
import { projectOf } from './csvProjects.js';
import { resolveResource } from './csvResources.js';
import type { CsvSheet } from './csvSheets.js';
import { readAssignment, readBoolean, readConstraintType, readDate, readDuration, readList, readNumber, readPercent } from './csvValues.js';

const ESTIMATE = ['optimistic', 'mostLikely', 'pessimistic'] as const;

/** The demands of a `Resource Names` cell (`Ana[50%], Bo`), resources named by id or by name. */
function readDemands(r: CsvRowReader, task: Json): void {
  const text = r.text('resources');
  if (text === undefined) return;
  const demands: Json[] = [];
  for (const item of readList(text, r.sheet.style)) {
    const a = r.read('resources', () => readAssignment(item, r.sheet.style));
    if (a === undefined) continue;
    r.build.sources.set([...r.path, 'demands', demands.length], r.source({}, 'resources'));
    demands.push({ resourceId: resolveResource(r.build, a.resource), units: a.units });
  }
  task.demands = demands;
}

/** The constraint of a row: `Constraint Type` (and `Constraint Date`), else `Start` as start-no-earlier-than (as MS Project does when a start is typed in). */
function readConstraint(r: CsvRowReader, task: Json, start: string | undefined): void {
  const date = (t: string) => readDate(t, r.build.options.dateFormat);
  const constraintDate = r.read('constraintDate', date);
  if (r.text('constraintType') !== undefined) {
    const type = r.read('constraintType', readConstraintType);
    if (type !== undefined) task.constraint = constraintDate === undefined ? { type } : { type, date: constraintDate };
  } else if (r.text('constraintDate') !== undefined) r.issue('constraintDate', 'missing_value', 'a Constraint Date needs a Constraint Type (SNET, MSO, …)');
  else if (start !== undefined) task.constraint = { type: 'SNET', date: start };
}

/** Reads the tasks files: one task per row, in the project its `Project` cell (or the default) names. */
export function readTasks(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  const date = (t: string) => readDate(t, build.options.dateFormat);
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      const p = projectOf(r, 'project', true);
      if (p === undefined) continue;
      p.rows++;
      const id = r.text('id') ?? String(p.rows);
      r.path = ['projects', p.index, 'tasks', p.input.tasks.length];
      const calendarId = r.text('calendar');
      const hoursPerDay = build.hoursOf(calendarId ?? (p.input.calendarId as string | undefined));
      const duration = (t: string) => readDuration(t, sheet.style, hoursPerDay);
      const task: Json = { id, name: r.text('name') ?? id };
      put(task, 'duration', r.read('duration', duration));
      const estimate = ESTIMATE.map((k) => r.read(k, duration));
      const given = ESTIMATE.filter((k) => r.text(k) !== undefined);
      if (given.length > 0 && given.length < 3)
        r.issue(ESTIMATE.find((k) => r.text(k) === undefined), 'missing_value', 'a three-point estimate needs Optimistic, Most Likely and Pessimistic');
      else if (estimate.every((e) => e !== undefined)) task.estimate = { optimistic: estimate[0], mostLikely: estimate[1], pessimistic: estimate[2] };
      put(task, 'milestone', r.read('milestone', readBoolean));
      const start = r.read('start', date);
      if (start !== undefined && (p.earliestStart === undefined || start < p.earliestStart)) p.earliestStart = start;
      readConstraint(r, task, start);
      put(task, 'calendarId', calendarId);
      readDemands(r, task);
      put(task, 'deadline', r.read('deadline', date));
      put(task, 'budget', r.read('budget', (t) => readNumber(t, sheet.style)));
      put(task, 'percentComplete', r.read('percentComplete', (t) => readPercent(t, sheet.style)));
      put(task, 'actualStart', r.read('actualStart', date));
      put(task, 'actualFinish', r.read('actualFinish', date));
      put(task, 'actualCost', r.read('actualCost', (t) => readNumber(t, sheet.style)));
      Object.assign(task, r.extensions());
      p.input.tasks.push(task);
      const draft: TaskDraft = { input: task, row: r, path: r.path, hoursPerDay, durationMissing: r.text('duration') === undefined, milestoneMissing: r.text('milestone') === undefined };
      p.tasks.push(draft);
      if (!p.taskById.has(id)) p.taskById.set(id, draft);
      const parent = r.text('parent') !== undefined ? 'parent' : r.has('outlineLevel') ? 'outlineLevel' : r.has('wbs') ? 'wbs' : undefined;
      build.sources.set(
        r.path,
        r.source({
          id: r.has('id') ? 'id' : undefined,
          name: 'name',
          duration: 'duration',
          estimate: given[0],
          milestone: 'milestone',
          constraint: r.text('constraintType') !== undefined ? 'constraintType' : r.text('constraintDate') !== undefined ? 'constraintDate' : 'start',
          calendarId: 'calendar',
          demands: 'resources',
          parentId: parent,
          deadline: 'deadline',
          budget: 'budget',
          percentComplete: 'percentComplete',
          actualStart: 'actualStart',
          actualFinish: 'actualFinish',
          actualCost: 'actualCost',
        }),
      );
    }
}

/** The WBS parent of each task of a project: `Parent`, else by `Outline Level`, else by `WBS` code. */
function settleParents(tasks: readonly TaskDraft[]): void {
  const byWbs = new Map<string, string>();
  for (const d of tasks) {
    const code = d.row.text('wbs');
    if (code !== undefined && !byWbs.has(code)) byWbs.set(code, d.input.id as string);
  }
  const stack: { level: number; id: string }[] = [];
  for (const d of tasks) {
    const r = d.row;
    const level = r.read('outlineLevel', (t) => {
      const n = readNumber(t, r.sheet.style);
      return n.error === undefined && (!Number.isInteger(n.value) || n.value < 0) ? { error: `expected an outline level (0, 1, 2, …), got ${JSON.stringify(t)}` } : n;
    });
    let parent = r.text('parent');
    if (level !== undefined) {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      parent ??= stack[stack.length - 1]?.id;
      stack.push({ level, id: d.input.id as string });
    }
    const code = r.text('wbs');
    if (parent === undefined && level === undefined && code !== undefined && code.includes('.')) parent = byWbs.get(code.slice(0, code.lastIndexOf('.')));
    put(d.input, 'parentId', parent);
  }
}

/**
 * Completes the tasks once every row is read: WBS parents; an empty `Duration` is 0 for a
 * summary task and an issue otherwise; a task of zero duration that is not a summary and whose
 * `Milestone` cell is empty is a milestone.
 */
export function settleTasks(build: CsvBuild): void {
  for (const p of build.projects) {
    settleParents(p.tasks);
    const summaries = new Set<unknown>(p.tasks.map((d) => d.input.parentId).filter((id) => id !== undefined));
    for (const d of p.tasks) {
      const summary = summaries.has(d.input.id);
      if (d.durationMissing) {
        if (summary) d.input.duration = 0;
        else d.row.issue('duration', 'missing_value', `${JSON.stringify(d.row.header('duration'))} is empty: give the task's duration (0 for a milestone)`);
      }
      if (d.milestoneMissing && d.input.duration === 0 && !summary) d.input.milestone = true;
    }
  }
}
