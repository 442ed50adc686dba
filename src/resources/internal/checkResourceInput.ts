/**
 * The shape of what pmo-kit/resources reads from a portfolio, checked before anything is computed,
 * so that a malformed portfolio gives a `PmoError` naming the field and where it is rather than an
 * internal error deep inside a computation. Private.
 *
 * Only types and ranges are checked here; references (unknown resource, calendar or task ids) and
 * the schedule engine's own fields (durations, links, constraints, calendars) are checked where
 * they are resolved.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { isObject } from '../../internal/guards.js';
import type { Portfolio } from '../../model/portfolio.js';

const q = (s: string): string => JSON.stringify(s);

function bad(fn: string, where: string, what: string, got: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: ${what}, got ${show(got)}`);
}

/** An optional string field (non-empty when `id`). */
function optString(fn: string, where: string, o: Record<string, unknown>, k: string, id = false): void {
  const v = o[k];
  if (v !== undefined && (typeof v !== 'string' || (id && v === ''))) bad(fn, where, `${k} must be a ${id ? 'non-empty ' : ''}string`, v);
}

/** A finite number >= 0 (optional when `optional`). */
function nonNegative(fn: string, where: string, o: Record<string, unknown>, k: string, optional: boolean): void {
  const v = o[k];
  if (v === undefined && optional) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(fn, where, `${k} must be a finite number >= 0`, v);
}

/**
 * Checks the portfolio object, its projects' ids and task lists, resources (id, name, capacity,
 * skills, calendarId, poolId), pools (id, name, resourceIds), every task's `demands` and each
 * project's `priority`.
 */
export function checkResourceInput(fn: string, portfolio: Portfolio): void {
  const pf = portfolio as unknown;
  if (!isObject(pf) || !Array.isArray(pf.projects)) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a portfolio object (with a projects array), got ${show(pf)}`);
  optString(fn, 'portfolio', pf, 'defaultCalendarId', true);
  if (pf.calendars !== undefined && !Array.isArray(pf.calendars)) bad(fn, 'portfolio', 'calendars must be an array', pf.calendars);
  (pf.calendars as unknown[] | undefined)?.forEach((c, i) => {
    if (!isObject(c) || typeof c.id !== 'string') bad(fn, `calendars[${i}]`, 'must be a calendar object with a string id', c);
  });
  const resources = pf.resources;
  if (resources !== undefined && !Array.isArray(resources)) bad(fn, 'portfolio', 'resources must be an array', resources);
  (resources as unknown[] | undefined)?.forEach((r, i) => {
    const where = `resources[${i}]`;
    if (!isObject(r)) bad(fn, where, 'must be an object', r);
    if (typeof r.id !== 'string' || r.id === '') bad(fn, where, 'needs a non-empty string id', r.id);
    const at = `resource ${q(r.id)}`;
    optString(fn, at, r, 'name');
    nonNegative(fn, at, r, 'capacity', false);
    optString(fn, at, r, 'calendarId', true);
    optString(fn, at, r, 'poolId', true);
    const skills = r.skills;
    if (skills !== undefined) {
      if (!isObject(skills)) bad(fn, at, 'skills must be an object of skill name -> level', skills);
      for (const [name, level] of Object.entries(skills))
        if (typeof level !== 'number' || !Number.isFinite(level) || level < 0) bad(fn, `${at}, skill ${q(name)}`, 'the level must be a finite number >= 0', level);
    }
  });
  const pools = pf.pools;
  if (pools !== undefined && !Array.isArray(pools)) bad(fn, 'portfolio', 'pools must be an array', pools);
  (pools as unknown[] | undefined)?.forEach((p, i) => {
    const where = `pools[${i}]`;
    if (!isObject(p)) bad(fn, where, 'must be an object', p);
    if (typeof p.id !== 'string' || p.id === '') bad(fn, where, 'needs a non-empty string id', p.id);
    optString(fn, `pool ${q(p.id)}`, p, 'name');
    const ids = p.resourceIds;
    if (ids !== undefined && (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string'))) bad(fn, `pool ${q(p.id)}`, 'resourceIds must be an array of strings', ids);
  });
  (pf.projects as unknown[]).forEach((p, pi) => {
    const where = `projects[${pi}]`;
    if (!isObject(p)) bad(fn, where, 'must be a project object', p);
    if (typeof p.id !== 'string' || p.id === '') bad(fn, where, 'needs a non-empty string id', p.id);
    const at = `project ${q(p.id)}`;
    if (!Array.isArray(p.tasks)) bad(fn, at, 'tasks must be an array', p.tasks);
    if (p.priority !== undefined && (typeof p.priority !== 'number' || !Number.isFinite(p.priority))) bad(fn, at, 'priority must be a finite number', p.priority);
    (p.tasks as unknown[]).forEach((t, ti) => {
      if (!isObject(t) || typeof t.id !== 'string') bad(fn, `${at}, tasks[${ti}]`, 'must be a task object with a string id', t);
      const tat = `task ${q(t.id as string)} in ${at}`;
      optString(fn, tat, t, 'parentId');
      const demands = t.demands;
      if (demands === undefined) return;
      if (!Array.isArray(demands)) bad(fn, tat, 'demands must be an array', demands);
      demands.forEach((d: unknown, di: number) => {
        const w = `${tat}: demands[${di}]`;
        if (!isObject(d)) bad(fn, w, 'must be an object', d);
        optString(fn, w, d, 'resourceId', true);
        optString(fn, w, d, 'skill', true);
        nonNegative(fn, w, d, 'minLevel', true);
        nonNegative(fn, w, d, 'units', false);
      });
    });
  });
}
