/** Assignments files -> demands of tasks. Private to pmo-kit/io. */
import { CsvRowReader, put, type CsvBuild, type Json } from './csvBuild.js';
import { projectOf } from './csvProjects.js';
import { resolveResource } from './csvResources.js';
import type { CsvSheet } from './csvSheets.js';
import { readNumber, readUnits } from './csvValues.js';

/** Reads the assignments files: each row a demand of a task, for a resource (by id or name) or a skill. */
export function readAssignments(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      const project = projectOf(r, 'project', false);
      const taskId = r.required('task', 'name the task (its Id)');
      if (project === undefined || taskId === undefined) continue;
      const task = project.taskById.get(taskId);
      if (task === undefined) {
        r.issue('task', 'unknown_reference', `unknown task ${JSON.stringify(taskId)} in project ${JSON.stringify(project.input.id)}`);
        continue;
      }
      const demands = ((task.input.demands as Json[] | undefined) ??= []);
      r.path = [...task.path, 'demands', demands.length];
      const resource = r.text('resource');
      const skill = r.text('skill');
      if (resource === undefined && skill === undefined) {
        r.issue(r.has('resource') ? 'resource' : 'skill', 'missing_value', 'an assignment names a Resource or a Skill');
        continue;
      }
      const demand: Json = {};
      put(demand, 'resourceId', resource === undefined ? undefined : resolveResource(build, resource));
      put(demand, 'skill', skill);
      put(demand, 'minLevel', r.read('minLevel', (t) => readNumber(t, sheet.style)));
      demand.units = r.read('units', (t) => readUnits(t, sheet.style)) ?? 1;
      Object.assign(demand, r.extensions());
      demands.push(demand);
      build.sources.set(r.path, r.source({ resourceId: 'resource', skill: 'skill', minLevel: 'minLevel', units: 'units' }, 'task'));
    }
}
