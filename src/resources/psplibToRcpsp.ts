import { PmoError } from '../errors.js';
import type { PsplibInstance } from '../io/readPsplib.js';
import type { RcpspActivity, RcpspInstance, RcpspPrecedence } from './rcpspTypes.js';

/**
 * Turns a PSPLIB instance (from `readPsplib`) into an {@link RcpspInstance}: activity ids are
 * the job numbers as strings (`'1'` … `'32'`, the dummy source and sink included), resource ids
 * `'R1'`, `'R2'`, …, every precedence finish-to-start without lag, and one project `'1'`
 * released at the file's release date. Nonrenewable resources are ignored (single-mode instances
 * do not need them).
 *
 * Complexity: O(n K + m).
 *
 * @param instance - a single-mode PSPLIB instance (never mutated)
 * @returns a new instance for {@link solveRcpsp} and {@link verifySchedule}
 * @throws {@link PmoError} `INVALID_ARGUMENT` when the instance is not an object with activities
 * @example
 * ```ts
 * const inst = psplibToRcpsp(readPsplib(readFileSync('j301_1.sm', 'utf8')));
 * solveRcpsp(inst, { schedules: 5000, seed: 1 }).makespan; // 43
 * ```
 */
export function psplibToRcpsp(instance: PsplibInstance): RcpspInstance {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.activities))
    throw new PmoError('INVALID_ARGUMENT', 'psplibToRcpsp: expected a PSPLIB instance (from readPsplib)');
  const activities: RcpspActivity[] = [];
  const precedences: RcpspPrecedence[] = [];
  for (const a of instance.activities) {
    activities.push({ id: String(a.id), duration: a.duration, demands: [...a.demands], project: '1' });
    for (const s of a.successors) precedences.push({ from: String(a.id), to: String(s) });
  }
  const resources = instance.resources.renewable.map((capacity, k) => ({ id: `R${k + 1}`, capacity }));
  return { activities, resources, precedences, projects: [{ id: '1', release: instance.release ?? 0 }] };
}
