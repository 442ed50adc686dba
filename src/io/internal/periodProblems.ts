/**
 * The one mapping of each benchmark format (PSPLIB `.sm`, MPLIB `.rcmp`) to pmo-kit: an RCPSP
 * instance in periods. psplibToRcpsp and rcmpToRcpsp return it; psplibToPortfolio and
 * rcmpToPortfolio present it as a portfolio (periodPortfolio.ts). Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
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
  for (const a of instance.activities) {
    activities.push({ id: String(a.id), duration: a.duration, demands: [...a.demands], project: '1' });
    for (const s of a.successors) precedences.push({ from: String(a.id), to: String(s) });
  }
  return { activities, resources: resourcesOf(instance.resources.renewable), precedences, projects: [{ id: '1', release: instance.release ?? 0 }] };
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
  for (const p of instance.projects) {
    projects.push({ id: String(p.id), release: p.release });
    for (const a of p.activities) {
      activities.push({ id: a.id, duration: a.duration, demands: [...a.demands], project: String(p.id) });
      for (const s of a.successors) precedences.push({ from: a.id, to: s });
    }
  }
  return { activities, resources: resourcesOf(instance.capacities), precedences, projects };
}

/** The activity number within its project of an MPLIB activity id `project:activity`. */
export const rcmpTaskId = (activityId: string): string => activityId.slice(activityId.indexOf(':') + 1);
