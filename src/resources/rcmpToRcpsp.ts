import { PmoError } from '../errors.js';
import type { RcmpInstance } from '../io/readRcmp.js';
import type { RcpspActivity, RcpspInstance, RcpspPrecedence, RcpspProject } from './rcpspTypes.js';

/**
 * Turns a multi-project instance (MPLIB `.rcmp`, from `readRcmp`) into a multi-project
 * {@link RcpspInstance}: activity ids are `project:activity` with 1-based numbers as in the file
 * (`'2:17'`), project ids the project numbers as strings (`'1'` … `'6'`) with their release
 * dates, resource ids `'R1'`, `'R2'`, …; every successor, in the same project or another,
 * becomes a finish-to-start precedence without lag.
 *
 * Complexity: O(n K + m).
 *
 * @param instance - a multi-project instance (never mutated)
 * @returns a new instance for {@link solveRcpsp} (use `objective: 'delay'` for the average
 *   project delay) and {@link verifySchedule}
 * @throws {@link PmoError} `INVALID_ARGUMENT` when the instance is not an object with projects
 * @example
 * ```ts
 * const inst = rcmpToRcpsp(readRcmp(readFileSync('MPLIB1_Set1_0.rcmp', 'utf8')));
 * const s = solveRcpsp(inst, { objective: 'delay' });
 * s.projects.map((p) => p.delay);
 * ```
 */
export function rcmpToRcpsp(instance: RcmpInstance): RcpspInstance {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.projects))
    throw new PmoError('INVALID_ARGUMENT', 'rcmpToRcpsp: expected a multi-project instance (from readRcmp)');
  const activities: RcpspActivity[] = [];
  const precedences: RcpspPrecedence[] = [];
  const projects: RcpspProject[] = [];
  for (const p of instance.projects) {
    projects.push({ id: String(p.id), release: p.release });
    for (const a of p.activities) {
      activities.push({ id: a.id, duration: a.duration, demands: [...a.demands], project: String(p.id) });
      for (const s of a.successors) precedences.push({ from: a.id, to: s });
    }
  }
  const resources = instance.capacities.map((capacity, k) => ({ id: `R${k + 1}`, capacity }));
  return { activities, resources, precedences, projects };
}
