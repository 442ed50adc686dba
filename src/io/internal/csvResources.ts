/** Resources files -> the portfolio's resources and pools. Private to pmo-kit/io. */
import { CsvRowReader, put, type CsvBuild, type Json } from './csvBuild.js';
import type { CsvSheet } from './csvSheets.js';
import { readList, readRate, readSkill, readUnits } from './csvValues.js';

/** Reads the resources files: one resource per row; a `Pool` names (and makes) a pool. */
export function readResources(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      const r = new CsvRowReader(build, sheet, row);
      const index = build.resources.length;
      r.path = ['resources', index];
      const id = r.text('id') ?? r.text('name');
      if (id === undefined) {
        r.issue(r.has('id') ? 'id' : 'name', 'missing_value', 'a resource needs an Id or a Name');
        continue;
      }
      const resource: Json = { id, name: r.text('name') ?? id, capacity: r.read('capacity', (t) => readUnits(t, sheet.style)) ?? 1 };
      const skillsText = r.text('skills');
      if (skillsText !== undefined) {
        const skills = Object.create(null) as Record<string, number>;
        for (const item of readList(skillsText, sheet.style)) {
          const s = r.read('skills', () => readSkill(item, sheet.style));
          if (s !== undefined) skills[s.skill] = s.level;
        }
        resource.skills = skills;
      }
      const calendarId = r.text('calendar');
      put(resource, 'calendarId', calendarId);
      put(resource, 'costPerHour', r.read('costPerHour', (t) => readRate(t, sheet.style, build.hoursOf(calendarId))));
      const poolId = r.text('pool');
      if (poolId !== undefined) {
        resource.poolId = poolId;
        let pool = build.pools.get(poolId);
        if (pool === undefined) {
          pool = { id: poolId, name: poolId, resourceIds: [] };
          build.sources.set(['pools', build.pools.size], r.source({}, 'pool'));
          build.pools.set(poolId, pool);
        }
        pool.resourceIds.push(id);
      }
      Object.assign(resource, r.extensions());
      build.resources.push(resource);
      build.resourceIds.add(id);
      const name = resource.name as string;
      build.resourceByName.set(name, build.resourceByName.has(name) && build.resourceByName.get(name) !== id ? null : id);
      build.sources.set(
        r.path,
        r.source({ id: r.text('id') === undefined ? 'name' : 'id', name: 'name', capacity: 'capacity', skills: 'skills', calendarId: 'calendar', costPerHour: 'costPerHour', poolId: 'pool' }),
      );
    }
}

/**
 * The id of the resource a task names: a resource id, else the name of exactly one resource,
 * else the text itself (validation then reports the unknown resource).
 */
export function resolveResource(build: CsvBuild, text: string): string {
  if (build.resourceIds.has(text)) return text;
  return build.resourceByName.get(text) ?? text;
}
