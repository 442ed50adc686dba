/**
 * The one mapping of each benchmark format (PSPLIB `.sm`, MPLIB `.rcmp`) to pmo-kit: an RCPSP
 * instance in periods. psplibToRcpsp and rcmpToRcpsp return it; psplibToPortfolio and
 * rcmpToPortfolio present it as a portfolio (periodPortfolio.ts). Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import type { RcpspActivity, RcpspInstance, RcpspPrecedence, RcpspProject, RcpspResource } from '../../resources/index.js';
import type { PsplibInstance } from '../readPsplib.js';
import type { RcmpInstance } from '../readRcmp.js';

/** An activity of a benchmark instance: a demand per resource, in a project. */
export interface PeriodActivity extends RcpspActivity {
  readonly demands: number[];
  readonly project: string;
}

/** A benchmark instance as an RCPSP instance, every part present. */
export interface PeriodProblem extends RcpspInstance {
  readonly activities: readonly PeriodActivity[];
  readonly resources: readonly RcpspResource[];
  readonly precedences: readonly RcpspPrecedence[];
  readonly projects: readonly (RcpspProject & { readonly release: number })[];
}

/** Resources `R1` … `Rk` with these capacities. */
const resourcesOf = (capacities: readonly number[]): RcpspResource[] => capacities.map((capacity, k) => ({ id: `R${k + 1}`, capacity }));

/** `v` when it is an object (not an array), else a PmoError naming `where`. */
function object<T>(fn: string, where: string, v: T): T {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be an object, got ${show(v)}`);
  return v;
}

/** `v` when it is an array of `kind`s (numbers: finite), else a PmoError naming `where`. */
function listOf<T>(fn: string, where: string, v: readonly T[], kind: 'number' | 'string', length?: number): readonly T[] {
  list(fn, where, v);
  v.forEach((x, i) => {
    if (typeof x !== kind || (kind === 'number' && !Number.isFinite(x))) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}[${i}] must be a ${kind === 'number' ? 'finite number' : 'string'}, got ${show(x)}`);
  });
  if (length !== undefined && v.length !== length) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must hold ${length} values (one per resource), got ${v.length}`);
  return v;
}

/** `v` when it is a `kind` (numbers: finite), else a PmoError naming `where`. */
function one<T>(fn: string, where: string, v: T, kind: 'number' | 'string'): T {
  if (typeof v !== kind || (kind === 'number' && !Number.isFinite(v))) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be a ${kind === 'number' ? 'finite number' : 'string'}, got ${show(v)}`);
  return v;
}

/** `v` when it is an array, else a PmoError naming `where`. */
function list<T>(fn: string, where: string, v: readonly T[]): readonly T[] {
  if (!Array.isArray(v as unknown)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be an array, got ${show(v)}`);
  return v;
}

/**
 * A PSPLIB instance: activities `'1'` … (the job numbers), resources `R1` … (renewable only),
 * finish-to-start precedences, one project `'1'` released at the file's release date.
 * @throws PmoError INVALID_ARGUMENT, naming `fn`, when the instance is not an object with activities
 */
export function psplibProblem(fn: string, instance: PsplibInstance): PeriodProblem {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.activities))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a PSPLIB instance (from readPsplib)`);
  const activities: PeriodActivity[] = [];
  const precedences: RcpspPrecedence[] = [];
  const renewable = listOf(fn, 'resources.renewable', object(fn, 'resources', instance.resources).renewable, 'number');
  instance.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    object(fn, at, a);
    const id = String(one(fn, `${at}.id`, a.id, 'number'));
    activities.push({ id, duration: a.duration, demands: [...listOf<number>(fn, `${at}.demands`, a.demands, 'number', renewable.length)], project: '1' });
    for (const s of listOf(fn, `${at}.successors`, a.successors, 'number')) precedences.push({ from: id, to: String(s) });
  });
  const release = instance.release === undefined ? 0 : one(fn, 'release', instance.release, 'number');
  return { activities, resources: resourcesOf(renewable), precedences, projects: [{ id: '1', release }] };
}

/**
 * An MPLIB instance: activities `project:activity` (1-based, as in the file), projects `'1'` …
 * with their release dates, resources `R1` …, every successor a finish-to-start precedence.
 * @throws PmoError INVALID_ARGUMENT, naming `fn`, when the instance is not an object with projects
 */
export function rcmpProblem(fn: string, instance: RcmpInstance): PeriodProblem {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.projects))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a multi-project instance (from readRcmp)`);
  const activities: PeriodActivity[] = [];
  const precedences: RcpspPrecedence[] = [];
  const projects: (RcpspProject & { release: number })[] = [];
  const capacities = listOf(fn, 'capacities', instance.capacities, 'number');
  instance.projects.forEach((p, i) => {
    object(fn, `projects[${i}]`, p);
    const pid = String(one(fn, `projects[${i}].id`, p.id, 'number'));
    projects.push({ id: pid, release: one(fn, `projects[${i}].release`, p.release, 'number') });
    list<RcmpInstance['projects'][number]['activities'][number]>(fn, `projects[${i}].activities`, p.activities).forEach((a, j) => {
      const at = `projects[${i}].activities[${j}]`;
      object(fn, at, a);
      one(fn, `${at}.id`, a.id, 'string');
      activities.push({ id: a.id, duration: a.duration, demands: [...listOf<number>(fn, `${at}.demands`, a.demands, 'number', capacities.length)], project: pid });
      for (const s of listOf(fn, `${at}.successors`, a.successors, 'string')) precedences.push({ from: a.id, to: s });
    });
  });
  return { activities, resources: resourcesOf(capacities), precedences, projects };
}

/** The activity number within its project of an MPLIB activity id `project:activity`. */
export const rcmpTaskId = (activityId: string): string => activityId.slice(activityId.indexOf(':') + 1);
