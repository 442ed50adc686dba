/**
 * The resource and demand tables of pmo-kit/resources on a portfolio: each resource's availability
 * on a day axis (dayAxis.ts), skill groups, pools, every task's demands, and the working calendar
 * of every task. Private.
 *
 * Availability of resource r on an axis working day d: 1 when r works on d by its own calendar
 * (its `calendarId`, else the portfolio's default, else the axis calendar), 0 otherwise (its
 * weekly days off, holidays and non-working exceptions). Exact per day: a Monday–Thursday person
 * on a Monday–Friday axis is available Monday to Thursday and not on Fridays.
 * Capacity of r on d = `capacity × availability`. A named demand of u units applies on each day
 * of the task on which r works (nobody works on their days off); a skill demand of u units applies
 * on each day of the task on which at least one qualified resource works, and draws on them.
 */
import { PmoError } from '../../errors.js';
import { compileCalendar } from '../../calendar/compileCalendar.js';
import { STANDARD_CALENDAR } from '../../calendar/standardCalendar.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Task } from '../../model/task.js';
import { taskKey } from '../../schedule/taskKey.js';
import { findCalendar, type Axis } from './dayAxis.js';

const q = (s: string): string => JSON.stringify(s);

/** The resources of a portfolio with their availability on an axis. */
export interface ResourceTable {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly capacity: readonly number[];
  /** Availability factor of resource r on axis day number d. */
  availAt(r: number, d: number): number;
  readonly skills: readonly (ReadonlyMap<string, number> | null)[];
  readonly pools: readonly { readonly id: string; readonly name: string; readonly members: readonly number[] }[];
}

/** Builds the resource table (availability relative to the axis calendar). The shape of the resources is checked first, by `checkResourceInput`. */
export function resourceTable(fn: string, portfolio: Portfolio, axis: Axis): ResourceTable {
  const list = portfolio.resources ?? [];
  const ids: string[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  const capacity: number[] = [];
  const skills: (Map<string, number> | null)[] = [];
  const cals: (WorkingCalendar | null)[] = [];
  list.forEach((r, i) => {
    if (index.has(r.id)) throw new PmoError('INVALID_ARGUMENT', `${fn}: duplicate resource id ${q(r.id)}`);
    index.set(r.id, i);
    ids.push(r.id);
    names.push(typeof r.name === 'string' ? r.name : r.id);
    capacity.push(r.capacity);
    skills.push(r.skills === undefined ? null : new Map(Object.entries(r.skills)));
    const calId = r.calendarId ?? portfolio.defaultCalendarId ?? axis.calendarId;
    // On a union axis the axis calendar does not work every day either.
    cals.push(calId === axis.calendarId && !axis.union ? null : compileCalendar(findCalendar(fn, portfolio, calId, `resource ${q(r.id)}`)));
  });
  const availAt = (r: number, d: number): number => {
    const c = cals[r];
    if (c === null || c === undefined) return 1;
    return c.isWorkingDayNumber(d) ? 1 : 0;
  };
  // Pools: the pools list, plus members named by resource.poolId.
  const pools: { id: string; name: string; members: number[] }[] = [];
  const poolIndex = new Map<string, number>();
  for (const p of portfolio.pools ?? []) {
    if (poolIndex.has(p.id)) continue;
    poolIndex.set(p.id, pools.length);
    const members: number[] = [];
    for (const rid of p.resourceIds ?? []) {
      const r = index.get(rid);
      if (r === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: pool ${q(p.id)} names unknown resource ${q(rid)}`);
      if (!members.includes(r)) members.push(r);
    }
    pools.push({ id: p.id, name: p.name ?? p.id, members });
  }
  list.forEach((r, i) => {
    if (r.poolId === undefined) return;
    let pi = poolIndex.get(r.poolId);
    if (pi === undefined) {
      pi = pools.length;
      poolIndex.set(r.poolId, pi);
      pools.push({ id: r.poolId, name: r.poolId, members: [] });
    }
    if (!pools[pi]!.members.includes(i)) pools[pi]!.members.push(i);
  });
  for (const p of pools) p.members.sort((a, b) => a - b);
  return { ids, names, index, capacity, availAt, skills, pools };
}

/** A skill group: a skill at a minimum level, and the resources qualified for it. */
export interface SkillGroup {
  /** `skill` or `skill@level` (the level when > 0). */
  readonly id: string;
  readonly skill: string;
  readonly minLevel: number;
  /** Qualified resources, ascending. */
  readonly members: readonly number[];
}

/** One demand of a task, resolved. */
export interface TaskDemand {
  /** Resource index for a named demand, else -1. */
  readonly resource: number;
  /** Skill group index for a skill demand, else -1. */
  readonly group: number;
  readonly units: number;
}

/** A leaf task with its demands. */
export interface DemandTask {
  readonly projectIndex: number;
  readonly projectId: string;
  readonly taskIndex: number;
  readonly task: Task;
  readonly key: string;
  readonly demands: readonly TaskDemand[];
}

/** Skill groups and resolved demands of every task. */
export interface DemandTable {
  readonly groups: readonly SkillGroup[];
  /** `contains[a][b]`: group b has members and they are all members of group a. */
  readonly contains: readonly (readonly boolean[])[];
  /** Every task of every project (summaries included), by project then task order. */
  readonly tasks: readonly DemandTask[];
}

/** Resolves every demand of every task; collects the skill groups. Demand shapes are checked first, by `checkResourceInput`. */
export function demandTable(fn: string, portfolio: Portfolio, res: ResourceTable): DemandTable {
  const groups: SkillGroup[] = [];
  const groupIndex = new Map<string, number>();
  const tasks: DemandTask[] = [];
  portfolio.projects.forEach((p, pi) => {
    p.tasks.forEach((t, ti) => {
      const demands: TaskDemand[] = [];
      (t.demands ?? []).forEach((d, di) => {
        const where = `task ${q(t.id)} in project ${q(p.id)}: demands[${di}]`;
        if (d.resourceId !== undefined) {
          const r = res.index.get(d.resourceId);
          if (r === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown resource ${q(d.resourceId)}`);
          demands.push({ resource: r, group: -1, units: d.units });
        } else if (d.skill !== undefined) {
          const level = d.minLevel ?? 0;
          const id = level > 0 ? `${d.skill}@${level}` : d.skill;
          let g = groupIndex.get(id);
          if (g === undefined) {
            const members: number[] = [];
            res.skills.forEach((s, r) => {
              const lv = s?.get(d.skill!);
              if (lv !== undefined && lv >= level) members.push(r);
            });
            g = groups.length;
            groupIndex.set(id, g);
            groups.push({ id, skill: d.skill, minLevel: level, members });
          }
          demands.push({ resource: -1, group: g, units: d.units });
        } else throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} names neither a resourceId nor a skill`);
      });
      tasks.push({ projectIndex: pi, projectId: p.id, taskIndex: ti, task: t, key: taskKey(p.id, t.id), demands });
    });
  });
  const contains = groups.map((a) => groups.map((b) => b.members.length > 0 && isSubset(b.members, a.members)));
  return { groups, contains, tasks };
}

/** Whether sorted `a` is a subset of sorted `b`. */
export function isSubset(a: readonly number[], b: readonly number[]): boolean {
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j === b.length || b[j] !== x) return false;
  }
  return true;
}

/** Ids of the summary tasks (named as parentId by another task) of each project, as keys. */
export function summaryKeys(portfolio: Portfolio): Set<string> {
  const out = new Set<string>();
  for (const p of portfolio.projects) for (const t of p.tasks) if (t.parentId !== undefined) out.add(taskKey(p.id, t.parentId));
  return out;
}

/**
 * The working calendar of every task of a {@link DemandTable} (its own `calendarId`, else its
 * project's, else the portfolio's default, else the standard calendar, as `schedulePortfolio`
 * resolves them) and of every project. Unknown ids throw `UNKNOWN_ID`.
 */
export function taskCalendars(fn: string, portfolio: Portfolio, dem: DemandTable): { tasks: WorkingCalendar[]; projects: WorkingCalendar[] } {
  const cache = new Map<string, WorkingCalendar>();
  const get = (id: string | undefined, owner: string): WorkingCalendar => {
    const key = id ?? STANDARD_CALENDAR.id;
    let c = cache.get(key);
    if (c === undefined) {
      c = compileCalendar(findCalendar(fn, portfolio, id, owner));
      cache.set(key, c);
    }
    return c;
  };
  const projects = portfolio.projects.map((p) => get(p.calendarId ?? portfolio.defaultCalendarId, `project ${q(p.id)}`));
  const tasks = dem.tasks.map((t) => (t.task.calendarId !== undefined ? get(t.task.calendarId, `task ${q(t.task.id)} of project ${q(t.projectId)}`) : projects[t.projectIndex]!));
  return { tasks, projects };
}
