/**
 * Dependencies: the `Predecessors` cells of the tasks files and the rows of the dependencies
 * files, each a dependency of a project or a cross-project dependency. Private to pmo-kit/io.
 */
import { CsvRowReader, type CsvBuild, type Json, type ProjectDraft } from './csvBuild.js';
import { findProject, projectOf } from './csvProjects.js';
import type { CsvSheet } from './csvSheets.js';
import type { CsvSource } from './csvSources.js';
import { readDependencyType, readLag, readList, readPredecessor, type Lag } from './csvValues.js';

/** One end of a link: a project and the id of one of its tasks. */
interface End {
  readonly project: ProjectDraft;
  readonly taskId: string;
}

const unescape = (s: string): string => s.replace(/%2F|%25/gi, (m) => (m.toUpperCase() === '%2F' ? '/' : '%'));

/** A task key `project/task` (`/` and `%` in an id written `%2F` and `%25`), or `undefined`. */
function splitKey(text: string): { projectId: string; taskId: string } | undefined {
  const parts = text.split('/');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return { projectId: unescape(parts[0]!), taskId: unescape(parts[1]!) };
}

/**
 * The days of a lag: as written, or a percentage of the predecessor's duration (`50%`), which
 * must then be a task read from the files with a duration.
 */
function lagDays(r: CsvRowReader, key: string, lag: Lag | undefined, from: End): number | undefined {
  if (lag === undefined) return 0;
  if (lag.days !== undefined) return lag.days;
  const duration = from.project.taskById.get(from.taskId)?.input.duration;
  if (typeof duration === 'number') return (duration * lag.percent) / 100;
  r.issue(key, 'invalid_value', `a lag of ${lag.percent}% is a share of the predecessor's duration, and task ${JSON.stringify(from.taskId)} of project ${JSON.stringify(from.project.input.id)} has none`);
  return undefined;
}

/** Adds a link to its project (both ends in one project) or to the cross-project dependencies. */
function addLink(build: CsvBuild, from: End, to: End, type: string, lag: number, extra: Json, source: CsvSource): void {
  const tail = { ...(type === 'FS' ? {} : { type }), ...(lag === 0 ? {} : { lag }), ...extra };
  if (from.project === to.project) {
    const deps = to.project.input.dependencies;
    build.sources.set(['projects', to.project.index, 'dependencies', deps.length], source);
    deps.push({ from: from.taskId, to: to.taskId, ...tail });
  } else {
    build.sources.set(['crossDependencies', build.crossDependencies.length], source);
    build.crossDependencies.push({ fromProject: from.project.input.id, from: from.taskId, toProject: to.project.input.id, to: to.taskId, ...tail });
  }
}

/**
 * The predecessor a `Predecessors` item names: a task of the same project, else a task key of
 * another project (`p1/3`); an unknown id stays in the project (validation reports it).
 */
function predecessorEnd(build: CsvBuild, project: ProjectDraft, ref: string): End {
  if (project.taskById.has(ref)) return { project, taskId: ref };
  const key = splitKey(ref);
  const other = key === undefined ? undefined : findProject(build, key.projectId);
  return other === undefined ? { project, taskId: ref } : { project: other, taskId: key!.taskId };
}

/** Reads the `Predecessors` cells: `3`, `3FS+2d`, `p1/7SS-1`, separated by `,` or `;`. */
export function readPredecessors(build: CsvBuild): void {
  for (const project of build.projects)
    for (const task of project.tasks) {
      const r = task.row;
      const text = r.text('predecessors');
      if (text === undefined) continue;
      const to: End = { project, taskId: task.input.id as string };
      for (const item of readList(text, r.sheet.style)) {
        const p = r.read('predecessors', () => readPredecessor(item, (ref) => project.taskById.has(ref)));
        if (p === undefined) continue;
        const from = predecessorEnd(build, project, p.ref);
        const lag = p.lag === undefined ? undefined : r.read('predecessors', () => readLag(p.lag!, r.sheet.style, task.hoursPerDay));
        if (p.lag !== undefined && lag === undefined) continue;
        const days = lagDays(r, 'predecessors', lag, from);
        if (days === undefined) continue;
        addLink(build, from, to, p.type, days, {}, r.source({}, 'predecessors'));
      }
    }
}

/** One end of a dependencies row: its project column (or `Project`, or the default), or a task key. */
function fileEnd(r: CsvRowReader, projectKey: 'fromProject' | 'toProject', taskText: string): End | undefined {
  const key = r.has(projectKey) ? projectKey : 'project';
  let named = r.text(projectKey) ?? r.text('project');
  let taskId = taskText;
  if (named === undefined) {
    const k = splitKey(taskText);
    const fallback = r.build.defaultProjectId === undefined ? undefined : findProject(r.build, r.build.defaultProjectId);
    if (k !== undefined && fallback?.taskById.has(taskText) !== true) [named, taskId] = [k.projectId, k.taskId];
  }
  const project = projectOf(r, key, false, named);
  return project === undefined ? undefined : { project, taskId };
}

/** Reads the dependencies files: one link per row, within a project or across two. */
export function readDependencies(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      const fromText = r.required('from', 'name the predecessor task');
      const toText = r.required('to', 'name the successor task');
      if (fromText === undefined || toText === undefined) continue;
      const from = fileEnd(r, 'fromProject', fromText);
      const to = fileEnd(r, 'toProject', toText);
      if (from === undefined || to === undefined) continue;
      const type = r.text('type') === undefined ? 'FS' : r.read('type', readDependencyType);
      const hours = to.project.taskById.get(to.taskId)?.hoursPerDay ?? build.hoursOf(to.project.input.calendarId as string | undefined);
      const lag = r.read('lag', (t) => readLag(t, sheet.style, hours));
      if (type === undefined || (r.text('lag') !== undefined && lag === undefined)) continue;
      const days = lagDays(r, 'lag', lag, from);
      if (days === undefined) continue;
      const note = r.text('note');
      const cross = from.project !== to.project;
      const extra: Json = cross ? (note === undefined ? { ...r.extensions() } : { note, ...r.extensions() }) : r.extensions(note === undefined ? {} : { [r.header('note')]: note });
      const fromKey = r.has('fromProject') ? 'fromProject' : 'project';
      const toKey = r.has('toProject') ? 'toProject' : 'project';
      addLink(build, from, to, type, days, extra, r.source({ fromProject: fromKey, from: 'from', toProject: toKey, to: 'to', type: 'type', lag: 'lag', note: 'note' }));
    }
}
